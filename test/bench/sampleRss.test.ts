import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { rssMb, sampleRss } from '../../bench/processes.js';

// A process that holds 150 MiB for about 100 ms, well inside one sampling interval, then frees it.
const SPIKE = `
process.stdout.write('ready\\n');
setTimeout(() => {
  let block = Buffer.alloc(150 * 1024 * 1024, 1);
  setTimeout(() => { block = null; globalThis.gc(); process.stdout.write('freed\\n'); }, 100);
}, 300);
setTimeout(() => {}, 60_000);`;

describe.runIf(process.platform === 'linux')('sampleRss', () => {
  it('reports a peak shorter than its sampling interval (the kernel peak mark), not only what the samples saw', async () => {
    const child = spawn(process.execPath, ['--expose-gc', '-e', SPIKE], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await once(child.stdout!, 'data');
      const before = rssMb(child.pid!)!;
      const sampler = sampleRss(child.pid!, 60_000);
      await once(child.stdout!, 'data');
      await sleep(200);
      const after = rssMb(child.pid!)!;
      const peak = sampler.stop()!;
      expect(after).toBeLessThan(before + 100);
      expect(peak).toBeGreaterThan(before + 140);
    } finally {
      child.kill();
    }
  }, 30_000);
});
