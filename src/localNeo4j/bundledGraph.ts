/**
 * The bundled graph (data/graph): gzipped CSV files in neo4j-admin's import format and their manifest
 * (manifest.json), with the SHA-256 of every file's uncompressed content, which the first load checks
 * before it trusts a file. Written by src/import/bundle/buildBundle.ts (`npm run bundle:datasets`);
 * read here because the local instance's first start loads it (firstLoad.ts).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';

/** Between array elements and labels: a control character no text of the datasets contains (the writer checks). */
export const ARRAY_DELIMITER = '\u001f';
/** The same, as neo4j-admin's --array-delimiter option spells it. */
export const ARRAY_DELIMITER_OPTION = 'U+001F';

/** One written file's entry in the manifest. */
export interface GraphCsvFile {
  /** Relative to the bundle directory, e.g. `nodes/Role.csv.gz`. */
  path: string;
  kind: 'nodes' | 'relationships';
  /** Nodes: the ID space (= first label); relationships: the type. */
  name: string;
  rows: number;
  /** SHA-256 of the uncompressed CSV text: gzip output may differ between zlib versions, the content may not. */
  sha256: string;
  bytes: number;
}

/** Node properties that hold an empty list, which neo4j-admin cannot write: set after the load. */
export interface EmptyListFix {
  label: string;
  property: string;
  ids: string[];
}

/** Bumped when the file layout changes, so an old loader refuses a new bundle rather than misreading it. */
export const BUNDLE_FORMAT = 1;
export const MANIFEST_FILE = 'manifest.json';
export const EMPTY_LISTS_FILE = 'empty-lists.json.gz';

/** The ImportRun id of a source loaded from the bundle (an import's own runs are timestamped). */
export const bundleRunId = (source: string) => `${source}:run:bundled`;

export interface BundleSource {
  source: string;
  release: string;
  asOf: string;
  inputs: Array<{ path: string; sha256: string; bytes: number }>;
  /** Build-time only (ImportStats); the manifest keeps `rowsRead`. */
  stats?: unknown;
  rowsRead?: number;
}

export interface BundleManifest {
  format: number;
  builtBy: string;
  sources: BundleSource[];
  nodes: number;
  relationships: number;
  skippedEdges: Record<string, number>;
  emptyLists: { path: string; sha256: string };
  files: GraphCsvFile[];
}

const fileSchema = z.object({
  path: z.string().regex(/^(nodes|relationships)\/[A-Za-z_.-]+\.csv\.gz$/),
  kind: z.enum(['nodes', 'relationships']),
  name: z.string().regex(/^[A-Za-z_]+$/),
  rows: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().min(0),
});

const manifestSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  builtBy: z.string(),
  sources: z.array(
    z.object({
      source: z.string(),
      release: z.string(),
      asOf: z.string(),
      inputs: z.array(z.object({ path: z.string(), sha256: z.string(), bytes: z.number() })),
      rowsRead: z.number().optional(),
    }),
  ),
  nodes: z.number().int(),
  relationships: z.number().int(),
  skippedEdges: z.record(z.string(), z.number()),
  emptyLists: z.object({ path: z.literal(EMPTY_LISTS_FILE), sha256: z.string() }),
  files: z.array(fileSchema).min(1),
});

/** A bundle that is missing, malformed or does not match its checksums: never loaded. */
export class BundleError extends Error {
  override name = 'BundleError';
}

export async function readBundleManifest(dir: string): Promise<BundleManifest> {
  const path = join(dir, MANIFEST_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new BundleError(`The bundled graph is missing: ${path} does not exist (run \`npm run bundle:datasets -- ../shared/datasets\`, or set NEO4J_FIRST_LOAD=empty).`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new BundleError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const result = manifestSchema.safeParse(parsed);
  if (!result.success) throw new BundleError(`${path} is not a bundle manifest of format ${BUNDLE_FORMAT}: ${result.error.issues[0]?.message ?? 'invalid'}`);
  return result.data as BundleManifest;
}

/**
 * Decompresses every file and compares its SHA-256 with the manifest's, so a truncated or edited file
 * (a bad checkout, a disk error) is refused before anything is loaded. Returns the absolute paths.
 */
export async function verifyBundle(dir: string, manifest: BundleManifest): Promise<{ files: Array<GraphCsvFile & { absolutePath: string }>; emptyLists: EmptyListFix[] }> {
  const files = await Promise.all(
    manifest.files.map(async (file) => {
      const absolutePath = resolve(dir, file.path);
      checkSha(await gunzipFile(absolutePath), file.sha256, absolutePath);
      return { ...file, absolutePath };
    }),
  );
  const emptyListsPath = resolve(dir, manifest.emptyLists.path);
  const emptyListsText = await gunzipFile(emptyListsPath);
  checkSha(emptyListsText, manifest.emptyLists.sha256, emptyListsPath);
  return { files, emptyLists: JSON.parse(emptyListsText.toString('utf8')) as EmptyListFix[] };
}

async function gunzipFile(path: string): Promise<Buffer> {
  let compressed: Buffer;
  try {
    compressed = await readFile(path);
  } catch {
    throw new BundleError(`The bundled graph is incomplete: ${path} is missing.`);
  }
  try {
    return gunzipSync(compressed);
  } catch (error) {
    throw new BundleError(`${path} is not a valid gzip file (${(error as Error).message}); restore it with \`git checkout -- data/graph\`.`);
  }
}

function checkSha(content: Buffer, expected: string, path: string): void {
  const actual = createHash('sha256').update(content).digest('hex');
  if (actual !== expected) {
    throw new BundleError(`${path} does not match manifest.json (SHA-256 ${actual.slice(0, 12)}…, expected ${expected.slice(0, 12)}…); restore it with \`git checkout -- data/graph\`.`);
  }
}

/** The bundle's place in the repository, relative to the project root. */
export const DEFAULT_BUNDLE_DIR = 'data/graph';
