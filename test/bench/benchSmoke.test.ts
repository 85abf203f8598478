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
import { FRESH_SCENARIOS, SCENARIOS, typedPrefixes } from '../../bench/scenarios.js';

// Quiet machine: ~4 min (13 scenarios, 5 legs each, the API built first); a loaded one takes longer.
const BENCH_TIMEOUT_MS = 900_000;

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
    // Present only when the cell had errors: what the first one was.
    ...(cell && typeof cell === 'object' && 'firstError' in cell ? { firstError: expect.any(String) } : {}),
  });

describe('npm run bench -- --quick', () => {
  it('measures every scenario at the seeds scale, ours without errors', () => {
    expect(results.scenarios.map((scenario) => scenario.name)).toEqual([...SCENARIOS, ...FRESH_SCENARIOS].map((scenario) => scenario.name));
    expect(results.scenarios.some((scenario) => scenario.name.includes('headline'))).toBe(true);
    for (const scenario of results.scenarios) {
      expect(scenario.scale).toBe('seeds');
      isMeasurement(scenario.ours);
      isMeasurement(scenario.oursUncached);
      isMeasurement(scenario.cypher);
      isMeasurement(scenario.floor);
      expect({ name: scenario.name, floorErrors: scenario.floor!.errors }).toEqual({ name: scenario.name, floorErrors: 0 });
      expect(scenario.floor!.rps).toBeGreaterThan(0);
      expect({ name: scenario.name, errors: scenario.ours.errors, firstError: scenario.ours.firstError }).toEqual({ name: scenario.name, errors: 0, firstError: undefined });
      expect({ name: scenario.name, errors: scenario.oursUncached.errors, firstError: scenario.oursUncached.firstError }).toEqual({
        name: scenario.name,
        errors: 0,
        firstError: undefined,
      });
      expect(scenario.ours.rps).toBeGreaterThan(0);
      expect(scenario.oursUncached.rps).toBeGreaterThan(0);
      expect(scenario.cypher.errors).toBe(0);
      if (scenario.peer !== null) isMeasurement(scenario.peer);
    }
  });

  it('measures the peer where it can express the question, and only there', () => {
    const withPeer = results.scenarios.filter((scenario) => scenario.peer !== null).map((scenario) => scenario.name);
    expect(withPeer).toEqual([...SCENARIOS, ...FRESH_SCENARIOS].filter((scenario) => scenario.peer !== null).map((scenario) => scenario.name));
    for (const scenario of results.scenarios) if (scenario.peer) expect(scenario.peer.errors).toBe(0);
  });

  it('sends fresh requests from lists drawn from the graph, and counts them', () => {
    const pool = results.freshPools?.seeds;
    expect(pool).toEqual({ roles: expect.any(Number), pairs: expect.any(Number), profiles: expect.any(Number), texts: expect.any(Number) });
    // The seeds hold ~100 roles with moves and ~500 titles and names: every list is drawn from them.
    expect(pool!.roles).toBeGreaterThan(50);
    expect(pool!.texts).toBeGreaterThan(1000);
    expect(pool!.profiles).toBeGreaterThan(1000);
    for (const scenario of results.scenarios) {
      if (scenario.name.startsWith('fresh ')) expect(scenario.freshRequests).toBeGreaterThan(20);
      else expect(scenario.freshRequests).toBeUndefined();
    }
  });

  it('types prefixes as a user does: from two characters, each once, no trailing space', () => {
    expect(typedPrefixes(['Nurse', 'Nurse Practitioner', 'AI'])).toEqual([
      'nu', 'nur', 'nurs', 'nurse',
      'nurse p', 'nurse pr', 'nurse pra', 'nurse prac', 'nurse pract', 'nurse practi', 'nurse practit', 'nurse practiti',
      'nurse practitio', 'nurse practition', 'nurse practitione', 'nurse practitioner',
      'ai',
    ]);
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
    expect(markdown).toContain('HTTP floor');
    // Issue 14's targets: the uncached path against the HTTP floor, cache off and fresh requests.
    expect(markdown).toMatch(/^- role lookup at seeds, p50 ≤ 1\.5 × the HTTP floor's [\d.]+ ms — cache off: [\d.]+ ms = [\d.]+ × \((met|\*\*not met\*\*)\)$/m);
    expect(markdown).toMatch(
      /^- fresh headline: nextRoles\(maxHops: 2\) \+ bridgingSkills at seeds, p50 ≤ 1\.5 × the HTTP floor's [\d.]+ ms — as deployed, fresh requests: [\d.]+ ms = [\d.]+ × \((met|\*\*not met\*\*)\); cache off, fresh requests: .*$/m,
    );
  });
});
