#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { startSandboxServer } from './server.ts';
import { TEST_CARDS, TEST_EDIRHAM_CARDS, TEST_EDIRHAM_PIN } from './payments/test-cards.ts';

const USAGE = `Usage: dubai-pay-sandbox [--port 4010] [--host 127.0.0.1] [--origins http://localhost:4000,…] [--data sandbox.db]
  --port     the gateway's port; the 3-D Secure ACS takes port+1 and the banks port+2 (0: any free ports)
  --host     the loopback address to listen on
  --origins  page origins allowed for the demo keys, comma-separated
  --data     an SQLite file that keeps the sandbox's state across restarts (Node 22.13+)
Each flag may also be given by environment: DUBAI_PAY_SANDBOX_PORT, DUBAI_PAY_ALLOWED_ORIGINS, DUBAI_PAY_SANDBOX_DATA.`;

/** `pnpm sandbox` or `npx @dubai-pay/sandbox`: the reference gateway on loopback, for demos, manual testing and agencies' CI. */
const { values: flags } = (() => {
  try {
    return parseArgs({
      options: { port: { type: 'string' }, host: { type: 'string' }, origins: { type: 'string' }, data: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
})();
if (flags.help) {
  console.log(USAGE);
  process.exit(0);
}
const port = Number(flags.port ?? process.env.DUBAI_PAY_SANDBOX_PORT ?? 4010);
if (!Number.isInteger(port) || port < 0 || port > 65533) {
  console.error(`--port must be a whole number from 0 to 65533, not "${flags.port ?? process.env.DUBAI_PAY_SANDBOX_PORT}".\n\n${USAGE}`);
  process.exit(2);
}
const allowedOrigins = (flags.origins ?? process.env.DUBAI_PAY_ALLOWED_ORIGINS ?? 'http://localhost:4000,http://127.0.0.1:4000').split(',').filter(Boolean);
// A data file (sandbox.db) keeps sessions, refunds and the webhook queue across restarts (SQLite).
const dataFile = flags.data || process.env.DUBAI_PAY_SANDBOX_DATA || undefined;
const server = await startSandboxServer({ port, allowedOrigins, ...(flags.host ? { host: flags.host } : {}), ...(dataFile ? { dataFile } : {}) });
const agency = server.sandbox.agencies[0];

console.log(`dubai-pay sandbox gateway: ${server.apiUrl}`);
console.log(`  publishable key ${agency?.publishableKey}, secret key ${agency?.secretKey}`);
console.log(`  ACS ${server.sandbox.origins.acs}, banks ${server.sandbox.origins.bank}`);
console.log(`  allowed origins: ${allowedOrigins.join(', ')}`);
console.log(`  state: ${dataFile ? `kept in ${dataFile}` : 'in memory (--data sandbox.db keeps it)'}`);
console.log(`  catalog: ${server.sandbox.catalog.entities.length} entities, ${server.sandbox.catalog.services.length} services`);
console.log(`  test cards: ${TEST_CARDS.map((c) => `${c.number} (${c.description.en})`).join('; ')}`);
console.log(`  e-Dirham: ${TEST_EDIRHAM_CARDS.map((c) => c.number).join(', ')} with PIN ${TEST_EDIRHAM_PIN}`);

const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
