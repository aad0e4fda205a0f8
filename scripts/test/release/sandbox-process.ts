import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A port with the two after it free too (the sandbox's ACS and banks take port+1 and port+2). */
export async function freePorts(): Promise<number> {
  const take = (port: number) =>
    new Promise<ReturnType<typeof createServer> | undefined>((done) => {
      const server = createServer();
      server.once('error', () => done(undefined));
      server.listen(port, '127.0.0.1', () => done(server));
    });
  for (;;) {
    const first = await take(0);
    const port = (first!.address() as { port: number }).port;
    const rest = [await take(port + 1), await take(port + 2)];
    await Promise.all([first, ...rest].map((s) => new Promise((done) => (s ? s.close(done) : done(undefined)))));
    if (rest.every(Boolean) && port + 2 < 65536) return port;
  }
}

export interface SandboxProcess {
  port: number;
  /** What the sandbox printed so far (for an assertion's message). */
  output(): string;
  stop(): Promise<void>;
}

/** `npx dubai-pay-sandbox --port N` in the consumer folder, as an agency's CI starts it; ready when it says where it listens. */
export async function startInstalledSandbox(consumer: string): Promise<SandboxProcess> {
  const port = await freePorts();
  const child = spawn('npx', ['--no-install', 'dubai-pay-sandbox', '--port', String(port)], { cwd: consumer, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    process.kill(-child.pid!, 'SIGTERM');
    await exited;
  };
  try {
    await new Promise<void>((ready, failed) => {
      child.stdout.on('data', () => output.includes(`http://127.0.0.1:${port}/v1`) && ready());
      child.once('exit', (code) => failed(new Error(`the sandbox exited (${code}):\n${output}`)));
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { port, output: () => output, stop };
}
