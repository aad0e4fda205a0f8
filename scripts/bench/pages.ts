// The agency pages compared, each made fresh for one load:
//   baseline        only a bare <iframe> of the hosted fields, at the URL the component would build
//   client-secret   <dubai-pay client-secret> for a session the agency's server just created
//   server-rendered the same, with the fields' iframe in the HTML (prerenderedFields): the fast path
//   service         <dubai-pay service inputs>, inputs complete: it quotes and goes straight to the card
// and, timed in part 1 only, the floors: the least any script-made frame could cost, no SDK at all
//   session floor   a tiny module makes the iframe and reads the session beside it
//   quote floor     a tiny module asks for the quote, then makes the iframe for it
import { randomUUID } from 'node:crypto';
import { createServerClient, prerenderedFields, type DubaiPayServerClient } from '@dubai-pay/core/server';
import { CLIENT_SECRET_FIELD, FRAME_PATH, IDEMPOTENCY_KEY_PARAM, PUBLISHABLE_KEY_PARAM } from '../../packages/contract/src/index.ts';
import type { BenchServers } from './servers.ts';

export const PAGE_KINDS = ['baseline', 'client-secret', 'server-rendered', 'service'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/**
 * Pages with no SDK, only a module of a few hundred bytes that does what any page whose script
 * makes the frame must do first: the script's own round trip (and, for a service, the quote's,
 * since the frame's URL holds the quote's id) comes before the frame's. A ratio under a floor's
 * cannot be reached by a frame the page's script makes; only a frame in the HTML goes lower.
 */
export const FLOOR_KINDS = ['session-floor', 'quote-floor'] as const;
export type FloorKind = (typeof FLOOR_KINDS)[number];
/** What part 1 times: every page kind, then the floors. */
export const LOAD_KINDS = [...PAGE_KINDS, ...FLOOR_KINDS] as const;
export type LoadKind = PageKind | FloorKind;

/** Whether the page holds a `<dubai-pay>` (usable then also waits for the component). */
export const hasComponent = (kind: LoadKind): boolean => kind !== 'baseline' && !(FLOOR_KINDS as readonly string[]).includes(kind);

export const PAGE_LABELS: Record<LoadKind, string> = {
  baseline: 'bare iframe (baseline)',
  'client-secret': '<dubai-pay client-secret>',
  'server-rendered': '<dubai-pay client-secret> + server-rendered frame',
  service: '<dubai-pay service>',
  'session-floor': 'floor, no SDK: a script makes the iframe, reads the session',
  'quote-floor': 'floor, no SDK: a script quotes, then makes the iframe',
};

/** The service page's payment: the sandbox's driving licence renewal, for a known traffic file. */
export const SERVICE = { id: 'rta-driving-licence-renewal', inputs: { traffic_file_number: '12345678' } };

export interface PreparedPage {
  url: string;
  /** Removes the one-off page from the server. */
  done(): void;
}

const attribute = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The bare iframe's attributes but `src` (the component's own): the baseline writes them in its HTML, a floor sets them by script. */
const FRAME_ATTRIBUTES = {
  title: 'Card details',
  width: '480',
  height: '320',
  sandbox: 'allow-scripts allow-same-origin allow-forms',
  referrerpolicy: 'no-referrer',
  loading: 'eager',
};

const htmlPage = (title: string, head: string, body: string) => `<!doctype html>
<html lang="en" dir="ltr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    ${head}
  </head>
  <body>
    <main>
      ${body}
    </main>
  </body>
</html>
`;

export class BenchPages {
  readonly #servers: BenchServers;
  readonly #client: DubaiPayServerClient;

  constructor(servers: BenchServers) {
    this.#servers = servers;
    this.#client = createServerClient({ gateway: servers.gateway.apiUrl, secretKey: servers.agency.secretKey });
  }

