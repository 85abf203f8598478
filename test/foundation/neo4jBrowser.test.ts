/**
 * `npm run db:browser`: an instance of its own comes up with the HTTP connector on 127.0.0.1 only,
 * serving Neo4j Browser (the jar of plugins.ts), and the command prints the URL, the login and a first
 * cookbook query. Ports: NEO4J_BROWSER_TEST_BOLT_PORT (default 7750) and NEO4J_BROWSER_TEST_HTTP_PORT (7751).
 */
import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { readCookbook } from '../../src/localNeo4j/cookbook.js';
import { testEnvironment } from '../support/testEnvironment.js';

const run = promisify(execFile);
const CLI = join(PROJECT_ROOT, 'src/localNeo4j/cli.ts');
const TSX = join(PROJECT_ROOT, 'node_modules/.bin/tsx');
const BOLT_PORT = Number(process.env.NEO4J_BROWSER_TEST_BOLT_PORT ?? 7750);
const HTTP_PORT = Number(process.env.NEO4J_BROWSER_TEST_HTTP_PORT ?? 7751);
const NAME = 'browser-test';

const env: NodeJS.ProcessEnv = {
  ...testEnvironment(),
  NEO4J_LOCAL_NAME: NAME,
  NEO4J_BOLT_PORT: String(BOLT_PORT),
  NEO4J_HTTP_PORT: String(HTTP_PORT),
  NEO4J_HEAP_SIZE: '512m',
  NEO4J_PAGECACHE_SIZE: '64m',
};

vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

let printed = '';
beforeAll(async () => {
  const { stdout } = await run(TSX, [CLI, 'browser'], { env, cwd: PROJECT_ROOT, timeout: 280_000 });
  printed = stdout;
});
afterAll(async () => {
  await run(TSX, [CLI, 'stop'], { env, cwd: PROJECT_ROOT, timeout: 120_000 });
  await rm(join(PROJECT_ROOT, '.neo4j', 'instances', NAME), { recursive: true, force: true });
});

/** An address of /proc/net/tcp(6) in dotted form when it is IPv4 or IPv4-mapped IPv6 (Java binds the latter). */
function decodeAddress(hex: string): string {
  const ipv4 = hex.length === 8 ? hex : hex.startsWith('0000000000000000FFFF0000') ? hex.slice(24) : undefined;
  if (!ipv4) return hex;
  // Each 32-bit word is in host (little-endian) byte order.
  return [6, 4, 2, 0].map((at) => parseInt(ipv4.slice(at, at + 2), 16)).join('.');
}

/** Local addresses this port listens on, from the kernel's socket tables. */
async function listeningAddresses(port: number): Promise<string[]> {
  const portHex = port.toString(16).toUpperCase().padStart(4, '0');
  const addresses: string[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    const lines = (await readFile(table, 'utf8').catch(() => '')).split('\n').slice(1);
    for (const line of lines) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (state === '0A' && local?.endsWith(`:${portHex}`)) addresses.push(decodeAddress(local.split(':')[0]!)); // 0A: LISTEN
    }
  }
  return addresses;
}

function connects(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2_000 });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

describe('npm run db:browser', () => {
  it('prints the Browser URL, the login and the first cookbook recipe', async () => {
    const [first] = await readCookbook();
    expect(printed).toContain(`Neo4j Browser: http://127.0.0.1:${HTTP_PORT}/browser/`);
    expect(printed).toContain(`bolt://127.0.0.1:${BOLT_PORT}`);
    expect(printed).toMatch(/user: neo4j\s+password: /);
    expect(printed).toContain(first!.query);
  });

  it('serves Neo4j Browser on loopback, pointing it at the Bolt port', async () => {
    const page = await fetch(`http://127.0.0.1:${HTTP_PORT}/browser/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<title>Neo4j Browser<\/title>/);
    const discovery = (await (await fetch(`http://127.0.0.1:${HTTP_PORT}/`, { headers: { accept: 'application/json' } })).json()) as Record<string, string>;
    expect(discovery.bolt_direct).toBe(`bolt://127.0.0.1:${BOLT_PORT}`);
  });

  it('binds the HTTP connector to 127.0.0.1 only', async () => {
    expect(await listeningAddresses(HTTP_PORT)).toEqual(['127.0.0.1']);
    const external = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address && !address.internal)
      .map((address) => address!.address);
    for (const address of external) expect(await connects(address, HTTP_PORT), address).toBe(false);
  });

  it('a second run finds it serving and leaves it running', async () => {
    const { stdout, stderr } = await run(TSX, [CLI, 'browser'], { env, cwd: PROJECT_ROOT, timeout: 120_000 });
    expect(stderr).toMatch(/already running/);
    expect(stderr).not.toMatch(/restarting/);
    expect(stdout).toContain(`http://127.0.0.1:${HTTP_PORT}/browser/`);
  });
});
