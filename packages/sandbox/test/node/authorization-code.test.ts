import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSandbox } from '@dubai-pay/sandbox';

// A paid session's receipt carries the approval code, as a gateway passes on the issuer's or bank's.
const sandbox = createSandbox({ allowedOrigins: ['https://agency.example'] });
let keyCounter = 0;

async function api(path: string, token: string, body: unknown) {
  const response = await sandbox.fetch(
    new Request(`${sandbox.origins.gateway}/v1${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': `auth-code-${++keyCounter}-test` },
      body: JSON.stringify(body),
    }),
  );
  return (await response.json()) as Record<string, any>;
}

async function paid(): Promise<Record<string, any>> {
  const session = await api('/sessions', 'sk_test_demo', { items: [{ description: { en: 'Permit', ar: 'تصريح' }, unit_amount: 5000 }], channel: 'ivr' });
  return api(`/sessions/${session.id}/confirm`, 'sk_test_demo', { payment_method: 'pm_card_visa' });
}

describe('sandbox: the receipt’s authorisation code', () => {
  it('six letters and digits none of which reads as another, one per payment', async () => {
    const codes = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const session = await paid();
      assert.equal(session.status, 'succeeded');
      assert.match(session.receipt.authorization_code, /^[A-HJ-NP-Z2-9]{6}$/);
      codes.add(session.receipt.authorization_code);
    }
    assert.ok(codes.size >= 4, 'codes are random, not one for all');
  });
});
