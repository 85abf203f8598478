/**
 * Cypher for curation writes. Each mutation is ONE write transaction: read the state of every node
 * it names (existence, source), refuse (NOT_FOUND / FORBIDDEN) before anything is written, write,
 * then bump the curation revision. An error anywhere rolls the whole transaction back, so a
 * rejected mutation changes nothing.
 *
 * Ownership rule: curated facts hang off curated nodes. Imported roles and skills (O*NET, ESCO) are
 * read-only, and so are their edges: requirements and progressions are written only FROM a curated
 * role (their target may be any skill or role).
 */
import { apiError, ErrorCode, notFound } from '../errors.js';
import { curatedRoleId, curatedSkillId } from '../graph/ids.js';
import { skillNameKeys } from '../graph/skillNameKey.js';
import { CURATED_METHOD, curatedEstimateScale } from '../graph/evidence.js';
import { CURATED_SOURCE } from '../graph/sources.js';
import type { GraphDatabase, Transaction } from '../neo4j/GraphDatabase.js';
import { projection } from '../neo4j/projection.js';
import { ROLE_PROPERTY_NAMES, type Role, type Skill, type SkillRequirement } from '../graph/model.js';
import { ROLE_FIELDS } from '../roles/repository.js';
import { IMPORTANCE_SCALE, LEVEL_SCALE, normaliseImportance, normaliseLevel } from '../scoring/normalise.js';
import { SKILL_FIELDS } from '../skills/repository.js';
import type { ProgressionStep } from '../paths/model.js';
import {
  ABSENT,
  changedFields,
  curatedEditId,
  editMarks,
  entityTypeOf,
  EXISTS_FIELD,
  progressionEntity,
  requirementEntity,
  roleEntity,
  skillEntity,
  type CuratedEntityType,
  type TrackedState,
} from '../graph/curatedEdits.js';
import {
  CURATION_REVISION_ID,
  type ProgressionWrite,
  type RequirementWrite,
  type RoleUpsert,
  type CuratedEditRecord,
  type SeedConflictResolution,
  type SkillUpsert,
} from './model.js';
import { roleStateAfter, skillStateAfter } from './trackedState.js';

/**
 * Stamps every written node or edge with who changed it and when (the transaction's clock), and as a
 * curated estimate ($method): whatever it was before (a page fact, a derived value), a curator's edit
 * makes it the curator's judgement.
 */
const stamp = (variable: string) =>
  `${variable}.asOf = date(), ${variable}.method = $method, ${variable}.updatedBy = $editor, ${variable}.updatedAt = datetime()`;

/**
 * Existence and source of every node a mutation names, read inside its write transaction, with the
 * tracked fields of the entity it changes (`$state`: at most one of each list is non-empty) and the
 * marks of that entity's curator-edited fields, so the audit entry can say what was before.
 *
 * It first takes the write lock of the curation revision node (which RECORD_CHANGE writes anyway):
 * changes, and seed loads (which take it too), then run one at a time, so what this statement reads
 * is still true when the change is recorded: the audit's "before" and the marks' baselines are exact.
 */
