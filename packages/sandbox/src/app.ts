import { demoAgency, type Agency } from './agencies.ts';
import type { AuthContext } from './auth.ts';
import { buildCatalog, type Catalog } from './catalog/catalog.ts';
import type { EntityCatalogSeed } from './catalog/seed-types.ts';
import { catalogSeeds } from './catalog/services/index.ts';
import { SandboxClock } from './clock.ts';
import { API_PREFIX, type SandboxOrigins } from './config.ts';
import { withBodyCredential } from './body-credential.ts';
import { corsHeaders, preflightHeaders, refusalCorsHeaders, withHeaders } from './cors.ts';
import { DROP_RESPONSE_HEADER, FaultPlan } from './faults.ts';
import { errorResponse } from './http.ts';
import { IdempotencyStore } from './idempotency.ts';
import { randomId } from './ids.ts';
import { guarded, problemResponse } from './request-guard.ts';
import { PaymentMethodVault } from './payments/payment-methods.ts';
import { GatewayProblem } from './problems.ts';
import { QuoteBook } from './quotes.ts';
import { match, type RouterDeps } from './router.ts';
import { createBankApp } from './banks/bank-app.ts';
import { describePayments } from './payee.ts';
import { catalogRoutes } from './routes/catalog.ts';
import { controlRoutes } from './routes/control.ts';
import { frameRoutes } from './routes/frame.ts';
import type { FrameAssets } from './routes/built-assets.ts';
import { fontRoutes, type FontFiles } from './routes/fonts.ts';
import { paymentRoutes } from './routes/payments.ts';
import { returnRoutes } from './routes/return.ts';
import { handoffRoutes } from './routes/handoff.ts';
import { HandoffBook } from './handoffs.ts';
import { ReceiptLinkBook } from './receipt-links.ts';
import { receiptRoutes } from './routes/receipt-page.ts';
import { threeDsRoutes } from './routes/three-ds.ts';
import { createAcsApp } from './three-ds/acs-app.ts';
import { SessionBook } from './sessions.ts';
import { FrameProofs } from './abuse/frame-proofs.ts';
import { RefundBook } from './refunds.ts';
import { agencyServerRoutes, recordEvents } from './routes/agency-server.ts';
import { WebhookDispatcher } from './webhooks/dispatcher.ts';
import { WebhookEndpointBook } from './webhooks/endpoints.ts';
import { PinGuard } from './abuse/pin-guard.ts';
import { RateLimiter } from './abuse/rate-limiter.ts';

export interface SandboxOptions {
  /** Where the gateway, the ACS and the banks live. Defaults suit msw in browser tests. */
  origins?: Partial<SandboxOrigins>;
  /** Origins the demo agency's pages may call from (CORS and key checks). */
  allowedOrigins?: string[];
  /** More agencies besides the demo one. */
  agencies?: Agency[];
  catalog?: readonly EntityCatalogSeed[];
  /** The hosted fields' files; without them the frame answers 404 (msw-only browser tests). */
  frameAssets?: FrameAssets;
  /** The hosted font families' files (`HOSTED_FONT_FAMILIES`); without them those fonts answer 404 (msw-only browser tests). */
  fontFiles?: FontFiles;
  /** How webhooks are sent (default: the global fetch). */
  webhookFetch?: typeof fetch;
  /** How long an endpoint has to answer one delivery (default 10 s). */
  webhookTimeoutMs?: number;
  /** The time the sandbox's clock runs on (default the real one; a test may stop it). */
  realNow?: () => number;
  /** What a sandbox saved (`saveState()`), to go on from: a restart loses no payment, refund or webhook. */
  state?: SandboxState;
  /**
   * Keeps the state (a data file): called before any webhook is sent, so no event reaches an
   * agency that a restart could forget (and make again under another id).
   */
  persist?: (state: SandboxState) => void;
}

/**
 * What a sandbox keeps across a restart, as JSON: sessions, quotes, refunds, webhook endpoints,
 * events and the deliveries still owed, idempotent answers, the clock. Card tokens, frame proofs
 * and hand-off codes are short-lived and are not kept (a customer enters the card again).
 */
export type SandboxState = Record<'clock' | 'sessions' | 'quotes' | 'refunds' | 'webhookEndpoints' | 'webhooks' | 'idempotency', unknown>;

export interface Sandbox {
  /** Handles one request to the gateway origin: the whole API. A fetch-style app. */
  fetch(request: Request): Promise<Response>;
  /** Handles one request to the banks' origin: the five banks' approval pages. */
  bankFetch(request: Request): Promise<Response>;
  /** Handles one request to the ACS origin: the 3DS Method and challenge pages. */
  acsFetch(request: Request): Promise<Response>;
  readonly origins: SandboxOrigins;
  readonly agencies: readonly Agency[];
  readonly catalog: Catalog;
  readonly clock: SandboxClock;
  /**
   * The work time brings: sessions expire, direct-debit refunds settle, webhook deliveries that
   * are due are tried. Runs on every gateway request and clock move; a server also runs it every
   * second. Resolves when the deliveries it started have ended.
   */
  tick(): Promise<void>;
  /** Everything to keep across a restart (see `SandboxState`). */
  saveState(): SandboxState;
}

export const DEFAULT_ORIGINS: SandboxOrigins = {
  gateway: 'https://gateway.sandbox.test',
  acs: 'https://acs.sandbox.test',
  bank: 'https://bank.sandbox.test',
};

