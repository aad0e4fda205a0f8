import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

// The `dubai-pay-sandbox` bin's flags, run from the sources (the built bin is run from its tarball
// by scripts/test/release/packages.test.ts).

const CLI = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));
const NODE_ARGS = ['--conditions=@dubai-pay/source', '--no-warnings', CLI];

describe('sandbox: the dubai-pay-sandbox command', () => {
  it('prints its usage for --help, and exits 0', () => {
    const result = spawnSync(process.execPath, [...NODE_ARGS, '--help'], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^Usage: dubai-pay-sandbox/);
    for (const flag of ['--port', '--host', '--origins', '--data']) assert.ok(result.stdout.includes(flag), flag);
  });

  for (const [args, why] of [
    [['--port', 'abc'], /--port must be a whole number/],
    [['--port', '65534'], /--port must be a whole number/],
    [['--colour', 'blue'], /Unknown option '--colour'/],
  ] as const) {
    it(`refuses ${args.join(' ')} with the reason and the usage, exit 2`, () => {
      const result = spawnSync(process.execPath, [...NODE_ARGS, ...args], { encoding: 'utf8' });
      assert.equal(result.status, 2, result.stdout + result.stderr);
      assert.match(result.stderr, why);
      assert.match(result.stderr, /Usage: dubai-pay-sandbox/);
    });
  }

  it('listens where --port and --origins say (over the environment), and stops on SIGTERM', async () => {
    // The environment names a port it cannot have; the flag wins.
    const child = spawn(process.execPath, [...NODE_ARGS, '--port', '0', '--origins', 'http://agency.example:3000'], {
      env: { ...process.env, DUBAI_PAY_SANDBOX_PORT: '1', DUBAI_PAY_ALLOWED_ORIGINS: 'http://other.example' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((done) => child.once('exit', done));
    try {
      const apiUrl = await new Promise<string>((ready, failed) => {
        child.stdout.on('data', (chunk) => {
          output += chunk;
          const url = /gateway: (http:\/\/127\.0\.0\.1:\d+\/v1)/.exec(output)?.[1];
          if (url && output.includes('allowed origins:')) ready(url);
        });
        void exited.then((code) => failed(new Error(`exited (${code}):\n${output}`)));
      });
      assert.match(output, /allowed origins: http:\/\/agency\.example:3000\n/);
      const allowed = await fetch(`${apiUrl}/catalog/services?key=pk_test_demo`, { headers: { origin: 'http://agency.example:3000' } });
      assert.equal(allowed.status, 200);
      assert.equal(allowed.headers.get('access-control-allow-origin'), 'http://agency.example:3000');
      await allowed.body?.cancel();
    } finally {
      child.kill('SIGTERM');
    }
    assert.equal(await exited, 0, output);
  });
});