const REFERENCES = `
OPTIONAL MATCH (revision:GraphRevision {id: $revisionId})
FOREACH (locked IN CASE WHEN revision IS NULL THEN [] ELSE [revision] END | SET locked.revision = locked.revision)
WITH count(*) AS locked
RETURN
  COLLECT { UNWIND $roles AS slug MATCH (role:Role {slug: slug}) RETURN role {.slug, .source} } AS roles,
  COLLECT { UNWIND $skills AS slug MATCH (skill:Skill {slug: slug}) RETURN skill {.slug, .source, .aliases} } AS skills,
  COLLECT { UNWIND $families AS slug MATCH (family:RoleFamily {slug: slug}) RETURN family {.slug, .source} } AS families,
  COLLECT {
    UNWIND $state.role AS slug
    MATCH (role:Role {slug: slug})
    RETURN role {exists: true, .title, .summary, .description, .alternateTitles, .medianSalaryUsd, .growthRating, .growthReason,
      .experienceLevel, .progressionSummary, .onetCodes, .escoUris,
      family: head(COLLECT { MATCH (role)-[:IN_FAMILY]->(family:RoleFamily) RETURN family.slug ORDER BY family.slug })} AS state
    UNION
    UNWIND $state.skill AS slug
    MATCH (skill:Skill {slug: slug})
    RETURN skill {exists: true, .name, .kind, .category, .description, .aliases} AS state
    UNION
    UNWIND $state.requirement AS pair
    MATCH (:Role {slug: pair[0]})-[req:REQUIRES {source: $source}]->(:Skill {slug: pair[1]})
    RETURN {exists: true, importance: req.importanceRaw, level: req.levelRaw, essential: req.essential} AS state
    UNION
    UNWIND $state.progression AS pair
    MATCH (:Role {slug: pair[0]})-[link:LEADS_TO {source: $source}]->(:Role {slug: pair[1]})
    RETURN link {exists: true, .kind, .typicalYears, .rationale, .confidence} AS state
  } AS states,
  COLLECT { MATCH (mark:CuratedEdit {entity: $entity}) RETURN mark {.field, .seedValue} } AS marks`;

const UPSERT_ROLE = `
MERGE (role:Role {id: $id})
ON CREATE SET role.slug = $slug, role.sourceId = $slug, role.source = $source
SET role += $properties, ${stamp('role')}
WITH role
CALL (role) {
  WITH role WHERE $replaceFamily
  OPTIONAL MATCH (role)-[old:IN_FAMILY]->(:RoleFamily)
  DELETE old
  WITH DISTINCT role
  MATCH (family:RoleFamily {slug: $family})
  MERGE (role)-[link:IN_FAMILY {source: $source}]->(family)
  SET link.method = $method, link.updatedBy = $editor, link.updatedAt = datetime()
}
RETURN ${ROLE_FIELDS} AS role`;

/** Re-links the skill's names; names no skill is known as any more are deleted. */
const UPSERT_SKILL = `
MERGE (skill:Skill {id: $id})
ON CREATE SET skill.slug = $slug, skill.sourceId = $slug, skill.source = $source
SET skill += $properties, ${stamp('skill')}
WITH skill
CALL (skill) {
  OPTIONAL MATCH (skill)-[known:KNOWN_AS]->(old:SkillName)
  WITH skill, collect(known) AS links, collect(old) AS oldNames
  FOREACH (link IN links | DELETE link)
  WITH skill, oldNames
  CALL (skill) {
    UNWIND $keys AS key
    MERGE (name:SkillName {key: key})
    MERGE (skill)-[:KNOWN_AS]->(name)
  }
  UNWIND oldNames AS old
  WITH old WHERE NOT EXISTS { (old)<-[:KNOWN_AS]-() }
  DELETE old
}
RETURN ${SKILL_FIELDS} AS skill`;

const SET_REQUIREMENT = `
MATCH (role:Role {slug: $role})
MATCH (skill:Skill {slug: $skill})
MERGE (role)-[req:REQUIRES {source: $source}]->(skill)
SET req.importance = $importance, req.level = $level, req.importanceRaw = $importanceRaw, req.levelRaw = $levelRaw,
    req.importanceScale = $importanceScale, req.levelScale = $levelScale, req.essential = $essential, ${stamp('req')},
    req.evidence = null, req.reference = null
RETURN req {.importance, .level, .importanceRaw, .levelRaw, .importanceScale, .levelScale, .essential, .source, .asOf,
  .method, .evidence, .reference,
  skill: ${SKILL_FIELDS}} AS requirement`;

const REMOVE_REQUIREMENT = `
OPTIONAL MATCH (:Role {slug: $role})-[req:REQUIRES {source: $source}]->(:Skill {slug: $skill})
DELETE req
RETURN count(req) AS removed`;

const LINK_PROGRESSION = `
MATCH (from:Role {slug: $from})
MATCH (to:Role {slug: $to})
MERGE (from)-[link:LEADS_TO {source: $source}]->(to)
SET link.kind = $kind, link.typicalYears = $typicalYears, link.rationale = $rationale, link.confidence = $confidence,
    ${stamp('link')}
RETURN link {.kind, .typicalYears, .rationale, .confidence, .source, .asOf, .method, .evidence, .reference,
  from: ${projection('from', ROLE_PROPERTY_NAMES)}, to: ${projection('to', ROLE_PROPERTY_NAMES)}} AS link`;

