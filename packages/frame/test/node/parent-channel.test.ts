import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { acceptParentMessage, exactOrigin, readFrameQuery } from '@dubai-pay/frame';

const PARENT = { name: 'parent window' } as unknown as MessageEventSource;
const OTHER = { name: 'another window' } as unknown as MessageEventSource;
const CHANNEL = '0b7f0e0e-3b1c-4c55-9a57-3f0f2f6f3a1d';
const expected = { origin: 'https://agency.example', source: PARENT, channel: CHANNEL };
const submit = { type: 'dubai-pay:submit', channel: CHANNEL, request_id: 'r1' };

describe('frame: messages from the parent', () => {
  it('accepts a well-formed message from the parent window, its exact origin, this channel', () => {
    assert.deepEqual(acceptParentMessage({ origin: 'https://agency.example', source: PARENT, data: submit }, expected), submit);
    const showProblems = { type: 'dubai-pay:show-problems', channel: CHANNEL };
    assert.deepEqual(acceptParentMessage({ origin: 'https://agency.example', source: PARENT, data: showProblems }, expected), showProblems);
  });

  const refused: [string, { origin: string; source: MessageEventSource | null; data: unknown }][] = [
    ['another origin', { origin: 'https://evil.example', source: PARENT, data: submit }],
    ['an origin that only starts the same', { origin: 'https://agency.example.evil.example', source: PARENT, data: submit }],
    ['the same host on http', { origin: 'http://agency.example', source: PARENT, data: submit }],
    ['another port', { origin: 'https://agency.example:8443', source: PARENT, data: submit }],
    ['a trailing slash', { origin: 'https://agency.example/', source: PARENT, data: submit }],
    ['the "null" origin', { origin: 'null', source: PARENT, data: submit }],
    ['another window of the right origin', { origin: 'https://agency.example', source: OTHER, data: submit }],
    ['no source', { origin: 'https://agency.example', source: null, data: submit }],
    ['another channel', { origin: 'https://agency.example', source: PARENT, data: { ...submit, channel: 'ffffffff-0000' } }],
    ['no channel', { origin: 'https://agency.example', source: PARENT, data: { type: 'dubai-pay:clear' } }],
    ['show-problems on another channel', { origin: 'https://agency.example', source: PARENT, data: { type: 'dubai-pay:show-problems', channel: 'ffffffff-0000' } }],
    ['show-problems from another origin', { origin: 'https://evil.example', source: PARENT, data: { type: 'dubai-pay:show-problems', channel: CHANNEL } }],
    ['an unknown type', { origin: 'https://agency.example', source: PARENT, data: { type: 'dubai-pay:dump', channel: CHANNEL } }],
    ['a string', { origin: 'https://agency.example', source: PARENT, data: JSON.stringify(submit) }],
    ['null', { origin: 'https://agency.example', source: PARENT, data: null }],
    ['a bad field name', { origin: 'https://agency.example', source: PARENT, data: { type: 'dubai-pay:focus', channel: CHANNEL, field: 'password' } }],
    [
      'a CSS string in the appearance',
      {
        origin: 'https://agency.example',
        source: PARENT,
        data: { type: 'dubai-pay:configure', channel: CHANNEL, locale: 'en', method: 'card', appearance: { color_text: 'red; background: url(https://evil.example)' } },
      },
    ],
  ];
  for (const [name, event] of refused) it(`ignores ${name}`, () => assert.equal(acceptParentMessage(event, expected), undefined));

  it('ignores everything when the frame has no parent (opened directly)', () => {
    assert.equal(acceptParentMessage({ origin: 'https://agency.example', source: null, data: submit }, { ...expected, source: null }), undefined);
  });
});

describe('frame: its query', () => {
  const base = { key: 'pk_test_demo', origin: 'https://agency.example', channel: CHANNEL, locale: 'ar', method: 'edirham', payment: 'ps_1a2b3c4d5e' };
  it('reads a valid query', () => {
    assert.deepEqual(readFrameQuery(`?${new URLSearchParams(base)}`), base);
  });

  const { key: _key, ...withoutKey } = base;
  const { payment: _payment, ...withoutPayment } = base;
  const refused: [string, Record<string, string>][] = [
    ['no key', withoutKey],
    ['an empty key (?key=)', { ...base, key: '' }],
    ['an origin with a path', { ...base, origin: 'https://agency.example/pay' }],
    ['an origin with a trailing slash', { ...base, origin: 'https://agency.example/' }],
    ['a wildcard origin', { ...base, origin: '*' }],
    ['a javascript: origin', { ...base, origin: 'javascript:alert(1)' }],
    ['a short channel', { ...base, channel: 'abc' }],
    ['an unknown locale', { ...base, locale: 'fr' }],
    ['an unknown method', { ...base, method: 'direct_debit' }],
    ['no payment', withoutPayment],
    ['a payment that is neither a session nor a quote', { ...base, payment: 'pm_1a2b3c4d5e' }],
  ];
  for (const [name, query] of refused) {
    it(`refuses ${name}`, () => assert.equal(readFrameQuery(`?${new URLSearchParams(query)}`), undefined));
  }

  const origins: [string, string | undefined][] = [
    ['https://agency.example', 'https://agency.example'],
    ['http://localhost:4000', 'http://localhost:4000'],
    ['https://agency.example:443', undefined],
    ['HTTPS://AGENCY.EXAMPLE', undefined],
    ['file:///etc', undefined],
    ['null', undefined],
  ];
  for (const [text, origin] of origins) it(`exactOrigin(${text}) → ${origin}`, () => assert.equal(exactOrigin(text), origin));
});
