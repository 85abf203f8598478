/**
 * How a seed load keeps what curators changed through the API (issue 16, "nothing lost"). Pure: it
 * takes the seed parameters the loader would write and the curator-edit marks read from the graph
 * ((:CuratedEdit), src/graph/curatedEdits.ts), and returns what to write instead, the conflicts to
 * report and the marks' new state.
 *
 * Per marked field of an entity the seeds describe:
 * - the seed value equals the mark's baseline (the seed value the curator overrode): the seeds did
 *   not change, the curator's value stays, no conflict;
 * - the seed value equals the curator's value: the seeds caught up; it becomes the baseline;
 * - otherwise the seeds changed under the edit: a conflict, reported, the curator's value stays
 *   until a curator resolves it (resolveSeedConflict). The conflict's seed value is kept on the mark.
 *
 * A marked field is never written; an entity with any mark keeps the provenance (method, asOf,
 * reference, evidence) its edit gave it, since its values are no longer all the seeds'. An entity a
 * curator deleted (`exists` false) is not re-created; requirements and moves a curator created or
 * edited are not pruned when the seeds do not list them. Roles and skills absent from the seeds are
 * not the seeds' to judge (a load never deletes them), so their marks are left as they are.
 */
import {
  ABSENT,
  curatedEditId,
  decodeValue,
  encodeValue,
  EXISTS_FIELD,
  progressionEntity,
  requirementEntity,
  roleEntity,
  skillEntity,
  type CuratedEdit,
  type TrackedState,
} from '../../graph/curatedEdits.js';
import { skillNameKeys } from '../../graph/skillNameKey.js';
import type { SeedParameters } from './seedParameters.js';

type RoleParameters = SeedParameters['roles'][number];
type SkillParameters = SeedParameters['skills'][number];

/** Properties that follow a tracked field: never written when the field is a curator's. */
const COMPANIONS: Record<string, readonly string[]> = {
  title: ['title', 'titleSort'],
  alternateTitles: ['alternateTitles', 'alternateTitlesText'],
  onetCodes: ['onetCodes', 'onetMatchTypes'],
  escoUris: ['escoUris', 'escoMatchTypes'],
  name: ['name', 'nameSort'],
  aliases: ['aliases', 'aliasesText'],
  importance: ['importance', 'importanceRaw', 'importanceScale'],
  level: ['level', 'levelRaw', 'levelScale'],
};
/** What an edited entity keeps from its edit. */
const PROVENANCE = ['method', 'asOf', 'reference', 'evidence'] as const;

/** A changed seed value under a curator's edit, as `npm run seed` prints it. */
export interface SeedConflictReport {
  entity: string;
  field: string;
  /** Canonical JSON: the curator's value (it stays in the graph). */
  curatorValue: string;
  /** Canonical JSON: the seed value the curator overrode. */
  previousSeedValue: string;
  /** Canonical JSON: the seed value now. */
  seedValue: string;
  editedBy: string;
  editedAt: string;
}

/** The new state of a mark the seeds describe (written in the load's transaction). */
export interface MarkUpdate {
  id: string;
  seedValue: string;
  conflictSeedValue: string | null;
}

export interface SeedPlan {
  parameters: SeedParameters;
  conflicts: SeedConflictReport[];
  markUpdates: MarkUpdate[];
  /** Curator-edited fields the load left as the curator set them. */
  keptFields: number;
}

/** The tracked fields as the seeds state them, per entity key, for the entities the seeds describe. */
export function seedStates(parameters: SeedParameters): Map<string, TrackedState> {
  const states = new Map<string, TrackedState>();
  for (const skill of parameters.skills) {
    states.set(skillEntity(skill.slug), {
      [EXISTS_FIELD]: true,
      name: skill.name,
      kind: skill.kind,
      category: skill.category,
      description: skill.description,
      aliases: skill.aliases,
    });
  }
  for (const role of parameters.roles) {
    const p = role.properties;
    states.set(roleEntity(p.slug), {
      [EXISTS_FIELD]: true,
      title: p.title,
      summary: p.summary,
      description: p.description,
      family: role.family,
      alternateTitles: p.alternateTitles,
      medianSalaryUsd: p.medianSalaryUsd,
      growthRating: p.growthRating,
      growthReason: p.growthReason,
      experienceLevel: p.experienceLevel,
      progressionSummary: p.progressionSummary,
      onetCodes: p.onetCodes,
      escoUris: p.escoUris,
    });
    for (const req of role.requirements) {
      states.set(requirementEntity(p.slug, req.skill), {
        [EXISTS_FIELD]: true,
        importance: req.importanceRaw,
        level: req.levelRaw,
        essential: req.essential,
      });
    }
    for (const next of role.nextRoles) {
      states.set(progressionEntity(p.slug, next.role), {
        [EXISTS_FIELD]: true,
        kind: next.kind,
        typicalYears: next.typicalYears,
        rationale: next.rationale,
        confidence: next.confidence,
      });
    }
  }
  return states;
}

/** Role and skill entities the seeds list; requirements and moves count as described when their role is. */
function describedBy(parameters: SeedParameters) {
  const roles = new Set(parameters.roles.map((role) => role.properties.slug));
  const skills = new Set(parameters.skills.map((skill) => skill.slug));
  return (entity: string): boolean => {
    const [type, rest] = [entity.slice(0, entity.indexOf(':')), entity.slice(entity.indexOf(':') + 1)];
    if (type === 'ROLE') return roles.has(rest);
    if (type === 'SKILL') return skills.has(rest);
    return roles.has(rest.slice(0, rest.indexOf('/')));
  };
}

