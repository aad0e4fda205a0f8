// Writes examples/ivr/transcripts/*.txt: whole simulated calls against the sandbox, one per
// language and card mode, as the caller hears them (card digits masked, timeouts marked).
//   node --conditions=@dubai-pay/source examples/ivr/transcripts.ts
import { mkdir, writeFile } from 'node:fs/promises';
import { createClient } from '@dubai-pay/core';
import { createSandbox } from '@dubai-pay/sandbox';
import type { CallOptions } from './call.ts';
import { SILENCE, simulateCall, type Step } from './simulated-call.ts';

/** The sandbox's clock is stopped at this time, so receipt numbers and expiry checks are the same every year. */
const NOW = Date.UTC(2026, 11, 2, 10, 0);
const year = '28';

/**
 * Keyed: silence at a menu or at an input, the DEWA services' second page (English) or a DEWA
 * bill in dirhams and fils (Arabic), an account number left unfinished, `*` to hear the amount
 * again, a read-back where one field is changed, a declined card (Arabic) and another one. Transfer: the same payment with the card taken on the gateway's line.
 */
export const SCRIPTS: Record<string, { steps: Step[]; options: CallOptions }> = {
  en: {
    options: { cards: 'keyed' },
    steps: ['1', SILENCE, '3', '1', '9', '2', '20001', SILENCE, '2000123456', '3#', '*', '1', '4242424242424242#', `13${year}`, `12${year}`, '123#', '3', `01${year}`, '1'],
  },
  ar: {
    options: { cards: 'keyed' },
    steps: [
      '2',
      '3',
      '1',
      '1',
      SILENCE,
      '2000123457',
      '*',
      '1',
      '4000000000009995#',
      `12${year}`,
      '123#',
      '1',
      '1',
      '5555555555554444#',
      `12${year}`,
      '12#',
      SILENCE,
      '321#',
      '4',
      '123#',
      '1',
    ],
  },
  'en-transfer': { options: { cards: 'transfer' }, steps: ['1', '1', '1', '1', '12345678', '1', '4242424242424242#', `12${year}`, '123#', '1'] },
  'ar-transfer': { options: { cards: 'transfer' }, steps: ['2', '1', '1', '1', '12345678', '1', '4242424242424242#', `12${year}`, '123#', '1'] },
};

/** The transcript of each script, called against a fresh sandbox (the same receipt numbers each run). */
export async function transcripts(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [name, { steps, options }] of Object.entries(SCRIPTS)) {
    const sandbox = createSandbox({ realNow: () => NOW });
    const client = createClient({ gateway: `${sandbox.origins.gateway}/v1`, secretKey: 'sk_test_demo', fetch: (input, init) => sandbox.fetch(new Request(input, init)) });
    const call = await simulateCall(client, steps, { ...options, reference: () => '4071935528' });
    out[name] = `${call.transcript}\n    [call ended: ${call.result.outcome}; ${call.elapsed / 1000} s of timeouts on the virtual clock]\n`;
  }
  return out;
}

if (import.meta.main) {
  const dir = new URL('./transcripts/', import.meta.url);
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(await transcripts())) await writeFile(new URL(`${name}.txt`, dir), text);
}
