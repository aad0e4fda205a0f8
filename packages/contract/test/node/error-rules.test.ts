import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CLIENT_ERROR_CODES,
  codesOfKind,
  ENDED_UNPAID_CODES,
  endedUnpaidCode,
  ERROR_RULES,
  errorRule,
  GATEWAY_ERROR_CODES,
  statusProvesNothing,
  unreadableAnswerCode,
  type ErrorCode,
} from '../../src/index.ts';

describe('the error table: every code, and what each means', () => {
  it('has a row for every gateway and client code, and no other', () => {
    assert.deepEqual(Object.keys(ERROR_RULES).sort(), [...GATEWAY_ERROR_CODES, ...CLIENT_ERROR_CODES].sort());
  });

  const cases: [string, ErrorCode, Partial<(typeof ERROR_RULES)[ErrorCode]>][] = [
    ['a lost connection may be sent again', 'network_error', { kind: 'transient', retryable: true }],
    ['an unreadable answer may be sent again', 'invalid_response', { kind: 'transient', retryable: true }],
    ['a 429 may be sent again', 'rate_limited', { kind: 'transient', retryable: true }],
    ['a decline leaves the payment open', 'card_declined', { kind: 'declined', retryable: true }],
    ['a failed challenge is an attempt outcome', 'authentication_failed', { kind: 'declined', retryable: true }],
    ['a bank rejection is an attempt outcome', 'bank_rejected', { kind: 'declined', retryable: true }],
    ['an expired session ended unpaid', 'session_expired', { kind: 'session_over', retryable: false, endsUnpaid: true }],
    ['a failed session ended unpaid', 'session_failed', { kind: 'session_over', retryable: false, endsUnpaid: true }],
    ['a paid session is over, not unpaid', 'session_completed', { kind: 'session_over', retryable: false }],
    ['a wrong card number is about the number', 'invalid_card_number', { kind: 'details', param: 'card.number' }],
    ['a wrong expiry is about the month', 'invalid_expiry', { kind: 'details', param: 'card.exp_month' }],
    ['a wrong PIN format is about the PIN', 'invalid_pin', { kind: 'details', param: 'edirham.pin' }],
    ['an origin not registered is set-up', 'origin_not_allowed', { kind: 'setup', retryable: false }],
    ['an unknown outcome is not a failure to retry', 'outcome_unknown', { kind: 'unknown_outcome', retryable: false }],
    ['a webhook header not in the format is refused for good', 'webhook_header_malformed', { kind: 'request', retryable: false }],
    ['a webhook not signed with a live secret is refused for good', 'webhook_signature_invalid', { kind: 'request', retryable: false }],
    ['a webhook signed too long ago (or ahead) is refused for good', 'webhook_timestamp_out_of_range', { kind: 'request', retryable: false }],
    ['a signed webhook body that is no event is refused for good', 'webhook_payload_invalid', { kind: 'request', retryable: false }],
  ];
  for (const [name, code, expected] of cases) it(name, () => assert.deepEqual({ ...ERROR_RULES[code], ...expected }, ERROR_RULES[code]));

  it('says "ended unpaid" only of sessions that are over', () => {
    for (const [code, rule] of Object.entries(ERROR_RULES)) if ('endsUnpaid' in rule) assert.equal(rule.kind, 'session_over', code);
  });

  it('gives a field only to errors about the payment details, as a card or e-Dirham path', () => {
    for (const [code, rule] of Object.entries(ERROR_RULES)) {
      if (!('param' in rule)) continue;
      assert.equal(rule.kind, 'details', code);
      assert.match(rule.param, /^(card|edirham)\.[a-z_]+$/, code);
    }
  });

  it('lists the transient codes: the only ones a checkout offers to send again', () => {
    assert.deepEqual(codesOfKind('transient'), ['rate_limited', 'server_error', 'network_error', 'timeout', 'invalid_response', 'attempt_not_received']);
  });

  it('reads a code this version does not know as `unknown`', () => {
    assert.equal(errorRule('a_code_from_a_newer_gateway'), ERROR_RULES.unknown);
    assert.equal(errorRule('__proto__'), ERROR_RULES.unknown);
  });
});

describe('what an HTTP status proves', () => {
  const cases: [number | undefined, boolean, string | undefined][] = [
    [undefined, true, undefined],
    [200, false, 'invalid_response'],
    [400, false, 'invalid_response'],
    [409, false, 'invalid_response'],
    [499, false, 'invalid_response'],
    [500, true, 'server_error'],
    [502, true, 'server_error'],
    [503, true, 'server_error'],
  ];
  for (const [status, provesNothing, unreadable] of cases) {
    it(`${status ?? 'no answer'}: ${provesNothing ? 'proves nothing' : "the gateway's word"}`, () => {
      assert.equal(statusProvesNothing(status), provesNothing);
      if (status !== undefined) assert.equal(unreadableAnswerCode(status), unreadable);
    });
  }
});

describe('the code of a session that ended unpaid', () => {
  const cases: [string, string | undefined][] = [
    ['expired', 'session_expired'],
    ['canceled', 'session_canceled'],
    ['failed', 'session_failed'],
    ['succeeded', undefined],
    ['open', undefined],
    ['requires_action', undefined],
    ['toString', undefined],
  ];
  for (const [status, code] of cases) it(`${status} → ${code ?? 'none'}`, () => assert.equal(endedUnpaidCode(status), code));
  it('names only codes that end a session unpaid', () => {
    for (const code of Object.values(ENDED_UNPAID_CODES)) assert.equal(errorRule(code).endsUnpaid, true);
  });
});
