import { after, before, describe, it } from 'node:test';
import { startSandboxServer, type SandboxServer } from '@dubai-pay/sandbox/server';
import { agencyServerSuite } from '../suites/agency-server-suite.ts';
import { SandboxControl, type SandboxEnv } from '../suites/env.ts';
import { feesSuite } from '../suites/fees-suite.ts';
import { retrySuite } from '../suites/retry-suite.ts';
import { sessionsSuite } from '../suites/sessions-suite.ts';
import { serverSuite } from '../suites/server-suite.ts';

// The core against the sandbox over real HTTP on loopback, as an agency server or IVR uses it.
let server: SandboxServer;
let env: SandboxEnv;

before(async () => {
  server = await startSandboxServer();
  const agency = server.sandbox.agencies[0];
  if (!agency) throw new Error('sandbox has no agency');
  env = {
    kind: 'node',
    apiUrl: server.apiUrl,
    publishableKey: agency.publishableKey,
    secretKey: agency.secretKey,
    control: new SandboxControl(server.apiUrl, agency.secretKey),
  };
});
after(() => server.close());

const api = { describe, it };
feesSuite(api, () => env);
sessionsSuite(api, () => env);
retrySuite(api, () => env);
serverSuite(api, () => env);
// Last: its webhook endpoint is told of the refunds made after it registers.
agencyServerSuite(api, () => env);
