import assert from 'node:assert/strict';
import { it } from 'node:test';
import * as core from '../../src/index.ts';
import * as server from '../../src/server/index.ts';

// What an agency may call. Anything added here is a promise to keep: internals (the 3-D Secure
// frame, CReq encoding, EMV colour depths) and the contract's own helpers stay out.
it('exports exactly the public values', () => {
  assert.deepEqual(Object.keys(core).sort(), [
    'BANKS',
    'DEFAULT_CHALLENGE_TIMEOUT_MS',
    'DubaiPayError',
    'HostedFields',
    'collectBrowserInfo',
    'createClient',
    'endedUnpaid',
    'formatAmount',
    'handoffCodePage',
    'isDubaiPayError',
    'isTerminal',
    'messageFor',
    'outcomeOf',
    'sessionIdOf',
  ]);
});

// The agency's server side, in an entry of its own so browsers never load it.
it('exports exactly the server values from @dubai-pay/core/server', () => {
  assert.deepEqual(Object.keys(server).sort(), ['createServerClient', 'prerenderedFields', 'settlementCsv', 'verifyWebhook']);
});
