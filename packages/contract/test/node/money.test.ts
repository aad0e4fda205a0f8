import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatAmount } from '../../src/index.ts';
import { formatWithIntl } from '../../src/money.ts';

// formatAmount writes dirhams without Intl (its first use costs a long task); what it writes must be
// exactly what Intl writes, in both languages, for any amount.
describe('formatAmount', () => {
  const amounts = [0, 1, 5, 10, 99, 100, 105, 1000, 99_999, 100_000, 123_456, 1_000_000, 123_456_789, 99_999_999_999, Number.MAX_SAFE_INTEGER];
  // And a spread of others, the same every run (no Math.random: a failure must repeat).
  for (let x = 7; amounts.length < 400; x = (x * 48_271) % 2_147_483_647) amounts.push(x % 10 ** ((x % 12) + 1));

  for (const locale of ['en', 'ar'] as const) {
    it(`writes AED in ${locale} exactly as Intl does, negative amounts (refunds) included`, () => {
      for (const amount of [...amounts, ...amounts.map((a) => -a)]) {
        if (amount === 0 && Object.is(amount, -0)) continue;
        assert.equal(formatAmount(amount, locale), formatWithIntl(amount, locale, 'AED'), `${amount} fils in ${locale}`);
      }
    });
  }

  it('reads as a person expects', () => {
    assert.equal(formatAmount(32_000, 'en'), 'AED\u00a0320.00');
    assert.equal(formatAmount(123_456_789, 'en'), 'AED\u00a01,234,567.89');
    assert.equal(formatAmount(-1250, 'en'), '-AED\u00a012.50');
    assert.equal(formatAmount(32_000, 'ar'), '\u200f320.00\u00a0د.إ.\u200f');
  });

  it('leaves other currencies to Intl, with their own fraction digits', () => {
    assert.equal(formatAmount(1234, 'en', 'KWD'), formatWithIntl(1234, 'en', 'KWD'));
    assert.match(formatAmount(1234, 'en', 'KWD'), /1\.234/);
    assert.match(formatAmount(1234, 'en', 'JPY'), /1,234/);
  });

  it('refuses what is not an integer number of fils', () => {
    for (const bad of [1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60]) assert.throws(() => formatAmount(bad, 'en'), TypeError);
  });
});
