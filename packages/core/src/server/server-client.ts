import { connect, withSessions, type ClientOptions, type DubaiPayClient } from '../client.ts';
import { Events } from './events.ts';
import { useServerMessages } from './messages.ts';
import { Refunds } from './refunds.ts';
import { Reports } from './reports.ts';
import { ServerSessions } from './server-sessions.ts';
import { WebhookEndpoints } from './webhook-endpoints.ts';
import { verifyWebhook } from './webhooks.ts';

export interface ServerClientOptions extends ClientOptions {
  /** `sk_…`: the agency's secret key. */
  secretKey: string;
}

/** Checking a webhook delivery's signature (the endpoint's secret, not the API key). */
export interface Webhooks {
  /** `verifyWebhook`: the event of a delivery whose signature and time check out, else a typed error. */
  verify: typeof verifyWebhook;
}

/** The client on an agency's server: everything `createClient` gives, and the agency's side of the money. */
export interface DubaiPayServerClient extends DubaiPayClient {
  readonly sessions: ServerSessions;
  readonly webhooks: Webhooks;
  readonly refunds: Refunds;
  readonly webhookEndpoints: WebhookEndpoints;
  readonly events: Events;
  readonly reports: Reports;
}

/**
 * A client for an agency's server (Node ≥ 22): lists, refunds, webhook endpoints and events,
 * settlement reports, webhook verification. A module of its own so that no browser bundle
 * carries what only a secret key may call.
 */
export function createServerClient(options: ServerClientOptions): DubaiPayServerClient {
  if (!options.secretKey) throw new TypeError("createServerClient needs the agency's secretKey.");
  useServerMessages();
  const { http, keys, deadline } = connect(options);
  return {
    ...withSessions(http, keys, options.gateway, new ServerSessions(http, keys, deadline)),
    webhooks: { verify: verifyWebhook },
    refunds: new Refunds(http, keys),
    webhookEndpoints: new WebhookEndpoints(http, keys),
    events: new Events(http, keys),
    reports: new Reports(http, keys),
  };
}
