import { setupWorker } from 'msw/browser';
import { createSandbox } from '@dubai-pay/sandbox';
import { sandboxHandlers } from '@dubai-pay/sandbox/msw';
import { SandboxControl, type SandboxEnv } from '../suites/env.ts';
import { feesSuite } from '../suites/fees-suite.ts';
import { retrySuite } from '../suites/retry-suite.ts';
import { sessionsSuite } from '../suites/sessions-suite.ts';
import { browserSuite } from '../suites/browser-suite.ts';

// The core in a real browser against the sandbox app itself, answering through msw: the same
// implementation the HTTP server runs, so there is one fake gateway, not two.
const sandbox = createSandbox({ allowedOrigins: [location.origin] });
const worker = setupWorker(...sandboxHandlers(sandbox));
const agency = sandbox.agencies[0]!;
const apiUrl = `${sandbox.origins.gateway}/v1`;
const env: SandboxEnv = {
  kind: 'browser',
  apiUrl,
  publishableKey: agency.publishableKey,
  secretKey: agency.secretKey,
  control: new SandboxControl(apiUrl, agency.secretKey),
};

before(() => worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true }));
after(() => worker.stop());

const api = { describe, it };
feesSuite(api, () => env);
sessionsSuite(api, () => env);
retrySuite(api, () => env);
browserSuite(api, () => env);
