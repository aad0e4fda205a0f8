import { execFileSync } from 'node:child_process';
import { accessSync, constants, realpathSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * An agency's IVR back end written in CommonJS: `require()` of core and core/server, a quote, a
 * session on the `ivr` channel, the caller's card tokenized with the secret key, confirmed, and
 * the outcome read back by the agency's server client. It prints what the gateway said, as JSON.
 */
const PAY_CJS = `'use strict';
const { createClient } = require('@dubai-pay/core');
const { createServerClient } = require('@dubai-pay/core/server');

const gateway = process.argv[2];
const phone = createClient({ gateway, secretKey: 'sk_test_demo' });
const server = createServerClient({ gateway, secretKey: 'sk_test_demo' });

async function pay() {
  const quoted = await phone.fees.quote({ service: 'police-good-conduct', inputs: { emirates_id: '784199012345671' } });
  if (quoted.error) throw quoted.error;
  const created = await phone.sessions.createFromQuote(quoted.quote.id, { channel: 'ivr', reference: 'CJS-1' });
  if (created.error) throw created.error;
  const card = { number: '4242424242424242', expMonth: 12, expYear: new Date().getFullYear() + 2, cvc: '123' };
  const tokenized = await phone.sessions.createPaymentMethod({ type: 'card', card });
  if (tokenized.error) throw tokenized.error;
  const confirmed = await phone.sessions.confirm(created.session.id, { paymentMethod: tokenized.paymentMethod.id });
  if (confirmed.error) throw confirmed.error;
  // What the agency's server knows: the session read with its secret key, and the sandbox's count of charges.
  const session = await server.sessions.retrieve(created.session.id);
  const charges = await fetch(gateway.replace(/\\/v1$/, '') + '/_sandbox/sessions/' + session.id + '/charges', { headers: { authorization: 'Bearer sk_test_demo' } });
  const { charges: count } = await charges.json();
  return { status: session.status, channel: session.channel, amount: session.amount, receipt: session.receipt && session.receipt.number, charges: count };
}

pay().then(
  (paid) => process.stdout.write(JSON.stringify(paid)),
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
`;

export interface CommonJsPaid {
  status: string;
  channel: string;
  amount: number;
  receipt?: string;
  charges: number;
}

/** Writes pay.cjs into the consumer folder and runs it with the given Node against the gateway. */
export function commonJsPayment(consumer: string, node: string, gateway: string): CommonJsPaid {
  writeFileSync(join(consumer, 'pay.cjs'), PAY_CJS);
  const out = execFileSync(node, ['pay.cjs', gateway], { cwd: consumer, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out) as CommonJsPaid;
}

/** Every other Node on PATH (not the one running this), with its version: where else an agency's require() would run. */
export function otherNodes(): { path: string; version: string }[] {
  const self = realpathSync(process.execPath);
  const seen = new Set([self]);
  const found: { path: string; version: string }[] = [];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, 'node');
    try {
      accessSync(candidate, constants.X_OK);
      const real = realpathSync(candidate);
      if (seen.has(real)) continue;
      seen.add(real);
      found.push({ path: real, version: execFileSync(real, ['--version'], { encoding: 'utf8' }).trim() });
    } catch {
      // Not there, or not runnable.
    }
  }
  return found;
}
