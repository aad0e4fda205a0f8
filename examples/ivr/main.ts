// `pnpm ivr`: an IVR call in the terminal. Each character typed is a key (0-9, *, #); Enter is #.
//   pnpm ivr                      a sandbox in this process; the card is keyed into this IVR
//   pnpm ivr --transfer           the caller is transferred to the gateway's payment line for the card
//   DUBAI_PAY_GATEWAY=http://127.0.0.1:4010/v1 DUBAI_PAY_SECRET_KEY=sk_… pnpm ivr   (a running gateway, e.g. `pnpm demo`'s)
import { createClient } from '@dubai-pay/core';
import { createSandbox } from '@dubai-pay/sandbox';
import { collectWords, GATEWAY_PAYMENT_LINE, runCall } from './call.ts';
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

// The keypad: one key per character; Enter is the hash key; Ctrl-C or the end of the input hangs up.
if (process.stdin.isTTY) process.stdin.setRawMode(true);
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk: string) => {
  if (chunk.includes('\u0003')) caller.hangUp();
  else caller.press(chunk.replace(/[\r\n]/g, '#'));
});
process.stdin.on('end', () => caller.hangUp());

const result = await runCall(line, client, { cards });
process.stdout.write(`\n[call ended: ${result.outcome}${result.session ? `, session ${result.session.id} (${result.session.status}, channel ${result.session.channel})` : ''}]\n`);
process.stdin.destroy();
