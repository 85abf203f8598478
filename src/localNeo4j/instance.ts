/**
 * Where a named local instance keeps its files, and what an offline tool (neo4j-admin) needs to act on
 * it while it is stopped. Apart from LocalNeo4j.ts so the first load (firstLoad.ts) can use it too.
 */
import { join } from 'node:path';
import type { LocalNeo4jConfig } from '../config.js';

/** Newest 5.26 LTS patch on Maven Central when pinned; bump it here only. */
export const NEO4J_VERSION = '5.26.30';

export interface LocalNeo4jPaths {
  jarsDir: string;
  home: string;
  confDir: string;
  dataDir: string;
  logsDir: string;
  runDir: string;
  pidFile: string;
  /** Written by whoever stops the server (serverProcess.ts), so a start in the meantime waits instead of failing. */
  stoppingFile: string;
  /** Held by a backup or restore (backup.ts) while it works on the stopped store. */
  storeOperationFile: string;
}

export function localNeo4jPaths(config: LocalNeo4jConfig): LocalNeo4jPaths {
  const home = join(config.rootDir, 'instances', config.name);
  const runDir = join(home, 'run');
  return {
    jarsDir: join(config.rootDir, 'jars', NEO4J_VERSION),
    home,
    confDir: join(home, 'conf'),
    dataDir: join(home, 'data'),
    logsDir: join(home, 'logs'),
    runDir,
    pidFile: join(runDir, 'career-graph-neo4j.pid'),
    stoppingFile: join(runDir, 'stopping.json'),
    storeOperationFile: join(runDir, 'store-operation.json'),
  };
}

/** What an offline tool needs to act on a stopped instance: its paths and the Neo4j jars. */
export interface LocalNeo4jInstance {
  paths: LocalNeo4jPaths;
  libDir: string;
  /** The environment neo4j-admin runs with (NEO4J_HOME, NEO4J_CONF). */
  env: NodeJS.ProcessEnv;
}

export function adminEnv(paths: LocalNeo4jPaths): NodeJS.ProcessEnv {
  return { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.confDir };
}

/**
 * neo4j-admin's commands in the server jars, run in the JVM we start. (The `neo4j-admin` script's
 * entry point, org.neo4j.server.startup.Neo4jAdminCommand, starts a second JVM for each command: a
 * second or more on every first start, where the load is timed.)
 */
export const NEO4J_ADMIN_TOOL_CLASS = 'org.neo4j.cli.AdminTool';

