/**
 * Smoke test of `npm run bench -- --quick`: the benchmark runs end to end against its own local Neo4j
 * (instance "bench-smoke", port 7741, so neither the test graph nor a real benchmark is touched) and
 * writes results of the documented shape. No timing assertions: the numbers depend on the machine.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import type { BenchResults } from '../../bench/run.js';
import { SCENARIOS } from '../../bench/scenarios.js';

const BENCH_TIMEOUT_MS = 240_000;

let outDir: string;
let results: BenchResults;
let markdown: string;

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'career-graph-bench-'));
  const out = join(outDir, 'quick.json');
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--quick', '--out', out], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    timeout: BENCH_TIMEOUT_MS,
    env: { ...process.env, BENCH_NEO4J_NAME: 'bench-smoke', BENCH_NEO4J_BOLT_PORT: '7741' },
  });
  if (run.status !== 0) throw new Error(`The quick bench failed (${run.status ?? run.signal}):\n${run.stderr.slice(-4000)}`);
  results = JSON.parse(readFileSync(out, 'utf8')) as BenchResults;
  markdown = readFileSync(join(outDir, 'quick.md'), 'utf8');
}, BENCH_TIMEOUT_MS + 10_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const isMeasurement = (cell: unknown) =>
  expect(cell).toEqual({
    p50Ms: expect.any(Number),
    p99Ms: expect.any(Number),
    rps: expect.any(Number),
    errors: expect.any(Number),
    loadedP50Ms: expect.any(Number),
    loadedP99Ms: expect.any(Number),
  });

describe('npm run bench -- --quick', () => {
  it('measures every scenario at the seeds scale, ours without errors', () => {
    expect(results.scenarios.map((scenario) => scenario.name)).toEqual(SCENARIOS.map((scenario) => scenario.name));
    expect(results.scenarios.some((scenario) => scenario.name.includes('headline'))).toBe(true);
    for (const scenario of results.scenarios) {
      expect(scenario.scale).toBe('seeds');
      isMeasurement(scenario.ours);
      isMeasurement(scenario.oursUncached);
      isMeasurement(scenario.cypher);
      expect({ name: scenario.name, errors: scenario.ours.errors }).toEqual({ name: scenario.name, errors: 0 });
      expect({ name: scenario.name, errors: scenario.oursUncached.errors }).toEqual({ name: scenario.name, errors: 0 });
      expect(scenario.ours.rps).toBeGreaterThan(0);
      expect(scenario.oursUncached.rps).toBeGreaterThan(0);
      expect(scenario.cypher.errors).toBe(0);
      if (scenario.peer !== null) isMeasurement(scenario.peer);
    }
  });

  it('measures the peer where it can express the question, and only there', () => {
    const withPeer = results.scenarios.filter((scenario) => scenario.peer !== null).map((scenario) => scenario.name);
    expect(withPeer).toEqual(SCENARIOS.filter((scenario) => scenario.peer !== null).map((scenario) => scenario.name));
    for (const scenario of results.scenarios) if (scenario.peer) expect(scenario.peer.errors).toBe(0);
  });

  it('reports the seed import, the machine and the API process memory', () => {
    expect(results.imports).toEqual([
      {
        name: 'seeds (curated)',
        rows: expect.any(Number),
        seconds: expect.any(Number),
        rowsPerSec: expect.any(Number),
        relationships: expect.any(Number),
        relationshipsPerSec: expect.any(Number),
      },
    ]);
    expect(results.imports[0].rows).toBeGreaterThan(100);
    expect(results.imports[0].relationships).toBeGreaterThan(1000);
    expect(results.machine).toMatchObject({ cores: expect.any(Number), node: process.version, mode: 'quick' });
    expect(results.rssMb).toBeGreaterThan(10);
    expect(results.rssUncachedMb).toBeGreaterThan(10);
  });

  it('writes the same results as a Markdown table', () => {
    expect(markdown).toContain('| Scale | Scenario |');
    expect(markdown).toMatch(
      /^- Headline at seeds, p50 ≤ 1\.25 × Cypher's [\d.]+ ms — cache on: [\d.]+ ms = [\d.]+ × \((met|\*\*not met\*\*)\); cache off: [\d.]+ ms = [\d.]+ × \((met|\*\*not met\*\*)\)$/m,
    );
    for (const scenario of results.scenarios) expect(markdown).toContain(`| seeds | ${scenario.name} |`);
  });
});
