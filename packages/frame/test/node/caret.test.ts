import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { caretAfterDigits, deletionOf, readDigitsAtCaret } from '@dubai-pay/frame';

describe('frame: caret through reformatting', () => {
  const deletions: [string | undefined, string | undefined][] = [
    ['deleteContentBackward', 'backward'],
    ['deleteWordBackward', 'backward'],
    ['deleteContentForward', 'forward'],
    ['deleteWordForward', 'forward'],
    ['insertText', undefined],
    ['insertFromPaste', undefined],
    [undefined, undefined],
  ];
  for (const [inputType, deletion] of deletions)
    it(`${inputType ?? '(autofill, no inputType)'} → ${deletion ?? 'not a deletion'}`, () => assert.equal(deletionOf(inputType), deletion));

  const positions: [string, number, number, number][] = [
    ['4242 4242', 0, 8, 0],
    ['4242 4242', 4, 8, 4],
    ['4242 4242', 5, 8, 6],
    ['4242 4242', 8, 8, 9],
    ['05/', 2, 2, 3],
    ['05/2', 2, 3, 2],
  ];
  for (const [formatted, before, total, caret] of positions) {
    it(`after ${before} of ${total} digits in ${JSON.stringify(formatted)} → ${caret}`, () => assert.equal(caretAfterDigits(formatted, before, total), caret));
  }

  it('counts the digits before the caret, direction marks and Arabic-Indic digits included', () => {
    assert.deepEqual(readDigitsAtCaret('\u200f٤٢ 42', 3, undefined, ''), { digits: '4242', before: 2 });
  });
});
