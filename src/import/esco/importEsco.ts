/**
 * Imports the ESCO v1.1.1 CSV download: reads and checks every file first (a missing or malformed
 * file changes nothing), then writes nodes before the edges that need them, one transaction per
 * batch. Safe to interrupt and re-run (see importRun.ts).
 */
import { ESCO_SOURCE } from '../../graph/sources.js';
import type { GraphDatabase } from '../../neo4j/GraphDatabase.js';
import { mergeNodes, replaceOutgoing } from '../bulkCypher.js';
import { runImport, type BulkWriter, type ImportOptions, type ImportResult } from '../importRun.js';
import type { ImportStats } from '../progress.js';
import { ESCO_AS_OF, escoGraph, type EscoGraph } from './escoGraph.js';
import { ESCO_CLASSIFICATION_FILES, readEscoRelease } from './parseEsco.js';

const MERGE_FAMILIES = mergeNodes('RoleFamily');
const MERGE_ROLES = mergeNodes('Role', 'EscoOccupation');
const MERGE_SKILL_GROUPS = mergeNodes('SkillGroup');
const MERGE_SKILLS = mergeNodes('Skill');
const REPLACE_FAMILY_BROADER = replaceOutgoing('RoleFamily', 'BROADER', ['RoleFamily']);
const REPLACE_IN_FAMILY = replaceOutgoing('Role', 'IN_FAMILY', ['RoleFamily']);
const REPLACE_ROLE_BROADER = replaceOutgoing('Role', 'BROADER', ['Role']);
const REPLACE_SKILL_GROUP_BROADER = replaceOutgoing('SkillGroup', 'BROADER', ['SkillGroup']);
const REPLACE_SKILL_BROADER = replaceOutgoing('Skill', 'BROADER', ['Skill', 'SkillGroup']);
const REPLACE_KNOWN_AS = replaceOutgoing('Skill', 'KNOWN_AS', ['SkillName'], { targetKey: 'key', createTarget: true });
const REPLACE_RELATED_SKILL = replaceOutgoing('Skill', 'RELATED_SKILL', ['Skill'], { properties: ['relationType'] });
/** The keys escoRequirement (escoGraph.ts) writes. */
const REQUIRES_PROPERTIES = ['importance', 'level', 'importanceRaw', 'levelRaw', 'importanceScale', 'levelScale', 'essential'] as const;
const REPLACE_REQUIRES = replaceOutgoing('Role', 'REQUIRES', ['Skill'], { properties: REQUIRES_PROPERTIES });

/** Reads and checks every file of the release (nothing is written), counting what it skips. */
export async function readEscoGraph(dir: string, stats: ImportStats): Promise<EscoGraph> {
  const graph = escoGraph(await readEscoRelease(dir, stats));
  if (graph.missingFamilies > 0) {
    stats.skip(`${ESCO_CLASSIFICATION_FILES.occupations}: iscoGroup not in ${ESCO_CLASSIFICATION_FILES.iscoGroups} (no IN_FAMILY)`, graph.missingFamilies);
  }
  return graph;
}

/** Nodes before the edges that need them; the Cypher import and the bundle builder both write through this. */
export async function writeEscoGraph(graph: EscoGraph, writer: BulkWriter): Promise<void> {
  await writer.nodes('RoleFamily (ISCO groups)', graph.families, MERGE_FAMILIES);
  await writer.nodes('Role (occupations)', graph.roles, MERGE_ROLES);
  await writer.nodes('SkillGroup (skill groups)', graph.skillGroups, MERGE_SKILL_GROUPS, ['hierarchyLevel']);
  await writer.nodes('Skill (skills and knowledge)', graph.skills, MERGE_SKILLS);
  await writer.edges('BROADER (ISCO groups)', graph.familyBroader, REPLACE_FAMILY_BROADER);
  await writer.edges('IN_FAMILY', graph.inFamily, REPLACE_IN_FAMILY);
  await writer.edges('BROADER (occupations)', graph.roleBroader, REPLACE_ROLE_BROADER);
  await writer.edges('BROADER (skill groups)', graph.skillGroupBroader, REPLACE_SKILL_GROUP_BROADER);
  await writer.edges('BROADER (skills)', graph.skillBroader, REPLACE_SKILL_BROADER);
  await writer.edges('KNOWN_AS', graph.knownAs, REPLACE_KNOWN_AS);
  await writer.edges('RELATED_SKILL', graph.relatedSkills, REPLACE_RELATED_SKILL);
  await writer.edges('REQUIRES', graph.requires, REPLACE_REQUIRES);
}

export function importEsco(db: GraphDatabase, dir: string, options: ImportOptions = {}): Promise<ImportResult> {
  return runImport(
    db,
    {
      source: ESCO_SOURCE,
      asOf: ESCO_AS_OF,
      dir,
      read: (stats) => readEscoGraph(dir, stats),
      write: writeEscoGraph,
    },
    options,
  );
}
