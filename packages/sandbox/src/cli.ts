#!/usr/bin/env node
import { startSandboxServer } from './server.ts';
import { TEST_CARDS, TEST_EDIRHAM_CARDS, TEST_EDIRHAM_PIN } from './payments/test-cards.ts';

/** `pnpm sandbox`: the reference gateway on loopback, for the demo and for manual testing. */
const port = Number(process.env.DUBAI_PAY_SANDBOX_PORT ?? 4010);
const allowedOrigins = (process.env.DUBAI_PAY_ALLOWED_ORIGINS ?? 'http://localhost:4000,http://127.0.0.1:4000').split(',').filter(Boolean);
// DUBAI_PAY_SANDBOX_DATA=sandbox.db keeps sessions, refunds and the webhook queue across restarts (SQLite).
const dataFile = process.env.DUBAI_PAY_SANDBOX_DATA || undefined;
const server = await startSandboxServer({ port, allowedOrigins, ...(dataFile ? { dataFile } : {}) });
const agency = server.sandbox.agencies[0];

console.log(`dubai-pay sandbox gateway: ${server.apiUrl}`);
console.log(`  publishable key ${agency?.publishableKey}, secret key ${agency?.secretKey}`);
console.log(`  allowed origins: ${allowedOrigins.join(', ')}`);
console.log(`  state: ${dataFile ? `kept in ${dataFile}` : 'in memory (set DUBAI_PAY_SANDBOX_DATA to keep it)'}`);
console.log(`  catalog: ${server.sandbox.catalog.entities.length} entities, ${server.sandbox.catalog.services.length} services`);
console.log(`  test cards: ${TEST_CARDS.map((c) => `${c.number} (${c.description.en})`).join('; ')}`);
console.log(`  e-Dirham: ${TEST_EDIRHAM_CARDS.map((c) => c.number).join(', ')} with PIN ${TEST_EDIRHAM_PIN}`);

const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
