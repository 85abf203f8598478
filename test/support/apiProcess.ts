/**
 * Runs the API as `npm start` does (`node <API_NODE_FLAGS> --import tsx src/main.ts`) on a free loopback port, with
 * the test environment plus `env`, collecting its output.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PROJECT_ROOT } from '../../src/config.js';
import { API_NODE_FLAGS } from '../../src/nodeFlags.js';
import { testEnvironment } from './testEnvironment.js';

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface ApiProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

export interface StartApiOptions {
  /** `ready`: /ready answers 200 (default); `listening`: /health answers, whatever the database. */
  until?: 'ready' | 'listening';
  timeoutMs?: number;
}

export async function startApiProcess(env: NodeJS.ProcessEnv, options: StartApiOptions = {}): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [...API_NODE_FLAGS, '--import', 'tsx', join(PROJECT_ROOT, 'src/main.ts')], {
    cwd: PROJECT_ROOT,
    env: { ...testEnvironment(), PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const path = options.until === 'listening' ? '/health' : '/ready';
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`API exited early:\n${output}`);
    const status = await fetch(`${url}${path}`).then((r) => r.status, () => 0);
    if (status === 200) return { child, url, output: () => output, exited };
    await sleep(250);
  }
  child.kill('SIGKILL');
  throw new Error(`API did not answer ${path} in time:\n${output}`);
}
