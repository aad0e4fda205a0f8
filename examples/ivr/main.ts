// `pnpm ivr`: an IVR call in the terminal. Keys are typed as lines (Enter is the hash key).
//   DUBAI_PAY_GATEWAY=http://127.0.0.1:4010/v1 DUBAI_PAY_SECRET_KEY=sk_… pnpm ivr   (a running gateway, e.g. `pnpm demo`'s)
//   pnpm ivr                                                                       (a sandbox in this process)
import { createClient } from '@dubai-pay/core';
import { createSandbox } from '@dubai-pay/sandbox';
import { runCall } from './call.ts';
import { phoneLine } from './phone-line.ts';

const gateway = process.env.DUBAI_PAY_GATEWAY;
const client = gateway
  ? createClient({ gateway, secretKey: process.env.DUBAI_PAY_SECRET_KEY ?? 'sk_test_demo' })
  : (() => {
      const sandbox = createSandbox();
      return createClient({ gateway: `${sandbox.origins.gateway}/v1`, secretKey: 'sk_test_demo', fetch: (input, init) => sandbox.fetch(new Request(input, init)) });
    })();

const result = await runCall(phoneLine(process.stdin, process.stdout), client);
process.stdout.write(`\n[call ended: ${result.outcome}${result.session ? `, session ${result.session.id} (${result.session.status}, channel ${result.session.channel})` : ''}]\n`);