function without<T extends Record<string, unknown>>(properties: T, fields: Iterable<string>, keepProvenance: boolean): Partial<T> {
  const dropped = new Set<string>();
  for (const field of fields) for (const property of COMPANIONS[field] ?? [field]) dropped.add(property);
  if (keepProvenance) for (const property of PROVENANCE) dropped.add(property);
  return Object.fromEntries(Object.entries(properties).filter(([key]) => !dropped.has(key))) as Partial<T>;
}

export function planSeedLoad(parameters: SeedParameters, marks: readonly CuratedEdit[]): SeedPlan {
  const states = seedStates(parameters);
  const described = describedBy(parameters);
  const marked = new Map<string, Map<string, CuratedEdit>>();
  const conflicts: SeedConflictReport[] = [];
  const markUpdates: MarkUpdate[] = [];
  for (const mark of marks) {
    if (!described(mark.entity)) continue;
    const fields = marked.get(mark.entity) ?? new Map<string, CuratedEdit>();
    fields.set(mark.field, mark);
    marked.set(mark.entity, fields);
    const seedValue = encodeValue((states.get(mark.entity) ?? ABSENT)[mark.field]);
    const id = curatedEditId(mark.entity, mark.field);
    if (seedValue === mark.seedValue) {
      markUpdates.push({ id, seedValue: mark.seedValue, conflictSeedValue: null });
    } else if (seedValue === mark.value) {
      markUpdates.push({ id, seedValue, conflictSeedValue: null });
    } else {
      markUpdates.push({ id, seedValue: mark.seedValue, conflictSeedValue: seedValue });
      conflicts.push({
        entity: mark.entity,
        field: mark.field,
        curatorValue: mark.value,
        previousSeedValue: mark.seedValue,
        seedValue,
        editedBy: mark.editedBy,
        editedAt: mark.editedAt,
      });
    }
  }
  const marksOf = (entity: string) => marked.get(entity) ?? new Map<string, CuratedEdit>();
  const deleted = (entity: string) => marksOf(entity).get(EXISTS_FIELD)?.value === encodeValue(false);
  /** The curator's value of a marked field, else the seed's. */
  const effective = <T>(entity: string, field: string, seedValue: T): T => {
    const mark = marksOf(entity).get(field);
    return mark ? (decodeValue(mark.value) as T) : seedValue;
  };

  const skills = parameters.skills
    .filter((skill) => !deleted(skillEntity(skill.slug)))
    .map((skill): SkillParameters => {
      const entity = skillEntity(skill.slug);
      const edits = marksOf(entity);
      if (edits.size === 0) return skill;
      const name = effective(entity, 'name', skill.name) ?? skill.name;
      const aliases = effective<readonly string[] | null>(entity, 'aliases', skill.aliases) ?? [];
      return { ...skill, properties: without(skill.properties, edits.keys(), true), keys: skillNameKeys(name, [...aliases]), keepProvenance: true } as SkillParameters;
    });

  const roles = parameters.roles
    .filter((role) => !deleted(roleEntity(role.properties.slug)))
    .map((role): RoleParameters => {
      const slug = role.properties.slug;
      const entity = roleEntity(slug);
      const edits = marksOf(entity);
      const keptRequirements = [...marked.keys()].filter((key) => key.startsWith(requirementEntity(slug, ''))).map((key) => key.slice(requirementEntity(slug, '').length));
      const keptProgressions = [...marked.keys()].filter((key) => key.startsWith(progressionEntity(slug, ''))).map((key) => key.slice(progressionEntity(slug, '').length));
      const requirements = role.requirements
        .filter((req) => !deleted(requirementEntity(slug, req.skill)))
        .map((req) => {
          const reqEdits = marksOf(requirementEntity(slug, req.skill));
          return reqEdits.size === 0 ? req : { ...req, properties: without(req.properties, reqEdits.keys(), true), keepProvenance: true };
        });
      const nextRoles = role.nextRoles
        .filter((next) => !deleted(progressionEntity(slug, next.role)))
        .map((next) => {
          const moveEdits = marksOf(progressionEntity(slug, next.role));
          return moveEdits.size === 0 ? next : { ...next, properties: without(next.properties, moveEdits.keys(), true), keepProvenance: true };
        });
      return {
        ...role,
        properties: edits.size === 0 ? role.properties : (without(role.properties, edits.keys(), true) as RoleParameters['properties']),
        keepProvenance: edits.size > 0,
        familyId: edits.has('family') ? null : role.familyId,
        keptRequirements,
        keptProgressions,
        requirements,
        nextRoles,
      };
    });

  const keptFields = [...marked.values()].reduce((sum, fields) => sum + fields.size, 0);
  return { parameters: { ...parameters, skills, roles }, conflicts, markUpdates, keptFields };
}

/** The conflict report `npm run seed` prints: one line per field, and how to resolve them. */
export function formatSeedConflicts(conflicts: readonly SeedConflictReport[]): string {
  const lines = conflicts.map(
    (conflict) =>
      `  ${conflict.entity} ${conflict.field}: curator ${conflict.editedBy} (${conflict.editedAt}) set ${conflict.curatorValue}; ` +
      `the seeds changed ${conflict.previousSeedValue} -> ${conflict.seedValue}`,
  );
  return [
    `${conflicts.length} seed conflict(s): the seeds changed field(s) a curator had edited; the curator's value stays.`,
    ...lines,
    'Resolve each with the resolveSeedConflict mutation (KEEP_CURATED or USE_SEED, docs/api-curation.md); open conflicts: query curatedEdits(conflictsOnly: true).',
  ].join('\n');
}
