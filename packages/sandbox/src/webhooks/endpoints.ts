import type { Wire } from '@dubai-pay/contract';
import type { Agency } from '../agencies.ts';
import type { SandboxClock } from '../clock.ts';
import { randomId } from '../ids.ts';
import { GatewayProblem } from '../problems.ts';

/** How many endpoints one agency may register (a bot with the secret key cannot fan deliveries out). */
export const MAX_ENDPOINTS_PER_AGENCY = 16;
/** A rolled secret keeps signing beside the new one this long, unless told otherwise. */
export const DEFAULT_ROLL_OVERLAP_SECONDS = 24 * 3600;

export interface StoredEndpoint {
  endpoint: Wire.WebhookEndpoint;
  agency: Agency;
  secret: string;
  previous: { secret: string; expiresAt: number } | null;
}

/** The agency's webhook endpoints and their signing secrets. */
export class WebhookEndpointBook {
  readonly #endpoints = new Map<string, StoredEndpoint>();
  readonly #clock: SandboxClock;

  constructor(clock: SandboxClock) {
    this.#clock = clock;
  }

  create(agency: Agency, request: Wire.CreateWebhookEndpointRequest): Wire.WebhookEndpoint {
    if (this.of(agency).length >= MAX_ENDPOINTS_PER_AGENCY) {
      throw new GatewayProblem(400, 'invalid_request', `At most ${MAX_ENDPOINTS_PER_AGENCY} webhook endpoints per agency.`, { param: 'url' });
    }
    const secret = newSecret();
    const endpoint: Wire.WebhookEndpoint = {
      id: randomId('we'),
      object: 'webhook_endpoint',
      url: request.url,
      events: [...new Set(request.events)],
      created_at: this.#clock.iso(),
      secret: null,
      previous_secret_expires_at: null,
    };
    this.#endpoints.set(endpoint.id, { endpoint, agency, secret, previous: null });
    return { ...endpoint, secret };
  }

  snapshot(): unknown {
    return [...this.#endpoints.values()].map((stored) => ({ ...stored, agency: stored.agency.id }));
  }

  restore(data: unknown, agencyOf: (id: string) => Agency): void {
    for (const stored of data as (Omit<StoredEndpoint, 'agency'> & { agency: string })[]) this.#endpoints.set(stored.endpoint.id, { ...stored, agency: agencyOf(stored.agency) });
  }

  /** The agency's endpoints, secrets left out. */
  of(agency: Agency): StoredEndpoint[] {
    return [...this.#endpoints.values()].filter((stored) => stored.agency.id === agency.id);
  }

  /** An endpoint by id, whoever's it is (restoring a saved delivery). */
  find(id: string): StoredEndpoint | undefined {
    return this.#endpoints.get(id);
  }

  get(id: string, agency: Agency): StoredEndpoint {
    const stored = this.#endpoints.get(id);
    if (!stored || stored.agency.id !== agency.id) throw new GatewayProblem(404, 'not_found', `No webhook endpoint ${id}.`);
    return stored;
  }

  /** A new secret, shown once; the old one signs beside it until the overlap ends. */
  roll(id: string, agency: Agency, overlapSeconds = DEFAULT_ROLL_OVERLAP_SECONDS): Wire.WebhookEndpoint {
    const stored = this.get(id, agency);
    const expiresAt = this.#clock.now() + overlapSeconds * 1000;
    stored.previous = overlapSeconds > 0 ? { secret: stored.secret, expiresAt } : null;
    stored.secret = newSecret();
    stored.endpoint.previous_secret_expires_at = stored.previous ? new Date(expiresAt).toISOString() : null;
    return { ...stored.endpoint, secret: stored.secret };
  }

  /** The secrets a delivery is signed with now: the current one, and a rolled one still in its overlap. */
  signingSecrets(stored: StoredEndpoint): string[] {
    if (stored.previous && stored.previous.expiresAt <= this.#clock.now()) {
      stored.previous = null;
      stored.endpoint.previous_secret_expires_at = null;
    }
    return stored.previous ? [stored.secret, stored.previous.secret] : [stored.secret];
  }
}

function newSecret(): string {
  return `whsec_${randomId('s', 24).slice(2)}`;
}