const UNLINK_PROGRESSION = `
OPTIONAL MATCH (:Role {slug: $from})-[link:LEADS_TO {source: $source}]->(:Role {slug: $to})
DELETE link
RETURN count(link) AS removed`;

/** The role, the profile nodes only it owns, and (by DETACH) its requirements and progressions. */
const REMOVE_ROLE = `
MATCH (role:Role {slug: $slug})
CALL (role) {
  MATCH (role)-[:HAS_SALARY_BAND|HAS_DAY_STEP|HAS_START_STEP|HAS_FAQ]->(owned)
  DETACH DELETE owned
}
DETACH DELETE role
RETURN count(*) AS removed`;

/** The skill, its resources and names no other skill shares, and (by DETACH) every requirement of it. */
const REMOVE_SKILL = `
MATCH (skill:Skill {slug: $slug})
CALL (skill) {
  MATCH (skill)-[:HAS_RESOURCE]->(resource:LearningResource)
  WHERE NOT EXISTS { (resource)<-[:HAS_RESOURCE]-(other:Skill) WHERE other <> skill }
  DETACH DELETE resource
}
CALL (skill) {
  MATCH (skill)-[:KNOWN_AS]->(name:SkillName)
  WHERE NOT EXISTS { (name)<-[:KNOWN_AS]-(other:Skill) WHERE other <> skill }
  DETACH DELETE name
}
DETACH DELETE skill
RETURN count(*) AS removed`;

/**
 * What every successful change ends with, in its own transaction: the revision bump, the audit entry
 * (numbered by the revision, so entries are totally ordered even within one clock tick) and the
 * marks of the fields it changed. A failed mutation never reaches it: no entry, no mark.
 */
const RECORD_CHANGE = `
MERGE (revision:GraphRevision {id: $revisionId})
SET revision.revision = coalesce(revision.revision, 0) + 1, revision.updatedBy = $editor,
    revision.updatedAt = datetime(), revision.lastChange = $change
CREATE (entry:AuditEntry {id: randomUUID(), sequence: revision.revision, at: revision.updatedAt, editor: $editor,
  mutation: $audit.mutation, entity: $audit.entity, entityType: $audit.entityType,
  fields: $audit.fields, before: $audit.before, after: $audit.after})
WITH entry
CALL (entry) {
  UNWIND $marks AS mark
  MERGE (edit:CuratedEdit {id: mark.id})
  // The baseline is the first edit's: a later edit of the field never moves it.
  ON CREATE SET edit.seedValue = mark.seedValue
  SET edit.entity = mark.entity, edit.field = mark.field, edit.value = mark.value,
      edit.editedBy = entry.editor, edit.editedAt = entry.at
}
CALL (entry) {
  UNWIND $acceptedMarks AS id
  MATCH (edit:CuratedEdit {id: id})
  SET edit.seedValue = coalesce(edit.conflictSeedValue, edit.seedValue), edit.conflictSeedValue = null
}
CALL (entry) {
  UNWIND $releasedMarks AS id
  MATCH (edit:CuratedEdit {id: id})
  DELETE edit
}
RETURN entry.sequence AS sequence`;

const READ_CURATED_EDIT = `
MATCH (edit:CuratedEdit {id: $id})
RETURN edit.id AS id, edit.entity AS entity, edit.field AS field, edit.value AS value, edit.seedValue AS seedValue,
  edit.conflictSeedValue AS conflictSeedValue, edit.editedBy AS editedBy, edit.editedAt AS editedAt`;

type CuratedEditRow = Omit<CuratedEditRecord, 'entityType'> & { id: string };

/** The entity a mutation changes, for its audit entry; `state` names it for REFERENCES. */
interface AuditedChange {
  mutation: string;
  type: CuratedEntityType;
  entity: string;
  state: { role?: readonly string[]; skill?: readonly string[]; requirement?: readonly (readonly string[])[]; progression?: readonly (readonly string[])[] };
}

