/**
 * Which stored properties the API's Role and Skill fields read, so a statement can project only what
 * a query shows (issue 14: an O*NET occupation's ~150 requirements each carry a skill with its
 * provenance; a query showing skill slugs needs none of it). One definition for every domain that
 * looks ahead (roles/requirementSelection.ts, gaps/gapSelection.ts).
 *
 * The maps are typed against the generated schema types: a field added to Skill does not compile
 * until someone says which properties it reads.
 */
import type { Role as RoleType, Skill as SkillType } from '../generated/graphql.js';
import { ROLE_SUMMARY_PROPERTY_NAMES, SKILL_DETAIL_PROPERTY_NAMES, type Skill } from './model.js';

/** Groups of Skill properties, each read by the Skill fields SKILL_FIELD_GROUP names. */
export const SKILL_PROPERTY_GROUPS = {
  /** Always projected: every Skill resolver that loads more (roles, relatedSkills, details) keys by id. */
  identity: ['id', 'slug', 'name'],
  classification: ['kind', 'category'],
  provenance: ['source', 'sourceId', 'asOf', 'method'],
  details: SKILL_DETAIL_PROPERTY_NAMES,
} as const satisfies Record<string, ReadonlyArray<keyof Skill>>;
export type SkillPropertyGroup = keyof typeof SKILL_PROPERTY_GROUPS;

/** The field names of a generated GraphQL object type. */
export type FieldOf<T> = Exclude<keyof T, '__typename'>;

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

/**
 * The Skill properties that the named Skill fields read, in a fixed order (equal selections give one
 * statement text): the identity always, every group for a name the map does not know.
 */
export function skillPropertiesReadBy(fields: Iterable<{ name: string }>): string[] {
  const groups = new Set<SkillPropertyGroup>(['identity']);
  for (const { name } of fields) {
    const group = (SKILL_FIELD_GROUP as Record<string, SkillPropertyGroup | undefined>)[name];
    if (group === undefined) return Object.values(SKILL_PROPERTY_GROUPS).flat();
    groups.add(group);
  }
  return (Object.keys(SKILL_PROPERTY_GROUPS) as SkillPropertyGroup[]).filter((group) => groups.has(group)).flatMap((group) => SKILL_PROPERTY_GROUPS[group]);
}

/**
/** Groups of a Role's summary properties (model.ts ROLE_SUMMARY_PROPERTY_NAMES), each read by the Role fields ROLE_FIELD_GROUPS names. */
export const ROLE_PROPERTY_GROUPS = {
  /** Always projected: resolvers and loaders key by id or slug, and rankings break ties on the slug. */
  identity: ['id', 'slug', 'title'],
  salary: ['medianSalaryUsd', 'salaryBasis'],
  growth: ['growthRating'],
  level: ['experienceLevel', 'jobZone'],
  /** The codes a role declares: the profile (crosswalk) lists them. */
  crosswalk: ['onetCodes', 'escoUris'],
  provenance: ['source', 'sourceId', 'asOf', 'reference', 'method'],
} as const satisfies Record<string, ReadonlyArray<(typeof ROLE_SUMMARY_PROPERTY_NAMES)[number]>>;
export type RolePropertyGroup = keyof typeof ROLE_PROPERTY_GROUPS;

/**
 * The summary properties each Role field reads. The profile fields (salary's bands, family, typical
 * day, getting started, FAQ, crosswalk) share one per-request profile loaded by role id and built
 * with the role's declared codes (roles/repository.ts toProfile), so each of them reads the codes:
 * a profile built from a role without them would be kept for every selection of that role.
 * Detail properties are ROLE_FIELDS_READING_DETAILS' business; the fields other domains add
 * (nextRoles, previousRoles, similarRoles) and requiredSkills load by id or slug.
 */
const ROLE_FIELD_GROUPS: Record<FieldOf<RoleType>, readonly RolePropertyGroup[]> = {
  id: ['identity'],
  slug: ['identity'],
  title: ['identity'],
  summary: ['identity'],
  description: ['identity'],
  alternateTitles: ['identity'],
  progressionSummary: ['identity'],
  salary: ['salary', 'crosswalk'],
  growth: ['growth'],
  experienceLevel: ['level'],
  jobZone: ['level'],
  provenance: ['provenance'],
  family: ['crosswalk'],
  typicalDay: ['crosswalk'],
  gettingStarted: ['crosswalk'],
  faq: ['crosswalk'],
  crosswalk: ['crosswalk'],
  requiredSkills: ['identity'],
  nextRoles: ['identity'],
  previousRoles: ['identity'],
  similarRoles: ['identity'],
};

/**
 * The Role summary properties that the named Role fields read (plus the groups in `also`), in a
 * fixed order: the identity always, every group for a name the map does not know.
 */
export function rolePropertiesReadBy(fields: Iterable<{ name: string }>, also: readonly RolePropertyGroup[] = []): string[] {
  const groups = new Set<RolePropertyGroup>(['identity', ...also]);
  for (const { name } of fields) {
    const read = (ROLE_FIELD_GROUPS as Record<string, readonly RolePropertyGroup[] | undefined>)[name];
    if (read === undefined) return [...ROLE_SUMMARY_PROPERTY_NAMES];
    for (const group of read) groups.add(group);
  }
  return (Object.keys(ROLE_PROPERTY_GROUPS) as RolePropertyGroup[]).filter((group) => groups.has(group)).flatMap((group) => ROLE_PROPERTY_GROUPS[group]);
}

/**
 * The Role fields that read a detail property (model.ts ROLE_DETAIL_PROPERTY_NAMES) through
 * detailOf (src/roles/resolvers.ts). A statement returning one role projects its details when one
 * of these is selected; otherwise they are loaded by id if ever asked.
 */
export const ROLE_FIELDS_READING_DETAILS: ReadonlySet<FieldOf<RoleType>> = new Set<FieldOf<RoleType>>([
  'summary', 'description', 'alternateTitles', 'progressionSummary', 'provenance', 'growth',
]);
