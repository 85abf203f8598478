/** Renders neo4j.conf for a project-managed, loopback-only Neo4j Community server. */
export interface Neo4jConfOptions {
  boltPort: number;
  /** The HTTP connector (Neo4j Browser at /browser/) on 127.0.0.1 at this port; off when undefined. */
  httpPort?: number;
  /** Procedure namespaces the plugins need unrestricted (plugins.ts). */
  unrestrictedProcedures?: readonly string[];
  dataDir: string;
  logsDir: string;
  runDir: string;
  /** Where Neo4j looks for procedure jars (they are on the classpath too). */
  pluginsDir?: string;
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
    // The API does not use HTTP; it is on only for Neo4j Browser (`npm run db:browser`), and on loopback
    // like Bolt. HTTPS is never on, and the cluster ports are Enterprise-only.
    ...(options.httpPort === undefined
      ? ['server.http.enabled=false']
      : [
          'server.http.enabled=true',
          `server.http.listen_address=127.0.0.1:${options.httpPort}`,
          `server.http.advertised_address=127.0.0.1:${options.httpPort}`,
        ]),
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    // Sized for a 2-core / 24 GiB machine that also runs the API, the tests and a browser.
    `server.memory.heap.initial_size=${options.heapSize}`,
    `server.memory.heap.max_size=${options.heapSize}`,
    `server.memory.pagecache.size=${options.pageCacheSize}`,
    `server.directories.data=${options.dataDir}`,
    `server.directories.logs=${options.logsDir}`,
    `server.directories.run=${options.runDir}`,
    ...(options.pluginsDir ? [`server.directories.plugins=${options.pluginsDir}`] : []),
    // A safety net below the API's own per-request timeout: nothing may hold the database forever.
    `db.transaction.timeout=${Math.max(60_000, (options.transactionTimeoutMs ?? 0) * 4)}ms`,
    'db.logs.query.enabled=OFF',
    ...(options.unrestrictedProcedures?.length ? [`dbms.security.procedures.unrestricted=${options.unrestrictedProcedures.join(',')}`] : []),
    'dbms.usage_report.enabled=false',
    '',
  ].join('\n');
}
