import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { describe, expect, it } from 'vitest';
import { CACHE_ENTRY_OVERHEAD_BYTES, cachedEntryBytes } from './responseCache.js';

const KEY = `fqc:${'a'.repeat(64)}`;

describe('cachedEntryBytes', () => {
  it('charges one byte a character for Latin-1 text, two when any character lies outside it, plus key and overhead', () => {
    expect(cachedEntryBytes('{"data":{"title":"Nurse"}}', KEY)).toBe(26 + 68 + CACHE_ENTRY_OVERHEAD_BYTES);
    expect(cachedEntryBytes('{"data":{"title":"Élève"}}', KEY)).toBe(26 + 68 + CACHE_ENTRY_OVERHEAD_BYTES);
    expect(cachedEntryBytes('{"data":{"title":"Nurse’s aide"}}', KEY)).toBe(2 * 33 + 68 + CACHE_ENTRY_OVERHEAD_BYTES);
  });

  it('keeps a cache of answers with wide characters within its size in bytes', async () => {
    const maxSize = 1024 * 1024;
    const cache = new InMemoryLRUCache<string>({ maxSize, sizeCalculation: cachedEntryBytes });
    const answer = (i: number) => JSON.stringify({ data: { i, label: `’${'x'.repeat(10_000)}` } });
    for (let i = 0; i < 200; i++) await cache.set(`fqc:${String(i).padStart(64, '0')}`, answer(i));
    // ~20 KB of heap each: about 50 fit in 1 MiB, where counting characters let 100 in.
    const held = cache.keys().length;
    expect(held).toBeGreaterThanOrEqual(45);
    expect(held).toBeLessThanOrEqual(51);
    expect(await cache.get(`fqc:${String(199).padStart(64, '0')}`)).toBe(answer(199));
    expect(await cache.get(`fqc:${String(0).padStart(64, '0')}`)).toBeUndefined();
  });
});
