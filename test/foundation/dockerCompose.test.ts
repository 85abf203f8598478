/** docker-compose.yml cannot run here (no engine), but the compose client must accept it. */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../src/config.js';
import { SERVER_JAR_SETS, unrestrictedProcedures } from '../../src/localNeo4j/plugins.js';
import { API_NODE_FLAGS, PRODUCTION_ENTRY } from '../../src/nodeFlags.js';
import { ensureComposePlugin } from '../support/composePlugin.js';

const run = promisify(execFile);

describe('docker-compose.yml', () => {
  it('is accepted by `docker compose config -q`', async () => {
    await ensureComposePlugin();
    const { stdout, stderr } = await run('docker', ['compose', 'config', '-q'], { cwd: PROJECT_ROOT });
    expect(stdout).toBe('');
    expect(stderr).toBe('');
  }, 900_000);

  it('runs the official Neo4j 5.26 Community image with a healthcheck and a named volume, and the API after it is healthy', async () => {
    const compose = parse(await readFile(join(PROJECT_ROOT, 'docker-compose.yml'), 'utf8'));
    expect(compose.services.neo4j.image).toBe('neo4j:5.26-community');
    expect(compose.services.neo4j.healthcheck.test).toBeDefined();
    expect(compose.services.neo4j.volumes).toContain('neo4j-data:/data');
    expect(Object.keys(compose.volumes)).toContain('neo4j-data');
    expect(compose.services.api.build).toBe('.');
    expect(compose.services.api.depends_on.neo4j.condition).toBe('service_healthy');
    expect(compose.services.api.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
  });

  it('loads the same plugins as the project-run Neo4j (src/localNeo4j/plugins.ts), with the same procedure rights', async () => {
    const compose = parse(await readFile(join(PROJECT_ROOT, 'docker-compose.yml'), 'utf8'));
    const environment = compose.services.neo4j.environment as Record<string, string>;
    const imagePlugins = SERVER_JAR_SETS.flatMap((set) => (set.dockerImagePlugin ? [set.dockerImagePlugin] : []));
    expect(imagePlugins).toEqual(['apoc', 'graph-data-science']);
    expect(JSON.parse(environment.NEO4J_PLUGINS)).toEqual(imagePlugins);
    expect(environment.NEO4J_dbms_security_procedures_unrestricted).toBe(unrestrictedProcedures().join(','));
  });

  it('starts the API with the same Node flags as `npm start`, the benchmark and the process tests (API_NODE_FLAGS)', async () => {
    const dockerfile = await readFile(join(PROJECT_ROOT, 'Dockerfile'), 'utf8');
    const cmd = /^CMD (\[.*\])$/m.exec(dockerfile);
    expect(cmd).not.toBeNull();
    // The image runs the production build, like `npm run start:production` and the benchmark.
    expect(JSON.parse(cmd![1])).toEqual(['node', ...API_NODE_FLAGS, PRODUCTION_ENTRY]);
    expect(dockerfile).toMatch(/^RUN npm run build$/m);
    const packageJson = JSON.parse(await readFile(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(packageJson.scripts['start:production']).toBe(['node', ...API_NODE_FLAGS, PRODUCTION_ENTRY].join(' '));
    expect(packageJson.scripts.start).toBe(['node', ...API_NODE_FLAGS, '--import', 'tsx', 'src/main.ts'].join(' '));
  });
});
