import assert from 'node:assert/strict';
import { describe, it, mock } from 'node:test';
import type { LitElement } from 'lit';
import { IdleWarning } from '../../src/kiosk/idle-warning.ts';

/** A host with what the warning uses of it; every update, the alert's text in both languages. */
function warningOn(timeoutSeconds: number) {
  const alerts: { en: string; ar: string }[] = [];
  const countdown: (number | null)[] = [];
  let warning: IdleWarning | null = null;
  const host = {
    isConnected: true,
    addController() {},
    addEventListener() {},
    removeEventListener() {},
    requestUpdate() {
      if (!warning) return;
      countdown.push(warning.secondsLeft);
      const text = { en: warning.alertText('en'), ar: warning.alertText('ar') };
      if (text.en !== alerts.at(-1)?.en) alerts.push(text);
    },
  };
  warning = new IdleWarning(host as unknown as LitElement, { onExpire: () => {} });
  warning.configure(timeoutSeconds);
  return { warning, alerts, countdown };
}

/** Time passing as it does, a quarter second at a time (the timer looks four times a second). */
function advance(ms: number): void {
  for (let t = 0; t < ms; t += 250) mock.timers.tick(250);
}

describe('kiosk idle warning: what the alert says (WCAG 4.1.3)', () => {
  it('says it when the warning appears and again at ten seconds left, never each second', () => {
    mock.timers.enable({ apis: ['setInterval', 'Date'] });
    try {
      // 60 s: the warning shows for the last 20.
      const { warning, alerts, countdown } = warningOn(60);
      advance(39_000);
      assert.equal(alerts.length, 0, 'nothing said before the warning');
      advance(21_000); // and the reset
      assert.ok(new Set(countdown.filter((s) => s !== null)).size >= 18, 'the visible countdown went every second');
      assert.deepEqual(
        alerts.map((a) => a.en),
        ['Are you still there? Starting over in 20 seconds.', '10 seconds left.', ''],
      );
      assert.deepEqual(
        alerts.map((a) => a.ar),
        ['هل ما زلت هنا؟ ستبدأ العملية من جديد خلال 20 ثانية.', 'بقيت 10 ثوانٍ.', ''],
      );
      warning.hostDisconnected();
    } finally {
      mock.timers.reset();
    }
  });

  it('a warning of ten seconds or less is said once; "I am still here" empties the alert for the next one', () => {
    mock.timers.enable({ apis: ['setInterval', 'Date'] });
    try {
      // 30 s: the warning shows for the last 10.
      const { warning, alerts } = warningOn(30);
      advance(25_000);
      warning.activity();
      assert.deepEqual(
        alerts.map((a) => a.en),
        ['Are you still there? Starting over in 10 seconds.', ''],
      );
      assert.equal(warning.secondsLeft, null);
      warning.hostDisconnected();
    } finally {
      mock.timers.reset();
    }
  });
});
