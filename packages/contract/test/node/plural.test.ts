import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { plural, pluralCategory } from '../../src/index.ts';

const SERVICES_AR = { zero: 'لا خدمات', one: 'خدمة واحدة', two: 'خدمتان', few: '{count} خدمات', many: '{count} خدمة', other: '{count} خدمة' };

describe('plural(): counted strings by the CLDR plural rules', () => {
  it('Arabic has six categories: 0 zero, 1 one, 2 two, 3–10 few, 11–99 many, 100–102 other, then again by the last two digits', () => {
    const values = [0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111];
    assert.deepEqual(
      values.map((n) => pluralCategory('ar', n)),
      ['zero', 'one', 'two', 'few', 'few', 'many', 'many', 'other', 'other', 'other', 'few', 'many'],
    );
  });

  it('Arabic picks the form for each count ("10 خدمات", never "10 خدمة")', () => {
    const values = [0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111];
    assert.deepEqual(
      values.map((n) => plural('ar', n, SERVICES_AR)),
      ['لا خدمات', 'خدمة واحدة', 'خدمتان', '3 خدمات', '10 خدمات', '11 خدمة', '99 خدمة', '100 خدمة', '101 خدمة', '102 خدمة', '103 خدمات', '111 خدمة'],
    );
  });

  it('English: one for 1, other for the rest (0 included)', () => {
    const forms = { one: '{count} service', other: '{count} services' };
    assert.deepEqual(
      [0, 1, 2, 11, 101].map((n) => plural('en', n, forms)),
      ['0 services', '1 service', '2 services', '11 services', '101 services'],
    );
  });

  it('a form the language does not need falls back to other; every {count} is filled', () => {
    assert.equal(plural('ar', 5, { other: '{count} / {count}' }), '5 / 5');
    assert.equal(plural('en', 1, { other: '{count} x' }), '1 x');
  });
});
