import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createClient, type DubaiPayClient } from '@dubai-pay/core';
import { startSandboxServer, type SandboxServer } from '@dubai-pay/sandbox/server';

// fees.quote({ replaces }): a re-quote of an expired quote, as the checkout asks for it to keep
// the card frame it opened for the old quote (issue 15). The gateway's rules are tested in the
// sandbox's requote.test.ts; here, what the client sends and gives back.
let server: SandboxServer;
let client: DubaiPayClient;
const SERVICE = 'police-good-conduct';
const INPUTS = { emirates_id: '784199012345671' };

before(async () => {
  server = await startSandboxServer();
  client = createClient({ gateway: server.apiUrl, publishableKey: server.sandbox.agencies[0]!.publishableKey });
});
after(() => server.close());

describe('fees.quote: re-quote', () => {
  it('replaces an expired quote: the same service and inputs, a new id and expiry, opened as a session', async () => {
    const { quote: old } = await client.fees.quote({ service: SERVICE, inputs: INPUTS });
    assert.ok(old);
    server.sandbox.clock.advance(16 * 60_000);
    assert.equal((await client.sessions.createFromQuote(old.id)).error?.code, 'quote_expired');

    const { quote, error } = await client.fees.quote({ service: SERVICE, replaces: old.id });
    assert.equal(error, undefined);
    assert.equal(quote?.replaces, old.id);
    assert.notEqual(quote?.id, old.id);
    assert.deepEqual([quote?.serviceId, quote?.inputs], [old.serviceId, old.inputs]);
    assert.ok(Date.parse(quote?.expiresAt ?? '') > server.sandbox.clock.now());
    const { session } = await client.sessions.createFromQuote(quote?.id ?? '');
    assert.equal(session?.quoteId, quote?.id);
    // A quote asked for without `replaces` replaces nothing.
    assert.equal((await client.fees.quote({ service: SERVICE, inputs: INPUTS })).quote?.replaces, null);
  });

  it('gives typed errors, in both languages: an unknown quote, other inputs, a quote too old to replace', async () => {
    const unknown = await client.fees.quote({ service: SERVICE, replaces: 'qt_doesnotexist00' });
    assert.deepEqual([unknown.error?.code, unknown.error?.status, unknown.error?.param], ['not_found', 404, 'replaces']);

    const { quote: old } = await client.fees.quote({ service: SERVICE, inputs: INPUTS });
    const other = await client.fees.quote({ service: SERVICE, inputs: { emirates_id: '784199012345689' }, replaces: old?.id ?? '' });
    assert.deepEqual([other.error?.code, other.error?.param], ['invalid_request', 'replaces']);

    server.sandbox.clock.advance(3 * 60 * 60_000);
    const late = await client.fees.quote({ service: SERVICE, inputs: INPUTS, replaces: old?.id ?? '' });
    assert.deepEqual([late.error?.code, late.error?.status, late.error?.retryable], ['quote_too_old', 410, true]);
    assert.match(late.error?.messages.en ?? '', /start again/);
    assert.match(late.error?.messages.ar ?? '', /[\u0621-\u064A]/);
  });
});
