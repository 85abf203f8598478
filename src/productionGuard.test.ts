import { describe, expect, it } from 'vitest';
import { generateApiKey, parseApiKeys } from './auth/apiKeys.js';
import { DEFAULT_LOCAL_PASSWORD, loadConfig } from './config.js';
import { isLoopbackUri, mutationsAvailability, productionRefusal } from './productionGuard.js';

const config = (env: Record<string, string>) => loadConfig({ NODE_ENV: 'production', ...env });

describe('isLoopbackUri', () => {
  it.each(['bolt://127.0.0.1:7687', 'neo4j://localhost', 'bolt://127.8.9.10:1', 'bolt://[::1]:7687', 'bolt+s://LOCALHOST:7687'])('%s is loopback', (uri) => {
    expect(isLoopbackUri(uri)).toBe(true);
  });
  it.each(['neo4j+s://abcd1234.databases.neo4j.io', 'bolt://10.0.0.5:7687', 'bolt://0.0.0.0:7687', 'bolt://128.0.0.1', 'bolt://127.0.0.1.example.com'])('%s is not', (uri) => {
    expect(isLoopbackUri(uri)).toBe(false);
  });
});

describe('productionRefusal', () => {
  it('refuses a remote Neo4j with the default password in production, saying what to set', () => {
    const refusal = productionRefusal(config({ NEO4J_URI: 'neo4j+s://abcd1234.databases.neo4j.io' }));
    expect(refusal).toContain('NEO4J_URI (neo4j+s://abcd1234.databases.neo4j.io) is not on loopback');
    expect(refusal).toContain('Set NEO4J_PASSWORD');
    expect(refusal).not.toContain(DEFAULT_LOCAL_PASSWORD);
  });
  it('allows a remote Neo4j with its own password, the project-run Neo4j, a loopback URI, and any setting outside production', () => {
    expect(productionRefusal(config({ NEO4J_URI: 'bolt://10.0.0.5:7687', NEO4J_PASSWORD: 's3cret-and-long' }))).toBeUndefined();
    expect(productionRefusal(config({}))).toBeUndefined();
    expect(productionRefusal(config({ NEO4J_URI: 'bolt://127.0.0.1:7687' }))).toBeUndefined();
    expect(productionRefusal(config({ NODE_ENV: 'development', NEO4J_URI: 'bolt://10.0.0.5:7687' }))).toBeUndefined();
    // docker-compose.yml: the API reaches its Neo4j by service name on the compose network only.
    expect(productionRefusal(config({ NEO4J_URI: 'bolt://neo4j:7687', NEO4J_DEFAULT_PASSWORD_ON_PRIVATE_NETWORK: 'true' }))).toBeUndefined();
    expect(productionRefusal(config({ NEO4J_URI: 'bolt://neo4j:7687' }))).toContain('is not on loopback');
  });
});

describe('mutationsAvailability', () => {
  it('names the editor keys when there are some, and says the API is read-only when there are none', () => {
    const editor = generateApiKey('curator-ann', 'editor');
    const reader = generateApiKey('dashboard', 'reader');
    expect(mutationsAvailability({ auth: { apiKeys: parseApiKeys(`${editor.entry},${reader.entry}`), allowAnonymousReads: true } })).toBe(
      'Mutations are possible: 1 editor API key(s) in API_KEYS (curator-ann).',
    );
    expect(mutationsAvailability({ auth: { apiKeys: parseApiKeys(reader.entry), allowAnonymousReads: true } })).toMatch(/^Mutations are not possible: API_KEYS holds no editor key/);
  });
});