/** A mutation that found nothing to change (a `false` result): no revision bump, no audit entry. */
const NOTHING_CHANGED = Symbol('nothing changed');

interface NodeState {
  slug: string;
  source: string;
  aliases?: string[] | null;
}

interface References {
  roles: Map<string, NodeState>;
  skills: Map<string, NodeState>;
  families: Map<string, NodeState>;
}

type NodeKind = 'Role' | 'Skill' | 'RoleFamily';

function existing(kind: NodeKind, slug: string, found: Map<string, NodeState>): NodeState {
  const node = found.get(slug);
  if (!node) throw notFound(kind, slug);
  return node;
}

/** An imported node (or one we cannot attribute) is refused: its import owns it. */
function assertCurated(kind: NodeKind, node: NodeState): void {
  if (node.source !== CURATED_SOURCE) {
    throw apiError(
      ErrorCode.FORBIDDEN,
      `${kind} "${node.slug}" comes from ${node.source} and is read-only; only curated ${kind === 'Skill' ? 'skills' : 'roles'} can be edited.`,
      { reason: 'IMPORTED_READ_ONLY', source: node.source, [kind.toLowerCase()]: node.slug },
    );
  }
}

/** Drops undefined values: `SET n += $properties` must not touch what the input left out. */
function definedOnly<T extends object>(properties: T): Partial<T> {
  return Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== undefined)) as Partial<T>;
}

export class CurationRepository {
  constructor(private readonly db: GraphDatabase) {}

  async upsertRole(change: RoleUpsert, editor: string): Promise<Role> {
    const names = { roles: [change.slug], families: typeof change.family === 'string' ? [change.family] : [] };
    const audit = { mutation: 'upsertRole', type: 'ROLE', entity: roleEntity(change.slug), state: { role: [change.slug] } } as const;
    return this.change(editor, audit, names, async (tx, refs, before) => {
      const current = refs.roles.get(change.slug);
      if (current) assertCurated('Role', current);
      if (typeof change.family === 'string') existing('RoleFamily', change.family, refs.families);
      const [row] = await tx.rows<{ role: Role }>(UPSERT_ROLE, {
        id: curatedRoleId(change.slug),
        slug: change.slug,
        source: CURATED_SOURCE,
        properties: definedOnly(change.properties),
        replaceFamily: change.family !== undefined,
        family: change.family ?? null,
        method: CURATED_METHOD,
        editor,
      });
      return { result: row.role, after: roleStateAfter(before, change) };
    });
  }

  async upsertSkill(change: SkillUpsert, editor: string): Promise<Skill> {
    const audit = { mutation: 'upsertSkill', type: 'SKILL', entity: skillEntity(change.slug), state: { skill: [change.slug] } } as const;
    return this.change(editor, audit, { skills: [change.slug] }, async (tx, refs, before) => {
      const current = refs.skills.get(change.slug);
      if (current) assertCurated('Skill', current);
      const aliases = change.properties.aliases === undefined ? (current?.aliases ?? []) : (change.properties.aliases ?? []);
      const [row] = await tx.rows<{ skill: Skill }>(UPSERT_SKILL, {
        id: curatedSkillId(change.slug),
        slug: change.slug,
        source: CURATED_SOURCE,
        properties: definedOnly(change.properties),
        keys: skillNameKeys(change.properties.name, aliases),
        method: CURATED_METHOD,
        editor,
      });
      return { result: row.skill, after: skillStateAfter(before, change) };
    });
  }

