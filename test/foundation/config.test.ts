import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_LOCAL_PASSWORD, loadConfig } from '../../src/config.js';
import { renderNeo4jConf } from '../../src/localNeo4j/neo4jConf.js';

describe('loadConfig', () => {
  it('has documented defaults for local development', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      host: '127.0.0.1',
      port: 4000,
      neo4j: { uri: undefined, user: 'neo4j', password: DEFAULT_LOCAL_PASSWORD, database: 'neo4j' },
      local: { boltPort: 7687, name: 'default' },
      keepLocalNeo4jRunning: false,
    });
  });

  it.each(['bolt://db:7687', 'neo4j://cluster:7687', 'bolt+s://db:7687', 'neo4j+s://abc.databases.neo4j.io', 'neo4j+ssc://db'])(
    'accepts the %s scheme',
    (uri) => {
      expect(loadConfig({ NEO4J_URI: uri }).neo4j.uri).toBe(uri);
    },
  );

  it('names the variable when a value is invalid', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrow(/NEO4J_URI/);
    expect(() => loadConfig({ NEO4J_HEAP_SIZE: 'lots' })).toThrow(/NEO4J_HEAP_SIZE/);
  });

  it('reads the query cost limit and the import batch sizes, with documented defaults', () => {
    const defaults = loadConfig({});
    expect(defaults.queryLimits.maxCost).toBe(1_000_000);
    expect(defaults.import).toEqual({ nodeBatchSize: 5_000, edgeBatchSize: 20_000 });
    const set = loadConfig({ QUERY_MAX_COST: '5000', IMPORT_NODE_BATCH_SIZE: '10', IMPORT_EDGE_BATCH_SIZE: '40' });
    expect(set.queryLimits.maxCost).toBe(5000);
    expect(set.import).toEqual({ nodeBatchSize: 10, edgeBatchSize: 40 });
    expect(() => loadConfig({ QUERY_MAX_COST: '0' })).toThrow(/QUERY_MAX_COST/);
    expect(() => loadConfig({ IMPORT_EDGE_BATCH_SIZE: 'lots' })).toThrow(/IMPORT_EDGE_BATCH_SIZE/);
  });

  it('stores a cached answer from its request\'s second miss by default, from the first with RESPONSE_CACHE_MIN_REQUESTS=1', () => {
    expect(loadConfig({}).responseCache).toMatchObject({ maxAgeSeconds: 300, maxSizeMb: 16, minRequests: 2 });
    expect(loadConfig({ RESPONSE_CACHE_MIN_REQUESTS: '1' }).responseCache.minRequests).toBe(1);
    expect(() => loadConfig({ RESPONSE_CACHE_MIN_REQUESTS: '0' })).toThrow(/RESPONSE_CACHE_MIN_REQUESTS/);
    expect(() => loadConfig({ RESPONSE_CACHE_MIN_REQUESTS: 'twice' })).toThrow(/RESPONSE_CACHE_MIN_REQUESTS/);
  });

  it('holds up to 500,000 moves in memory by default, as many as MOVE_GRAPH_MAX_MOVES says otherwise', () => {
    expect(loadConfig({}).moveGraphMaxMoves).toBe(500_000);
    expect(loadConfig({ MOVE_GRAPH_MAX_MOVES: '100000' }).moveGraphMaxMoves).toBe(100_000);
    expect(loadConfig({ MOVE_GRAPH_MAX_MOVES: '0' }).moveGraphMaxMoves).toBe(0);
    expect(() => loadConfig({ MOVE_GRAPH_MAX_MOVES: '-1' })).toThrow(/MOVE_GRAPH_MAX_MOVES/);
    expect(() => loadConfig({ MOVE_GRAPH_MAX_MOVES: 'many' })).toThrow(/MOVE_GRAPH_MAX_MOVES/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ NEO4J_URI: '', PORT: '' }).neo4j.uri).toBeUndefined();
  });
});

describe('renderNeo4jConf', () => {
  const conf = renderNeo4jConf({ boltPort: 7777, dataDir: '/d', logsDir: '/l', runDir: '/r', heapSize: '1g', pageCacheSize: '512m' });

  it('listens on loopback only, Bolt on the given port, HTTP off, auth on', () => {
    expect(conf).toContain('server.default_listen_address=127.0.0.1');
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:7777');
    expect(conf).toContain('server.http.enabled=false');
    expect(conf).toContain('server.https.enabled=false');
    expect(conf).toContain('dbms.security.auth_enabled=true');
  });

  it('turns the HTTP connector on for Browser only when asked, and on 127.0.0.1 only', () => {
    const withHttp = renderNeo4jConf({ boltPort: 7777, httpPort: 7778, dataDir: '/d', logsDir: '/l', runDir: '/r', heapSize: '1g', pageCacheSize: '512m' });
    expect(withHttp).toContain('server.http.enabled=true');
    expect(withHttp).toContain('server.http.listen_address=127.0.0.1:7778');
    expect(withHttp).not.toContain('server.http.enabled=false');
    expect(withHttp).toContain('server.https.enabled=false');
    expect(loadConfig({}).local.httpPort).toBeUndefined();
    expect(loadConfig({ NEO4J_HTTP_PORT: '7474' }).local.httpPort).toBe(7474);
    expect(() => loadConfig({ NEO4J_HTTP_PORT: 'web' })).toThrow(/NEO4J_HTTP_PORT/);
  });

  it("names the plugins' procedure namespaces unrestricted and their directory", () => {
    const withPlugins = renderNeo4jConf({
      boltPort: 7777, dataDir: '/d', logsDir: '/l', runDir: '/r', pluginsDir: '/p', heapSize: '1g', pageCacheSize: '512m',
      unrestrictedProcedures: ['apoc.*', 'gds.*'],
    });
    expect(withPlugins).toContain('dbms.security.procedures.unrestricted=apoc.*,gds.*');
    expect(withPlugins).toContain('server.directories.plugins=/p');
    expect(conf).not.toContain('dbms.security.procedures.unrestricted');
  });

  it('sizes memory and places data and logs where asked', () => {
    expect(conf).toContain('server.memory.heap.max_size=1g');
    expect(conf).toContain('server.memory.pagecache.size=512m');
    expect(conf).toContain('server.directories.data=/d');
    expect(conf).toContain('server.directories.logs=/l');
  });
});
