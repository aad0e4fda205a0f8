import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, it } from 'node:test';
import { EXPIRY } from './sandbox-client.ts';

/** `pnpm ivr` with its keys on standard input (a newline is the hash key). */
async function run(args: string[], keys: string[]): Promise<string> {
  const child = spawn(process.execPath, ['--conditions=@dubai-pay/source', 'examples/ivr/main.ts', ...args], {
    cwd: new URL('../../../', import.meta.url),
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stdin.end(`${keys.join('\n')}\n`);
  const code = await new Promise((resolve) => child.on('close', resolve));
  assert.equal(code, 0, out);
  return out;
}

describe('examples/ivr: the program', () => {
  it('pays through its standard input, in Arabic, the card keyed in', async () => {
    const out = await run([], ['2', '1', '1', '1', '12345678', '1', '4242424242424242', EXPIRY, '123', '1']);
    assert.match(out, /مرحبًا بك/);
    assert.match(out, /IVR: تمت دفعتك بنجاح\./);
    assert.match(out, /\[call ended: paid, session ps_\w+ \(succeeded, channel ivr\)\]/);
    assert.doesNotMatch(out, /4242424242424242/);
  });

  it('--transfer: the card is taken on the gateway payment line', async () => {
    const out = await run(['--transfer'], ['1', '1', '1', '1', '12345678', '1', '4242424242424242', EXPIRY, '123', '1']);
    assert.match(out, /Gateway payment line: Your payment of three hundred and twenty dirhams/);
    assert.match(out, /\[call ended: paid, session ps_\w+ \(succeeded, channel ivr\)\]/);
  });

  it('ends when the input ends (the caller hung up)', async () => {
    const out = await run([], ['1', '1']);
    assert.match(out, /\(the caller hangs up\)\n\n\[call ended: hung_up\]/);
  });
});
