import * as z from 'zod/mini';
import { camelize, WEBHOOK_TOLERANCE_SECONDS, webhookEvent, webhookSignedPayload, type WebhookEvent } from '@dubai-pay/contract';
import { DubaiPayError } from '../errors/dubai-pay-error.ts';
import { useServerMessages } from './messages.ts';

export interface VerifyWebhookOptions {
  /** How far, in seconds and either way, the signed time may be from now. Default 300 (`WEBHOOK_TOLERANCE_SECONDS`). */
  toleranceSeconds?: number;
  /** Now, in ms since the epoch (default `Date.now()`). */
  now?: number;
}

/**
 * Checks a webhook delivery and returns its event, or throws a `DubaiPayError`:
 * `webhook_header_malformed`, `webhook_signature_invalid` (no `v1` is an HMAC-SHA256 of
 * `t.body` under any of `secret`), `webhook_timestamp_out_of_range` (a replay, or a clock
 * off) or `webhook_payload_invalid`. Pass the body exactly as received, before any JSON
 * parsing; while a secret is rolled, pass both secrets (or rely on the header carrying both
 * signatures). De-duplicate on `event.id`: delivery is at least once.
 */
export async function verifyWebhook(
  rawBody: string | Uint8Array,
  header: string | null | undefined,
  secret: string | readonly string[],
  options: VerifyWebhookOptions = {},
): Promise<WebhookEvent> {
  useServerMessages();
  const secrets = typeof secret === 'string' ? [secret] : secret;
  if (secrets.length === 0 || secrets.some((s) => typeof s !== 'string' || s === '')) throw new TypeError('verifyWebhook needs the endpoint’s signing secret (whsec_…).');
  const { t, signatures } = parseSignatureHeader(header);
  // The bytes as received are what is checked: decoding them first could change a body that is not valid UTF-8.
  const signed = typeof rawBody === 'string' ? encoder.encode(webhookSignedPayload(t, rawBody)) : concat(encoder.encode(webhookSignedPayload(t, '')), rawBody);
  let matched = false;
  for (const key of secrets) {
    const expected = hex(await hmacSha256(key, signed));
    // Every pair is compared in full, with no early exit: the time taken says nothing about how close a forgery came.
    for (const signature of signatures) matched = constantTimeEqual(expected, signature) || matched;
  }
  if (!matched) throw new DubaiPayError('webhook_signature_invalid');
  const tolerance = options.toleranceSeconds ?? WEBHOOK_TOLERANCE_SECONDS;
  const now = (options.now ?? Date.now()) / 1000;
  if (!(Math.abs(now - t) <= tolerance)) {
    throw new DubaiPayError('webhook_timestamp_out_of_range', { detail: `Signed at ${t}, ${Math.round(now - t)} s from now; at most ${tolerance} s is accepted.` });
  }
  return camelize(parseEvent(rawBody));
}

/**
 * `t=<unix seconds>,v1=<64 lowercase hex>[,v1=…]`: exactly one `t`, at least one `v1`; other
 * schemes (a later `v2`) are skipped, so a newer gateway's header still verifies here.
 */
function parseSignatureHeader(header: string | null | undefined): { t: number; signatures: string[] } {
  const malformed = (detail: string) => new DubaiPayError('webhook_header_malformed', { detail });
  if (!header) throw malformed('The dubai-pay-signature header is missing or empty.');
  let t: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const at = part.indexOf('=');
    if (at < 1) throw malformed(`"${part.trim()}" is not a scheme=value pair.`);
    const scheme = part.slice(0, at).trim();
    const value = part.slice(at + 1).trim();
    if (scheme === 't') {
      if (t !== undefined) throw malformed('The header has more than one t.');
      if (!/^\d+$/.test(value)) throw malformed('t is not a time in unix seconds.');
      t = Number(value);
    } else if (scheme === 'v1') {
      if (!/^[0-9a-f]{64}$/.test(value)) throw malformed('A v1 signature is not 64 lowercase hex digits.');
      signatures.push(value);
    }
  }
  if (t === undefined) throw malformed('The header has no t.');
  if (signatures.length === 0) throw malformed('The header has no v1 signature.');
  return { t, signatures };
}

/** The body parsed and checked against the contract; anything else is `webhook_payload_invalid`. */
function parseEvent(rawBody: string | Uint8Array): z.output<typeof webhookEvent> {
  let data: unknown;
  try {
    data = JSON.parse(typeof rawBody === 'string' ? rawBody : new TextDecoder('utf-8', { fatal: true }).decode(rawBody));
  } catch (cause) {
    throw new DubaiPayError('webhook_payload_invalid', { detail: 'The body is not JSON.', cause });
  }
  const parsed = z.safeParse(webhookEvent, data);
  if (!parsed.success) {
    throw new DubaiPayError('webhook_payload_invalid', {
      detail: 'The body does not match the contract’s event.',
      issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    });
  }
  return parsed.data;
}

const encoder = new TextEncoder();

async function hmacSha256(secret: string, data: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const key = await globalThis.crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', key, data));
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Equal strings of equal length, every character looked at. */
function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
