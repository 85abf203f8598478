import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../src/config.js';

const run = promisify(execFile);

/** Makes `docker compose` available (see scripts/install-compose-plugin.sh). */
export async function ensureComposePlugin(): Promise<void> {
  await run('bash', [join(PROJECT_ROOT, 'scripts/install-compose-plugin.sh')], { timeout: 900_000, maxBuffer: 16 * 1024 * 1024 });
}
