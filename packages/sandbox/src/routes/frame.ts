import * as z from 'zod/mini';
import { FRAME_PATH, formatAmount, frameQuery } from '@dubai-pay/contract';
import type { FrameProofs } from '../abuse/frame-proofs.ts';
import type { Agency } from '../agencies.ts';
import type { Catalog } from '../catalog/catalog.ts';
import { payeeName } from '../payee.ts';
import { escapeHtml } from '../html-pages.ts';
import type { QuoteBook } from '../quotes.ts';
import type { SessionBook } from '../sessions.ts';
import { rawRoute, type Route } from '../router.ts';
import { builtFileRoute, embeddingAgency, plain, versionedUrl, type FrameAssets } from './built-assets.ts';

/**
 * The hosted fields frame, served from the gateway's origin. It answers only to a publishable
 * key and an embedding origin registered for it, and tells the browser so with
 * `frame-ancestors`: no other page can frame it (PCI DSS SAQ A: every card input is the
 * provider's, in an iframe).
 */
/** What the frame route reads to show the payee and amount, and to issue the page's proof. */
export interface FramePayments {
  sessions: SessionBook;
  quotes: QuoteBook;
  catalog: Catalog;
  proofs: FrameProofs;
}

/** Who is paid and how much, for the payment a frame is opened for, in both languages; undefined when it is not this agency's. */
function payeeLine(payments: FramePayments, agency: Agency, payment: string): { en: string; ar: string } | undefined {
  let amount: number;
  let entityId: string | null;
  if (payment.startsWith('ps_')) {
    try {
      const session = payments.sessions.get(payment, agency);
      ({ amount, entity_id: entityId } = session);
    } catch {
      return undefined;
    }
  } else {
    const quote = payments.quotes.find(payment, agency.id);
    if (!quote) return undefined;
    ({ total: amount, entity_id: entityId } = quote);
  }
  const payee = payeeName(payments.catalog, agency, entityId);
  return { en: `Paying ${formatAmount(amount, 'en')} to ${payee.en}`, ar: `دفع ${formatAmount(amount, 'ar')} إلى ${payee.ar}` };
}

export function frameRoutes(agencies: readonly Agency[], assets: FrameAssets | undefined, payments: FramePayments): Route[] {
  return [
    builtFileRoute('/frame/fields.js', 'fields.js', assets),
    builtFileRoute('/frame/keypad.js', 'keypad.js', assets),
    builtFileRoute('/frame/fields.css', 'fields.css', assets),
    rawRoute('GET', FRAME_PATH, async (request) => {
      const query = z.safeParse(frameQuery, Object.fromEntries(new URL(request.url).searchParams));
      if (!query.success) return plain(400, 'Invalid hosted fields URL.');
      const agency = embeddingAgency(agencies, query.data.key, query.data.origin);
      if (agency instanceof Response) return agency;
      // The frame shows what it is about to pay, so a page that swapped the payment is seen.
      const payee = payeeLine(payments, agency, query.data.payment);
      if (!payee) return plain(403, "This payment is not one of this key's.");
      const page = await assets?.read('fields.html');
      if (page === undefined) return plain(404, 'The hosted fields are not built: run `pnpm build`.');
      // Card details are taken from this page alone: its proof binds every token to this payment.
      const proof = payments.proofs.issue(agency.id, query.data.origin, query.data.payment, request.headers.get('accept') ?? '');
      // Kiosks ask for the on-screen keypad; no other page loads its script.
      const keypad = new URL(request.url).searchParams.get('keypad') === '1';
      // The page is made per request (its proof); its script and styles are named by their hash, kept for good.
      const [script, styles, keypadScript] = await Promise.all([
        versionedUrl('/frame/fields.js', 'fields.js', assets),
        versionedUrl('/frame/fields.css', 'fields.css', assets),
        keypad ? versionedUrl('/frame/keypad.js', 'keypad.js', assets) : undefined,
      ]);
      const html = page
        .replace('src="/frame/fields.js"', `src="${escapeHtml(script)}"`)
        .replace('href="/frame/fields.css"', `href="${escapeHtml(styles)}"`)
        .replace(
          '</head>',
          `<meta name="dubai-pay-proof" content="${escapeHtml(proof.id)}">${keypadScript ? `<script type="module" src="${escapeHtml(keypadScript)}"></script>` : ''}</head>`,
        )
        .replace('<form', `<p class="dp-payee" id="dp-payee" data-en="${escapeHtml(payee.en)}" data-ar="${escapeHtml(payee.ar)}"></p><form`);
      return new Response(html, {
        headers: {
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'no-store',
          'content-security-policy': [
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            // The hosted font families' files (/frame/fonts/), when a page's appearance names one.
            "font-src 'self'",
            "connect-src 'self'",
            "img-src 'self' data:",
            "base-uri 'none'",
            "form-action 'none'",
            `frame-ancestors ${query.data.origin}`,
            "require-trusted-types-for 'script'",
          ].join('; '),
          'referrer-policy': 'no-referrer',
          'x-content-type-options': 'nosniff',
        },
      });
    }),
  ];
}
