import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SourceMapConsumer } from 'source-map-js';
import { commonJsPayment, otherNodes } from './commonjs.ts';
import { startInstalledSandbox } from './sandbox-process.ts';

// The packages as an agency gets them: each one packed by pnpm (its `prepack` builds it), the
// tarball checked (contents, metadata, exports), linted by publint and @arethetypeswrong/cli
// (ESM-only profile), then installed from the tarballs with npm into a fresh folder, imported in
// Node (ESM, and CommonJS through require(esm): a payment made from a .cjs file) and type-checked
// by a consumer's TypeScript files (ESM, and CommonJS).
const ROOT = resolve(import.meta.dirname, '../../..');
const PUBLISHED = ['contract', 'core', 'elements', 'react', 'sandbox', 'loader'] as const;
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);

let work: string;
const tarballs: Record<string, string> = {};

interface Manifest {
  name: string;
  license?: string;
  engines?: { node?: string };
  repository?: { url?: string; directory?: string };
  exports: Record<string, unknown>;
  dependencies?: Record<string, string>;
  sideEffects?: boolean | string[];
}

function list(tarball: string): string[] {
  return execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((entry) => entry.replace(/^package\//, ''));
}

const read = (tarball: string, file: string) => execFileSync('tar', ['xzf', tarball, '-O', `package/${file}`]);

/** Every file path an `exports` map points at (conditions flattened). */
function exportTargets(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(exportTargets);
  return [];
}

function conditions(value: unknown): string[] {
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => [...(key.startsWith('.') ? [] : [key]), ...conditions(inner)]);
}

before(() => {
  work = mkdtempSync(join(tmpdir(), 'dubai-pay-packages-'));
  for (const pkg of PUBLISHED) {
    const out = execFileSync('pnpm', ['pack', '--pack-destination', work], { cwd: join(ROOT, 'packages', pkg), encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    tarballs[pkg] = /(\S+\.tgz)\s*$/.exec(out)?.[1] ?? '';
    assert.ok(tarballs[pkg], `pnpm pack printed no tarball for ${pkg}:\n${out}`);
  }
});
after(() => rmSync(work, { recursive: true, force: true }));

for (const pkg of PUBLISHED) {
  describe(`@dubai-pay/${pkg} tarball`, () => {
    it('carries its build, declarations, README and LICENSE, and no sources', () => {
      const files = list(tarballs[pkg]!);
      for (const needed of ['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.d.ts']) assert.ok(files.includes(needed), `${needed} missing`);
      assert.deepEqual(
        files.filter((f) => f.startsWith('src/') || (f.endsWith('.ts') && !f.endsWith('.d.ts'))),
        [],
      );
      assert.equal(read(tarballs[pkg]!, 'LICENSE').toString(), readFileSync(join(ROOT, 'LICENSE'), 'utf8'));
    });

    it('has license, engines, repository; no workspace ranges; every export target is in the tarball', () => {
      const manifest = JSON.parse(read(tarballs[pkg]!, 'package.json').toString()) as Manifest;
      assert.equal(manifest.license, 'MIT');
      assert.match(manifest.engines?.node ?? '', /^>=\d+/);
      assert.equal(manifest.repository?.directory, `packages/${pkg}`);
      assert.deepEqual(
        Object.entries(manifest.dependencies ?? {}).filter(([, range]) => range.startsWith('workspace:')),
        [],
      );
      assert.deepEqual(
        conditions(manifest.exports).filter((c) => !['types', 'default', 'import', 'browser', 'node'].includes(c)),
        [],
        'only standard conditions',
      );
      const files = new Set(list(tarballs[pkg]!));
      for (const target of exportTargets(manifest.exports)) assert.ok(files.has(target.replace(/^\.\//, '')), `exports points at ${target}, not in the tarball`);
    });

    it('passes publint --strict', () => {
      const result = spawnSync(bin('publint'), ['run', tarballs[pkg]!, '--strict'], { encoding: 'utf8' });
      assert.equal(result.status, 0, result.stdout + result.stderr);
    });

    it('passes @arethetypeswrong/cli (ESM-only profile)', () => {
      const result = spawnSync(bin('attw'), [tarballs[pkg]!, '--profile', 'esm-only', '--format', 'ascii'], { encoding: 'utf8' });
      assert.equal(result.status, 0, result.stdout + result.stderr);
    });
  });
}

describe('@dubai-pay/core and @dubai-pay/elements browser bundles', () => {
  for (const [pkg, files] of [
    ['core', ['dubai-pay-core.js']],
    ['elements', ['dubai-pay.js', 'dubai-pay-kiosk.js']],
  ] as const) {
    it(`${pkg} ships ${files.join(', ')} with sri.json hashes that match`, () => {
      const sri = JSON.parse(read(tarballs[pkg]!, 'dist/browser/sri.json').toString()) as Record<string, string>;
      assert.deepEqual(Object.keys(sri).sort(), [...files].sort());
      for (const file of files) {
        const body = read(tarballs[pkg]!, `dist/browser/${file}`);
        assert.equal(sri[file], `sha384-${createHash('sha384').update(body).digest('base64')}`);
      }
    });

    it(`${pkg}'s bundles' source maps point at their sources (a line added before the code moves the map too)`, () => {
      for (const file of files) {
        const code = read(tarballs[pkg]!, `dist/browser/${file}`).toString();
        const map = new SourceMapConsumer(JSON.parse(read(tarballs[pkg]!, `dist/browser/${file}.map`).toString()));
        // A message only packages/contract/src/load-chunk.ts writes: where the bundle has it, the map must say that file.
        const at = code.indexOf('could not be loaded or failed its integrity check');
        assert.ok(at > 0, `${file} has the chunk loader's message`);
        const before = code.slice(0, at).split('\n');
        const original = map.originalPositionFor({ line: before.length, column: before.at(-1)!.length });
        assert.match(original.source ?? '', /packages\/contract\/src\/load-chunk\.ts$/, `${file}: ${JSON.stringify(original)}`);
      }
    });

    it(`${pkg} ships the chunks its bundles load, each matching the hash the bundle pins it with`, () => {
      for (const file of files) {
        const body = read(tarballs[pkg]!, `dist/browser/${file}`).toString();
        const declared = /^const __DUBAI_PAY_CHUNKS__=(.*);$/m.exec(body.split('\n', 1)[0] ?? '');
        assert.ok(declared, `${file} declares its chunks on its first line`);
        const chunks = JSON.parse(declared[1]!) as Record<string, [string, string][]>;
        // Core: 3-D Secure and service search. The checkouts: those, and the QR encoder (the kiosk's hand-off, the receipt's link to a phone).
        const expected = file === 'dubai-pay-core.js' ? ['service-search', 'three-ds-flow'] : ['qr', 'receipt-view', 'service-search', 'three-ds-flow'];
        assert.deepEqual(Object.keys(chunks).sort(), expected, `${file}: chunks loaded when needed`);
        for (const [chunk, integrity] of Object.values(chunks).flat()) {
          const chunkBody = read(tarballs[pkg]!, `dist/browser/${chunk}`);
          assert.equal(integrity, `sha384-${createHash('sha384').update(chunkBody).digest('base64')}`, `${file} → ${chunk}`);
        }
      }
    });
  }
});

describe('@dubai-pay/loader tarball', () => {
  it('pins its version and the hashes of the bundles core and elements ship, as their sri.json says', () => {
    const source = read(tarballs.loader!, 'dist/index.js').toString();
    const pins = /\{ version: "([^"]+)", integrity: \{ web: "([^"]+)", kiosk: "([^"]+)", core: "([^"]+)" \} \}/.exec(source);
    assert.ok(pins, 'dist/index.js carries the pins');
    const elements = JSON.parse(read(tarballs.elements!, 'dist/browser/sri.json').toString()) as Record<string, string>;
    const core = JSON.parse(read(tarballs.core!, 'dist/browser/sri.json').toString()) as Record<string, string>;
    assert.deepEqual(pins.slice(1), [
      (JSON.parse(read(tarballs.elements!, 'package.json').toString()) as { version: string }).version,
      elements['dubai-pay.js'],
      elements['dubai-pay-kiosk.js'],
      core['dubai-pay-core.js'],
    ]);
  });
});

describe('@dubai-pay/sandbox tarball', () => {
  it('has its bin built, with a node shebang, and the frame files the gateway serves', () => {
    const manifest = JSON.parse(read(tarballs.sandbox!, 'package.json').toString()) as Manifest & { bin?: Record<string, string>; private?: boolean };
    assert.equal(manifest.private, undefined);
    assert.deepEqual(manifest.bin, { 'dubai-pay-sandbox': './dist/cli.js' });
    assert.match(read(tarballs.sandbox!, 'dist/cli.js').toString(), /^#!\/usr\/bin\/env node\n/);
    const files = list(tarballs.sandbox!);
    for (const built of ['dubai-pay.js', 'frame/fields.html', 'frame/fields.js', 'frame/fields.css', 'frame/3ds.js', 'frame/3ds-notify.js', 'frame/keypad.js'])
      assert.ok(files.includes(`dist/browser/${built}`), `dist/browser/${built} missing`);
  });
});

describe('installed from the tarballs into a fresh folder', () => {
  let consumer: string;
  before(() => {
    consumer = join(work, 'consumer');
    mkdirSync(consumer);
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'agency-app', private: true, type: 'module' }));
    // React and its types from the registry, as an agency's app has them (a peer of @dubai-pay/react).
    // msw too: the optional peer of @dubai-pay/sandbox/msw, in an agency's own tests.
    execFileSync(
      'npm',
      ['install', '--no-audit', '--no-fund', '--loglevel=error', ...PUBLISHED.map((p) => tarballs[p]!), 'react@19', 'react-dom@19', '@types/react@19', 'msw@3', '@types/node@24'],
      {
        cwd: consumer,
        stdio: 'inherit',
      },
    );
  });

  it('imports in Node by package name', () => {
    const script = `
      const contract = await import('@dubai-pay/contract');
      const core = await import('@dubai-pay/core');
      const elements = await import('@dubai-pay/elements');
      if (typeof core.createClient !== 'function') throw new Error('core: no createClient');
      if (typeof contract.endpoints !== 'object') throw new Error('contract: no endpoints');
      if (typeof elements.DubaiPayElement !== 'function') throw new Error('elements: no DubaiPayElement');
      const { DubaiPay } = await import('@dubai-pay/react');
      const { createElement } = await import('react');
      const { renderToString } = await import('react-dom/server');
      const html = renderToString(createElement(DubaiPay, { service: 'rta-fines', inputs: { plate_number: 'A 1' }, className: 'pay' }));
      if (html !== '<dubai-pay class="pay"></dubai-pay>') throw new Error('react: server render gave ' + html);
      const loader = await import('@dubai-pay/loader');
      const refused = await loader.loadDubaiPay().then(() => 'loaded', (e) => e.code);
      if (loader.VERSION !== '0.1.0' || refused !== 'not_in_browser') throw new Error('loader: ' + loader.VERSION + ' ' + refused);
      const client = core.createClient({ gateway: 'https://gateway.example/v1', secretKey: 'sk_test_x' });
      if (typeof client.sessions.create !== 'function') throw new Error('core: no sessions.create');`;
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: consumer, stdio: 'inherit' });
  });

  it('type-checks a consumer that uses the public API', () => {
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'es2022',
          module: 'nodenext',
          moduleResolution: 'nodenext',
          strict: true,
          noEmit: true,
          lib: ['es2023', 'dom'],
          types: [],
          skipLibCheck: false,
          jsx: 'react-jsx',
        },
        include: ['app.ts', 'define-only.ts', 'kiosk-only.ts', 'page.tsx', 'loader.ts'],
      }),
    );
    writeFileSync(
      join(consumer, 'app.ts'),
      `import { createClient, type PaymentSession } from '@dubai-pay/core';
import { DubaiPayElement } from '@dubai-pay/elements';
import '@dubai-pay/elements/define';
const client = createClient({ gateway: 'https://gateway.example/v1', publishableKey: 'pk_test_x' });
export async function total(secret: string): Promise<number> {
  const session: PaymentSession = await client.sessions.retrieve(secret);
  return session.amount;
}
const element = document.createElement('dubai-pay');
export const isCheckout: boolean = element instanceof DubaiPayElement;
`,
    );
    // Each entry alone brings the element and event maps (the README's `…/define`, the kiosk's).
    for (const entry of ['define', 'kiosk'])
      writeFileSync(
        join(consumer, `${entry}-only.ts`),
        `import '@dubai-pay/elements/${entry}';
export const services = document.querySelector('dubai-pay-services')?.idleTimeout;
document.querySelector('dubai-pay')?.addEventListener('dubai-pay-success', (e) => e.detail.receipt.number);
document.addEventListener('dubai-pay-service-select', (e) => e.detail.serviceId);
${entry === 'kiosk' ? "export const mode: 'web' | 'kiosk' | undefined = document.querySelector('dubai-pay')?.mode;\n" : ''}`,
      );
    writeFileSync(
      join(consumer, 'page.tsx'),
      `import type {} from '@dubai-pay/elements/jsx-react';
import { DubaiPay, type DubaiPayElement } from '@dubai-pay/react';
import { useRef } from 'react';
export function Page() {
  const ref = useRef<DubaiPayElement>(null);
  return (
    <>
      <DubaiPay ref={ref} service="rta-fines" inputs={{ plate_number: 'A 1' }} onSuccess={(e) => e.detail.receipt.number} onChange={(e) => e.detail.complete} />
      <dubai-pay service="rta-fines" ondubai-pay-success={(e) => e.detail.sessionId} />
    </>
  );
}
`,
    );
    writeFileSync(
      join(consumer, 'loader.ts'),
      `import { DubaiPayLoadError, loadDubaiPay } from '@dubai-pay/loader';
export const element: Promise<CustomElementConstructor> = loadDubaiPay({ cdn: 'https://cdn.example/npm' });
export const core = loadDubaiPay<typeof import('@dubai-pay/core')>({ bundle: 'core' }).then((c) => c.createClient);
export const why = (e: unknown) => (e instanceof DubaiPayLoadError ? e.messages.ar + e.code : '');
`,
    );
    const result = spawnSync(bin('tsc'), ['-p', join(consumer, 'tsconfig.json')], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });

  it("type-checks the same React page against React 18's types (an app not yet on 19)", () => {
    const app18 = join(work, 'consumer-react18');
    mkdirSync(app18);
    writeFileSync(join(app18, 'package.json'), JSON.stringify({ name: 'agency-app-react18', private: true, type: 'module' }));
    const packages = ['contract', 'core', 'elements', 'react'].map((p) => tarballs[p]!);
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...packages, 'react@18', 'react-dom@18', '@types/react@18'], { cwd: app18, stdio: 'inherit' });
    const tsconfig = JSON.parse(readFileSync(join(consumer, 'tsconfig.json'), 'utf8')) as { include: string[] };
    writeFileSync(join(app18, 'tsconfig.json'), JSON.stringify({ ...tsconfig, include: ['page.tsx'] }));
    writeFileSync(join(app18, 'page.tsx'), readFileSync(join(consumer, 'page.tsx')));
    const installed = JSON.parse(readFileSync(join(app18, 'node_modules/@types/react/package.json'), 'utf8')) as { version: string };
    assert.match(installed.version, /^18\./);
    const result = spawnSync(bin('tsc'), ['-p', join(app18, 'tsconfig.json')], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });

  it('type-checks an agency server in Node, without the DOM lib', () => {
    const server = join(consumer, 'server');
    mkdirSync(server, { recursive: true });
    writeFileSync(
      join(server, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'es2023', module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true, lib: ['es2023'], types: ['node'], skipLibCheck: false },
        include: ['server.ts'],
      }),
    );
    writeFileSync(
      join(server, 'server.ts'),
      `import { createClient, type SessionResult } from '@dubai-pay/core';
import { createServerClient, prerenderedFields, verifyWebhook } from '@dubai-pay/core/server';
const gateway = createServerClient({ gateway: 'https://gateway.example/v1', secretKey: 'sk_test_x' });
export const quote = createClient({ gateway: 'https://gateway.example/v1', publishableKey: 'pk_test_x' }).fees;
export async function open(): Promise<SessionResult> {
  return gateway.sessions.createFromQuote('quo_1');
}
export const refunds = gateway.refunds;
export const verify = verifyWebhook;
export const frame = prerenderedFields;
`,
    );
    const result = spawnSync(bin('tsc'), ['-p', join(server, 'tsconfig.json')], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });

  it('runs the sandbox with `npx dubai-pay-sandbox --port N`, serving the catalog, its own frame files and the hosted fonts', async () => {
    const sandbox = await startInstalledSandbox(consumer);
    try {
      const catalog = await fetch(`http://127.0.0.1:${sandbox.port}/v1/catalog/services?key=pk_test_demo`);
      assert.equal(catalog.status, 200, sandbox.output());
      const body = (await catalog.json()) as { data: { id: string }[] };
      assert.ok(body.data.length > 100, `${body.data.length} services`);
      // The hosted fields come from the installed package's dist/browser, not from a repository checkout.
      const fields = await fetch(`http://127.0.0.1:${sandbox.port}/frame/fields.js`);
      assert.equal(fields.status, 200, await fields.clone().text());
      assert.equal(await fields.text(), read(tarballs.sandbox!, 'dist/browser/frame/fields.js').toString());
      // The hosted fonts come from the sandbox's own dependencies (the Fontsource packages), installed with it.
      const fonts = await fetch(`http://127.0.0.1:${sandbox.port}/frame/fonts/cairo.css`);
      assert.equal(fonts.status, 200, sandbox.output());
      const file = /url\((\/frame\/fonts\/files\/cairo-arabic-400-normal\.woff2)\)/.exec(await fonts.text())?.[1];
      assert.ok(file, 'the stylesheet names its Arabic file on the gateway');
      const woff2 = await fetch(`http://127.0.0.1:${sandbox.port}${file}`);
      assert.equal(woff2.headers.get('content-type'), 'font/woff2');
      assert.equal(new TextDecoder().decode(new Uint8Array(await woff2.arrayBuffer()).slice(0, 4)), 'wOF2');
    } finally {
      await sandbox.stop();
    }
  });

  // CommonJS: an agency's Node back end that still uses require(). The packages are ESM only;
  // Node's require(esm) loads them (20.19+, 22.12+), as long as nothing in their graph awaits at
  // the top level and `exports` answers the `require` condition.
  describe('from CommonJS', () => {
    // The Node that runs this test (the pinned one under ./run), and any other Node on PATH (CI's
    // runner has the machine's Node 20 behind it): each makes its own payment.
    for (const node of [{ path: process.execPath, version: process.version }, ...otherNodes()])
      it(`pays by card through the installed sandbox from pay.cjs (require('@dubai-pay/core'), Node ${node.version})`, async () => {
        const sandbox = await startInstalledSandbox(consumer);
        try {
          const paid = commonJsPayment(consumer, node.path, `http://127.0.0.1:${sandbox.port}/v1`);
          assert.equal(paid.status, 'succeeded', sandbox.output());
          assert.equal(paid.channel, 'ivr');
          assert.equal(paid.charges, 1);
          assert.match(paid.receipt ?? '', /\S/);
          assert.ok(paid.amount > 0 && Number.isInteger(paid.amount), `amount ${paid.amount}`);
        } finally {
          await sandbox.stop();
        }
      });

    // The same agency server, as TypeScript compiles it to require() calls: a .cts file under
    // `module: node20` (Node's require(esm); `node16` refuses ESM packages, TS1479), and a .ts file
    // under `module: commonjs`. The declarations are checked too (skipLibCheck off).
    const CJS_SERVER = `import { createClient, isDubaiPayError, type PaymentSession } from '@dubai-pay/core';
import { createServerClient, verifyWebhook } from '@dubai-pay/core/server';
import type { DubaiPayServerClient } from '@dubai-pay/core/server';
const gateway: DubaiPayServerClient = createServerClient({ gateway: 'https://gateway.example/v1', secretKey: 'sk_test_x' });
const phone = createClient({ gateway: 'https://gateway.example/v1', secretKey: 'sk_test_x' });
export async function paid(id: string): Promise<boolean> {
  const session: PaymentSession = await gateway.sessions.retrieve(id);
  return session.status === 'succeeded';
}
export async function card(): Promise<string> {
  const { paymentMethod, error } = await phone.sessions.createPaymentMethod({ type: 'card', card: { number: '4242424242424242', expMonth: 12, expYear: 2030, cvc: '123' } });
  return paymentMethod?.id ?? (isDubaiPayError(error) ? error.messages.ar : '');
}
export const verify: typeof verifyWebhook = verifyWebhook;
`;
    for (const [module, file] of [
      ['node20', 'server.cts'],
      ['commonjs', 'server.ts'],
    ] as const)
      it(`type-checks a CommonJS consumer of core and core/server (${file}, module ${module})`, () => {
        const cjs = join(consumer, `cjs-${module}`);
        mkdirSync(cjs, { recursive: true });
        writeFileSync(
          join(cjs, 'tsconfig.json'),
          JSON.stringify({
            compilerOptions: { target: 'es2023', module, strict: true, noEmit: true, lib: ['es2023'], types: ['node'], skipLibCheck: false },
            include: [file],
          }),
        );
        writeFileSync(join(cjs, file), CJS_SERVER);
        const result = spawnSync(bin('tsc'), ['-p', join(cjs, 'tsconfig.json')], { encoding: 'utf8' });
        assert.equal(result.status, 0, result.stdout + result.stderr);
      });
  });

  it('answers fetch through msw/node setupServer with @dubai-pay/sandbox/msw: a quote from the gateway URL', () => {
    const script = `
      import { setupServer } from 'msw/node';
      import { createSandbox, DEFAULT_ORIGINS } from '@dubai-pay/sandbox';
      import { sandboxHandlers } from '@dubai-pay/sandbox/msw';
      const server = setupServer(...sandboxHandlers(createSandbox()));
      server.listen({ onUnhandledRequest: 'error' });
      const response = await fetch(DEFAULT_ORIGINS.gateway + '/v1/quotes', {
        method: 'POST',
        headers: { authorization: 'Bearer pk_test_demo', 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
        body: JSON.stringify({ service: 'police-good-conduct', inputs: { emirates_id: '784199012345671' } }),
      });
      const quote = await response.json();
      server.close();
      if (!response.ok) throw new Error('quote: ' + response.status + ' ' + JSON.stringify(quote));
      if (!String(quote.id).startsWith('qt_') || !(quote.total > 0)) throw new Error('not a quote: ' + JSON.stringify(quote));`;
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: consumer, stdio: 'inherit' });
  });
});
