/**
 * What a bulk-loaded store still needs once the server runs, all idempotent so an interrupted finish
 * is simply run again: the lists neo4j-admin cannot write empty, the crosswalk links (SAME_OCCUPATION
 * from the stored rows and the ESCO occupations' LEADS_TO derived from them; CROSSWALK and MATCHES to curated data, which the seeds bring), the import
 * runs' times, and the indexes populated, before the :GraphLoad node is marked COMPLETE.
 */
import neo4j from 'neo4j-driver';
import type { GraphDatabase } from '../../neo4j/GraphDatabase.js';
import { LINK_CROSSWALKS, LINK_CROSSWALKS_PARAMETERS } from '../crosswalk.js';
import { linkOccupationsAcrossSources } from '../occupationCrosswalk/sameOccupation.js';
import { LINK_SKILL_MATCHES, LINK_SKILL_MATCHES_PARAMETERS } from '../skillMatches.js';
import { readBundleManifest, verifyBundle } from '../../localNeo4j/bundledGraph.js';
import { COMPLETE_GRAPH_LOAD, GRAPH_LOAD_ID, GRAPH_LOAD_STATUS, READ_GRAPH_LOAD, type GraphLoadStatus } from '../../graph/graphLoad.js';

/** Labels the bundle writes; an empty-list fix for any other label is refused (the label goes into Cypher). */
const BUNDLE_LABELS = new Set(['Role', 'Skill', 'SkillGroup', 'RoleFamily', 'OccupationMatch', 'ImportRun']);
const PROPERTY_NAME = /^[A-Za-z][A-Za-z0-9]*$/;
const EMPTY_LIST_BATCH = 5_000;

export interface GraphLoadState {
  status: GraphLoadStatus | null;
  nodes: number | null;
  relationships: number | null;
}

export async function readGraphLoad(db: GraphDatabase): Promise<GraphLoadState> {
  const [row] = await db.readRows<GraphLoadState>(READ_GRAPH_LOAD, { id: GRAPH_LOAD_ID });
  return { status: row?.status ?? null, nodes: row?.nodes ?? null, relationships: row?.relationships ?? null };
}

export interface FinishLoadOptions {
  bundleDir: string;
  onStep?: (step: string) => void;
}

/** Finishes a store whose :GraphLoad is IMPORTED (the caller has applied the schema and loaded the seeds). */
export async function finishBundledLoad(db: GraphDatabase, options: FinishLoadOptions): Promise<void> {
  const step = options.onStep ?? (() => undefined);
  const { emptyLists } = await verifyBundle(options.bundleDir, await readBundleManifest(options.bundleDir));
  step('setting empty lists');
  for (const fix of emptyLists) {
    if (!BUNDLE_LABELS.has(fix.label) || !PROPERTY_NAME.test(fix.property)) throw new Error(`bundle empty-list fix for ${fix.label}.${fix.property} refused`);
    for (let start = 0; start < fix.ids.length; start += EMPTY_LIST_BATCH) {
      const ids = fix.ids.slice(start, start + EMPTY_LIST_BATCH);
      // The label is from the fixed set above; the property goes in as a map key, never into the text.
      await db.write((tx) =>
        tx.update(`UNWIND $ids AS id MATCH (n:${fix.label} {id: id}) WHERE n[$property] IS NULL SET n += $values`, {
          ids,
          property: fix.property,
          values: { [fix.property]: [] },
        }),
      );
    }
  }
  step('linking occupations across sources');
  await linkOccupationsAcrossSources(db);
  await db.write((tx) => tx.update(LINK_CROSSWALKS, LINK_CROSSWALKS_PARAMETERS));
  await db.write((tx) => tx.update(LINK_SKILL_MATCHES, LINK_SKILL_MATCHES_PARAMETERS));
  await db.write((tx) =>
    tx.update(
      `MATCH (load:GraphLoad {id: $id})
       MATCH (run:ImportRun) WHERE run.id ENDS WITH ':run:bundled' AND run.startedAt IS NULL
       SET run.startedAt = load.importStartedAt, run.finishedAt = datetime()`,
      { id: GRAPH_LOAD_ID },
    ),
  );
  step('populating indexes');
  await db.writeRows('CALL db.awaitIndexes($seconds)', { seconds: neo4j.int(600) });
  await db.write((tx) => tx.update(COMPLETE_GRAPH_LOAD, { id: GRAPH_LOAD_ID, status: GRAPH_LOAD_STATUS.COMPLETE }));
  step('complete');
}
