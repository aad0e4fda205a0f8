// Everything the browser talks to, on ports PORT…PORT+8 (loopback only):
//   PORT        the bench's agency pages (http://localhost:PORT)
//   PORT+1…+3   the sandbox gateway, its ACS and its banks (http://127.0.0.1:…), for those pages
//   PORT+5      the demo (scripts/demo-server.ts): the kiosk example, and /vendor/* for the pages
//   PORT+6…+8   the demo's own sandbox gateway, ACS and banks
import { startSandboxServer, type SandboxServer } from '@dubai-pay/sandbox/server';
import { startDemo, type Demo } from '../demo-server.ts';
import { countGatewayRequests, type GatewayCounter } from './gateway-counter.ts';
import { startPageServer, type PageServer } from './page-server.ts';

export interface BenchServers {
  pages: PageServer;
  gateway: SandboxServer;
  /** What reached `gateway` (the agency pages' gateway). */
  gatewayCounter: GatewayCounter;
  demo: Demo;
  /** What reached the demo's gateway (the kiosk's). */
  demoCounter: GatewayCounter;
  agency: { publishableKey: string; secretKey: string };
  close(): Promise<void>;
}

export async function startServers(port: number): Promise<BenchServers> {
  const pageOrigin = `http://localhost:${port}`;
  const demo = await startDemo({ pagePort: port + 5, gatewayPort: port + 6 });
  const gateway = await startSandboxServer({ port: port + 1, allowedOrigins: [pageOrigin] });
  const pages = await startPageServer({ port, gatewayOrigin: gateway.url, demoUrl: demo.pageUrl });
  const gatewayCounter = countGatewayRequests({ gateway: port + 1, acs: port + 2, bank: port + 3 });
  const demoCounter = countGatewayRequests({ gateway: port + 6, acs: port + 7, bank: port + 8 });
  const agency = gateway.sandbox.agencies[0]!;
  return {
    pages,
    gateway,
    gatewayCounter,
    demo,
    demoCounter,
    agency: { publishableKey: agency.publishableKey, secretKey: agency.secretKey },
    close: async () => {
      gatewayCounter.stop();
      demoCounter.stop();
      await Promise.allSettled([pages.close(), gateway.close(), demo.close()]);
    },
  };
}
