// `pnpm demo`: builds the browser bundles (and the loader that pins them), starts the sandbox gateway and serves the examples.
//   DEMO_PAGE_PORT (4000) and DEMO_GATEWAY_PORT (4010) move them.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { startDemo } from './demo-server.ts';

// The browser bundles, released into their packages as npm has them, and the loader pinning them (the /loader/ page).
execFileSync(process.execPath, [join('scripts', 'build.ts'), '--browser', 'frame', 'sandbox', 'loader'], { stdio: ['ignore', 'ignore', 'inherit'] });
const demo = await startDemo({ pagePort: Number(process.env.DEMO_PAGE_PORT ?? 4000), gatewayPort: Number(process.env.DEMO_GATEWAY_PORT ?? 4010) });
console.log(`\ndubai-pay demo`);
console.log(`  examples:         ${demo.pageUrl}`);
console.log(`  sandbox gateway:  ${demo.gateway.apiUrl}  (publishable key pk_test_demo, secret key sk_test_demo)`);
console.log(`  3-D Secure ACS:   ${demo.gateway.sandbox.origins.acs}  (challenge code 123456)`);
console.log(`  banks:            ${demo.gateway.sandbox.origins.bank}`);
console.log('  Ctrl+C to stop.');
const stop = () => void demo.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
