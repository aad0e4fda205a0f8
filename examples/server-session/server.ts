// An agency's own server: it prices the payment itself, creates the session with the SECRET key
// (never sent to a browser), and renders a page that hands <dubai-pay> only the client secret.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createClient } from '@dubai-pay/core';

export interface ServerSessionOptions {
  gateway: string;
  secretKey: string;
  publishableKey: string;
}

/** HTML-escapes a value for an attribute (the client secret comes from the gateway: trust nothing). */
function attribute(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function serverSessionHandler(options: ServerSessionOptions) {
  const client = createClient({ gateway: options.gateway, secretKey: options.secretKey });
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const lang = new URL(request.url ?? '/', 'http://x').searchParams.get('lang') === 'ar' ? 'ar' : 'en';
    // The amount is decided here, on the server (rule 2): an event permit and an inspection visit.
    const { session, error } = await client.sessions.create(
      [
        { kind: 'service_fee', description: { en: 'Event permit (one day)', ar: 'تصريح فعالية (يوم واحد)' }, unitAmount: 150_000 },
        { kind: 'other', description: { en: 'Site inspection visit', ar: 'زيارة تفتيش للموقع' }, unitAmount: 25_000, quantity: 2 },
        { kind: 'knowledge_fee', description: { en: 'Knowledge fee', ar: 'رسوم المعرفة' }, unitAmount: 1000 },
        { kind: 'innovation_fee', description: { en: 'Innovation fee', ar: 'رسوم الابتكار' }, unitAmount: 1000 },
      ],
      { channel: 'web', reference: `EVT-${Date.now()}` },
    );
    if (!session) {
      response.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' }).end(`Could not create the session: ${error.code}`);
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(`<!doctype html>
<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${lang === 'ar' ? 'دفع رسوم تصريح فعالية' : 'Pay for an event permit'}</title>
    <link rel="stylesheet" href="/fee-lookup/style.css" />
    <script type="module" src="/vendor/dubai-pay.js"></script>
  </head>
  <body>
    <main class="page">
      <h1>${lang === 'ar' ? 'تصريح فعالية' : 'Event permit'}</h1>
      <dubai-pay gateway="${attribute(options.gateway)}" publishable-key="${attribute(options.publishableKey)}" client-secret="${attribute(session.clientSecret)}"></dubai-pay>
    </main>
  </body>
</html>
`);
  };
}