export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const origins: SandboxOrigins = { ...DEFAULT_ORIGINS, ...options.origins };
  // Every agency's sessions may also be paid on the gateway's own pages (the hand-off page).
  const agencies = [demoAgency(options.allowedOrigins ?? []), ...(options.agencies ?? [])].map((a) => ({ ...a, allowedOrigins: [...a.allowedOrigins, origins.gateway] }));
  const knownOrigins = new Set(agencies.flatMap((a) => a.allowedOrigins));
  const publishableKeys = new Set(agencies.map((a) => a.publishableKey));
  const clock = new SandboxClock(options.realNow);
  const catalog = buildCatalog(options.catalog ?? catalogSeeds);
  const quotes = new QuoteBook(catalog, clock);
  const now = () => clock.now();
  const guards = { limiter: new RateLimiter(now), pins: new PinGuard(now), proofs: new FrameProofs(now) };
  const sessions = new SessionBook(clock, origins, guards, describePayments(catalog));
  const vault = new PaymentMethodVault(clock);
  const faults = new FaultPlan();
  const refunds = new RefundBook(clock, sessions);
  const webhookEndpoints = new WebhookEndpointBook(clock);
  const webhooks = new WebhookDispatcher(clock, webhookEndpoints, {
    fetch: options.webhookFetch,
    timeoutMs: options.webhookTimeoutMs,
    onQueued: () => void tick().catch(() => {}),
  });
  const agencyBooks = { sessions, refunds, endpoints: webhookEndpoints, webhooks, clock };
  recordEvents(agencyBooks);
  const tick = async () => {
    sessions.sweepExpired();
    refunds.settleDue();
    // On disk before any delivery leaves (only then: answers are saved by the server as they go).
    if (webhooks.hasDue()) options.persist?.(saveState());
    await webhooks.tick();
  };
  const auth: AuthContext = { agencies, sessionForSecret: (secret) => sessions.ownerOfSecret(secret) };
  /** A credential a browser may hold: a publishable key, or a session's client secret. */
  const knownCredential = (credential: string) => publishableKeys.has(credential) || auth.sessionForSecret(credential) !== undefined;
  const idempotency = new IdempotencyStore();
  const deps: RouterDeps = { auth, idempotency, now: () => clock.now(), frameOrigin: origins.gateway };
  // In restore order: endpoints before the webhook queue, whose deliveries name them.
  const books = { clock, quotes, sessions, refunds, webhookEndpoints, webhooks, idempotency };
  if (options.state) {
    const agencyOf = (id: string) => {
      const agency = agencies.find((a) => a.id === id);
      if (!agency) throw new Error(`The saved state names an agency this sandbox does not have: ${id}.`);
      return agency;
    };
    for (const [name, book] of Object.entries(books)) book.restore(options.state[name as keyof SandboxState], agencyOf);
  }
  const saveState = () => Object.fromEntries(Object.entries(books).map(([name, book]) => [name, book.snapshot()])) as SandboxState;
  const routes = [
    ...catalogRoutes(catalog),
    ...paymentRoutes(quotes, sessions, vault, guards),
    ...frameRoutes(agencies, options.frameAssets, { sessions, quotes, catalog, proofs: guards.proofs }),
    ...fontRoutes(options.fontFiles),
    ...threeDsRoutes(agencies, sessions, origins.acs, options.frameAssets),
    ...returnRoutes(),
    ...handoffRoutes(sessions, new HandoffBook(clock, origins.gateway, guards.limiter), options.frameAssets),
    ...receiptRoutes(sessions, new ReceiptLinkBook(clock, origins.gateway)),
    ...agencyServerRoutes(agencyBooks),
    ...controlRoutes(sessions, clock, faults, guards.limiter, auth, tick),
  ];

  /** The answer, and the refusal's code when it is one; `request` as the routes saw it (a client secret from the body in `Authorization`). */
  async function handle(received: Request, pathname: string): Promise<{ answer: Response; request: Request; refusal?: GatewayProblem['code'] }> {
    let request = received;
    try {
      if (pathname.startsWith(`${API_PREFIX}/`)) request = await withBodyCredential(received);
      const found = match(routes, request.method, pathname);
      if (found === undefined) throw new GatewayProblem(404, 'not_found', `No route ${pathname}.`);
      if (found === 'wrong_method') throw new GatewayProblem(405, 'invalid_request', `${request.method} is not allowed on ${pathname}.`);
      return { answer: await found.route.handle(request, found.params, deps), request };
    } catch (error) {
      return { answer: problemResponse(error, 'gateway'), request, ...(error instanceof GatewayProblem ? { refusal: error.code } : {}) };
    }
  }

  return {
    bankFetch: guarded('banks', createBankApp(sessions)),
    acsFetch: guarded('acs', createAcsApp(sessions, origins.gateway)),
    origins,
    agencies,
    catalog,
    clock,
    tick,
    saveState,
    fetch: guarded('gateway', async (request) => {
      const { pathname } = new URL(request.url);
      void tick().catch(() => {});
      const cors = corsHeaders(request.headers.get('origin'), knownOrigins);
      if (request.method === 'OPTIONS') return withHeaders(new Response(null, { status: 204 }), preflightHeaders(request.headers.get('origin')));
      const fault = pathname.startsWith('/_sandbox/') ? undefined : faults.take(request.method, pathname);
      if (fault?.action === 'unavailable') {
        return withHeaders(errorResponse(new GatewayProblem(503, 'server_error', 'Injected fault: unavailable.')), cors);
      }
      const { answer, refusal, request: routed } = await handle(request, pathname);
      // A page on an unregistered origin may read why it is refused (for a key the gateway knows), nothing else.
      const readable = Object.keys(cors).length > 0 ? cors : refusalCorsHeaders(routed, refusal, knownCredential);
      const response = withHeaders(answer, { ...readable, 'request-id': randomId('req') });
      if (fault?.action === 'drop_response') response.headers.set(DROP_RESPONSE_HEADER, '1');
      if (fault?.action === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.delay_ms ?? 0));
      return response;
    }),
  };
}
