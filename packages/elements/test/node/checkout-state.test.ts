import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DubaiPayError, type Receipt } from '@dubai-pay/core';
import { transition, type CheckoutEvent, type CheckoutState } from '../../src/checkout-state.ts';

// Every state × every event → the state that follows (the same object when the event is not taken).
const declined = new DubaiPayError('card_declined', { notCharged: true });
const unknown = new DubaiPayError('outcome_unknown', { outcomeUnknown: true });
const expired = new DubaiPayError('session_expired', { notCharged: true });
const receipt = { number: 'R-1' } as Receipt;
const authentication = { progress: 'method' as const, window: null, confirmingCancel: false, timeoutWarning: null };

const STATES: Record<string, CheckoutState> = {
  loading: { step: 'loading' },
  inputs: { step: 'inputs', problems: {}, error: null },
  ready: { step: 'ready', error: null },
  paying: { step: 'paying', phase: { kind: 'confirming' }, retrying: false },
  checking: { step: 'checking', error: unknown },
  receipt: { step: 'receipt', receipt },
  failed: { step: 'failed', error: expired },
  canceled: { step: 'canceled' },
};

const EVENTS: Record<string, CheckoutEvent> = {
  load: { type: 'load' },
  askInputs: { type: 'askInputs' },
  ready: { type: 'ready' },
  pay: { type: 'pay', phase: { kind: 'tokenizing' } },
  phase: { type: 'phase', phase: { kind: 'authenticating', authentication } },
  retrying: { type: 'retrying', retrying: true },
  declined: { type: 'declined', error: declined },
  outcomeUnknown: { type: 'outcomeUnknown', error: unknown },
  paid: { type: 'paid', receipt },
  fail: { type: 'fail', error: expired },
  cancel: { type: 'cancel' },
};

/** The step each state goes to on each event; `=` for "not taken, unchanged". */
const TABLE: Record<string, Record<string, string>> = {
  //          load       askInputs  ready     pay       phase     retrying  declined  outcomeUnknown paid       fail      cancel
  loading: {
    load: 'loading',
    askInputs: 'inputs',
    ready: 'ready',
    pay: '=',
    phase: '=',
    retrying: '=',
    declined: 'ready',
    outcomeUnknown: '=',
    paid: 'receipt',
    fail: 'failed',
    cancel: 'canceled',
  },
  inputs: {
    load: 'loading',
    askInputs: 'inputs',
    ready: 'ready',
    pay: '=',
    phase: '=',
    retrying: '=',
    declined: '=',
    outcomeUnknown: '=',
    paid: 'receipt',
    fail: 'failed',
    cancel: 'canceled',
  },
  ready: {
    load: 'loading',
    askInputs: 'inputs',
    ready: 'ready',
    pay: 'paying',
    phase: '=',
    retrying: '=',
    declined: 'ready',
    outcomeUnknown: '=',
    paid: 'receipt',
    fail: 'failed',
    cancel: 'canceled',
  },
  paying: {
    load: 'loading',
    askInputs: '=',
    ready: 'ready',
    pay: '=',
    phase: 'paying',
    retrying: 'paying',
    declined: 'ready',
    outcomeUnknown: 'checking',
    paid: 'receipt',
    fail: 'failed',
    cancel: '=',
  },
  checking: {
    load: 'loading',
    askInputs: '=',
    ready: 'ready',
    pay: '=',
    phase: '=',
    retrying: '=',
    declined: 'ready',
    outcomeUnknown: 'checking',
    paid: 'receipt',
    fail: 'failed',
    cancel: '=',
  },
  receipt: { load: 'loading', askInputs: '=', ready: '=', pay: '=', phase: '=', retrying: '=', declined: '=', outcomeUnknown: '=', paid: '=', fail: '=', cancel: '=' },
  failed: { load: 'loading', askInputs: '=', ready: '=', pay: '=', phase: '=', retrying: '=', declined: '=', outcomeUnknown: '=', paid: 'receipt', fail: '=', cancel: '=' },
  canceled: { load: 'loading', askInputs: '=', ready: '=', pay: '=', phase: '=', retrying: '=', declined: '=', outcomeUnknown: '=', paid: 'receipt', fail: '=', cancel: '=' },
};

describe('checkout state × event → state', () => {
  for (const [stateName, state] of Object.entries(STATES)) {
    for (const [eventName, event] of Object.entries(EVENTS)) {
      const expected = TABLE[stateName]![eventName]!;
      it(`${stateName} + ${eventName} → ${expected === '=' ? `${stateName} (unchanged)` : expected}`, () => {
        const next = transition(state, event);
        if (expected === '=') assert.equal(next, state, 'not taken: the same state object');
        else assert.equal(next.step, expected);
      });
    }
  }
});

describe('what each state carries', () => {
  it('a decline is shown in ready, with its error; paying again clears it', () => {
    const shown = transition(STATES.paying!, EVENTS.declined!);
    assert.deepEqual(shown, { step: 'ready', error: declined });
    assert.deepEqual(transition(shown, EVENTS.pay!), { step: 'paying', phase: { kind: 'tokenizing' }, retrying: false });
  });

  it('"still trying" belongs to paying only, and a repeat changes nothing', () => {
    const trying = transition(STATES.paying!, EVENTS.retrying!);
    assert.equal(trying.step === 'paying' && trying.retrying, true);
    assert.equal(transition(trying, EVENTS.retrying!), trying);
  });

  it('an unknown outcome is never a failure or a decline: checking, with the honest error', () => {
    assert.deepEqual(transition(STATES.paying!, EVENTS.outcomeUnknown!), { step: 'checking', error: unknown });
  });

  it('the gateway’s word that it is paid wins over whatever was shown', () => {
    for (const name of ['checking', 'failed', 'canceled', 'ready']) assert.deepEqual(transition(STATES[name]!, EVENTS.paid!), { step: 'receipt', receipt });
  });

  it('3-D Secure exists only while paying', () => {
    assert.equal(transition(STATES.ready!, EVENTS.phase!), STATES.ready);
    const authenticating = transition(STATES.paying!, EVENTS.phase!);
    assert.deepEqual(authenticating.step === 'paying' && authenticating.phase, { kind: 'authenticating', authentication });
  });
});
