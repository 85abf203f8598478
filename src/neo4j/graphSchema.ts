/**
 * Constraints and indexes of the career graph (docs/graph-model.md describes them). Applied on
 * every start with IF NOT EXISTS, so it is idempotent. Community Edition has only uniqueness
 * constraints, so required properties and types are enforced by the loaders' validation.
 */
import type { GraphDatabase } from './GraphDatabase.js';

const UNIQUE: ReadonlyArray<[label: string, property: string]> = [
  ['Role', 'id'],
  ['Role', 'slug'],
  ['Skill', 'id'],
  ['Skill', 'slug'],
  ['SkillName', 'key'],
  ['SkillGroup', 'id'],
  ['RoleFamily', 'id'],
  ['RoleFamily', 'slug'],
  ['SalaryBand', 'id'],
  ['DayStep', 'id'],
  ['StartStep', 'id'],
  ['Faq', 'id'],
  ['LearningResource', 'id'],
  ['ImportRun', 'id'],
  ['GraphRevision', 'id'],
  ['AuditEntry', 'id'],
  ['AuditEntry', 'sequence'],
  ['CuratedEdit', 'id'],
];

/** Range indexes for every property the API filters or sorts on. */
const RANGE: ReadonlyArray<[label: string, property: string]> = [
  ['Role', 'source'],
  ['Role', 'sourceId'],
  ['Role', 'medianSalaryUsd'],
  ['Role', 'jobZone'],
  ['Role', 'titleSort'],
  ['Skill', 'source'],
  ['Skill', 'sourceId'],
  ['Skill', 'kind'],
  ['Skill', 'nameSort'],
  ['SkillGroup', 'source'],
  ['RoleFamily', 'source'],
  // The audit trail's filters (curationAudit) and the seed loader's read of curator edits.
  ['AuditEntry', 'entity'],
  ['AuditEntry', 'editor'],
  ['AuditEntry', 'at'],
  ['CuratedEdit', 'entity'],
];

/** Relationship range indexes: per-source counts (graphStats) and source filters read the index, not every edge. */
const RELATIONSHIP_RANGE: ReadonlyArray<[type: string, property: string]> = [
  ['REQUIRES', 'source'],
  ['LEADS_TO', 'source'],
];

export interface FulltextIndex {
  name: string;
  label: string;
  /** Primary field first: search/luceneQuery.ts boosts it. */
  properties: readonly string[];
}

/** The fulltext indexes that `search` and the listings' text filters query. */
export const ROLE_SEARCH_INDEX = { name: 'role_search', label: 'Role', properties: ['title', 'alternateTitlesText'] } as const satisfies FulltextIndex;
export const SKILL_SEARCH_INDEX = { name: 'skill_search', label: 'Skill', properties: ['name', 'aliasesText'] } as const satisfies FulltextIndex;

const FULLTEXT: readonly FulltextIndex[] = [ROLE_SEARCH_INDEX, SKILL_SEARCH_INDEX];

export function graphSchemaStatements(): string[] {
  const constraintName = (label: string, property: string) => `${label.toLowerCase()}_${property.toLowerCase()}_unique`;
  const indexName = (label: string, property: string) => `${label.toLowerCase()}_${property.toLowerCase()}`;
  return [
    ...UNIQUE.map(
      ([label, property]) =>
        `CREATE CONSTRAINT ${constraintName(label, property)} IF NOT EXISTS FOR (n:${label}) REQUIRE n.${property} IS UNIQUE`,
    ),
    ...RANGE.map(([label, property]) => `CREATE INDEX ${indexName(label, property)} IF NOT EXISTS FOR (n:${label}) ON (n.${property})`),
    ...RELATIONSHIP_RANGE.map(
      ([type, property]) => `CREATE INDEX ${indexName(type, property)} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.${property})`,
    ),
    ...FULLTEXT.map(
      ({ name, label, properties }) =>
        `CREATE FULLTEXT INDEX ${name} IF NOT EXISTS FOR (n:${label}) ON EACH [${properties.map((p) => `n.${p}`).join(', ')}]`,
    ),
  ];
}

/**
 * Creates what is missing. Constraints are populated as they are created; plain and fulltext indexes
 * populate in the background, and by default this waits for them. The bootstrap does not
 * (`awaitIndexes: false`): the curated seeds need only the constraints, so the API answers curated
 * roles while the indexes of a large graph still populate, and it waits before calling itself ready.
 */
export async function applyGraphSchema(db: GraphDatabase, options: { awaitIndexes?: boolean } = {}): Promise<void> {
  // Schema statements cannot share a transaction with each other's data, so one each.
  for (const statement of graphSchemaStatements()) {
    try {
      await db.writeRows(statement);
    } catch (error) {
      // The same index under another name (e.g. created by an older version) serves just as well.
      if ((error as { code?: string }).code !== 'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists') throw error;
    }
  }
  if (options.awaitIndexes ?? true) await awaitGraphIndexes(db);
}

export async function awaitGraphIndexes(db: GraphDatabase): Promise<void> {
  await db.writeRows('CALL db.awaitIndexes(600)');
}
