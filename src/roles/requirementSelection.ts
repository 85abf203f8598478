/**
 * What the `requiredSkills` selections below one looked-up role read, so the lookup's statement
 * fetches that and nothing more (RoleLookup): the window of requirements (importance threshold and
 * count) and which groups of properties of the REQUIRES edge and of the skill. An O*NET occupation
 * requires ~150 skills, each edge with its provenance (evidence texts, dates); a query showing the
 * top ten skill names would otherwise pull all of it through the driver (docs/performance.md,
 * issue 14: "project only what the query selects").
 *
 * Pure: no I/O. The mapping from GraphQL field to property group is typed against the generated
 * schema types, so a field added to SkillRequirement does not compile until someone says what it
 * reads; the Skill side is graph/selectedProperties.ts.
 */
import type { SelectedField } from '../lookahead/selectedFields.js';
import type { SkillRequirement as SkillRequirementType } from '../generated/graphql.js';
import type { SkillRequirement } from '../graph/model.js';
import { skillPropertiesReadBy, type FieldOf } from '../graph/selectedProperties.js';
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
/** Every stored property of a requirement the API shows. */
export const REQUIREMENT_PROPERTY_NAMES: readonly string[] = Object.values(REQUIREMENT_PROPERTY_GROUPS).flat();

/** The properties each SkillRequirement field reads; `skill`: the skill's own selection decides (graph/selectedProperties.ts). */
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

export interface RequirementSelection {
  /** The lowest `minImportance` of the selections: each one's answer is a prefix of the window. */
  minImportance: number;
  /** The largest `first` of the selections. */
  first: number;
  requirementGroups: ReadonlySet<RequirementPropertyGroup>;
  /** The skill properties the selections read (graph/selectedProperties.ts). */
  skillProperties: readonly string[];
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
  const skillFields: SelectedField[] = [];
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
      else skillFields.push(...(below.selections ?? []));
    }
  }
  return first < 0 ? null : { minImportance, first, requirementGroups, skillProperties: skillPropertiesReadBy(skillFields) };
}

/** The properties a selection projects, in a fixed order (so equal selections give one statement text). */
export function selectedProperties(selection: RequirementSelection): { requirement: string[]; skill: string[] } {
  const groups = Object.keys(REQUIREMENT_PROPERTY_GROUPS) as RequirementPropertyGroup[];
  return {
    requirement: groups.filter((group) => selection.requirementGroups.has(group)).flatMap((group) => REQUIREMENT_PROPERTY_GROUPS[group]),
    skill: [...selection.skillProperties],
  };
}
