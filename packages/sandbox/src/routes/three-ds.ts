import * as z from 'zod/mini';
import { decodeBase64urlObject, threeDsFrameQuery, THREE_DS_FRAME_PATH } from '@dubai-pay/contract';
import type { Agency } from '../agencies.ts';
import { readForm } from '../http.ts';
import { rawRoute, type Route } from '../router.ts';
import type { SessionBook, ThreeDsRecord } from '../sessions.ts';
import { htmlPage } from '../html-pages.ts';
import { builtFileRoute, embeddingAgency, plain, type FrameAssets } from './built-assets.ts';

/**
 * The page the ACS posts to when a step ends. It tells its parent (the gateway's container frame)
 * that the step has ended, nothing more: the outcome is in the session. It may be framed only
 * inside the gateway's own container, on one of the owning agency's pages.
 */
function notificationPage(step: 'method' | 'challenge', record: ThreeDsRecord): Response {
  const ancestors = ["'self'", ...record.pageOrigins].join(' ');
  return htmlPage(
    200,
    `<!doctype html><html data-step="${step}"><head><meta charset="utf-8"><title>3-D Secure</title><script src="/frame/3ds-notify.js" defer></script></head><body></body></html>`,
    `default-src 'none'; script-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors ${ancestors}; require-trusted-types-for 'script'`,
  );
}

/**
 * 3-D Secure on the gateway origin: the container frame the agency page embeds (the ACS's frames
 * nest inside it, so the page needs `frame-src <gateway>` only), its scripts, and the two
 * notification URLs the ACS posts to.
 */
export function threeDsRoutes(agencies: readonly Agency[], sessions: SessionBook, acsOrigin: string, assets: FrameAssets | undefined): Route[] {
  return [
    builtFileRoute('/frame/3ds.js', '3ds.js', assets),
    builtFileRoute('/frame/3ds-notify.js', '3ds-notify.js', assets),
    rawRoute('GET', THREE_DS_FRAME_PATH, async (request) => {
      const query = z.safeParse(threeDsFrameQuery, Object.fromEntries(new URL(request.url).searchParams));
      if (!query.success) return plain(400, 'Invalid 3-D Secure frame URL.');
      const refused = embeddingAgency(agencies, query.data.key, query.data.origin);
      if (refused instanceof Response) return refused;
      return htmlPage(
        200,
        '<!doctype html><html><head><meta charset="utf-8"><title>3-D Secure</title><script type="module" src="/frame/3ds.js"></script></head><body></body></html>',
        [
          "default-src 'none'",
          "script-src 'self'",
          // The ACS's pages load in a nested frame; the notification page (this origin) follows in it.
          `frame-src 'self' ${acsOrigin}`,
          `form-action ${acsOrigin}`,
          "base-uri 'none'",
          `frame-ancestors ${query.data.origin}`,
          "require-trusted-types-for 'script'",
        ].join('; '),
      );
    }),
    rawRoute('POST', '/3ds/method-notification', async (request) => {
      const data = decodeBase64urlObject((await readForm(request)).get('threeDSMethodData'));
      const transId = data?.['threeDSServerTransID'];
      const record = typeof transId === 'string' ? sessions.threeDsRecord(transId) : undefined;
      if (!record || record.threeDsServerTransId !== transId) return plain(400, 'Invalid threeDSMethodData.');
      return notificationPage('method', record);
    }),
    rawRoute('POST', '/3ds/challenge-notification', async (request) => {
      const cres = decodeBase64urlObject((await readForm(request)).get('cres'));
      const transId = cres?.['threeDSServerTransID'];
      const record = typeof transId === 'string' ? sessions.threeDsRecord(transId) : undefined;
      // A CRes names the transaction and says how it ended; the decision itself came by the RReq leg.
      if (
        !record ||
        record.threeDsServerTransId !== transId ||
        cres?.['acsTransID'] !== record.acsTransId ||
        cres['messageType'] !== 'CRes' ||
        (cres['transStatus'] !== 'Y' && cres['transStatus'] !== 'N')
      ) {
        return plain(400, 'Invalid CRes.');
      }
      return notificationPage('challenge', record);
    }),
  ];
}
