import { WEBHOOK_SIGNATURE_HEADER, webhookSignedPayload, type Wire } from '@dubai-pay/contract';
import type { Agency } from '../agencies.ts';
import type { SandboxClock } from '../clock.ts';
import { randomId } from '../ids.ts';
import { GatewayProblem } from '../problems.ts';
import type { StoredEndpoint, WebhookEndpointBook } from './endpoints.ts';

/** After the n-th failed try, the next one waits `RETRY_SCHEDULE_MS[n - 1]`: 8 tries over about 42 hours. */
export const RETRY_SCHEDULE_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3600_000, 5 * 3600_000, 10 * 3600_000, 24 * 3600_000] as const;
export const MAX_DELIVERY_ATTEMPTS = RETRY_SCHEDULE_MS.length + 1;
/** An endpoint that has not answered in this long has failed this try. */
export const DELIVERY_TIMEOUT_MS = 10_000;
/** Entries kept in each endpoint's delivery log. */
const LOG_LIMIT = 500;

type EventType = Wire.WebhookEvent['type'];

interface Job {
  event: Wire.WebhookEvent;
  body: string;
  endpoint: StoredEndpoint;
  attempt: number;
  dueAt: number;
  sending: boolean;
}

/**
 * Events, and their delivery to the agencies' endpoints: at least once, signed, retried with
 * growing waits (on the sandbox's clock, so tests can move through hours). Recording an event
 * never waits for a delivery: payments never wait on an agency's server.
 */
export class WebhookDispatcher {
  readonly #events = new Map<string, { event: Wire.WebhookEvent; agency: Agency }>();
  readonly #jobs = new Set<Job>();
  readonly #log = new Map<string, Wire.WebhookDelivery[]>();
  readonly #inFlight = new Set<Promise<void>>();
  readonly #clock: SandboxClock;
  readonly #endpoints: WebhookEndpointBook;
  readonly #fetch: typeof fetch;
  readonly #timeoutMs: number;

  readonly #onQueued: () => void;

  /** `onQueued`: what runs when deliveries are queued (the sandbox saves its state, then ticks). */
  constructor(clock: SandboxClock, endpoints: WebhookEndpointBook, options: { fetch?: typeof fetch | undefined; timeoutMs?: number | undefined; onQueued?: () => void } = {}) {
    this.#clock = clock;
    this.#endpoints = endpoints;
    this.#fetch = options.fetch ?? ((input, init) => fetch(input, init));
    this.#timeoutMs = options.timeoutMs ?? DELIVERY_TIMEOUT_MS;
    this.#onQueued = options.onQueued ?? (() => void this.tick());
  }

