/**
 * The servers under test as child processes (so their memory and CPU are theirs, not the load
 * generator's): our API (`node <API_NODE_FLAGS> dist/src/main.js`, the production build, as the Docker image and
 * `npm run start:production` run it), the peer (bench/peerServer.ts)
 * and the HTTP floor (bench/floorServer.ts), all on
 * 127.0.0.1 and a free ephemeral port, plus sampling of a process's resident memory.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { API_NODE_FLAGS, PRODUCTION_ENTRY } from '../src/nodeFlags.js';

export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface ServerProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** An API process (startApi), which can also tell when its start-up work is done. */
export interface ApiProcess extends ServerProcess {
  /**
   * Resolves true once the API has logged START_WORK_DONE's messages (its search label index built
   * and its memos warmed), false if it has not within `timeoutMs`.
   */
  startWorkDone(timeoutMs: number): Promise<boolean>;
}

/**
 * What an API logs when the work it starts with is done (src/server.ts): until then it builds its
 * search label index and warms its memos beside the requests, which on 100k roles takes several
 * seconds of both cores. The code before issue 14's later passes logs the same messages.
 */
const START_WORK_DONE = ['Search label index built', 'Memos warmed'];

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('No TCP port');
  return address.port;
}

/** Runs `script` with Node: TypeScript through tsx, JavaScript (the production build) as it is. */
function launch(script: string, env: Record<string, string>, nodeFlags: readonly string[] = [], cwd?: string): ChildProcess & { logged: Set<string> } {
  const loader = script.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const child = spawn(process.execPath, [...nodeFlags, ...loader, script], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const logged = new Set<string>();
  // BENCH_LOG_DIR keeps each server's whole output (its logs: label-index builds, warnings) for a run's post-mortem.
  const logFile = process.env.BENCH_LOG_DIR ? join(process.env.BENCH_LOG_DIR, `${basename(script)}-${child.pid}.log`) : undefined;
  const keep = (chunk: Buffer) => {
    // Looked for in the tail with this chunk, so a message split across two chunks is found.
    const tail = output.slice(-200) + chunk.toString();
    for (const message of START_WORK_DONE) if (tail.includes(message)) logged.add(message);
    output = (output + chunk.toString()).slice(-4000);
    if (logFile) appendFileSync(logFile, chunk);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.once('exit', (code) => {
    if (code && code !== 0) console.error(`[bench] ${script} exited with ${code}:\n${output}`);
  });
  return Object.assign(child, { logged });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const forced = sleep(10_000).then(() => child.kill('SIGKILL'));
  await Promise.race([exited, forced]);
}

/** Waits until `url` answers 200 (or the child dies / the deadline passes). */
async function waitFor(url: string, child: ChildProcess, timeoutMs: number, init?: RequestInit): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited before answering ${url}`);
    try {
      const response = await fetch(url, init);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`);
}

/** Compiles the API as `npm run build` does, so the bench measures what is deployed (a few seconds to a minute). */
/** `npm run build` (tsc into dist/) in this checkout, or in `checkoutDir` (the bench's --baseline). */
export function buildApi(checkoutDir?: string): void {
  const result = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { encoding: 'utf8', cwd: checkoutDir });
  if (result.status !== 0) throw new Error(`npm run build failed${checkoutDir ? ` in ${checkoutDir}` : ''}:\n${result.stdout}${result.stderr}`);
}

