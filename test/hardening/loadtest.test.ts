/**
 * Smoke test of `npm run loadtest`: a short run against the test Neo4j completes without errors
 * and without retaining memory, and non-loopback targets are refused before any request is sent. No timing assertions: this
 * machine's speed is not what is tested.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { inject, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { testEnvironment } from '../support/testEnvironment.js';

function runLoadTest(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'scripts/loadtest.ts'), ...args], {
    cwd: PROJECT_ROOT,
    env: { ...testEnvironment(), NEO4J_URI: inject('neo4jUri') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

describe('npm run loadtest', () => {
  it('runs the query mix against an in-process API with no errors and no non-2xx answers', async () => {
    const run = await runLoadTest(['--duration', '6', '--connections', '4']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^errors: +0 \(timeouts 0\)$/m);
    expect(run.stdout).toMatch(/^non-2xx: +0$/m);
    expect(run.stdout).toMatch(/^graphql errors: +0$/m);
    expect(Number(/^requests: +(\d+)/m.exec(run.stdout)?.[1])).toBeGreaterThan(0);
    expect(run.stdout).toMatch(/^latency p50: +\d+(\.\d+)? ms$/m);
    expect(run.stdout).toMatch(/^rss start\/peak\/end: +\d+ MiB \/ \d+ MiB \/ \d+ MiB/m);
    // Memory stable: what the run leaves on the heap after a full GC, beyond the warmed-up
    // baseline, is small (a leak of a few kB per request would exceed it).
    const growth = Number(/^heap after GC, warm\/end: .*\(growth (-?[\d.]+) MiB\)/m.exec(run.stdout)?.[1]);
    expect(growth).toBeLessThan(16);
  });

  it('refuses targets outside the loopback network', async () => {
    for (const url of ['http://10.0.0.1:4000', 'http://127.0.0.1.example.com']) {
      const run = await runLoadTest(['--url', url, '--duration', '1']);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/only loopback targets/);
    }
  });
});
