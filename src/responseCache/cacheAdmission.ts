/**
 * Which answers the response cache stores: an answer is stored once its request has missed the
 * cache `minRequests` times among the most recent distinct misses, not on its first miss. Most
 * requests of a recommendation engine, of type-ahead and of every client right after a write are
 * never sent again; storing each of them cost a serialisation, an LRU insertion and heap that the
 * garbage collector then carries, and pushed answers that are asked again out of the LRU. This is
 * the "doorkeeper" of TinyLFU-style caches: a request asked twice is the one worth keeping.
 *
 * Pure: no I/O.
 */
import { LRUCache } from 'lru-cache';

/**
 * How many distinct missed requests are remembered with their count. Keys are 28-bit numbers (small
 * integers in V8): 0.31 MiB of heap for all 20,000, the LRU's slots included (measured on Node 20).
 * Two keys that share those 28 bits count as one request: an answer stored one miss early, nothing
 * worse.
 */
export const REMEMBERED_REQUESTS = 20_000;

export class CacheAdmission {
  private readonly misses: LRUCache<number, number> | null;

  /** `minRequests` 1 stores every answer (what the cache did before admission). */
  constructor(
    readonly minRequests: number,
    remembered = REMEMBERED_REQUESTS,
  ) {
    if (!Number.isInteger(minRequests) || minRequests < 1) throw new RangeError(`minRequests must be a whole number ≥ 1, not ${minRequests}`);
    this.misses = minRequests > 1 ? new LRUCache<number, number>({ max: remembered }) : null;
  }

  /**
   * Notes one more miss of the request whose cache key (hexadecimal, e.g. a SHA-256) is `key`, and
   * says whether its answer should now be stored.
   */
  admit(key: string): boolean {
    if (this.misses === null) return true;
    const short = Number.parseInt(key.slice(0, 7), 16);
    if (Number.isNaN(short)) throw new TypeError(`A cache key is hexadecimal, not "${key.slice(0, 16)}"`);
    const seen = (this.misses.get(short) ?? 0) + 1;
    if (seen >= this.minRequests) {
      // Stored now; if the answer is evicted later, its request starts counting again.
      this.misses.delete(short);
      return true;
    }
    this.misses.set(short, seen);
    return false;
  }
}
