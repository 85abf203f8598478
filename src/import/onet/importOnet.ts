/**
 * Imports an O*NET 29.3 text release: reads and checks every file first (a missing or malformed
 * file changes nothing), then writes nodes before the edges that need them, one transaction per
 * batch. Safe to interrupt and re-run (see importRun.ts).
 */
import { ONET_SOURCE } from '../../graph/sources.js';
import type { GraphDatabase } from '../../neo4j/GraphDatabase.js';
import { mergeNodes, replaceOutgoing } from '../bulkCypher.js';
import { runImport, type BulkWriter, type ImportOptions, type ImportResult } from '../importRun.js';
import type { ImportStats } from '../progress.js';
import { ONET_AS_OF, onetGraph, type OnetGraph } from './onetGraph.js';
import { readOnetRelease } from './parseOnet.js';

const MERGE_FAMILIES = mergeNodes('RoleFamily');
const MERGE_ROLES = mergeNodes('Role', 'OnetOccupation');
const MERGE_SKILLS = mergeNodes('Skill');
const MERGE_COMMODITIES = mergeNodes('SkillGroup');
const REPLACE_IN_FAMILY = replaceOutgoing('Role', 'IN_FAMILY', ['RoleFamily']);
/** ratingRequirement and technologyRequirement (onetGraph.ts) write these keys; progression the LEADS_TO ones. */
const REQUIRES_PROPERTIES = [
  'importance', 'level', 'importanceRaw', 'levelRaw', 'importanceScale', 'levelScale', 'essential', 'hotTechnology', 'inDemand',
] as const;
const LEADS_TO_PROPERTIES = ['kind', 'typicalYears', 'confidence', 'rationale', 'tier', 'rank'] as const;
const REPLACE_REQUIRES = replaceOutgoing('Role', 'REQUIRES', ['Skill'], { properties: REQUIRES_PROPERTIES });
const REPLACE_LEADS_TO = replaceOutgoing('Role', 'LEADS_TO', ['Role'], { properties: LEADS_TO_PROPERTIES });
const REPLACE_KNOWN_AS = replaceOutgoing('Skill', 'KNOWN_AS', ['SkillName'], { targetKey: 'key', createTarget: true });
const REPLACE_IN_GROUP = replaceOutgoing('Skill', 'IN_GROUP', ['SkillGroup']);

/** Reads and checks every file of the release (nothing is written). */
export async function readOnetGraph(dir: string, stats: ImportStats): Promise<OnetGraph> {
  return onetGraph(await readOnetRelease(dir, stats));
}

/** Nodes before the edges that need them; the Cypher import and the bundle builder both write through this. */
export async function writeOnetGraph(graph: OnetGraph, writer: BulkWriter): Promise<void> {
  await writer.nodes('RoleFamily (SOC major groups)', graph.families, MERGE_FAMILIES);
  await writer.nodes('Role (occupations)', graph.roles, MERGE_ROLES, ['jobZone', 'typicalEducationCategory']);
  await writer.nodes('SkillGroup (UNSPSC commodities)', graph.commodities, MERGE_COMMODITIES);
  await writer.nodes('Skill (skills, knowledge, technology)', graph.skills, MERGE_SKILLS);
  await writer.edges('IN_FAMILY', graph.inFamily, REPLACE_IN_FAMILY);
  await writer.edges('KNOWN_AS', graph.knownAs, REPLACE_KNOWN_AS);
  await writer.edges('IN_GROUP', graph.inGroup, REPLACE_IN_GROUP);
  await writer.edges('REQUIRES', graph.requires, REPLACE_REQUIRES);
  await writer.edges('LEADS_TO', graph.leadsTo, REPLACE_LEADS_TO, ['rank']);
}

export function importOnet(db: GraphDatabase, dir: string, options: ImportOptions = {}): Promise<ImportResult> {
  return runImport(
    db,
    {
      source: ONET_SOURCE,
      asOf: ONET_AS_OF,
      dir,
      read: (stats) => readOnetGraph(dir, stats),
      write: writeOnetGraph,
    },
    options,
  );
}
