/**
 * What the `requiredSkills` selections below one looked-up role read, so the lookup's statement
 * fetches that and nothing more (RoleLookup): the window of requirements (importance threshold and
 * count) and which groups of properties of the REQUIRES edge and of the skill. An O*NET occupation
 * requires ~150 skills, each edge with its provenance (evidence texts, dates); a query showing the
 * top ten skill names would otherwise pull all of it through the driver (docs/performance.md,
 * issue 14: "project only what the query selects").
 *
 * Pure: no I/O. The property names per group are the model's (graph/model.ts); the mapping from
 * GraphQL field to group is typed against the generated schema types, so a field added to
 * SkillRequirement or Skill does not compile until someone says what it reads.
 */
import type { SelectedField } from '../lookahead/selectedFields.js';
import type { Skill as SkillType, SkillRequirement as SkillRequirementType } from '../generated/graphql.js';
import { SKILL_DETAIL_PROPERTY_NAMES, type Skill, type SkillRequirement } from '../graph/model.js';
import { LIMITS } from '../requestLimits/limits.js';

/** Groups of REQUIRES edge properties, each read by the SkillRequirement fields named in REQUIREMENT_FIELD_GROUP. */
export const REQUIREMENT_PROPERTY_GROUPS = {
  /** Always projected: the window and the order are on them. */
  ratings: ['importance', 'level'],
  raw: ['importanceRaw', 'levelRaw', 'importanceScale', 'levelScale'],
  essential: ['essential'],
  provenance: ['source', 'sourceId', 'asOf', 'reference', 'method', 'evidence'],
} as const satisfies Record<string, ReadonlyArray<Exclude<keyof SkillRequirement, 'skill'>>>;
export type RequirementPropertyGroup = keyof typeof REQUIREMENT_PROPERTY_GROUPS;

/** Groups of Skill properties, as REQUIREMENT_PROPERTY_GROUPS. */
export const SKILL_PROPERTY_GROUPS = {
  /** Always projected: every Skill resolver that loads more (roles, relatedSkills, details) keys by id. */
  identity: ['id', 'slug', 'name'],
  classification: ['kind', 'category'],
  provenance: ['source', 'sourceId', 'asOf', 'method'],
  details: SKILL_DETAIL_PROPERTY_NAMES,
} as const satisfies Record<string, ReadonlyArray<keyof Skill>>;
export type SkillPropertyGroup = keyof typeof SKILL_PROPERTY_GROUPS;

type FieldOf<T> = Exclude<keyof T, '__typename'>;

/** The properties each SkillRequirement field reads; `skill`: the skill's own selection decides. */
const REQUIREMENT_FIELD_GROUP: Record<FieldOf<SkillRequirementType>, RequirementPropertyGroup | 'skill'> = {
  importance: 'ratings',
  level: 'ratings',
  importanceRaw: 'raw',
  levelRaw: 'raw',
  importanceScale: 'raw',
  levelScale: 'raw',
  essential: 'essential',
  provenance: 'provenance',
  skill: 'skill',
};

/**
 * The properties each Skill field reads. Fields other domains add to Skill (roles, relatedSkills,
 * learningResources, roleCount) load their answers by the skill's id; the details are loaded by id
 * too when not projected (graph/details.ts), so projecting them only saves that statement.
 */
const SKILL_FIELD_GROUP: Record<FieldOf<SkillType>, SkillPropertyGroup> = {
  id: 'identity',
  slug: 'identity',
  name: 'identity',
  kind: 'classification',
  category: 'classification',
  provenance: 'provenance',
  description: 'details',
  aliases: 'details',
  roles: 'identity',
  relatedSkills: 'identity',
  learningResources: 'identity',
  roleCount: 'identity',
};

export interface RequirementSelection {
  /** The lowest `minImportance` of the selections: each one's answer is a prefix of the window. */
  minImportance: number;
  /** The largest `first` of the selections. */
  first: number;
  requirementGroups: ReadonlySet<RequirementPropertyGroup>;
  skillGroups: ReadonlySet<SkillPropertyGroup>;
}

function isFraction(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= LIMITS.maxFirst;
}

/**
 * The requirements the `requiredSkills` fields among `selected` (the fields below a role) read;
 * null when none is selected with valid arguments (an invalid one's resolver reports the error and
 * reads nothing). A field this module does not know (one a schema change added without updating the
 * maps above; the types make that a compile error) reads every group.
 */
export function requirementSelection(selected: readonly SelectedField[]): RequirementSelection | null {
  const requirementGroups = new Set<RequirementPropertyGroup>(['ratings']);
  const skillGroups = new Set<SkillPropertyGroup>(['identity']);
  let minImportance = Infinity;
  let first = -1;
  for (const field of selected) {
    if (field.name !== 'requiredSkills') continue;
    const { minImportance: threshold, first: count } = field.args;
    if (!isFraction(threshold) || !isCount(count)) continue;
    minImportance = Math.min(minImportance, threshold);
    first = Math.max(first, count);
    for (const below of field.selections ?? []) {
      const group = (REQUIREMENT_FIELD_GROUP as Record<string, RequirementPropertyGroup | 'skill' | undefined>)[below.name];
      if (group === undefined) for (const every of Object.keys(REQUIREMENT_PROPERTY_GROUPS) as RequirementPropertyGroup[]) requirementGroups.add(every);
      else if (group !== 'skill') requirementGroups.add(group);
      else {
        for (const skillField of below.selections ?? []) {
          const skillGroup = (SKILL_FIELD_GROUP as Record<string, SkillPropertyGroup | undefined>)[skillField.name];
          if (skillGroup === undefined) for (const every of Object.keys(SKILL_PROPERTY_GROUPS) as SkillPropertyGroup[]) skillGroups.add(every);
          else skillGroups.add(skillGroup);
        }
      }
    }
  }
  return first < 0 ? null : { minImportance, first, requirementGroups, skillGroups };
}

/** The properties a selection projects, in a fixed order (so equal selections give one statement text). */
export function selectedProperties(selection: RequirementSelection): { requirement: string[]; skill: string[] } {
  const pick = <G extends string>(groups: Record<G, readonly string[]>, chosen: ReadonlySet<G>) =>
    (Object.keys(groups) as G[]).filter((group) => chosen.has(group)).flatMap((group) => groups[group]);
  return { requirement: pick(REQUIREMENT_PROPERTY_GROUPS, selection.requirementGroups), skill: pick(SKILL_PROPERTY_GROUPS, selection.skillGroups) };
}
