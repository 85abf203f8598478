/**
 * Fetches a jar set (plugins.ts) from Maven Central into a folder of its own, with `mvn
 * dependency:copy-dependencies` (Maven keeps its cache in ~/.m2, so a second clone fetches nothing).
 * A folder is complete when its `.complete` stamp names exactly the artifacts asked for: an install
 * made before a plugin was added or bumped is fetched again on the next start, never half-used.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import { LocalNeo4jError, PREREQUISITES_HINT } from './LocalNeo4jError.js';
import type { MavenArtifact } from './plugins.js';

const STAMP_FILE = '.complete';
/** `groupId:artifactId:version` of every jar kept in a set's folder, one a line. */
const ARTIFACTS_FILE = 'artifacts.txt';

export function assertMaven(): void {
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0) throw new LocalNeo4jError(`Maven (mvn) was not found on PATH. ${PREREQUISITES_HINT}.`);
}

/** Runs Maven quietly; a failure becomes a LocalNeo4jError with Maven's last lines. */
export function runMaven(args: readonly string[], what: string): void {
  const result = spawnSync('mvn', ['-B', '-q', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-15).join('\n');
    throw new LocalNeo4jError(`Maven could not fetch ${what} (exit ${result.status}):\n${output}`);
  }
}

function artifactKey(artifact: Pick<MavenArtifact, 'groupId' | 'artifactId'>): string {
  return `${artifact.groupId}:${artifact.artifactId}`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A throwaway POM whose dependencies are the artifacts: only copy-dependencies is ever run on it. */
export function renderPom(artifacts: readonly MavenArtifact[]): string {
  const dependencies = artifacts.map(
    (a) =>
      `    <dependency><groupId>${escapeXml(a.groupId)}</groupId><artifactId>${escapeXml(a.artifactId)}</artifactId>` +
      `<version>${escapeXml(a.version)}</version></dependency>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<project xmlns="http://maven.apache.org/POM/4.0.0">',
    '  <modelVersion>4.0.0</modelVersion>',
    '  <groupId>career-graph</groupId>',
    '  <artifactId>jar-set</artifactId>',
    '  <version>1</version>',
    '  <packaging>pom</packaging>',
    '  <dependencies>',
    ...dependencies,
    '  </dependencies>',
    '</project>',
    '',
  ].join('\n');
}

/**
 * `groupId:artifactId` of every jar the server itself runs with, resolved once per server version
 * (cached beside its lib), so a plugin never brings a second copy of a library the server has:
 * two copies on one classpath break the procedure registry (IllegalAccessError). Compared by group
 * and artifact, not by file name: GDS has modules named like server jars (annotations, neo4j-values).
 */
export async function serverArtifactKeys(jarsDir: string, neo4jVersion: string): Promise<Set<string>> {
  const cache = join(jarsDir, 'server-artifacts.txt');
  if (!existsSync(cache)) {
    const partial = `${cache}.partial`;
    // From the sources, also when the API runs from the production build (dist/ holds no pom.xml).
    const pom = join(PROJECT_ROOT, 'src/localNeo4j/pom.xml');
    runMaven(
      ['-f', pom, `-Dneo4j.version=${neo4jVersion}`, 'dependency:list', `-DoutputFile=${partial}`, '-DappendOutput=false', '-DoutputScope=false'],
      `the list of the Neo4j ${neo4jVersion} server's jars`,
    );
    await rename(partial, cache);
  }
  const keys = new Set<string>();
  for (const line of (await readFile(cache, 'utf8')).split('\n')) {
    // "   org.apache.commons:commons-text:jar:1.14.0" (a classifier may follow the packaging)
    const match = /^\s*([\w.-]+):([\w.-]+):jar:/.exec(line);
    if (match) keys.add(`${match[1]}:${match[2]}`);
  }
  if (keys.size === 0) throw new LocalNeo4jError(`${cache} lists no jars; delete it to resolve the list again.`);
  return keys;
}

