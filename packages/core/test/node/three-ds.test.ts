import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chooseChallengeWindow } from '../../src/actions/challenge-window.ts';
import { encodeCReq } from '../../src/actions/creq.ts';

describe('3-D Secure: challenge window size (EMV 3DS challengeWindowSize)', () => {
  const cases: [string, { width: number; height: number }, boolean, string][] = [
    ['a desktop takes the largest: 03 (500×600)', { width: 1232, height: 724 }, false, '03'],
    ['too low for 03: 04 (600×400)', { width: 1232, height: 500 }, false, '04'],
    ['narrower than 600: a phone, full screen 05', { width: 390, height: 800 }, false, '05'],
    ['a kiosk always gets 05', { width: 1920, height: 1080 }, true, '05'],
    ['too low for any window: 05', { width: 800, height: 300 }, false, '05'],
    ['a 599-pixel wide space is a small screen', { width: 599, height: 900 }, false, '05'],
  ];
  for (const [name, space, fullScreen, size] of cases) {
    it(name, () => assert.equal(chooseChallengeWindow(space, fullScreen).size, size));
  }
  it('gives the size in pixels, or null for 05', () => {
    assert.deepEqual(chooseChallengeWindow({ width: 700, height: 450 }), { size: '04', width: 600, height: 400 });
    assert.deepEqual(chooseChallengeWindow({ width: 300, height: 450 }), { size: '05', width: null, height: null });
  });
});

describe('3-D Secure: the CReq', () => {
  it('is base64url JSON without padding, with the EMV field names', () => {
    const creq = encodeCReq({ threeDsServerTransId: 'a4f1-…', acsTransId: 'b7c2', messageVersion: '2.2.0', challengeWindowSize: '02' });
    assert.match(creq, /^[\w-]+$/);
    assert.deepEqual(JSON.parse(Buffer.from(creq, 'base64url').toString('utf8')), {
      threeDSServerTransID: 'a4f1-…',
      acsTransID: 'b7c2',
      messageType: 'CReq',
      messageVersion: '2.2.0',
      challengeWindowSize: '02',
    });
  });
});