  /** Events, the deliveries still to make (a try under way is saved as due: at least once) and the log. */
  snapshot(): unknown {
    return {
      events: [...this.#events.values()].map(({ event, agency }) => ({ event, agency: agency.id })),
      jobs: [...this.#jobs].map((job) => ({ event: job.event.id, endpoint: job.endpoint.endpoint.id, attempt: job.attempt, dueAt: job.dueAt })),
      log: [...this.#log],
    };
  }

  restore(data: unknown, agencyOf: (id: string) => Agency): void {
    const saved = data as {
      events: { event: Wire.WebhookEvent; agency: string }[];
      jobs: { event: string; endpoint: string; attempt: number; dueAt: number }[];
      log: [string, Wire.WebhookDelivery[]][];
    };
    for (const { event, agency } of saved.events) this.#events.set(event.id, { event, agency: agencyOf(agency) });
    for (const job of saved.jobs) {
      const found = this.#events.get(job.event);
      const endpoint = found && this.#endpoints.find(job.endpoint);
      // A delivery whose event or endpoint is not in the file cannot be made: skipped, not fatal.
      if (!found || !endpoint) continue;
      this.#jobs.add({ event: found.event, body: JSON.stringify(found.event), endpoint, attempt: job.attempt, dueAt: job.dueAt, sending: false });
    }
    for (const [id, entries] of saved.log) this.#log.set(id, entries);
  }

  /** Records an event and queues its delivery to every endpoint of the agency that wants its type. */
  record(agency: Agency, type: EventType, object: Wire.PaymentSession | Wire.Refund): Wire.WebhookEvent {
    const event = { id: randomId('evt'), object: 'event', type, created_at: this.#clock.iso(), data: { object } } as Wire.WebhookEvent;
    this.#events.set(event.id, { event, agency });
    this.#queue(agency, event);
    return event;
  }

  /** Delivers an event again (same id) to every endpoint that wants its type. */
  resend(id: string, agency: Agency): Wire.WebhookEvent {
    const found = this.#events.get(id);
    if (!found || found.agency.id !== agency.id) throw new GatewayProblem(404, 'not_found', `No event ${id}.`);
    this.#queue(agency, found.event);
    return found.event;
  }

  /** The agency's events, newest first. */
  events(agency: Agency): Wire.WebhookEvent[] {
    return [...this.#events.values()]
      .filter((found) => found.agency.id === agency.id)
      .map((found) => found.event)
      .reverse();
  }

  /** Every try at delivering to an endpoint, newest first. */
  deliveries(endpointId: string): Wire.WebhookDelivery[] {
    return [...(this.#log.get(endpointId) ?? [])].reverse();
  }

  /** Whether any delivery is due and not under way (a try would start now). */
  hasDue(): boolean {
    const now = this.#clock.now();
    for (const job of this.#jobs) if (!job.sending && job.dueAt <= now) return true;
    return false;
  }

  /** Tries every delivery that is due; resolves when those tries, and any already under way, have ended. */
  async tick(): Promise<void> {
    const now = this.#clock.now();
    for (const job of this.#jobs) {
      if (job.sending || job.dueAt > now) continue;
      const trying = this.#try(job).finally(() => this.#inFlight.delete(trying));
      this.#inFlight.add(trying);
    }
    await Promise.all([...this.#inFlight]);
  }

  #queue(agency: Agency, event: Wire.WebhookEvent): void {
    const body = JSON.stringify(event);
    for (const endpoint of this.#endpoints.of(agency)) {
      if (endpoint.endpoint.events.includes(event.type)) this.#jobs.add({ event, body, endpoint, attempt: 1, dueAt: this.#clock.now(), sending: false });
    }
    this.#onQueued();
  }

  async #try(job: Job): Promise<void> {
    job.sending = true;
    const { status, error } = await this.#send(job);
    const succeeded = status !== null && status >= 200 && status < 300;
    const retry = !succeeded && job.attempt < MAX_DELIVERY_ATTEMPTS;
    // One reading of the clock: the log's "tried at" and "next at" are exactly the schedule apart.
    const at = this.#clock.now();
    const nextAt = retry ? at + (RETRY_SCHEDULE_MS[job.attempt - 1] ?? 0) : null;
    this.#record(job, at, succeeded, status, error, nextAt);
    if (retry && nextAt !== null) {
      job.attempt += 1;
      job.dueAt = nextAt;
      job.sending = false;
    } else {
      this.#jobs.delete(job);
    }
  }

  /** One POST: any 2xx is delivered; a redirect is not followed (the endpoint must answer itself). */
  async #send(job: Job): Promise<{ status: number | null; error: string | null }> {
    try {
      const signature = await sign(job.body, this.#endpoints.signingSecrets(job.endpoint));
      const response = await this.#fetch(job.endpoint.endpoint.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'dubai-pay-webhooks/1', [WEBHOOK_SIGNATURE_HEADER]: signature },
        body: job.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
      await response.body?.cancel().catch(() => {});
      const redirected = response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
      return { status: response.status, error: redirected ? 'redirect not followed' : response.ok ? null : `HTTP ${response.status}` };
    } catch (error) {
      const name = (error as { name?: string }).name;
      return { status: null, error: name === 'TimeoutError' ? `no answer in ${this.#timeoutMs / 1000} s` : 'could not connect' };
    }
  }

  #record(job: Job, at: number, succeeded: boolean, status: number | null, error: string | null, nextAt: number | null): void {
    const entry: Wire.WebhookDelivery = {
      id: randomId('whd'),
      object: 'webhook_delivery',
      event_id: job.event.id,
      event_type: job.event.type,
      endpoint_id: job.endpoint.endpoint.id,
      attempt: job.attempt,
      attempted_at: new Date(at).toISOString(),
      outcome: succeeded ? 'succeeded' : 'failed',
      http_status: status,
      error,
      next_attempt_at: nextAt === null ? null : new Date(nextAt).toISOString(),
    };
    const log = this.#log.get(entry.endpoint_id) ?? [];
    log.push(entry);
    if (log.length > LOG_LIMIT) log.shift();
    this.#log.set(entry.endpoint_id, log);
  }
}

/**
 * The signature header: the time it is sent (the receiver's clock checks it, so real time, not
 * the sandbox's), and one HMAC-SHA256 per live secret over `t.body`.
 */
export async function sign(body: string, secrets: readonly string[], nowMs = Date.now()): Promise<string> {
  const t = Math.floor(nowMs / 1000);
  const payload = new TextEncoder().encode(webhookSignedPayload(t, body));
  const signatures: string[] = [];
  for (const secret of secrets) {
    const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, payload));
    signatures.push(`v1=${[...mac].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`);
  }
  return [`t=${t}`, ...signatures].join(',');
}
