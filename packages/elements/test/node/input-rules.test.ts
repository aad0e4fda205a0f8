import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ServiceInput } from '@dubai-pay/contract';
import { ar } from '../../src/i18n/ar.ts';
import { en } from '../../src/i18n/en.ts';
import { checkInput, problemText, type InputProblem } from '../../src/input-rules.ts';

const trafficFile: ServiceInput = {
  name: 'traffic_file_number',
  label: { en: 'Traffic file number', ar: 'رقم الملف المروري' },
  kind: 'digits',
  required: true,
  pattern: '^[0-9]{8}$',
  minLength: 8,
  maxLength: 8,
};

/** The message the checkout shows, as dubai-pay.ts words it. */
const message = (problem: InputProblem, lang: 'en' | 'ar') => problemText(problem, trafficFile.label[lang], lang === 'en' ? en : ar);

describe('checkout inputs: what is wrong with a value, before the fees are asked (WCAG 3.3.3)', () => {
  const cases: [string, InputProblem | null][] = [
    ['12ab', { key: 'digitsOnly' }],
    ['1234-567', { key: 'digitsOnly' }],
    ['1234', { key: 'tooFewDigits', count: 8 }],
    ['123456789', { key: 'tooManyDigits', count: 8 }],
    ['', { key: 'required' }],
    ['12345678', null],
    // Arabic-Indic digits are digits.
    ['١٢٣٤٥٦٧٨', null],
  ];
  for (const [raw, problem] of cases) it(`${JSON.stringify(raw)} → ${problem?.key ?? 'accepted'}`, () => assert.deepEqual(checkInput(trafficFile, raw), problem));

  it('tells a letter in a digits input as such, in both languages, not as a length', () => {
    const problem = checkInput(trafficFile, '12ab')!;
    assert.equal(message(problem, 'en'), 'Traffic file number: use digits only (0 to 9).');
    assert.equal(message(problem, 'ar'), 'استخدم الأرقام فقط في رقم الملف المروري (من 0 إلى 9).');
    for (const lang of ['en', 'ar'] as const) assert.doesNotMatch(message(problem, lang), /8|characters|أحرف/);
  });

  it('counts digits as digits: "1234" needs 8 digits, not 8 characters', () => {
    const problem = checkInput(trafficFile, '1234')!;
    assert.equal(message(problem, 'en'), 'Traffic file number must have at least 8 digits.');
    assert.equal(message(problem, 'ar'), 'يجب ألا يقل رقم الملف المروري عن 8 أرقام.');
  });

  it('leaves other kinds of input to the contract’s rule (a plate has letters)', () => {
    const plate: ServiceInput = {
      name: 'plate_number',
      label: { en: 'Plate number', ar: 'رقم اللوحة' },
      kind: 'plate',
      required: true,
      pattern: '^[A-Za-z]{1,2} ?[0-9]{1,5}$',
      minLength: 2,
      maxLength: 8,
    };
    assert.equal(checkInput(plate, 'A 12345'), null);
    assert.deepEqual(checkInput(plate, 'A'), { key: 'tooShort', count: 2 });
  });
});
