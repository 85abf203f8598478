/**
 * `npm run bundle:datasets -- <datasets dir>`: derives the bundled graph (data/graph/) from the
 * official O*NET 29.3 and ESCO 1.1.1 release files and the occupation crosswalks, through the same
 * parsers and graph builders as `npm run import`, so a fresh clone has every occupation without the
 * files. Only what the importers keep goes in (the columns they read, as graph properties), gzipped,
 * with each file's SHA-256 and the input files' SHA-256 in manifest.json, and the licences'
 * attribution in ATTRIBUTION.md. The output is deterministic: re-running it on the same release files
 * gives the same manifest (test/import/bundle.test.ts checks that against ../shared/datasets).
 */
import { createHash } from 'node:crypto';
import { copyFile, readFile, rm, writeFile, mkdir, rename, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DATASET_ATTRIBUTIONS } from '../../graph/attribution.js';
import { DERIVED_METHOD } from '../../graph/evidence.js';
import { CROSSWALK_MATCHES_SOURCE, ESCO_SOURCE, ONET_SOURCE } from '../../graph/sources.js';
import { ESCO_AS_OF, ESCO_CLASSIFICATION_FILES, ESCO_RELATION_FILES, readEscoGraph, writeEscoGraph } from '../esco/index.js';
import { NESTA_CROSSWALK_AS_OF, NESTA_FILE, ONET_2010_2019_FILE, readOccupationCrosswalk } from '../occupationCrosswalk/parseOccupationCrosswalk.js';
import { ONET_AS_OF, ONET_FILES, readOnetGraph, writeOnetGraph } from '../onet/index.js';
import { ImportStats } from '../progress.js';
import { GraphCsv } from './graphCsv.js';
import { BUNDLE_FORMAT, EMPTY_LISTS_FILE, MANIFEST_FILE, bundleRunId, type BundleManifest, type BundleSource } from '../../localNeo4j/bundledGraph.js';

/** Where each release sits under the datasets directory (../shared/datasets/README.md). */
export const DATASET_DIRS = { onet: join('onet', '29.3'), esco: join('esco', 'v1.1.1'), crosswalks: 'crosswalks' } as const;

/** The three release directories a bundle is built from (the tests build one from their fixtures). */
export interface BundleInputs {
  onet: string;
  esco: string;
  crosswalks: string;
}

/** The inputs under a datasets directory laid out as ../shared/datasets is. */
export function datasetInputs(datasetsDir: string): BundleInputs {
  return { onet: join(datasetsDir, DATASET_DIRS.onet), esco: join(datasetsDir, DATASET_DIRS.esco), crosswalks: join(datasetsDir, DATASET_DIRS.crosswalks) };
}

const NESTA_LICENSE_FILE = 'LICENSE.nesta-esco-onet';

const ESCO_INPUTS = [
  ...Object.values(ESCO_CLASSIFICATION_FILES).map((file) => join('classification', 'en', file)),
  ...Object.values(ESCO_RELATION_FILES).map((file) => join('relations', file)),
];

export interface BuildBundleResult {
  manifest: BundleManifest;
  seconds: number;
}

async function sha256Of(path: string): Promise<string> {
  return createHash('sha256').update(await readFile(path)).digest('hex');
}

/** Each input file's checksum, named by the path the datasets README uses (e.g. onet/29.3/Skills.txt). */
async function inputFiles(dir: string, name: string, files: readonly string[]) {
  return Promise.all(
    files.map(async (file) => {
      const path = join(dir, file);
      return { path: join(name, file), sha256: await sha256Of(path), bytes: (await stat(path)).size };
    }),
  );
}

/** Node properties cannot be maps: the per-reason tallies are "reason: count" lines, as importRun.ts stores them. */
const lines = (record: Record<string, number>) => Object.entries(record).map(([key, count]) => `${key}: ${count}`);

