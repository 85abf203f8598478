/**
 * Builds the explorer and GraphiQL bundle (web/dist) when it is missing or older than its sources.
 * Used by `npm start` (prestart) and by the browser tests' setup, so neither serves a stale UI.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtWebSourceHash, PROJECT_DIR, webSourceHash } from './webSourceHash.js';

export interface EnsureWebBuildOptions {
  /** Progress lines. Default: console.error. */
  log?: (message: string) => void;
  /** Build even when web/dist is up to date. Default: false. */
  force?: boolean;
}

export interface WebBuildResult {
  built: boolean;
  hash: string;
}

export function isWebBuildStale(): boolean {
  return builtWebSourceHash() !== webSourceHash();
}

export async function ensureWebBuild(options: EnsureWebBuildOptions = {}): Promise<WebBuildResult> {
  const log = options.log ?? ((message: string) => console.error(message));
  const hash = webSourceHash();
  if (!options.force && builtWebSourceHash() === hash) return { built: false, hash };

  log('[web] building the explorer and GraphiQL bundle (web/dist)…');
  const startedAt = performance.now();
  await runViteBuild();
  const built = builtWebSourceHash();
  if (built !== hash) {
    throw new Error(`web build finished but web/dist/.build-hash is ${built ?? 'missing'}, expected ${hash} (did web/ change during the build?)`);
  }
  log(`[web] built in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
  return { built: true, hash };
}

/** Vite is a devDependency: an install without them (npm ci --omit=dev) cannot build the UI. */
export class WebBuildUnavailableError extends Error {
  constructor(viteBin: string) {
    super(`cannot build the web UI: ${viteBin} is missing (devDependencies not installed)`);
    this.name = 'WebBuildUnavailableError';
  }
}

/** `vite build` in a child process: the bundler's memory and worker threads stay out of ours. */
function runViteBuild(): Promise<void> {
  const viteBin = join(PROJECT_DIR, 'node_modules', 'vite', 'bin', 'vite.js');
  if (!existsSync(viteBin)) return Promise.reject(new WebBuildUnavailableError(viteBin));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [viteBin, 'build', '--config', join('web', 'vite.config.ts'), '--logLevel', 'warn'], {
      cwd: PROJECT_DIR,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`vite build failed (${signal ?? `exit code ${code}`})`));
    });
  });
}
