// An agency's back end as it should be: it prices and opens the payment, and fulfils an order
// only on the gateway's signed word (a webhook it verified, then the session read back with the
// secret key), exactly once, whatever the order or number of deliveries. The browser's success
// event is never trusted: any script on the page can fire it.
import type { PaymentSession } from '@dubai-pay/core';
import type { DubaiPayServerClient, Refund, WebhookEvent, WebhookEventType } from '@dubai-pay/core/server';

export type OrderState = 'awaiting_payment' | 'fulfilled' | 'ended_unpaid' | 'refunded';

export interface Order {
  reference: string;
  sessionId: string;
  /** What the order costs, in fils. */
  amount: number;
  state: OrderState;
  /** How many times the order was fulfilled: the point of it all is that this never passes 1. */
  fulfilments: number;
  refunded: number;
  refunds: { id: string; amount: number; status: Refund['status'] }[];
}

/** The events this back end needs. */
export const BACKEND_EVENTS: WebhookEventType[] = ['payment.succeeded', 'payment.failed', 'payment.canceled', 'session.expired', 'refund.succeeded', 'refund.failed'];

export class AgencyBackend {
  readonly #client: DubaiPayServerClient;
  readonly #orders = new Map<string, Order>();
  /** Event ids already handled: delivery is at least once. */
  readonly #handled = new Set<string>();
  #secret: string | null = null;

  constructor(client: DubaiPayServerClient) {
    this.#client = client;
  }

  /**
   * Registers this back end's webhook URL with the gateway and keeps the secret it is given. After
   * a restart the endpoint is already there (a sandbox with a data file keeps it): its secret is
   * rolled, so this process knows it, rather than a second endpoint made.
   */
  async register(webhookUrl: string): Promise<void> {
    const existing = (await this.#client.webhookEndpoints.list()).find((endpoint) => endpoint.url === webhookUrl);
    const { webhookEndpoint, error } = existing
      ? await this.#client.webhookEndpoints.rollSecret(existing.id, { overlapSeconds: 0 })
      : await this.#client.webhookEndpoints.create({ url: webhookUrl, events: BACKEND_EVENTS });
    if (error) throw error;
    this.#secret = webhookEndpoint.secret;
  }

  /** Opens the payment for an order: the amounts are decided here, never in the browser. */
  async createOrder(reference: string, channel: 'web' | 'ivr' = 'web'): Promise<PaymentSession> {
    const { session, error } = await this.#client.sessions.create(
      [
        { kind: 'service_fee', description: { en: 'Event permit (one day)', ar: 'تصريح فعالية (يوم واحد)' }, unitAmount: 150_000 },
        { kind: 'other', description: { en: 'Site inspection visit', ar: 'زيارة تفتيش للموقع' }, unitAmount: 25_000, quantity: 2 },
        { kind: 'knowledge_fee', description: { en: 'Knowledge fee', ar: 'رسوم المعرفة' }, unitAmount: 1000 },
        { kind: 'innovation_fee', description: { en: 'Innovation fee', ar: 'رسوم الابتكار' }, unitAmount: 1000 },
      ],
      { channel, reference },
    );
    if (error) throw error;
    this.#orders.set(reference, { reference, sessionId: session.id, amount: session.amount, state: 'awaiting_payment', fulfilments: 0, refunded: 0, refunds: [] });
    return session;
  }

  order(reference: string): Order | undefined {
    return this.#orders.get(reference);
  }

  /**
   * One webhook delivery: verified against the raw body, handled once per event id. Returns the
   * HTTP status to answer: 200 once handled (or already handled), 400 for a delivery that fails
   * verification (the gateway's retries will not fix a forgery).
   */
  async receive(rawBody: string, signature: string | undefined): Promise<number> {
    if (!this.#secret) return 503;
    let event: WebhookEvent;
    try {
      event = await this.#client.webhooks.verify(rawBody, signature, this.#secret);
    } catch {
      return 400;
    }
    if (this.#handled.has(event.id)) return 200;
    await this.#handle(event);
    this.#handled.add(event.id);
    return 200;
  }

  async #handle(event: WebhookEvent): Promise<void> {
    if (event.type === 'refund.succeeded' || event.type === 'refund.failed') return this.#refundSettled(event.data.object);
    const reference = event.data.object.reference;
    const order = reference ? this.#orders.get(reference) : undefined;
    if (!order || order.sessionId !== event.data.object.id) return;
    // Events may come late or out of order: what the session is now decides, read with the secret key.
    const session = await this.#client.sessions.retrieve(order.sessionId);
    if (session.status === 'succeeded' && order.fulfilments === 0) {
      order.fulfilments += 1;
      order.state = 'fulfilled';
    } else if ((session.status === 'expired' || session.status === 'canceled' || session.status === 'failed') && order.fulfilments === 0) {
      order.state = 'ended_unpaid';
    }
  }

  #refundSettled(refund: Refund): void {
    const order = refund.reference ? this.#orders.get(refund.reference) : undefined;
    // The reference is the agency's word only on sessions it made; the session id is the proof.
    if (!order || refund.sessionId !== order.sessionId) return;
    const known = order.refunds.find((r) => r.id === refund.id);
    if (known) known.status = refund.status;
    else order.refunds.push({ id: refund.id, amount: refund.amount, status: refund.status });
    order.refunded = order.refunds.filter((r) => r.status === 'succeeded').reduce((sum, r) => sum + r.amount, 0);
    // All of it given back: the permit is withdrawn.
    if (order.refunded >= order.amount) order.state = 'refunded';
  }

  /** Refunds (part of) an order's payment; the order learns the outcome from the refund's webhook. */
  async refund(reference: string, amount?: number): Promise<{ refund?: Refund; error?: { code: string; message: string } }> {
    const order = this.#orders.get(reference);
    if (!order) return { error: { code: 'not_found', message: `No order ${reference}.` } };
    const { refund, error } = await this.#client.refunds.create({ session: order.sessionId, ...(amount === undefined ? {} : { amount }) });
    if (error) return { error: { code: error.code, message: error.messages.en } };
    return { refund };
  }
}
