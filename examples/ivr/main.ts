// `pnpm ivr`: an IVR call in the terminal. Each character typed is a key (0-9, *, #); Enter is #.
// With keys piped in, each line is one answer.
//   pnpm ivr                      a sandbox in this process; the card is keyed into this IVR
//   pnpm ivr --transfer           the caller is transferred to the gateway's payment line for the card
//   DUBAI_PAY_GATEWAY=http://127.0.0.1:4010/v1 DUBAI_PAY_SECRET_KEY=sk_… pnpm ivr   (a running gateway, e.g. `pnpm demo`'s)
import { createInterface } from 'node:readline';
import { createClient } from '@dubai-pay/core';
import { createSandbox } from '@dubai-pay/sandbox';
import { GATEWAY_PAYMENT_LINE, runCall } from './call.ts';
import { collectWords } from './prompts.ts';
import { realClock } from './clock.ts';
import { gatewayPaymentLine } from './gateway-line.ts';
import { simulatedTelephony } from './telephony.ts';
import { DEFAULT_TIMEOUTS } from './timeouts.ts';
import { logLine } from './transcript.ts';

const gateway = process.env.DUBAI_PAY_GATEWAY;
const client = gateway
  ? createClient({ gateway, secretKey: process.env.DUBAI_PAY_SECRET_KEY ?? 'sk_test_demo' })
  : (() => {
      const sandbox = createSandbox();
      return createClient({ gateway: `${sandbox.origins.gateway}/v1`, secretKey: 'sk_test_demo', fetch: (input, init) => sandbox.fetch(new Request(input, init)) });
    })();
const cards = process.argv.includes('--transfer') ? 'transfer' : 'keyed';

const { line, caller } = simulatedTelephony({
  clock: realClock,
  log: (speaker, text) => process.stdout.write(`${logLine(speaker, text)}\n`),
  destinations: { [GATEWAY_PAYMENT_LINE]: gatewayPaymentLine({ client, timeouts: DEFAULT_TIMEOUTS, words: collectWords }) },
});

if (process.stdin.isTTY) {
  // A keyboard as the keypad: one key per character, Enter is the hash key, Ctrl-C hangs up.
  process.stdin.setRawMode(true);
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk: string) => (chunk.includes('\u0003') ? caller.hangUp() : caller.press(chunk.replace(/[\r\n]/g, '#'))));
} else {
  // Keys piped in: one line per answer, given when the line the caller is on (the agency's or,
  // after a transfer, the gateway's) asks, ended by # ; the end of the input hangs up.
  const answers = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
  void (async () => {
    for (;;) {
      await caller.whenWaiting();
      const next = await answers.next();
      if (next.done) return caller.hangUp();
      caller.press(`${next.value}#`);
    }
  })();
}

const result = await runCall(line, client, { cards });
process.stdout.write(`\n[call ended: ${result.outcome}${result.session ? `, session ${result.session.id} (${result.session.status}, channel ${result.session.channel})` : ''}]\n`);
process.stdin.destroy();
