import { describe, expect, it } from 'vitest';
import { CACHE_ENTRY_OVERHEAD_BYTES, cachedEntryBytes, ResponseBytesCache } from './responseCache.js';

const KEY = `fqc:${'a'.repeat(64)}`;
const keyOf = (i: number) => `fqc:${String(i).padStart(64, '0')}`;

describe('cachedEntryBytes', () => {
  it("charges an answer's UTF-8 bytes, plus key and overhead", () => {
    const bytes = (text: string) => Buffer.from(text, 'utf8');
    expect(cachedEntryBytes(bytes('{"data":{"title":"Nurse"}}'), KEY)).toBe(26 + 68 + CACHE_ENTRY_OVERHEAD_BYTES);
    // É and è take two bytes each in UTF-8, ’ three.
    expect(cachedEntryBytes(bytes('{"data":{"title":"Élève"}}'), KEY)).toBe(28 + 68 + CACHE_ENTRY_OVERHEAD_BYTES);
    expect(cachedEntryBytes(bytes('{"data":{"title":"Nurse’s aide"}}'), KEY)).toBe(35 + 68 + CACHE_ENTRY_OVERHEAD_BYTES);
  });
});

describe('ResponseBytesCache', () => {
  it('gives back exactly the answer it was given, wide characters included, until it is deleted', async () => {
    const cache = new ResponseBytesCache(1024 * 1024);
    const answer = JSON.stringify({ data: { titles: ['Nurse’s aide', 'Élève infirmier', 'Krankenpfleger/Krankenschwester', '看护', '🩺 triage'] } });
    await cache.set(KEY, answer, { ttl: 300 });
    expect(await cache.get(KEY)).toBe(answer);
    expect(await cache.get(keyOf(1))).toBeUndefined();
    await cache.delete(KEY);
    expect(await cache.get(KEY)).toBeUndefined();
  });

  it('keeps its answers within its size in bytes, the least recently used dropped first', async () => {
    const maxSize = 1024 * 1024;
    const cache = new ResponseBytesCache(maxSize);
    const answer = (i: number) => JSON.stringify({ data: { i, label: `’${'x'.repeat(10_000)}` } });
    for (let i = 0; i < 200; i++) await cache.set(keyOf(i), answer(i));
    // ~10,650 bytes each (10,030 of answer, 68 of key, the overhead): 98 fit in 1 MiB.
    expect(cache.size).toBe(Math.floor(maxSize / cachedEntryBytes(Buffer.from(answer(150), 'utf8'), keyOf(150))));
    expect(await cache.get(keyOf(199))).toBe(answer(199));
    expect(await cache.get(keyOf(0))).toBeUndefined();
  });
});