  async setRequirement(write: RequirementWrite, editor: string): Promise<SkillRequirement> {
    const names = { roles: [write.role], skills: [write.skill] };
    const audit = {
      mutation: 'setRoleSkillRequirement',
      type: 'REQUIREMENT',
      entity: requirementEntity(write.role, write.skill),
      state: { requirement: [[write.role, write.skill]] },
    } as const;
    return this.change(editor, audit, names, async (tx, refs) => {
      assertCurated('Role', existing('Role', write.role, refs.roles));
      existing('Skill', write.skill, refs.skills);
      const [row] = await tx.rows<{ requirement: SkillRequirement }>(SET_REQUIREMENT, {
        role: write.role,
        skill: write.skill,
        source: CURATED_SOURCE,
        importance: normaliseImportance(write.importanceRaw),
        level: normaliseLevel(write.levelRaw),
        importanceRaw: write.importanceRaw,
        levelRaw: write.levelRaw,
        importanceScale: curatedEstimateScale(IMPORTANCE_SCALE),
        levelScale: curatedEstimateScale(LEVEL_SCALE),
        method: CURATED_METHOD,
        essential: write.essential,
        editor,
      });
      const after = { [EXISTS_FIELD]: true, importance: write.importanceRaw, level: write.levelRaw, essential: write.essential };
      return { result: row.requirement, after };
    });
  }

  async removeRequirement(role: string, skill: string, editor: string): Promise<boolean> {
    const audit = {
      mutation: 'removeRoleSkillRequirement',
      type: 'REQUIREMENT',
      entity: requirementEntity(role, skill),
      state: { requirement: [[role, skill]] },
    } as const;
    return this.change(editor, audit, { roles: [role], skills: [skill] }, async (tx, refs) => {
      assertCurated('Role', existing('Role', role, refs.roles));
      existing('Skill', skill, refs.skills);
      const [row] = await tx.rows<{ removed: number }>(REMOVE_REQUIREMENT, { role, skill, source: CURATED_SOURCE });
      return row.removed > 0 ? { result: true, after: ABSENT } : NOTHING_CHANGED;
    });
  }

  async linkProgression(write: ProgressionWrite, editor: string): Promise<ProgressionStep> {
    const audit = {
      mutation: 'linkProgression',
      type: 'PROGRESSION',
      entity: progressionEntity(write.from, write.to),
      state: { progression: [[write.from, write.to]] },
    } as const;
    return this.change(editor, audit, { roles: [write.from, write.to] }, async (tx, refs) => {
      assertCurated('Role', existing('Role', write.from, refs.roles));
      existing('Role', write.to, refs.roles);
      const [row] = await tx.rows<{ link: ProgressionStep }>(LINK_PROGRESSION, { ...write, source: CURATED_SOURCE, method: CURATED_METHOD, editor });
      const after = { [EXISTS_FIELD]: true, kind: write.kind, typicalYears: write.typicalYears, rationale: write.rationale, confidence: write.confidence };
      return { result: row.link, after };
    });
  }

  async unlinkProgression(from: string, to: string, editor: string): Promise<boolean> {
    const audit = { mutation: 'unlinkProgression', type: 'PROGRESSION', entity: progressionEntity(from, to), state: { progression: [[from, to]] } } as const;
    return this.change(editor, audit, { roles: [from, to] }, async (tx, refs) => {
      assertCurated('Role', existing('Role', from, refs.roles));
      existing('Role', to, refs.roles);
      const [row] = await tx.rows<{ removed: number }>(UNLINK_PROGRESSION, { from, to, source: CURATED_SOURCE });
      return row.removed > 0 ? { result: true, after: ABSENT } : NOTHING_CHANGED;
    });
  }

  async removeRole(slug: string, editor: string): Promise<boolean> {
    const audit = { mutation: 'removeRole', type: 'ROLE', entity: roleEntity(slug), state: { role: [slug] } } as const;
    return this.change(editor, audit, { roles: [slug] }, async (tx, refs) => {
      const current = refs.roles.get(slug);
      if (!current) return NOTHING_CHANGED;
      assertCurated('Role', current);
      const [row] = await tx.rows<{ removed: number }>(REMOVE_ROLE, { slug });
      return row.removed > 0 ? { result: true, after: ABSENT } : NOTHING_CHANGED;
    });
  }

  async removeSkill(slug: string, editor: string): Promise<boolean> {
    const audit = { mutation: 'removeSkill', type: 'SKILL', entity: skillEntity(slug), state: { skill: [slug] } } as const;
    return this.change(editor, audit, { skills: [slug] }, async (tx, refs) => {
      const current = refs.skills.get(slug);
      if (!current) return NOTHING_CHANGED;
      assertCurated('Skill', current);
      const [row] = await tx.rows<{ removed: number }>(REMOVE_SKILL, { slug });
      return row.removed > 0 ? { result: true, after: ABSENT } : NOTHING_CHANGED;
    });
  }

