import * as z from 'zod/mini';
import { entityList, handoff, paymentSession, quote, snakeize } from '@dubai-pay/contract';
import { createClient, isDubaiPayError, type DubaiPayClient } from '@dubai-pay/core';
import { createSandbox } from '@dubai-pay/sandbox';

/**
 * A seeded fuzzer of the gateway's answers. Each case runs one core operation against the real
 * sandbox app (in process), with every answer passed through a seeded mutation: fields dropped
 * or retyped, bodies cut or garbled, statuses and headers changed, redirects, answers that never
 * come, fetch rejecting with anything. What must hold, whatever comes back: the operation ends
 * by its deadline, with either a value that is valid by the contract or a typed `DubaiPayError`.
 */

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const WEIRD_VALUES: readonly unknown[] = [
  null,
  undefined,
  0,
  -1,
  1.5,
  2 ** 53 + 2,
  Number.MAX_SAFE_INTEGER * 1000,
  '',
  'x',
  '٣',
  '<script>',
  [],
  {},
  true,
  false,
  '9'.repeat(400),
  { nested: [1, { deep: null }] },
];

/** Changes one thing somewhere in a JSON value (a field dropped, retyped, added; an array emptied). */
function mutateValue(value: unknown, random: Random, depth = 0): unknown {
  if (Array.isArray(value)) {
    if (value.length === 0 || random() < 0.2) return random() < 0.5 ? [] : [...value, pick(random, WEIRD_VALUES)];
    const index = Math.floor(random() * value.length);
    return value.map((item, i) => (i === index ? mutateValue(item, random, depth + 1) : item));
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    const roll = random();
    if (entries.length === 0 || roll < 0.15) return { ...value, [`extra_${Math.floor(random() * 100)}`]: pick(random, WEIRD_VALUES) };
    const [key, inner] = pick(random, entries);
    if (roll < 0.35) {
      const { [key]: _dropped, ...rest } = value as Record<string, unknown>;
      return rest;
    }
    if (roll < 0.6 || depth > 4) return { ...value, [key]: pick(random, WEIRD_VALUES) };
    return { ...value, [key]: mutateValue(inner, random, depth + 1) };
  }
  return pick(random, WEIRD_VALUES);
}

/** A fetch that answers from the sandbox app, then breaks the answer the seeded way. */
function fuzzingFetch(base: (request: Request) => Promise<Response>, random: Random): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const roll = random();
    if (roll < 0.05)
      throw pick(random, [
        new TypeError('fetch failed'),
        Object.assign(new Error('socket hang up'), { name: 'FetchError', code: 'ECONNRESET' }),
        'a string',
        { weird: true },
        null,
      ]);
    if (roll < 0.08) {
      // An answer that never comes: only the timeouts end it.
      return new Promise<Response>((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true }));
    }
    if (roll < 0.1) return new Response(null, { status: pick(random, [301, 302, 303, 307, 308]), headers: { location: '/v1/sessions/ps_other' } });
    const answer = await base(request);
    const text = await answer.text();
    const status = random() < 0.15 ? pick(random, [200, 201, 204, 400, 401, 402, 403, 404, 409, 410, 418, 422, 429, 500, 502, 503, 504]) : answer.status;
    const headers = new Headers(answer.headers);
    if (random() < 0.1) headers.set('retry-after', pick(random, ['0', '1', 'soon', '-3', '99999', new Date(Date.now() + 500).toUTCString()]));
    if (random() < 0.05) headers.set('content-type', pick(random, ['text/html', 'application/octet-stream', '']));
    const bodyRoll = random();
    let body: string;
    if (bodyRoll < 0.1) body = text.slice(0, Math.floor(random() * text.length));
    else if (bodyRoll < 0.15) body = String.fromCharCode(...Array.from({ length: 40 }, () => Math.floor(random() * 256)));
    else if (bodyRoll < 0.2) body = '';
    else if (bodyRoll < 0.7) {
      try {
        body = JSON.stringify(mutateValue(JSON.parse(text), random)) ?? 'null';
      } catch {
        body = text;
      }
    } else body = text;
    if (status === 204 || status === 304) return new Response(null, { status, headers });
    return new Response(body, { status, headers });
  };
}

export type Operation = 'retrieve' | 'confirm' | 'quote' | 'entities' | 'cancel' | 'createFromQuote' | 'handoff' | 'threeDsMethod';
const OPERATIONS: readonly Operation[] = ['retrieve', 'confirm', 'quote', 'entities', 'cancel', 'createFromQuote', 'handoff', 'threeDsMethod'];

export interface FuzzCase {
  index: number;
  operation: Operation;
  /** `valid` (a value the contract accepts), `typed:<code>` (a DubaiPayError), or what broke the rules. */
  outcome: string;
  ms: number;
  /** Set when a rule was broken: an untyped error, an invalid value, past the deadline. */
  problem?: string;
}

const DEADLINE_MS = 400;
/** What may pass the deadline: the timers' own lateness on a loaded machine (a hang is far beyond it). */
const DEADLINE_SLACK_MS = 2000;

