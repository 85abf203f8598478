/**
 * What the explorer bundle is built from, as one hash: every file under web/ except the output, plus
 * the package versions package.json pins. The build writes it to web/dist/.build-hash, so "is the
 * bundle stale?" is a hash comparison, robust to checkouts that reset file times.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** web/ */
export const WEB_DIR = dirname(dirname(fileURLToPath(import.meta.url)));
/** The repository root (web/..). */
export const PROJECT_DIR = dirname(WEB_DIR);
/** Vite's output, served by src/explorer/mountExplorer.ts. */
export const WEB_DIST_DIR = join(WEB_DIR, 'dist');
/** Written by the build (web/vite.config.ts) once the bundle is complete. */
export const BUILD_STAMP_FILE = join(WEB_DIST_DIR, '.build-hash');

const SKIPPED_DIRS = new Set(['dist', 'node_modules']);

function listSourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) files.push(...listSourceFiles(path));
    } else if (entry.isFile()) {
      files.push(path);
    }
  }
  return files;
}

export function webSourceHash(): string {
  const hash = createHash('sha256');
  for (const file of listSourceFiles(WEB_DIR).sort()) {
    hash.update(relative(WEB_DIR, file).split(sep).join('/')).update('\0').update(readFileSync(file)).update('\0');
  }
  // The bundled libraries (cytoscape, graphiql, react) change the output too.
  const manifest = JSON.parse(readFileSync(join(PROJECT_DIR, 'package.json'), 'utf8')) as Record<string, unknown>;
  hash.update(JSON.stringify([manifest.dependencies ?? {}, manifest.devDependencies ?? {}]));
  return hash.digest('hex');
}

/** The hash the current web/dist was built from, or null when there is no complete build. */
export function builtWebSourceHash(): string | null {
  return existsSync(BUILD_STAMP_FILE) ? readFileSync(BUILD_STAMP_FILE, 'utf8').trim() : null;
}