export interface JarSetRequest {
  /** The set's own folder: it holds its jars and nothing else. */
  dir: string;
  artifacts: readonly MavenArtifact[];
  /** `groupId:artifactId` already on the classpath this set joins: those jars are left out. */
  exclude?: ReadonlySet<string>;
  /** Anything else the folder's contents depend on (e.g. the server version the exclusions came from). */
  stampExtra?: string;
  /** What the log and errors call it. */
  label: string;
  log: (message: string) => void;
}

export interface JarSet {
  dir: string;
  /** `groupId:artifactId` of every jar in the folder. */
  keys: Set<string>;
}

function stampOf(request: JarSetRequest): string {
  return `${JSON.stringify({ artifacts: request.artifacts, exclude: [...(request.exclude ?? [])].sort(), extra: request.stampExtra ?? '' })}\n`;
}

async function readJarSet(dir: string): Promise<JarSet> {
  const lines = (await readFile(join(dir, ARTIFACTS_FILE), 'utf8')).split('\n').filter(Boolean);
  return { dir, keys: new Set(lines.map((line) => line.split(':').slice(0, 2).join(':'))) };
}

export async function ensureJarSet(request: JarSetRequest): Promise<JarSet> {
  const stamp = stampOf(request);
  const stampPath = join(request.dir, STAMP_FILE);
  if (existsSync(stampPath) && (await readFile(stampPath, 'utf8')) === stamp) return readJarSet(request.dir);

  assertMaven();
  const coordinates = request.artifacts.map((a) => `${artifactKey(a)}:${a.version}`).join(', ');
  request.log(`Fetching ${request.label} (${coordinates}) from Maven Central…`);
  const partial = `${request.dir}.partial`;
  const repository = join(partial, 'repository');
  await rm(partial, { recursive: true, force: true });
  await mkdir(repository, { recursive: true });
  await writeFile(join(partial, 'pom.xml'), renderPom(request.artifacts));
  runMaven(
    ['-f', join(partial, 'pom.xml'), 'dependency:copy-dependencies', `-DoutputDirectory=${repository}`, '-Dmdep.useRepositoryLayout=true'],
    request.label,
  );

  // The repository layout (group/path/artifact/version/file.jar) says each jar's coordinates exactly.
  const kept: string[] = [];
  for (const file of await readdir(repository, { recursive: true })) {
    if (!file.endsWith('.jar')) continue;
    const parts = file.split(sep);
    if (parts.length < 4) continue;
    const version = parts[parts.length - 2];
    const artifactId = parts[parts.length - 3];
    const groupId = parts.slice(0, -3).join('.');
    if (request.exclude?.has(`${groupId}:${artifactId}`)) continue;
    await rename(join(repository, file), join(partial, `${groupId}.${basename(file)}`));
    kept.push(`${groupId}:${artifactId}:${version}`);
  }
  for (const artifact of request.artifacts) {
    if (!kept.some((line) => line.startsWith(`${artifactKey(artifact)}:`))) {
      throw new LocalNeo4jError(`Maven resolved ${request.label} without ${artifactKey(artifact)} (excluded as a duplicate of a server jar?).`);
    }
  }
  await rm(repository, { recursive: true, force: true });
  await rm(join(partial, 'pom.xml'));
  await writeFile(join(partial, ARTIFACTS_FILE), `${kept.sort().join('\n')}\n`);
  // Rename into place only when complete, so an interrupted download is retried, never half-used.
  await writeFile(join(partial, STAMP_FILE), stamp);
  await rm(request.dir, { recursive: true, force: true });
  await mkdir(dirname(request.dir), { recursive: true });
  await rename(partial, request.dir);
  request.log(`${request.label}: ${kept.length} jars in ${relative(process.cwd(), request.dir) || request.dir}.`);
  return readJarSet(request.dir);
}
