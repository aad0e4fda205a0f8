import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ask, type Question } from '../collect.ts';
import { collectWords } from '../prompts.ts';
import { menuPage, PAGE_SIZE } from '../menus.ts';
import { simulatedTelephony } from '../telephony.ts';
import type { Timeouts } from '../timeouts.ts';
import { VirtualClock } from '../virtual-clock.ts';

// One question on a simulated line with a virtual clock: timeouts fire when the test says so.
const timeouts: Timeouts = { firstDigit: 5000, interDigit: 3000, noInputRetries: 2, maxInvalid: 3, outcomeCheck: 1000 };

function line() {
  const clock = new VirtualClock();
  const log: string[] = [];
  const phone = simulatedTelephony({ clock, log: (speaker, text) => log.push(speaker ? `${speaker}: ${text}` : text) });
  return { ...phone, clock, log };
}

const number = (min: number, max: number): Question<string> => ({ prompt: 'Enter the number.', digits: { min, max }, accept: (k) => k });

describe('examples/ivr: collecting keys', () => {
  it('silence: asked again twice after the first-digit timeout, then a polite goodbye', async () => {
    const { line: l, caller, clock, log } = line();
    const answer = ask(l, timeouts, collectWords('en'), number(8, 8));
    for (let i = 0; i < 3; i++) {
      await caller.whenWaiting();
      assert.ok(clock.fireNext());
    }
    assert.deepEqual(await answer, { ended: 'no_input' });
    assert.equal(clock.now, 15_000, 'three first-digit timeouts');
    assert.equal(log.filter((l) => l === 'IVR: Enter the number.').length, 1);
    assert.equal(log.filter((l) => l === 'IVR: Sorry, I did not hear anything. Enter the number.').length, 2);
    assert.match(log.at(-1) ?? '', /^IVR: We have not heard from you, so we will end the call now\. .* goodbye\.$/);
  });

  it('inter-digit timeout: an unfinished number is asked again; a long enough one is taken', async () => {
    const { line: l, caller, clock, log } = line();
    const answer = ask(l, timeouts, collectWords('en'), number(4, 6));
    await caller.whenWaiting();
    caller.press('123');
    await caller.whenWaiting();
    clock.fireNext();
    await caller.whenWaiting();
    assert.equal(log.at(-1), 'IVR: That number seems to be incomplete. Enter the number.');
    caller.press('1234');
    await caller.whenWaiting();
    clock.fireNext();
    assert.deepEqual(await answer, { value: '1234' });
    assert.equal(clock.now, 6000, 'two inter-digit timeouts, no first-digit one');
  });

  it('# ends a number of varying length; a # with nothing keyed is ignored; reaching the maximum ends it', async () => {
    const { line: l, caller } = line();
    caller.press('#1234567#');
    assert.deepEqual(await ask(l, timeouts, collectWords('en'), number(4, 19)), { value: '1234567' });
    caller.press('12345678');
    assert.deepEqual(await ask(l, timeouts, collectWords('en'), number(8, 8)), { value: '12345678' });
  });

  it('* says the question again and drops what was half keyed', async () => {
    const { line: l, caller, log } = line();
    caller.press('12*98765432');
    assert.deepEqual(await ask(l, timeouts, collectWords('en'), number(8, 8)), { value: '98765432' });
    assert.deepEqual(
      log.filter((l) => l.startsWith('IVR')),
      ['IVR: Enter the number.', 'IVR: Enter the number.'],
    );
  });

  it('wrong answers: the reason, the question again, and the call ends after three', async () => {
    const { line: l, caller, log } = line();
    caller.press('777');
    const answer = await ask(l, timeouts, collectWords('ar'), { prompt: 'اختر.', digits: 'one', accept: (k) => (k === '1' ? 1 : undefined) });
    assert.deepEqual(answer, { ended: 'too_many_tries' });
    assert.equal(log.filter((l) => l === 'IVR: هذا ليس من الخيارات المتاحة. اختر.').length, 2);
    assert.match(log.at(-1) ?? '', /يُرجى الاتصال مرة أخرى/);
  });

  it('card digits are masked in the log', async () => {
    const { line: l, caller, log } = line();
    caller.press('4242424242424242#');
    await ask(l, timeouts, collectWords('en'), { ...number(12, 19), secret: true });
    assert.ok(log.includes('Caller: ••••••••••••••••#'));
    assert.doesNotMatch(log.join('\n'), /4242/);
  });

  it('a hang-up ends the question', async () => {
    const { line: l, caller } = line();
    const answer = ask(l, timeouts, collectWords('en'), number(8, 8));
    await caller.whenWaiting();
    caller.press('12');
    caller.hangUp();
    assert.deepEqual(await answer, { ended: 'hung_up' });
  });

  it('speech gets no invisible direction marks', () => {
    const { line: l, log } = line();
    l.say('\u2067المبلغ\u2069 \u200e4242\u200f  ok');
    assert.equal(log.at(-1), 'IVR: المبلغ 4242 ok');
  });

  it('menu pages: at most eight choices a page, so 9 (more), 0 (back) and * fit on the keypad', () => {
    const items = Array.from({ length: 19 }, (_, i) => i);
    assert.equal(PAGE_SIZE, 8);
    assert.deepEqual(menuPage(items, 0), { shown: [0, 1, 2, 3, 4, 5, 6, 7], paged: true });
    assert.deepEqual(menuPage(items, 2), { shown: [16, 17, 18], paged: true });
    assert.deepEqual(menuPage(items, 3).shown, menuPage(items, 0).shown, 'after the last page, the first again');
    assert.deepEqual(menuPage([1, 2], 0), { shown: [1, 2], paged: false });
  });
});
