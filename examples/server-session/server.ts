// An agency's own server: it prices the payment itself, creates the session with the SECRET key
// (never sent to a browser), renders a page that hands <dubai-pay> only the client secret, and
// fulfils the order when the gateway's signed webhook says it was paid (agency-backend.ts).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServerClient, prerenderedFields } from '@dubai-pay/core/server';
import { AgencyBackend } from './agency-backend.ts';

export interface ServerSessionOptions {
  gateway: string;
  secretKey: string;
  publishableKey: string;
  /** This server's own origin: webhooks come to it, and the refund action answers only its pages. */
  origin: string;
  /** What the agency's staff send (`authorization: Bearer …`) to refund an order; refunds are refused without it. */
  staffToken: string;
}

/** Where this example lives on the demo server. */
export const BASE = '/server-session/';
const MAX_WEBHOOK_BYTES = 1024 * 1024;

/** HTML-escapes a value for an attribute (the client secret comes from the gateway: trust nothing). */
function attribute(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}

/** The raw body, as bytes arrived (a webhook's signature is over exactly these). */
async function rawBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_WEBHOOK_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function serverSessionHandler(options: ServerSessionOptions) {
  const client = createServerClient({ gateway: options.gateway, secretKey: options.secretKey });
  const backend = new AgencyBackend(client);

  async function page(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const lang = new URL(request.url ?? '/', 'http://x').searchParams.get('lang') === 'ar' ? 'ar' : 'en';
    const reference = `EVT-${Date.now()}-${Math.floor(Math.random() * 1000)}`;
    const session = await backend.createOrder(reference).catch(() => null);
    if (!session) {
      response.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' }).end('Could not create the session.');
      return;
    }
    // The card fields' iframe goes out in the HTML, so it loads with the page rather than after the
    // component's script (the checkout takes it over): the fastest way to usable card fields.
    const fields = prerenderedFields({
      gateway: options.gateway,
      publishableKey: options.publishableKey,
      clientSecret: session.clientSecret,
      pageOrigin: options.origin,
      locale: lang,
    });
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(`<!doctype html>
<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${lang === 'ar' ? 'دفع رسوم تصريح فعالية' : 'Pay for an event permit'}</title>
    <link rel="stylesheet" href="/fee-lookup/style.css" />
    <script type="module" src="/vendor/dubai-pay.js"></script>
    <script type="module" src="${BASE}page.js"></script>
  </head>
  <body>
    <main class="page">
      <h1>${lang === 'ar' ? 'تصريح فعالية' : 'Event permit'}</h1>
      <dubai-pay gateway="${attribute(options.gateway)}" publishable-key="${attribute(options.publishableKey)}" client-secret="${attribute(session.clientSecret)}" data-order="${attribute(reference)}">${fields.html}</dubai-pay>
      <p id="order-status" role="status" aria-live="polite"></p>
    </main>
  </body>
</html>
`);
  }

  /** The order's state as this server knows it: fulfilled only once the gateway's signed word came. */
  function orderStatus(response: ServerResponse, reference: string): void {
    const order = backend.order(reference);
    if (!order) {
      sendJson(response, 404, { error: 'no such order' });
      return;
    }
    sendJson(response, 200, { reference: order.reference, state: order.state, fulfilments: order.fulfilments, refunded: order.refunded, refunds: order.refunds });
  }

  async function refund(request: IncomingMessage, response: ServerResponse, reference: string): Promise<void> {
    // Staff only (a customer must not refund their own permit), from this site's pages or a
    // script with no Origin, with a JSON body (a cross-site form cannot send one without asking).
    const origin = request.headers.origin;
    const staff = options.staffToken.length >= 16 && request.headers.authorization === `Bearer ${options.staffToken}`;
    if (!staff || (origin !== undefined && origin !== options.origin) || !request.headers['content-type']?.startsWith('application/json')) {
      return sendJson(response, 403, { error: 'forbidden' });
    }
    const text = (await rawBody(request)) ?? '';
    let amount: number | undefined;
    try {
      amount = (JSON.parse(text || '{}') as { amount?: number }).amount;
    } catch {
      return sendJson(response, 400, { error: 'not JSON' });
    }
    const result = await backend.refund(reference, amount);
    sendJson(response, result.error ? 400 : 200, result);
  }

  return {
    backend,
    /** Registers the webhook URL with the gateway (at `listening`, this server's address); call once the server listens. */
    register: (listening: string = options.origin) => backend.register(`${listening}${BASE}webhooks`),
    /** Answers this example's paths; false for any other (a static file). */
    async handle(request: IncomingMessage, response: ServerResponse, path: string): Promise<boolean> {
      if (path === BASE && request.method === 'GET') return page(request, response).then(() => true);
      if (path === `${BASE}webhooks` && request.method === 'POST') {
        const body = await rawBody(request);
        const signature = request.headers['dubai-pay-signature'];
        const status = body === null ? 413 : await backend.receive(body, typeof signature === 'string' ? signature : undefined);
        response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(status === 200 ? 'ok' : 'refused');
        return true;
      }
      const order = /^\/server-session\/orders\/([\w-]{1,64})(\/refund)?$/.exec(path);
      if (order?.[1] && !order[2] && request.method === 'GET') {
        orderStatus(response, order[1]);
        return true;
      }
      if (order?.[1] && order[2] && request.method === 'POST') return refund(request, response, order[1]).then(() => true);
      return false;
    },
  };
}
