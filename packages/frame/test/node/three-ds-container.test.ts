import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { acceptNotification, acceptStart, readContainerQuery } from '@dubai-pay/frame';

// The gateway's 3-D Secure container: what it takes from the page (a start) and from the
// gateway's notification page in its ACS frame (the step ended). Everything else is ignored.

const PARENT = { name: 'agency page' } as unknown as MessageEventSource;
const ACS_FRAME = { name: 'the ACS frame this container made' } as unknown as MessageEventSource;
const OTHER = { name: 'another window' } as unknown as MessageEventSource;
const CHANNEL = '0b7f0e0e-3b1c-4c55-9a57-3f0f2f6f3a1d';
const PAGE = 'https://agency.example';
const GATEWAY = 'https://gateway.example';
const start = {
  type: 'dubai-pay:3ds-start',
  channel: CHANNEL,
  nonce: 'n'.repeat(32),
  step: 'challenge',
  url: 'https://acs.example/3ds/challenge',
  field: 'creq',
  value: 'eyJhIjoxfQ',
  width: 500,
  height: 600,
};
const fromPage = { origin: PAGE, source: PARENT, channel: CHANNEL };

describe('3DS container: the page starts a step', () => {
  it('accepts a start from the parent window, its exact origin, this channel', () => {
    assert.deepEqual(acceptStart({ origin: PAGE, source: PARENT, data: start }, fromPage), start);
  });

  const refused: [string, { origin: string; source: MessageEventSource | null; data: unknown }][] = [
    ['another origin', { origin: 'https://evil.example', source: PARENT, data: start }],
    ['an origin that only starts the same', { origin: 'https://agency.example.evil.example', source: PARENT, data: start }],
    ['another window of the right origin', { origin: PAGE, source: OTHER, data: start }],
    ['no source', { origin: PAGE, source: null, data: start }],
    ['another channel', { origin: PAGE, source: PARENT, data: { ...start, channel: 'ffffffff-0000' } }],
    ['a javascript: URL', { origin: PAGE, source: PARENT, data: { ...start, url: 'javascript:alert(1)' } }],
    ['a data: URL', { origin: PAGE, source: PARENT, data: { ...start, url: 'data:text/html,hi' } }],
    ['a field other than creq or threeDSMethodData', { origin: PAGE, source: PARENT, data: { ...start, field: 'pan' } }],
    ['a value that is not base64url', { origin: PAGE, source: PARENT, data: { ...start, value: '"><script>' } }],
    ['a short nonce', { origin: PAGE, source: PARENT, data: { ...start, nonce: 'abc' } }],
    ['a string', { origin: PAGE, source: PARENT, data: JSON.stringify(start) }],
    ['null', { origin: PAGE, source: PARENT, data: null }],
  ];
  for (const [name, event] of refused) {
    it(`ignores ${name}`, () => assert.equal(acceptStart(event, fromPage), undefined));
  }
});

describe('3DS container: the notification page says the step ended', () => {
  const notification = { type: 'dubai-pay:3ds-notification', step: 'challenge' };
  const expected = { origin: GATEWAY, source: ACS_FRAME, step: 'challenge' as const };

  it('accepts it from the gateway origin and the ACS frame this container made', () => {
    assert.equal(acceptNotification({ origin: GATEWAY, source: ACS_FRAME, data: notification }, expected), 'challenge');
  });

  const refused: [
    string,
    { origin: string; source: MessageEventSource | null; data: unknown },
    typeof expected | { origin: string; source: MessageEventSource; step: undefined },
  ][] = [
    ['the ACS origin (the ACS page itself cannot end a step)', { origin: 'https://acs.example', source: ACS_FRAME, data: notification }, expected],
    ['the page origin', { origin: PAGE, source: PARENT, data: notification }, expected],
    ['another gateway window', { origin: GATEWAY, source: OTHER, data: notification }, expected],
    ['another step', { origin: GATEWAY, source: ACS_FRAME, data: { ...notification, step: 'method' } }, expected],
    ['no step under way', { origin: GATEWAY, source: ACS_FRAME, data: notification }, { origin: GATEWAY, source: ACS_FRAME, step: undefined }],
    ['malformed data', { origin: GATEWAY, source: ACS_FRAME, data: { type: 'dubai-pay:3ds-notification' } }, expected],
  ];
  for (const [name, event, expectation] of refused) {
    it(`ignores ${name}`, () => assert.equal(acceptNotification(event, expectation), undefined));
  }
});

describe('3DS container: its query', () => {
  it('needs an exact origin and a channel', () => {
    assert.deepEqual(readContainerQuery(`?key=pk_test_demo&origin=${encodeURIComponent(PAGE)}&channel=${CHANNEL}`), { key: 'pk_test_demo', origin: PAGE, channel: CHANNEL });
    assert.equal(readContainerQuery(`?key=pk_test_demo&origin=${encodeURIComponent(`${PAGE}/`)}&channel=${CHANNEL}`), undefined);
    assert.equal(readContainerQuery(`?key=pk_test_demo&origin=${encodeURIComponent(PAGE)}`), undefined);
  });
});
