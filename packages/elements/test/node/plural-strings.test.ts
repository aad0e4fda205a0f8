import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { plural } from '@dubai-pay/contract';
import { ar } from '../../src/i18n/ar.ts';
import { en } from '../../src/i18n/en.ts';
import { problemText } from '../../src/input-rules.ts';
import { KIOSK_STRINGS } from '../../src/kiosk/kiosk-strings.ts';
import { SERVICE_STRINGS } from '../../src/services/service-strings.ts';

const CATEGORIES = ['few', 'many', 'one', 'other', 'two', 'zero'];

describe('counted strings of the elements, in both languages', () => {
  it('every counted Arabic string has all six CLDR forms, every English one "one" and "other"', () => {
    const counted = (strings: object) => Object.entries(strings).filter(([, v]) => typeof v === 'object' && v !== null && 'other' in v);
    for (const [name, forms] of [...counted(ar), ...counted(KIOSK_STRINGS.ar), ...counted(SERVICE_STRINGS.ar)]) {
      assert.deepEqual(Object.keys(forms).sort(), CATEGORIES, name);
    }
    for (const [name, forms] of [...counted(en), ...counted(KIOSK_STRINGS.en), ...counted(SERVICE_STRINGS.en)]) {
      assert.deepEqual(Object.keys(forms).sort(), ['one', 'other'], name);
    }
    assert.ok(counted(ar).length >= 5 && counted(KIOSK_STRINGS.ar).length === 2 && counted(SERVICE_STRINGS.ar).length === 2);
  });

  it('an entity\'s number of services: "10 خدمات", "11 خدمة", "خدمتان"; "1 service", "10 services"', () => {
    assert.deepEqual(
      [1, 2, 3, 10, 11, 100, 103].map((n) => plural('ar', n, SERVICE_STRINGS.ar.services)),
      ['خدمة واحدة', 'خدمتان', '3 خدمات', '10 خدمات', '11 خدمة', '100 خدمة', '103 خدمات'],
    );
    assert.deepEqual(
      [1, 10].map((n) => plural('en', n, SERVICE_STRINGS.en.services)),
      ['1 service', '10 services'],
    );
  });

  it('the idle countdown and the challenge warning count seconds: "3 ثوانٍ" to "10 ثوانٍ", "11 ثانية"', () => {
    assert.equal(plural('ar', 5, KIOSK_STRINGS.ar.idleQuestion), 'هل ما زلت هنا؟ ستبدأ العملية من جديد خلال 5 ثوانٍ.');
    assert.equal(plural('ar', 10, KIOSK_STRINGS.ar.idleAlertLeft), 'بقيت 10 ثوانٍ.');
    assert.equal(plural('ar', 2, KIOSK_STRINGS.ar.idleAlertLeft), 'بقيت ثانيتان.');
    assert.equal(plural('ar', 30, ar.challengeTimeoutWarning), 'سيتوقف التحقق خلال 30 ثانية. هل تحتاج إلى وقت إضافي؟');
    assert.equal(plural('ar', 7, ar.challengeTimeoutWarning), 'سيتوقف التحقق خلال 7 ثوانٍ. هل تحتاج إلى وقت إضافي؟');
    assert.equal(plural('en', 1, en.challengeTimeoutWarning), 'The verification will stop in 1 second. Do you need more time?');
    assert.equal(plural('en', 1, KIOSK_STRINGS.en.idleQuestion), 'Are you still there? Starting over in 1 second.');
  });

  it('an input\'s length problem names its count in the right form; a bound ("at least 5") keeps the number alone', () => {
    assert.equal(problemText({ key: 'tooFewDigits', count: 8 }, 'رقم اللوحة', ar), 'يجب ألا يقل رقم اللوحة عن 8 أرقام.');
    assert.equal(problemText({ key: 'tooManyDigits', count: 12 }, 'رقم اللوحة', ar), 'يجب ألا يزيد رقم اللوحة على 12 رقمًا.');
    assert.equal(problemText({ key: 'tooShort', count: 2 }, 'الاسم', ar), 'يجب ألا يقل الاسم عن حرفين.');
    assert.equal(problemText({ key: 'tooShort', count: 1 }, 'Name', en), 'Name must be at least 1 character.');
    assert.equal(problemText({ key: 'tooLong', count: 20 }, 'Name', en), 'Name must be at most 20 characters.');
    assert.equal(problemText({ key: 'atLeast', count: 5 }, 'العدد', ar), 'يجب ألا يقل العدد عن 5.');
  });
});