const BROWSER_INFO = { language: 'en', colorDepth: 24, screenHeight: 1, screenWidth: 1, timeZoneOffset: 0, userAgent: 'fuzz', javaEnabled: false, javascriptEnabled: true };

/** Checks a resolved value against the contract (back on the wire's snake_case). */
function validates(schema: z.core.$ZodType, value: unknown): boolean {
  return z.safeParse(schema, snakeize(value as object)).success;
}

export async function runFuzz(options: {
  seed: number;
  cases: number;
  concurrency?: number;
  onCase?: (c: FuzzCase) => void;
}): Promise<{ cases: FuzzCase[]; byOutcome: Record<string, number>; problems: FuzzCase[] }> {
  const sandbox = createSandbox();
  const freshClient = () =>
    createClient({ gateway: `${sandbox.origins.gateway}/v1`, publishableKey: 'pk_test_demo', fetch: (input, init) => sandbox.fetch(new Request(input, init)) });
  const { quote: q } = await freshClient().fees.quote({ service: 'police-good-conduct', inputs: { emirates_id: '784199012345671' } });
  const cases: FuzzCase[] = [];
  const byOutcome: Record<string, number> = {};
  // Cases are independent (a session each): several run at once, most of their time is waiting.
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < options.cases; index = next++) await runCase(index);
  };
  const runCase = async (index: number) => {
    const random = prng(options.seed * 1_000_003 + index);
    const operation = pick(random, OPERATIONS);
    // A session of its own per case (a quote opens one session; each case quotes anew).
    const { quote: fresh } = await freshClient().fees.quote({ service: 'police-good-conduct', inputs: { emirates_id: '784199012345671' } });
    const { session: open } = await freshClient().sessions.createFromQuote(fresh!.id);
    const client: DubaiPayClient = createClient({
      gateway: `${sandbox.origins.gateway}/v1`,
      publishableKey: 'pk_test_demo',
      timeout: 150,
      deadline: DEADLINE_MS,
      fetch: fuzzingFetch((r) => sandbox.fetch(r), random),
    });
    const secret = open!.clientSecret;
    const started = performance.now();
    let outcome: string;
    let problem: string | undefined;
    try {
      const value = await runOperation(client, operation, secret, q!.id);
      outcome = value.valid ? 'valid' : 'INVALID';
      if (!value.valid) problem = `resolved with a value the contract refuses: ${JSON.stringify(value.value).slice(0, 200)}`;
    } catch (error) {
      if (isDubaiPayError(error)) outcome = `typed:${error.code}`;
      else {
        outcome = 'UNTYPED';
        problem = `rejected with ${String(error)}`;
      }
    }
    const ms = Math.round(performance.now() - started);
    const limit = DEADLINE_MS + DEADLINE_SLACK_MS;
    if (ms > limit) problem = `${ms} ms, past the ${limit} ms allowed`;
    const result: FuzzCase = { index, operation, outcome, ms, ...(problem ? { problem } : {}) };
    byOutcome[outcome] = (byOutcome[outcome] ?? 0) + 1;
    cases.push(result);
    options.onCase?.(result);
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker));
  cases.sort((a, b) => a.index - b.index);
  return { cases, byOutcome, problems: cases.filter((c) => c.problem) };
}

async function runOperation(client: DubaiPayClient, operation: Operation, secret: string, quoteId: string): Promise<{ valid: boolean; value: unknown }> {
  switch (operation) {
    case 'retrieve': {
      const value = await client.sessions.retrieve(secret);
      return { valid: validates(paymentSession, value), value };
    }
    case 'confirm': {
      const value = await client.sessions.confirm(secret, { paymentMethod: 'pm_card_visa', browserInfo: BROWSER_INFO });
      return { valid: validates(paymentSession, value.session) && (value.error === undefined || isDubaiPayError(value.error)), value };
    }
    case 'threeDsMethod': {
      const value = await client.sessions.completeThreeDsMethod(secret, 'Y');
      return { valid: validates(paymentSession, value), value };
    }
    case 'cancel': {
      const value = await client.sessions.cancel(secret);
      return { valid: value.session ? validates(paymentSession, value.session) : isDubaiPayError(value.error), value };
    }
    case 'createFromQuote': {
      const value = await client.sessions.createFromQuote(quoteId);
      return { valid: value.session ? validates(paymentSession, value.session) : isDubaiPayError(value.error), value };
    }
    case 'quote': {
      const value = await client.fees.quote({ service: 'police-good-conduct', inputs: { emirates_id: '784199012345671' } });
      return { valid: value.quote ? validates(quote, value.quote) : isDubaiPayError(value.error), value };
    }
    case 'handoff': {
      const value = await client.sessions.createHandoff(secret);
      return { valid: value.handoff ? validates(handoff, value.handoff) : isDubaiPayError(value.error), value };
    }
    case 'entities': {
      const value = await client.fees.entities();
      return { valid: validates(entityList, { object: 'list', data: value }), value };
    }
  }
}
