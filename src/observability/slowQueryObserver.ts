/**
 * Logs Cypher statements that took at least `thresholdMs` as warnings: the start of the statement
 * text only, never its parameters (they carry user input and may be large).
 */
import type { QueryObserver } from '../neo4j/GraphDatabase.js';
import type { Logger } from './createLogger.js';

/** Default of NEO4J_SLOW_QUERY_MS. */
export const DEFAULT_SLOW_QUERY_MS = 500;

/** Enough to recognise the statement in its repository. */
export const SLOW_QUERY_STATEMENT_CHARS = 200;

export function slowQueryObserver(logger: Logger, thresholdMs: number): QueryObserver {
  return {
    onQuery: ({ cypher, durationMs, mode, failed }) => {
      if (durationMs < thresholdMs) return;
      const statement = cypher.replace(/\s+/g, ' ').trim().slice(0, SLOW_QUERY_STATEMENT_CHARS);
      logger.warn({ event: 'slow_query', statement, durationMs: Math.round(durationMs), mode, failed, thresholdMs }, 'slow Cypher statement');
    },
  };
}