/** A checkout's package.json scripts. */
function checkoutScripts(checkoutDir: string): Record<string, string> {
  return (JSON.parse(readFileSync(join(checkoutDir, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
}

/**
 * How another checkout's API runs (the bench's --baseline): as deployed, built into dist/ like ours,
 * when its own `start:production` script runs the build; from its sources otherwise, as every version
 * before that script existed did. (A few of those already had tsconfig.build.json, but their build
 * looked for schema/ and seeds/ beside dist/src and could not start: 5838afe, issue 14's "before".)
 * Sources run through tsx, which on the O*NET + ESCO graph cost the baseline 5-20 % on cells whose
 * code had not changed (docs/performance.md, "Thirteenth pass"), so a comparison with a built
 * checkout is the fair one.
 */
export function baselineEntry(checkoutDir: string): string {
  if (!checkoutScripts(checkoutDir)['start:production']?.includes(PRODUCTION_ENTRY)) return 'src/main.ts';
  buildApi(checkoutDir);
  if (!existsSync(join(checkoutDir, PRODUCTION_ENTRY))) throw new Error(`${checkoutDir}: the build wrote no ${PRODUCTION_ENTRY}`);
  return PRODUCTION_ENTRY;
}

/**
 * The Node flags another checkout's API runs with as deployed: those of its `start:production`
 * script (its `start` script before that existed), so a baseline is measured with its own heap
 * settings rather than ours (flags change too: src/nodeFlags.ts). Only options (`--…`) count, and
 * `--import` with its loader is left to launch().
 */
export function checkoutNodeFlags(checkoutDir: string): string[] {
  const scripts = checkoutScripts(checkoutDir);
  const command = scripts['start:production'] ?? scripts.start;
  if (!command?.startsWith('node ')) throw new Error(`${checkoutDir}: package.json has no "start:production" or "start" script running node`);
  const words = command.split(/\s+/).slice(1);
  return words.filter((word, index) => word.startsWith('--') && word !== '--import' && words[index - 1] !== '--import');
}

/**
 * Our API, in production mode (its defaults, response cache included, unless `env` overrides them),
 * against the given Neo4j; resolves once /ready answers. `checkoutDir`: another checkout's API (the
 * bench's --baseline), run from its own directory and node_modules, with its own Node flags.
 */
export async function startApi(target: Neo4jTarget, env: Record<string, string> = {}, checkoutDir?: string): Promise<ApiProcess> {
  const port = await freePort();
  // As deployed (the Docker image, `npm run start:production`): the production build (another
  // checkout's, baselineEntry, when it has one).
  const child = launch(checkoutDir ? baselineEntry(checkoutDir) : PRODUCTION_ENTRY, {
    ...env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    NEO4J_URI: target.uri,
    NEO4J_USER: target.user,
    NEO4J_PASSWORD: target.password,
    NEO4J_DATABASE: target.database,
  }, [...(checkoutDir ? checkoutNodeFlags(checkoutDir) : API_NODE_FLAGS), ...(process.env.BENCH_API_NODE_FLAGS?.split(' ').filter(Boolean) ?? [])], checkoutDir);
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/ready`, child, 120_000);
  const startWorkDone = async (timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (START_WORK_DONE.some((message) => !child.logged.has(message))) {
      if (Date.now() > deadline || child.exitCode !== null) return false;
      await sleep(100);
    }
    return true;
  };
  return { url: `${base}/graphql`, pid: child.pid ?? 0, stop: () => stopChild(child), startWorkDone };
}

/** @neo4j/graphql on Apollo Server (bench/peerServer.ts). */
export async function startPeer(target: Neo4jTarget): Promise<ServerProcess> {
  const port = await freePort();
  const child = launch('bench/peerServer.ts', {
    PORT: String(port),
    NEO4J_URI: target.uri,
    NEO4J_USER: target.user,
    NEO4J_PASSWORD: target.password,
    NEO4J_DATABASE: target.database,
  });
  const url = `http://127.0.0.1:${port}/`;
  await waitFor(url, child, 120_000, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  return { url, pid: child.pid ?? 0, stop: () => stopChild(child) };
}

/** The HTTP floor (bench/floorServer.ts): the hand-written Cypher behind bare node:http. */
export async function startFloor(target: Neo4jTarget): Promise<ServerProcess> {
  const port = await freePort();
  const child = launch('bench/floorServer.ts', {
    PORT: String(port),
    NEO4J_URI: target.uri,
    NEO4J_USER: target.user,
    NEO4J_PASSWORD: target.password,
    NEO4J_DATABASE: target.database,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/role`, child, 120_000, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ slug: '' }) });
  return { url, pid: child.pid ?? 0, stop: () => stopChild(child) };
}

/** A field of /proc/<pid>/status in MiB (VmRSS: resident now; VmHWM: the kernel's peak), or undefined where /proc is absent. */
function statusMb(pid: number, field: 'VmRSS' | 'VmHWM'): number | undefined {
  try {
    const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Resident set size of a process in MiB (VmRSS from /proc), or undefined where /proc is absent. */
export function rssMb(pid: number): number | undefined {
  return statusMb(pid, 'VmRSS');
}

/** The kernel's peak resident set size of a process since it started (or since resetPeakRss) in MiB (VmHWM), or undefined where /proc is absent. */
export function peakRssMb(pid: number): number | undefined {
  return statusMb(pid, 'VmHWM');
}

/**
 * Restarts the kernel's peak-RSS mark of `pid` (VmHWM) at its present RSS (`5` to clear_refs,
 * Linux ≥ 4.0, allowed for one's own processes); false where that is not possible.
 */
function resetPeakRss(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/**
 * The peak resident memory of `pid` from now until stop(), in MiB. The kernel's own peak mark
 * (VmHWM, restarted here) sees every spike; sampling every intervalMs alone missed the short ones
 * (a label-index build, a burst of large answers collected between two samples). Where the mark
 * cannot be restarted, the samples are all there is.
 */
export function sampleRss(pid: number, intervalMs = 250): { stop(): number | undefined } {
  const exact = resetPeakRss(pid);
  let peak: number | undefined;
  const sample = () => {
    const value = rssMb(pid);
    if (value !== undefined) peak = Math.max(peak ?? 0, value);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      const mark = exact ? statusMb(pid, 'VmHWM') : undefined;
      return mark === undefined ? peak : Math.max(peak ?? 0, mark);
    },
  };
}