/** Reads every release, collects the graph, and writes the bundle into `outDir` (replaced whole). */
export async function buildBundle(inputs: BundleInputs, outDir: string): Promise<BuildBundleResult> {
  const started = performance.now();
  const csv = new GraphCsv();
  const sources: BundleSource[] = [];
  const stamp = (source: string, asOf: string) => ({ source, asOf, method: DERIVED_METHOD });

  const onetStats = new ImportStats();
  await writeOnetGraph(await readOnetGraph(inputs.onet, onetStats), csv.writerFor(stamp(ONET_SOURCE, ONET_AS_OF), onetStats));
  sources.push({ source: ONET_SOURCE, release: 'O*NET 29.3 Database (May 2025)', asOf: ONET_AS_OF, inputs: await inputFiles(inputs.onet, DATASET_DIRS.onet, Object.values(ONET_FILES)), stats: onetStats });

  const escoStats = new ImportStats();
  await writeEscoGraph(await readEscoGraph(inputs.esco, escoStats), csv.writerFor(stamp(ESCO_SOURCE, ESCO_AS_OF), escoStats));
  sources.push({ source: ESCO_SOURCE, release: 'ESCO v1.1.1', asOf: ESCO_AS_OF, inputs: await inputFiles(inputs.esco, DATASET_DIRS.esco, await presentEscoInputs(inputs.esco)), stats: escoStats });

  // The crosswalk rows are stored as :OccupationMatch nodes, as `import crosswalks` stores them;
  // SAME_OCCUPATION edges are linked from them after the load (LINK_SAME_OCCUPATION), as after an import.
  const crosswalkStats = new ImportStats();
  const crosswalk = await readOccupationCrosswalk(inputs.crosswalks, crosswalkStats);
  for (const match of crosswalk.matches) {
    const { id, asOf, ...properties } = match;
    csv.addNode('OccupationMatch', id, { ...properties, asOf: { date: asOf } });
  }
  crosswalkStats.note('OccupationMatch rows', crosswalk.matches.length);
  sources.push({
    source: CROSSWALK_MATCHES_SOURCE,
    release: "Nesta's ESCO→O*NET crosswalk (Nov 2020) with O*NET-SOC 2010→2019",
    asOf: NESTA_CROSSWALK_AS_OF,
    inputs: await inputFiles(inputs.crosswalks, DATASET_DIRS.crosswalks, [NESTA_FILE, ONET_2010_2019_FILE]),
    stats: crosswalkStats,
  });

  // One ImportRun per source, as an import records it (its times are set when the bundle is loaded).
  for (const { source, asOf, stats } of sources) {
    const summary = (stats as ImportStats).summary();
    csv.addNode('ImportRun', bundleRunId(source), {
      source,
      sourceId: `bundled graph (${DATASET_DIRS[source === ONET_SOURCE ? 'onet' : source === ESCO_SOURCE ? 'esco' : 'crosswalks']})`,
      status: 'SUCCEEDED',
      asOf: { date: asOf },
      rowsRead: { long: summary.rowsRead },
      skippedTotal: { long: summary.skippedTotal },
      skipped: lines(summary.skipped),
      notes: lines(summary.notes),
      rowsByFile: lines(summary.rowsByFile),
    });
  }

  const partial = `${outDir}.partial`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  const files = await csv.write(partial);
  const emptyLists = csv.emptyLists();
  const emptyListsText = `${JSON.stringify(emptyLists)}\n`;
  await writeFile(join(partial, EMPTY_LISTS_FILE), gzipSync(emptyListsText, { level: 9 }));
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    builtBy: 'npm run bundle:datasets -- <datasets dir> (src/import/bundle/buildBundle.ts)',
    sources: sources.map(({ stats, ...source }) => ({ ...source, rowsRead: (stats as ImportStats).summary().rowsRead })),
    nodes: csv.nodeCount,
    relationships: csv.relationshipCount,
    skippedEdges: Object.fromEntries([...csv.skippedEdges.entries()].sort()),
    emptyLists: { path: EMPTY_LISTS_FILE, sha256: createHash('sha256').update(emptyListsText).digest('hex') },
    files,
  };
  await writeFile(join(partial, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  await writeFile(join(partial, 'ATTRIBUTION.md'), ATTRIBUTION);
  // MIT: the copyright and permission notice travel with any substantial portion of Nesta's file.
  const nestaLicense = join(inputs.crosswalks, 'nesta-esco-onet', 'LICENSE');
  if (existsSync(nestaLicense)) await copyFile(nestaLicense, join(partial, NESTA_LICENSE_FILE));
  // Replaced whole only when complete, so an interrupted build never leaves a mixed bundle.
  await rm(outDir, { recursive: true, force: true });
  await rename(partial, outDir);
  return { manifest, seconds: (performance.now() - started) / 1000 };
}

/** ESCO's classification files sit in classification/en/ in the release, or flat (as the parser accepts). */
async function presentEscoInputs(dir: string): Promise<string[]> {
  return ESCO_INPUTS.map((file) => (existsSync(join(dir, file)) ? file : basename(file)));
}

const ATTRIBUTION = attributionText();

function attributionText(): string {
  const credits = DATASET_ATTRIBUTIONS.map(
    (dataset) => `## ${dataset.name}\n\n> ${dataset.attribution}\n\n${dataset.modifiedNotice}\n\nLicence: ${dataset.licenseUrl}\n`,
  ).join('\n');
  return `# Attribution of the bundled graph

The files in this folder are derived by \`npm run bundle:datasets\` (src/import/bundle/buildBundle.ts) from
third-party public datasets; nobody on this team wrote that data. They hold only what the importers keep,
as graph nodes and relationships (neo4j-admin CSV, gzipped); manifest.json lists every input file with its
SHA-256 (paths as in the datasets folder, whose README says where each file came from).

${credits}
## Nesta's ESCO→O*NET crosswalk (2020) and O*NET-SOC 2010→2019 crosswalk

The occupation crosswalk rows (\`OccupationMatch\`) come from Nesta's ESCO→O*NET crosswalk of 23 November 2020
(Kanders K., Djumalieva J., Sleeman C. and Orlik J. (2020). *Mapping Career Causeways: Supporting Workers at
Risk.* London: Nesta), under the MIT licence copied here as \`${NESTA_LICENSE_FILE}\`, resolved to O*NET 29.3
codes with O*NET's own O*NET-SOC 2010→2019 crosswalk (O*NET data, CC BY 4.0, credited above).
`;
}
