import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { baselineEntry, checkoutNodeFlags } from '../../bench/processes.js';
import { API_NODE_FLAGS } from '../../src/nodeFlags.js';

const checkouts: string[] = [];
function checkoutWith(scripts: Record<string, string>, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'checkout-'));
  checkouts.push(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ scripts }));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
afterEach(() => {
  for (const dir of checkouts.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('checkoutNodeFlags (the flags a --baseline checkout runs its API with)', () => {
  it('reads them from its start:production script', () => {
    const dir = checkoutWith({ start: 'node --max-semi-space-size=8 --import tsx src/main.ts', 'start:production': 'node --max-semi-space-size=4 --max-old-space-size=224 dist/src/main.js' });
    expect(checkoutNodeFlags(dir)).toEqual(['--max-semi-space-size=4', '--max-old-space-size=224']);
  });

  it('falls back on its start script, without the tsx loader, for a checkout older than the production build', () => {
    const dir = checkoutWith({ start: 'node --max-semi-space-size=4 --import tsx src/main.ts' });
    expect(checkoutNodeFlags(dir)).toEqual(['--max-semi-space-size=4']);
  });

  it('gives this checkout its own API_NODE_FLAGS', () => {
    expect(checkoutNodeFlags(process.cwd())).toEqual(API_NODE_FLAGS);
  });

  it('refuses a checkout whose scripts do not run node', () => {
    const dir = checkoutWith({ start: 'tsx src/main.ts' });
    expect(() => checkoutNodeFlags(dir)).toThrow(/no "start:production" or "start" script running node/);
  });
});

describe('baselineEntry (what a --baseline checkout runs)', () => {
  it('runs a checkout from its sources when no start:production script runs its build, even with a tsconfig.build.json', () => {
    // 5838afe (issue 14's "before") had tsconfig.build.json, but its build looked for schema/ beside
    // dist/src and could not start; only its sources run.
    const dir = checkoutWith({ start: 'node --max-semi-space-size=4 --import tsx src/main.ts' }, { 'tsconfig.build.json': '{}' });
    expect(baselineEntry(dir)).toBe('src/main.ts');
  });

  it('refuses a checkout whose start:production names the build but whose build writes none', () => {
    // No compiler in the temporary checkout: the build fails, and the bench says so instead of running stale code.
    const dir = checkoutWith({ 'start:production': 'node dist/src/main.js' });
    expect(() => baselineEntry(dir)).toThrow(/npm run build failed/);
  });
});
