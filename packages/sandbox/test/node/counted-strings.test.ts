import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { plural } from '@dubai-pay/contract';
import { TEXT } from '../../src/three-ds/acs-pages.ts';

describe('the ACS page counts attempts by the plural rules', () => {
  it('Arabic: one, two, 3–10 few, 11+ many; English: one and other', () => {
    assert.deepEqual(Object.keys(TEXT.ar.wrong).sort(), ['few', 'many', 'one', 'other', 'two', 'zero']);
    assert.deepEqual(
      [1, 2, 3, 10, 11].map((n) => plural('ar', n, TEXT.ar.wrong)),
      [
        'الرمز غير صحيح. بقيت محاولة واحدة.',
        'الرمز غير صحيح. بقيت محاولتان.',
        'الرمز غير صحيح. بقيت 3 محاولات.',
        'الرمز غير صحيح. بقيت 10 محاولات.',
        'الرمز غير صحيح. بقيت 11 محاولة.',
      ],
    );
    assert.equal(plural('en', 1, TEXT.en.wrong), 'That code is not right. 1 attempt left.');
    assert.equal(plural('en', 2, TEXT.en.wrong), 'That code is not right. 2 attempts left.');
  });
});
