import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sessionIdOfSecret } from '@dubai-pay/contract';
import { createSandbox } from '../../src/index.ts';

describe('sandbox: client secrets in the contract’s format', () => {
  it('a secret the sandbox makes reads back as its session', async () => {
    const sandbox = createSandbox();
    const agency = sandbox.agencies[0]!;
    const response = await sandbox.fetch(
      new Request(`${sandbox.origins.gateway}/v1/sessions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${agency.secretKey}`, 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
        body: JSON.stringify({ items: [{ kind: 'service_fee', description: { en: 'Fee', ar: 'رسم' }, quantity: 1, unit_amount: 1000 }] }),
      }),
    );
    const session = (await response.json()) as { id: string; client_secret: string };
    assert.equal(response.status, 200, JSON.stringify(session));
    assert.equal(sessionIdOfSecret(session.client_secret), session.id);
  });
});