  /** A session as an agency's server opens one (secret key, amounts decided server-side). */
  async createSession(): Promise<{ id: string; clientSecret: string }> {
    const { session, error } = await this.#client.sessions.create(
      [
        { kind: 'service_fee', description: { en: 'Driving licence renewal', ar: 'تجديد رخصة القيادة' }, unitAmount: 30_000 },
        { kind: 'knowledge_fee', description: { en: 'Knowledge fee', ar: 'رسوم المعرفة' }, unitAmount: 1000 },
        { kind: 'innovation_fee', description: { en: 'Innovation fee', ar: 'رسوم الابتكار' }, unitAmount: 1000 },
      ],
      { channel: 'web', reference: `BENCH-${randomUUID().slice(0, 8)}` },
    );
    if (error) throw new Error(`the bench could not create a session: ${error.code} ${error.message}`);
    return { id: session.id, clientSecret: session.clientSecret };
  }

  /**
   * The component's `appearance` frame parameter (JSON of its styles), as a real component sent it
   * in this run (the loads' warm-up reads it); null: none.
   */
  appearance: string | null = null;

  /** The hosted fields' URL exactly as packages/core/src/hosted-fields.ts builds it: same parameters, same order. */
  frameUrl(payment: string): string {
    const query = new URLSearchParams({
      key: this.#servers.agency.publishableKey,
      origin: this.#servers.pages.origin,
      channel: randomUUID(),
      locale: 'en',
      method: 'card',
      payment,
      ...(this.appearance ? { appearance: this.appearance } : {}),
    });
    return `${this.#servers.gateway.url}${FRAME_PATH}?${query}`;
  }

  /** Creates what the page needs (a session for most of them) and puts the page on the server. */
  async prepare(kind: LoadKind): Promise<PreparedPage> {
    const { pages, gateway, agency } = this.#servers;
    if (kind === 'session-floor' || kind === 'quote-floor') return this.#prepareFloor(kind);
    let html: string;
    if (kind === 'baseline') {
      const session = await this.createSession();
      // The iframe is in the HTML as served, with the component's iframe attributes: no script on this page.
      const src = attribute(this.frameUrl(session.id));
      html = htmlPage(
        'Bench: bare hosted fields',
        '',
        `<iframe src="${src}" ${Object.entries(FRAME_ATTRIBUTES)
          .map(([name, value]) => `${name}="${attribute(value)}"`)
          .join(' ')}></iframe>`,
      );
    } else {
      const clientSecret = kind === 'service' ? '' : (await this.createSession()).clientSecret;
      const attributes =
        kind === 'service'
          ? // The `inputs` attribute is URL-encoded (packages/elements/src/dubai-pay.ts), not JSON.
            `service="${SERVICE.id}" inputs="${attribute(new URLSearchParams(SERVICE.inputs).toString())}"`
          : `client-secret="${attribute(clientSecret)}"`;
      const content =
        kind === 'server-rendered'
          ? prerenderedFields({ gateway: gateway.apiUrl, publishableKey: agency.publishableKey, clientSecret, pageOrigin: pages.origin, locale: 'en' }).html
          : '';
      html = htmlPage(
        'Bench: <dubai-pay>',
        '<script type="module" src="/vendor/dubai-pay.js"></script>',
        `<dubai-pay gateway="${attribute(gateway.apiUrl)}" publishable-key="${attribute(agency.publishableKey)}" ${attributes}>${content}</dubai-pay>`,
      );
    }
    const path = pages.put(html);
    return { url: `${pages.origin}${path}`, done: () => pages.drop(path) };
  }

  /** A floor page: its one module (served from the page's origin, as CSP wants) is written here with this load's values. */
  async #prepareFloor(kind: FloorKind): Promise<PreparedPage> {
    const { pages, gateway, agency } = this.#servers;
    const placeholder = 'PAYMENT-ID';
    const values = { frameUrl: this.frameUrl(placeholder), placeholder, attributes: FRAME_ATTRIBUTES, contentType: 'text/plain;charset=UTF-8' };
    let fetchThen: string;
    if (kind === 'session-floor') {
      const session = await this.createSession();
      const view = `${gateway.apiUrl}/sessions/${session.id}/view`;
      const body = JSON.stringify({ [CLIENT_SECRET_FIELD]: session.clientSecret });
      fetchThen = `makeFrame(${JSON.stringify(session.id)});
fetch(${JSON.stringify(view)}, { method: 'POST', headers: { 'content-type': values.contentType }, body: ${JSON.stringify(body)} }).then((answer) => answer.json());`;
    } else {
      const quotes = `${gateway.apiUrl}/quotes?${PUBLISHABLE_KEY_PARAM}=${encodeURIComponent(agency.publishableKey)}&${IDEMPOTENCY_KEY_PARAM}=`;
      const body = JSON.stringify({ service: SERVICE.id, inputs: SERVICE.inputs });
      fetchThen = `fetch(${JSON.stringify(quotes)} + crypto.randomUUID(), { method: 'POST', headers: { 'content-type': values.contentType }, body: ${JSON.stringify(body)} })
  .then((answer) => answer.json())
  .then((quote) => makeFrame(quote.id));`;
    }
    // The iframe as the baseline's (FRAME_ATTRIBUTES), made by script.
    const module = `const values = ${JSON.stringify(values)};
const makeFrame = (payment) => {
  const frame = document.createElement('iframe');
  frame.src = values.frameUrl.replace(values.placeholder, encodeURIComponent(payment));
  for (const [name, value] of Object.entries(values.attributes)) frame.setAttribute(name, value);
  document.querySelector('main').append(frame);
};
${fetchThen}
`;
    const modulePath = pages.put(module, 'module');
    const path = pages.put(htmlPage('Bench: floor', `<script type="module" src="${modulePath}"></script>`, ''));
    return {
      url: `${pages.origin}${path}`,
      done: () => {
        pages.drop(path);
        pages.drop(modulePath);
      },
    };
  }
}
