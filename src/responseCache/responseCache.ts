/**
 * The response cache for reads: whole query responses kept in memory (LRU, bounded in bytes), keyed
 * by document, operation name, variables and the graph version (GraphChangeWatcher). So a cached
 * answer is never older than the graph: this process's mutations invalidate it at once, any other
 * write (an import, another API instance, cypher-shell) within one poll interval.
 *
 * Cache hints are Apollo's (@cacheControl in the SDL), applied per operation (answerCachePolicy.ts):
 * every field may be cached for maxAgeSeconds except those marked maxAge: 0 (`viewer` depends on the
 * caller's token). Responses with errors and mutations are never cached. Authentication and the
 * query limits run before the cache is read, so a hit is refused exactly like a miss would be. No
 * HTTP Cache-Control header is sent: invalidation happens here, and a proxy could not be told.
 * An answer is stored from its request's second miss by default, not its first (cacheAdmission.ts):
 * most requests the cache cannot answer are never asked again.
 */
import { hash } from 'node:crypto';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { answerCachePolicyPlugin } from './answerCachePolicy.js';
import { CacheAdmission } from './cacheAdmission.js';
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
  /**
   * An answer is stored once its request has missed the cache this many times lately (1: every
   * answer), so answers asked for once are not kept (cacheAdmission.ts).
   */
  minRequests: number;
}

/**
 * Heap bytes one cached entry holds beyond its key's and value's characters, measured with
 * InMemoryLRUCache (lru-cache 11) on Node 20 for 20,000 entries with a 300 s TTL: 330-550 bytes
 * (the string headers, the LRU's map entry and its per-slot arrays), so the upper end.
 */
export const CACHE_ENTRY_OVERHEAD_BYTES = 550;

/** Any character outside Latin-1: V8 then keeps the whole string at two bytes a character. */
const TWO_BYTE_CHARACTER = /[^\u0000-\u00ff]/;

/**
 * What a cached response costs the heap, in bytes. InMemoryLRUCache's own count is the value's
 * length in characters, so an answer with one character outside Latin-1 (ESCO's labels have some)
 * took twice the memory it was charged for, and the key and per-entry overhead were free: a
 * "32 MB" cache of small fresh answers could hold far more (docs/performance.md, "Memory under the
 * mixed load").
 */
export function cachedEntryBytes(value: string, key: string): number {
  const bytes = (text: string) => text.length * (TWO_BYTE_CHARACTER.test(text) ? 2 : 1);
  return bytes(value) + bytes(key) + CACHE_ENTRY_OVERHEAD_BYTES;
}

export const RESPONSE_CACHE_OFF: ResponseCacheConfig = { maxAgeSeconds: 0, maxSizeMb: 0, changePollMs: 1_000, minRequests: 1 };

export function responseCachePlugins<TContext extends BaseContext>(
  config: ResponseCacheConfig,
  watcher: GraphChangeWatcher,
): ApolloServerPlugin<TContext>[] {
  // The version a request was keyed with, so an answer computed while the version was unknown is not stored.
  const versionAtStart = new WeakMap<object, string | null>();
  const keyedVersion = (contextValue: object) => versionAtStart.get(contextValue) ?? null;
  // Each request's cache key, computed when the cache is read and used again to store the answer.
  // The plugin asks for it twice with equal key data (no sessionId hook here, so both are the
  // public, session-less key), and its default (a SHA-256 of the key data's JSON, which holds the
  // whole query text) would compute it twice.
  const requestKeys = new WeakMap<object, string>();
  const admission = new CacheAdmission(config.minRequests);
  return [
    // The policy from the operation's hints, once per document (answerCachePolicy.ts), not per resolved field.
    ApolloServerPluginCacheControlDisabled(),
    answerCachePolicyPlugin<TContext>(config.maxAgeSeconds),
    responseCachePlugin<TContext>({
      cache: new InMemoryLRUCache<string>({ maxSize: config.maxSizeMb * 1024 * 1024, sizeCalculation: cachedEntryBytes }),
      generateCacheKey: (requestContext, keyData) => {
        let key = requestKeys.get(requestContext);
        if (key === undefined) {
          key = hash('sha256', JSON.stringify(keyData), 'hex');
          requestKeys.set(requestContext, key);
        }
        return key;
      },
      extraCacheKeyData: async ({ contextValue }) => {
        const version = watcher.version;
        versionAtStart.set(contextValue, version);
        return version;
      },
      shouldReadFromCache: async ({ contextValue }) => keyedVersion(contextValue) !== null,
      // Asked on a miss only. A request whose key was never computed (the version was unknown) is not stored.
      shouldWriteToCache: async (requestContext) => {
        const key = requestKeys.get(requestContext);
        return keyedVersion(requestContext.contextValue) !== null && key !== undefined && admission.admit(key);
      },
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
