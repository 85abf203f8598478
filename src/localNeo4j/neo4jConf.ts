/** Renders neo4j.conf for a project-managed, loopback-only Neo4j Community server. */
export interface Neo4jConfOptions {
  boltPort: number;
  dataDir: string;
  logsDir: string;
  runDir: string;
  heapSize: string;
  pageCacheSize: string;
  transactionTimeoutMs?: number;
}

export function renderNeo4jConf(options: Neo4jConfOptions): string {
  return [
    '# Written by Career Graph (src/localNeo4j); rewritten on every start, edits are lost.',
    '# Loopback only: this server is for one developer machine or one CI run.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${options.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${options.boltPort}`,
    'server.bolt.enabled=true',
    // HTTP/HTTPS are not used by the API, and the cluster ports are Enterprise-only.
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    // Sized for a 2-core / 24 GiB machine that also runs the API, the tests and a browser.
    `server.memory.heap.initial_size=${options.heapSize}`,
    `server.memory.heap.max_size=${options.heapSize}`,
    `server.memory.pagecache.size=${options.pageCacheSize}`,
    `server.directories.data=${options.dataDir}`,
    `server.directories.logs=${options.logsDir}`,
    `server.directories.run=${options.runDir}`,
    // A safety net below the API's own per-request timeout: nothing may hold the database forever.
    `db.transaction.timeout=${Math.max(60_000, (options.transactionTimeoutMs ?? 0) * 4)}ms`,
    'db.logs.query.enabled=OFF',
    'dbms.usage_report.enabled=false',
    '',
  ].join('\n');
}
