/**
 * `npm run import -- crosswalks <dir>`: reads Nesta's ESCO→O*NET crosswalk and O*NET's 2010→2019
 * code crosswalk, stores one :OccupationMatch row per resolved (ESCO occupation, O*NET 29.3 code)
 * pair, and links the occupations already imported. Reads and checks both files before writing; one
 * transaction replaces the rows, so a re-run converges on the same graph.
 */
import { CROSSWALK_MATCHES_SOURCE } from '../../graph/sources.js';
import type { GraphDatabase } from '../../neo4j/GraphDatabase.js';
import { beginImportRun, finishImportRun, type ImportOptions, type ImportResult, type RemovedCounts } from '../importRun.js';
import { ImportProgress, ImportStats } from '../progress.js';
import { NESTA_CROSSWALK_AS_OF, readOccupationCrosswalk, type OccupationMatch } from './parseOccupationCrosswalk.js';
import {
  COUNT_CROSSWALK_PROGRESSIONS,
  COUNT_UNLINKED_MATCHES,
  linkOccupationsAcrossSources,
  REMOVE_OCCUPATION_MATCHES,
  REPLACE_OCCUPATION_MATCHES,
  SAME_OCCUPATION_PARAMETERS,
} from './sameOccupation.js';

export interface SameOccupationLinkCounts {
  /** Stored crosswalk rows (resolved pairs). */
  rows: number;
  /** Rows with a SAME_OCCUPATION edge now. */
  linked: number;
  /** Rows whose ESCO occupation / O*NET occupation is not in the graph (not imported, or not in the release). */
  escoMissing: number;
  onetMissing: number;
}

export interface CrosswalkProgressionCounts {
  /** LEADS_TO edges of ESCO occupations derived through the crosswalk (crosswalkProgressions.ts). */
  progressions: number;
  /** ESCO occupations with at least one. */
  escoOccupations: number;
}

/**
 * Links stored rows to the occupations present and derives the ESCO occupations' progressions from
 * them (linkOccupationsAcrossSources, what every import runs at its end); counts the rows.
 */
export async function linkSameOccupations(db: GraphDatabase): Promise<SameOccupationLinkCounts> {
  await linkOccupationsAcrossSources(db);
  return countSameOccupationLinks(db);
}

async function countSameOccupationLinks(db: GraphDatabase): Promise<SameOccupationLinkCounts> {
  const [counts] = await db.readRows<SameOccupationLinkCounts>(COUNT_UNLINKED_MATCHES, SAME_OCCUPATION_PARAMETERS);
  return counts ?? { rows: 0, linked: 0, escoMissing: 0, onetMissing: 0 };
}

export async function countCrosswalkProgressions(db: GraphDatabase): Promise<CrosswalkProgressionCounts> {
  const [counts] = await db.readRows<CrosswalkProgressionCounts>(COUNT_CROSSWALK_PROGRESSIONS, SAME_OCCUPATION_PARAMETERS);
  return counts ?? { progressions: 0, escoOccupations: 0 };
}

export async function importOccupationCrosswalk(db: GraphDatabase, dir: string, options: ImportOptions = {}): Promise<ImportResult> {
  const stats = new ImportStats();
  const crosswalk = await readOccupationCrosswalk(dir, stats);
  stats.note('Nesta rows', crosswalk.rows.length);
  stats.note('rows whose O*NET-SOC 2010 code was renamed or split in 2019', crosswalk.renamed);
  stats.note('rows whose 2010 code split into several 2019 codes', crosswalk.split);
  return storeOccupationMatches(db, crosswalk.matches, dir, options, stats);
}

/**
 * Replaces the stored rows with `matches` and links them, recorded as one import run: what
 * `import crosswalks` does with the rows it read, and `import bundled` with the bundle's.
 */
export async function storeOccupationMatches(
  db: GraphDatabase,
  matches: readonly OccupationMatch[],
  sourceId: string,
  options: ImportOptions = {},
  stats = new ImportStats(),
): Promise<ImportResult> {
  const progress = options.progress ?? new ImportProgress(CROSSWALK_MATCHES_SOURCE, { quiet: true });
  const run = await beginImportRun(db, CROSSWALK_MATCHES_SOURCE, sourceId, NESTA_CROSSWALK_AS_OF);
  try {
    const phase = progress.phase('OccupationMatch rows', matches.length);
    stats.addCounters(
      await db.write((tx) => tx.update(REPLACE_OCCUPATION_MATCHES, { ...SAME_OCCUPATION_PARAMETERS, batch: matches.map((match) => ({ ...match })) })),
    );
    phase.advance(matches.length);
    phase.finish();
    // Counted, so the summary says what linking changed (a re-run: nothing created or deleted).
    stats.addCounters(await linkOccupationsAcrossSources(db));
    const links = await countSameOccupationLinks(db);
    stats.note('SAME_OCCUPATION edges', links.linked);
    stats.note('rows without their ESCO occupation in the graph', links.escoMissing);
    stats.note('rows without their O*NET occupation in the graph', links.onetMissing);
    const progressions = await countCrosswalkProgressions(db);
    stats.note('LEADS_TO edges derived through the crosswalk', progressions.progressions);
    stats.note('ESCO occupations with derived LEADS_TO', progressions.escoOccupations);
  } catch (error) {
    await finishImportRun(db, run.id, 'FAILED', stats.summary(), error instanceof Error ? error.message : String(error)).catch(() => undefined);
    throw error;
  }
  const summary = stats.summary();
  await finishImportRun(db, run.id, 'SUCCEEDED', summary);
  return { runId: run.id, summary };
}

export async function removeOccupationCrosswalk(db: GraphDatabase): Promise<RemovedCounts> {
  const counters = await db.write((tx) => tx.update(REMOVE_OCCUPATION_MATCHES, SAME_OCCUPATION_PARAMETERS));
  return { nodesDeleted: counters.nodesDeleted, relationshipsDeleted: counters.relationshipsDeleted };
}
