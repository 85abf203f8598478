/**
 * Where a process finds the graph: NEO4J_URI when it is set (nothing local is touched), otherwise the
 * project's local Neo4j, started unless it already runs. Whoever launched the local server stops it
 * when done (unless NEO4J_KEEP_RUNNING), so a server a developer started with `db:start` is left alone.
 */
import type { Config } from '../config.js';
import { announceLocalNeo4jStop, startLocalNeo4j, stopLocalNeo4j, type StartOptions } from './LocalNeo4j.js';

export interface GraphLocation {
  uri: string;
  /** The local Neo4j serves it (NEO4J_URI was not set). */
  local: boolean;
  /** This call started the local Neo4j. */
  launched: boolean;
  /** Stops the local Neo4j if this call launched it and NEO4J_KEEP_RUNNING is off; says so through `log`. */
  release(): Promise<void>;
  /**
   * Says at once that release() will stop the local Neo4j (when it will), so a start elsewhere in the
   * meantime (a quick `npm start` after Ctrl-C) waits for the exit and starts it again instead of reusing it.
   */
  announceRelease(): Promise<void>;
}

export async function locateGraph(
  config: Pick<Config, 'neo4j' | 'local' | 'keepLocalNeo4jRunning'>,
  log: (message: string) => void,
  options: Pick<StartOptions, 'onFirstLoad' | 'signal'> = {},
): Promise<GraphLocation> {
  if (config.neo4j.uri) return { uri: config.neo4j.uri, local: false, launched: false, release: async () => {}, announceRelease: async () => {} };
  const started = await startLocalNeo4j(config.local, { log, transactionTimeoutMs: config.neo4j.transactionTimeoutMs, ...options });
  const launched = !started.alreadyRunning;
  const willStop = launched && !config.keepLocalNeo4jRunning;
  return {
    uri: started.uri,
    local: true,
    launched,
    release: async () => {
      if (!willStop) return;
      log('Stopping the local Neo4j this process started (set NEO4J_KEEP_RUNNING=true to keep it).');
      await stopLocalNeo4j(config.local);
    },
    announceRelease: async () => {
      if (willStop) await announceLocalNeo4jStop(config.local, started.pid);
    },
  };
}
