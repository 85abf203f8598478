/**
 * What `npm start` checks and says about its configuration before it serves (pure: config in, text out).
 *
 * In production the local default password (`careergraph-local`, public in this repository) is only
 * acceptable for the project-run Neo4j, which listens on loopback alone. Against any other host it means
 * a database anyone who has read the README can open, or a deployment that forgot NEO4J_PASSWORD: the
 * API refuses to start rather than find out later.
 */
import { DEFAULT_LOCAL_PASSWORD, type Config } from './config.js';

/** Whether a Neo4j URI's host is this machine (127.0.0.0/8, ::1 or localhost). */
export function isLoopbackUri(uri: string): boolean {
  let host: string;
  try {
    host = new URL(uri).hostname.toLowerCase();
  } catch {
    return false;
  }
  return host === 'localhost' || host.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(host) || host === '[::1]' || host === '[::ffff:127.0.0.1]';
}

/** Why the API must not start in this configuration, or undefined when it may. */
export function productionRefusal(config: Pick<Config, 'env' | 'neo4j'>): string | undefined {
  if (config.env !== 'production') return undefined;
  const { uri, password } = config.neo4j;
  // No NEO4J_URI: the project-run Neo4j, loopback only (src/localNeo4j/neo4jConf.ts).
  if (uri === undefined || isLoopbackUri(uri)) return undefined;
  if (password !== DEFAULT_LOCAL_PASSWORD || config.neo4j.defaultPasswordOnPrivateNetwork) return undefined;
  return (
    `Refusing to start in production (NODE_ENV=production): NEO4J_URI (${uri}) is not on loopback and NEO4J_PASSWORD ` +
    `is still the local default, which is public. Set NEO4J_PASSWORD (and NEO4J_USER, if not "neo4j") to the credentials ` +
    'of that database.'
  );
}

/** The one start-up line that says whether this API accepts mutations (an editor key is configured) or is read-only. */
export function mutationsAvailability(config: Pick<Config, 'auth'>): string {
  const editors = config.auth.apiKeys.filter((key) => key.role === 'editor').map((key) => key.name);
  return editors.length > 0
    ? `Mutations are possible: ${editors.length} editor API key(s) in API_KEYS (${editors.join(', ')}).`
    : 'Mutations are not possible: API_KEYS holds no editor key, so this API is read-only (`npm run api-key -- <name> editor` makes one).';
}
