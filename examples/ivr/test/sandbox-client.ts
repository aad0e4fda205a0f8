import { createClient, type DubaiPayClient } from '@dubai-pay/core';
import { createSandbox, type Sandbox } from '@dubai-pay/sandbox';

/** A fresh sandbox (the real gateway, in process) and a client with the demo agency's secret key. */
export function sandboxClient(): { sandbox: Sandbox; client: DubaiPayClient; charges(sessionId: string): Promise<number> } {
  const sandbox = createSandbox();
  const client = createClient({ gateway: `${sandbox.origins.gateway}/v1`, secretKey: 'sk_test_demo', fetch: (input, init) => sandbox.fetch(new Request(input, init)) });
  const charges = async (sessionId: string) => {
    const response = await sandbox.fetch(new Request(`${sandbox.origins.gateway}/_sandbox/sessions/${sessionId}/charges`, { headers: { authorization: 'Bearer sk_test_demo' } }));
    return ((await response.json()) as { charges: number }).charges;
  };
  return { sandbox, client, charges };
}

/** An expiry two years ahead, as MMYY. */
export const EXPIRY = `12${String((new Date().getUTCFullYear() + 2) % 100).padStart(2, '0')}`;

/** Keys from the language choice to RTA's driving licence renewal (sector 1, entity 1, service 1) and its traffic file. */
export const RTA_RENEWAL = ['1', '1', '1', '1', '12345678'];

/** What a speech engine must never get: digits with a currency code, or invisible direction marks. */
export const UNSPEAKABLE = /AED|د\.إ|[0-9]+\.[0-9]{2}|[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/;
