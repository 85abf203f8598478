/**
 * The production guard as `npm start` runs it: NODE_ENV=production against a Neo4j off loopback with
 * the public local password exits 1 before it connects, saying what to set; a permitted start logs
 * once whether mutations are possible.
 */
import { inject } from 'vitest';
import { describe, expect, it } from 'vitest';
import { generateApiKey } from '../../src/auth/apiKeys.js';
import { startApiProcess } from '../support/apiProcess.js';

describe('production guard', () => {
  it('refuses to start against a Neo4j off loopback while the password is the local default', async () => {
    // 192.0.2.0/24 is TEST-NET-1 (RFC 5737): never a real host; the guard refuses before any connection.
    const failure = await startApiProcess({ NODE_ENV: 'production', NEO4J_URI: 'bolt://192.0.2.10:7687', NEO4J_PASSWORD: '' }, { until: 'listening', timeoutMs: 60_000 }).then(
      () => {
        throw new Error('the API started');
      },
      (error: Error) => error.message,
    );
    expect(failure).toContain('API exited early');
    expect(failure).toContain('Refusing to start in production (NODE_ENV=production): NEO4J_URI (bolt://192.0.2.10:7687) is not on loopback');
    expect(failure).toContain('Set NEO4J_PASSWORD');
    expect(failure).not.toContain('GraphQL API at');
  });

  it('starts in production against the loopback test Neo4j and logs once that mutations are possible, naming the editor key', async () => {
    const editor = generateApiKey('prod-curator', 'editor');
    const api = await startApiProcess({ NODE_ENV: 'production', NEO4J_URI: inject('neo4jUri'), API_KEYS: editor.entry }, { until: 'listening' });
    try {
      const lines = api.output().split('\n').filter((line) => line.includes('Mutations are'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain('Mutations are possible: 1 editor API key(s) in API_KEYS (prod-curator).');
    } finally {
      api.child.kill('SIGTERM');
      await api.exited;
    }
  });

  it('logs once that mutations are not possible when no editor key is configured', async () => {
    const api = await startApiProcess({ NODE_ENV: 'production', NEO4J_URI: inject('neo4jUri'), API_KEYS: '' }, { until: 'listening' });
    try {
      const lines = api.output().split('\n').filter((line) => line.includes('Mutations are'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain('Mutations are not possible: API_KEYS holds no editor key');
    } finally {
      api.child.kill('SIGTERM');
      await api.exited;
    }
  });
});