  /**
   * Settles the open conflict of one curator-edited field (docs/api-curation.md): KEEP_CURATED takes
   * the changed seed value as the new baseline (the curator's value stays, reported no more until the
   * seed changes again); USE_SEED removes the mark, so the next seed load writes the seed's value.
   */
  async resolveSeedConflict(entity: string, field: string, resolution: SeedConflictResolution, editor: string): Promise<CuratedEditRecord> {
    const type = entityTypeOf(entity);
    if (!type) throw notFound('CuratedEdit', `${entity}#${field}`);
    return this.db.write(async (tx) => {
      const [mark] = await tx.rows<CuratedEditRow>(READ_CURATED_EDIT, { id: curatedEditId(entity, field) });
      if (!mark) throw notFound('CuratedEdit', curatedEditId(entity, field));
      if (mark.conflictSeedValue === null) {
        throw apiError(ErrorCode.BAD_USER_INPUT, `${entity} ${field} has no open seed conflict to resolve.`, { argument: 'field' });
      }
      const accepted = resolution === 'KEEP_CURATED';
      await tx.rows(RECORD_CHANGE, {
        revisionId: CURATION_REVISION_ID,
        editor,
        change: `resolveSeedConflict ${entity} ${field} ${resolution}`,
        audit: {
          mutation: 'resolveSeedConflict',
          entity,
          entityType: type,
          // The field's seed baseline is what changes: the curator's value stays in the graph either way.
          fields: [field],
          before: [mark.seedValue],
          after: [mark.conflictSeedValue],
        },
        marks: [],
        acceptedMarks: accepted ? [mark.id] : [],
        releasedMarks: accepted ? [] : [mark.id],
      });
      const { id: _id, ...edit } = mark;
      return {
        ...edit,
        entityType: type,
        seedValue: accepted ? mark.conflictSeedValue : mark.seedValue,
        conflictSeedValue: null,
      };
    });
  }

  /**
   * One write transaction: the state of the named nodes and of the changed entity, then `work` (which
   * throws to refuse), then RECORD_CHANGE with the fields that changed, unless `work` reports that
   * nothing changed.
   */
  private change<T>(
    editor: string,
    audit: AuditedChange,
    names: { roles?: string[]; skills?: string[]; families?: string[] },
    work: (tx: Transaction, refs: References, before: TrackedState) => Promise<{ result: T; after: TrackedState } | typeof NOTHING_CHANGED>,
  ): Promise<T> {
    return this.db.write(async (tx) => {
      const [row] = await tx.rows<{ roles: NodeState[]; skills: NodeState[]; families: NodeState[]; states: TrackedState[]; marks: { field: string; seedValue: string }[] }>(
        REFERENCES,
        {
          roles: names.roles ?? [],
          skills: names.skills ?? [],
          families: names.families ?? [],
          state: { role: [], skill: [], requirement: [], progression: [], ...audit.state },
          entity: audit.entity,
          source: CURATED_SOURCE,
          revisionId: CURATION_REVISION_ID,
        },
      );
      const bySlug = (nodes: NodeState[]) => new Map(nodes.map((node) => [node.slug, node]));
      const before = row.states[0] ?? ABSENT;
      const outcome = await work(tx, { roles: bySlug(row.roles), skills: bySlug(row.skills), families: bySlug(row.families) }, before);
      if (outcome === NOTHING_CHANGED) return false as T;
      const changes = changedFields(audit.type, before, outcome.after);
      await tx.rows(RECORD_CHANGE, {
        revisionId: CURATION_REVISION_ID,
        editor,
        change: `${audit.mutation} ${audit.entity}`,
        audit: {
          mutation: audit.mutation,
          entity: audit.entity,
          entityType: audit.type,
          fields: changes.map((change) => change.field),
          before: changes.map((change) => change.before),
          after: changes.map((change) => change.after),
        },
        marks: editMarks(audit.entity, changes, row.marks),
        acceptedMarks: [],
        releasedMarks: [],
      });
      return outcome.result;
    });
  }
}
