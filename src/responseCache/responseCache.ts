/**
 * The response cache for reads: whole query responses kept in memory (LRU, bounded in bytes), keyed
 * by document, operation name, variables and the graph version (GraphChangeWatcher). So a cached
 * answer is never older than the graph: this process's mutations invalidate it at once, any other
 * write (an import, another API instance, cypher-shell) within one poll interval.
 *
 * Cache hints are Apollo's (@cacheControl in the SDL): every field may be cached for maxAgeSeconds
 * except those marked maxAge: 0 (`viewer` depends on the caller's token). Responses with errors and
 * mutations are never cached. Authentication and the query limits run before the cache is read, so
 * a hit is refused exactly like a miss would be. No HTTP Cache-Control header is sent: invalidation
 * happens here, and a proxy could not be told.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache, type KeyValueCache, type KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import type { GraphChangeWatcher } from './graphChangeWatcher.js';

export interface ResponseCacheConfig {
  /** How long an answer may be served for the same graph version; 0 turns the cache off. */
  maxAgeSeconds: number;
  /**
   * Memory for cached responses, least recently used evicted first: the heap their entries take
   * (cachedEntryBytes), not the characters of their JSON.
   */
  maxSizeMb: number;
  /** How often other processes' writes are looked for. */
  changePollMs: number;
}

/**
 * Bytes one cached entry holds beyond its key's characters and its answer's UTF-8 bytes, measured
 * with InMemoryLRUCache (lru-cache 11) on Node 20 for 20,000 entries with a 300 s TTL: 330-550 bytes
 * with the answer as a string (string headers, the LRU's map entry and its per-slot arrays), ~510
 * with it as a Buffer (the Buffer object instead of the string header), so the upper end.
 */
export const CACHE_ENTRY_OVERHEAD_BYTES = 550;

/**
 * What a cached response costs, in bytes: its answer's UTF-8 bytes, its key (a hash: ASCII) and the
 * per-entry overhead. InMemoryLRUCache's own count is the value's length alone, so the key and the
 * per-entry overhead were free: a "32 MB" cache of small fresh answers could hold far more
 * (docs/performance.md, "Memory under the mixed load").
 */
export function cachedEntryBytes(value: Buffer, key: string): number {
  return value.length + key.length + CACHE_ENTRY_OVERHEAD_BYTES;
}

/**
 * The response cache's store: answers kept as UTF-8 bytes in Buffers, outside V8's heap, and read
 * back as strings on a hit. Kept as strings, a full cache (32 MB by default) sat in the old
 * generation, which V8 then let grow in proportion, and every fresh answer stored and later evicted
 * was old-generation garbage: on the bench's load (bench/memoryProbe.ts, one run, side by side) the
 * API's peak RSS was 259 MiB with strings and 222 MiB with Buffers, at the same latency
 * (docs/performance.md, "Ninth pass"). Each Buffer gets memory of its own (allocUnsafeSlow): a small
 * one from Node's shared pool would keep its whole 8 KiB slab alive for as long as it is cached.
 */
export class ResponseBytesCache implements KeyValueCache<string> {
  private readonly entries: InMemoryLRUCache<Buffer>;

  constructor(maxBytes: number) {
    this.entries = new InMemoryLRUCache<Buffer>({ maxSize: maxBytes, sizeCalculation: cachedEntryBytes });
  }

  async get(key: string): Promise<string | undefined> {
    return (await this.entries.get(key))?.toString('utf8');
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(value, 'utf8'));
    bytes.write(value, 'utf8');
    await this.entries.set(key, bytes, options);
  }

  async delete(key: string): Promise<boolean | void> {
    return this.entries.delete(key);
  }

  /** Answers held. */
  get size(): number {
    return this.entries.keys().length;
  }
}

export const RESPONSE_CACHE_OFF: ResponseCacheConfig = { maxAgeSeconds: 0, maxSizeMb: 0, changePollMs: 1_000 };

export function responseCachePlugins<TContext extends BaseContext>(
  config: ResponseCacheConfig,
  watcher: GraphChangeWatcher,
): ApolloServerPlugin<TContext>[] {
  // The version a request was keyed with, so an answer computed while the version was unknown is not stored.
  const versionAtStart = new WeakMap<object, string | null>();
  const keyedVersion = (contextValue: object) => versionAtStart.get(contextValue) ?? null;
  return [
    ApolloServerPluginCacheControl({ defaultMaxAge: config.maxAgeSeconds, calculateHttpHeaders: false }),
    responseCachePlugin<TContext>({
      cache: new ResponseBytesCache(config.maxSizeMb * 1024 * 1024),
      extraCacheKeyData: async ({ contextValue }) => {
        const version = watcher.version;
        versionAtStart.set(contextValue, version);
        return version;
      },
      shouldReadFromCache: async ({ contextValue }) => keyedVersion(contextValue) !== null,
      shouldWriteToCache: async ({ contextValue }) => keyedVersion(contextValue) !== null,
    }),
    noteGraphWritesPlugin<TContext>(watcher),
  ];
}

/**
 * Moves the graph version as soon as this process sends a mutation's answer, so nothing keyed by
 * the version (cached responses, the search label index) outlives the process's own writes.
 */
export function noteGraphWritesPlugin<TContext extends BaseContext>(watcher: GraphChangeWatcher): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation }) {
          if (operation?.operation === 'mutation') watcher.noteWrite();
        },
      };
    },
  };
}
