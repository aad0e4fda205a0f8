import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_RETRY_AFTER_MS, retryAfterMs, retryDelay, type RetryTimingInput } from '@dubai-pay/contract';

const NOW = Date.parse('2026-12-01T12:00:00Z');
const base: RetryTimingInput = { retry: 1, now: NOW, remaining: Infinity, random: 0.5 };

describe('retryDelay', () => {
  const table: [string, Partial<RetryTimingInput>, number | undefined][] = [
    ['no answer (network error), first retry: 150–300 ms', { random: 0 }, 150],
    ['no answer, first retry, most jitter', { random: 0.999 }, 300],
    ['no answer, second retry', { retry: 2, random: 0 }, 300],
    ['no answer, third retry', { retry: 3, random: 1 }, 1200],
    ['backoff is capped at 4 s', { retry: 10, random: 1 }, 4000],
    ['503 without Retry-After: backoff, not 0 ms (Number(null) was 0)', { status: 503, retryAfter: null, random: 0 }, 150],
    ['429 with Retry-After: 2 (seconds)', { status: 429, retryAfter: '2' }, 2000],
    ['503 with Retry-After: 0', { status: 503, retryAfter: '0' }, 0],
    ['Retry-After at the cap is waited', { status: 503, retryAfter: String(MAX_RETRY_AFTER_MS / 1000) }, MAX_RETRY_AFTER_MS],
    ['Retry-After over the cap: no retry (the caller is told at once)', { status: 503, retryAfter: '120' }, undefined],
    ['Retry-After as an HTTP-date, 3 s ahead', { status: 503, retryAfter: new Date(NOW + 3000).toUTCString() }, 3000],
    ['Retry-After as an HTTP-date in the past', { status: 503, retryAfter: new Date(NOW - 60_000).toUTCString() }, 0],
    ['Retry-After that is neither: backoff', { status: 503, retryAfter: 'soon', random: 0 }, 150],
    ['Retry-After negative: backoff', { status: 503, retryAfter: '-5', random: 0 }, 150],
    ['408 and 425 are retried', { status: 408, random: 0 }, 150],
    ['500, 502, 504 are retried', { status: 502, random: 0 }, 150],
    ['400: the gateway’s definite answer, no retry', { status: 400 }, undefined],
    ['404: no retry', { status: 404 }, undefined],
    ['409: no retry', { status: 409 }, undefined],
    ['501: not a passing failure, no retry', { status: 501 }, undefined],
    ['a wait that would pass the deadline: no retry', { remaining: 100, random: 0 }, undefined],
    ['a Retry-After longer than what is left: no retry', { status: 429, retryAfter: '5', remaining: 4000 }, undefined],
    ['a wait that ends before the deadline', { remaining: 151, random: 0 }, 150],
  ];
  for (const [name, input, expected] of table) {
    it(name, () => assert.equal(retryDelay({ ...base, ...input }), expected));
  }
});

describe('retryAfterMs', () => {
  const table: [string | null | undefined, number | undefined][] = [
    [null, undefined],
    [undefined, undefined],
    ['', undefined],
    ['7', 7000],
    [' 7 ', 7000],
    ['1.5', undefined],
    ['Tue, 01 Dec 2026 12:00:05 GMT', 5000],
    ['Tuesday, 01-Dec-26 12:00:05 GMT', 5000],
    ['Tue Dec  1 12:00:05 2026', 5000],
    ['2026-12-01T12:00:05Z', undefined],
    ['Fri, 31 Dec 1999 23:59:59 GMT', 0],
  ];
  for (const [value, expected] of table) it(`${JSON.stringify(value)} → ${expected}`, () => assert.equal(retryAfterMs(value, NOW), expected));
});
