import * as z from 'zod/mini';
import { decodeBase64urlObject, localeOrEnglish, threeDsFrameQuery, THREE_DS_FRAME_PATH, type Wire } from '@dubai-pay/contract';
import type { Agency } from '../agencies.ts';
import { readForm } from '../http.ts';
import { rawRoute, type Route } from '../router.ts';
import type { SessionBook, ThreeDsRecord } from '../sessions.ts';
import { htmlPage } from '../html-pages.ts';
import { builtFileRoute, embeddingAgency, plain, type FrameAssets } from './built-assets.ts';

/**
 * The page the ACS posts to when a step ends. It tells its parent (the gateway's container frame)
 * that the step has ended, nothing more: the outcome is in the session. It may be framed only
 * inside the gateway's own container, on one of the owning agency's pages. It shows nothing; it
 * speaks the customer's language while the gateway still waits for this step, else English.
 */
function notificationPage(step: 'method' | 'challenge', record: ThreeDsRecord, sessions: SessionBook): Response {
  const ancestors = ["'self'", ...record.pageOrigins].join(' ');
  return htmlPage(
    200,
    {
      lang: sessions.acsTransaction(record.threeDsServerTransId, step)?.language ?? 'en',
      title: '3-D Secure',
      attributes: ` data-step="${step}"`,
      head: '<script src="/frame/3ds-notify.js" defer></script>',
      body: '',
    },
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
      // It shows only the bank's page, in a frame: the page may say its language (`lang`), else English.
      const lang = localeOrEnglish(new URL(request.url).searchParams.get('lang'));
      return htmlPage(
        200,
        { lang, title: '3-D Secure', head: '<script type="module" src="/frame/3ds.js"></script>', body: '' },
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
      sessions.methodNotified(record.threeDsServerTransId);
      return notificationPage('method', record, sessions);
    }),
    rawRoute('POST', '/3ds/challenge-notification', async (request) => {
      const cres = decodeBase64urlObject((await readForm(request)).get('cres'));
      const transId = cres?.['threeDSServerTransID'];
      const record = typeof transId === 'string' ? sessions.threeDsRecord(transId) : undefined;
      // Nothing names a transaction of ours: there is no session to tell, nor a page allowed to frame the answer.
      if (!cres || !record || record.threeDsServerTransId !== transId) return plain(400, 'Invalid CRes.');
      sessions.logNotification(record.threeDsServerTransId, cres['messageType'] === 'Erro' ? 'Erro' : 'CRes', cres);
      const problem = notificationProblem(cres, record);
      // An Erro, or an answer the 3DS Server cannot read, ends the challenge now (the decision itself
      // comes only by the RReq leg: a CRes never pays). Either way the container is told at once.
      if (problem) sessions.threeDsError(record.threeDsServerTransId, problem);
      return notificationPage('challenge', record, sessions);
    }),
  ];
}

/**
 * What is wrong with what came to the challenge notification URL: the ACS's Erro as it sent it,
 * or the 3DS Server's own Erro (component `S`) for a message it cannot accept; `null` for a good CRes.
 */
function notificationProblem(cres: Record<string, unknown>, record: ThreeDsRecord): Wire.ThreeDSecure['error'] {
  const text = (value: unknown, fallback: string) => (typeof value === 'string' && value.length > 0 ? value.slice(0, 2048) : fallback);
  if (cres['messageType'] === 'Erro') {
    const code = cres['errorCode'];
    const component = cres['errorComponent'];
    // An Erro the 3DS Server cannot read is its own 203 (it still ends the challenge).
    if (typeof code !== 'string' || !/^\d{3}$/.test(code) || (component !== 'A' && component !== 'D')) {
      return { code: '203', component: 'S', description: 'Format of one or more Data Elements is Invalid according to the Specification' };
    }
    return { code, component, description: text(cres['errorDescription'], 'Error').slice(0, 256) };
  }
  if (cres['messageType'] !== 'CRes') return { code: '101', component: 'S', description: 'Message Received Invalid' };
  if (cres['acsTransID'] !== record.acsTransId) return { code: '301', component: 'S', description: 'Transaction ID Not Recognised' };
  if (cres['transStatus'] !== 'Y' && cres['transStatus'] !== 'N')
    return { code: '203', component: 'S', description: 'Format of one or more Data Elements is Invalid according to the Specification' };
  return null;
}
