import assert from 'node:assert/strict';
import { describe, it, mock } from 'node:test';
import { IdleTimer } from '../../src/kiosk/idle-timer.ts';
import { applyKey } from '../../src/kiosk/keypad.ts';

describe('kiosk keypad: a key applied at the caret', () => {
  const cases: [string, string, number, Parameters<typeof applyKey>[2], { value: string; caret: number }][] = [
    ['a digit at the end', '123', 3, '4', { value: '1234', caret: 4 }],
    ['a digit in the middle', '1234', 2, '9', { value: '12934', caret: 3 }],
    ['backspace deletes before the caret', '1234', 2, 'backspace', { value: '134', caret: 1 }],
    ['backspace at the start does nothing', '1234', 0, 'backspace', { value: '1234', caret: 0 }],
    ['clear empties the field', '1234', 2, 'clear', { value: '', caret: 0 }],
  ];
  for (const [name, value, caret, key, expected] of cases) it(name, () => assert.deepEqual(applyKey(value, caret, key), expected));
});

describe('kiosk idle timer', () => {
  function timer(timeoutMs: number, warnMs: number) {
    const ticks: (number | null)[] = [];
    let expired = 0;
    const idle = new IdleTimer({ timeoutMs, warnMs, onTick: (s) => ticks.push(s), onExpire: () => expired++ });
    return { idle, ticks, expired: () => expired };
  }

  it('counts down the last seconds, then fires once', () => {
    mock.timers.enable({ apis: ['setInterval', 'Date'] });
    try {
      const { idle, ticks, expired } = timer(10_000, 3_000);
      idle.start();
      mock.timers.tick(6_500);
      assert.deepEqual(ticks, []);
      mock.timers.tick(1_000);
      assert.equal(ticks.at(-1), 3);
      mock.timers.tick(3_000);
      assert.equal(expired(), 1);
      mock.timers.tick(30_000);
      assert.equal(expired(), 1, 'not again until there is activity');
      idle.stop();
    } finally {
      mock.timers.reset();
    }
  });

  it('activity during the countdown hides it and starts over', () => {
    mock.timers.enable({ apis: ['setInterval', 'Date'] });
    try {
      const { idle, ticks, expired } = timer(10_000, 3_000);
      idle.start();
      mock.timers.tick(8_000);
      assert.ok(ticks.some((s) => s !== null));
      idle.activity();
      assert.equal(ticks.at(-1), null);
      mock.timers.tick(9_000);
      assert.equal(expired(), 0);
      mock.timers.tick(1_500);
      assert.equal(expired(), 1);
      idle.stop();
    } finally {
      mock.timers.reset();
    }
  });
});
