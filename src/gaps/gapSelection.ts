/**
 * What a skillGap or recommendRoles query shows, so its statements read that and nothing more.
 *
 * skillGap: the skill properties
 * of every Skill in the answer (requirements', credited held skills', learning resources'), each
 * requirement's learning resources only when `learningResources` is selected, and the target's
 * long detail texts only when a target field shows them. An O*NET occupation's ~150 requirements
 * with full skills and their resources were most of the statement's bytes (docs/performance.md).
 *
 * Pure: no I/O.
 */
import { ROLE_SUMMARY_PROPERTY_NAMES, SKILL_SUMMARY_PROPERTY_NAMES } from '../graph/model.js';
import { ROLE_FIELDS_READING_DETAILS, rolePropertiesReadBy, skillPropertiesReadBy } from '../graph/selectedProperties.js';
import { fieldsSelectedOn, type SelectedField } from '../lookahead/selectedFields.js';

export interface GapSelection {
  /** The Skill properties the answer shows (graph/selectedProperties.ts). */
  skillProperties: readonly string[];
  /** Whether each requirement's learning resources are read (SkillGap.learningResources). */
  resources: boolean;
  /** The target role's summary properties read (graph/selectedProperties.ts). */
  targetProperties: readonly string[];
  /** Whether the target role's detail properties are read (else loaded by id if a field asks). */
  targetDetails: boolean;
}

/** Everything: for callers that do not look ahead. */
export const WHOLE_GAP: GapSelection = {
  skillProperties: skillPropertiesReadBy([{ name: '*' }]),
  resources: true,
  targetProperties: rolePropertiesReadBy([{ name: '*' }]),
  targetDetails: true,
};

/** The selections below the fields named `name` in `selected`, every alias merged (as execution merges them). */
const below = (selected: readonly SelectedField[], name: string) => selected.filter((field) => field.name === name).flatMap((field) => field.selections ?? []);

/** `selected`: the fields selected on the SkillGap. */
export function gapSelection(selected: readonly SelectedField[]): GapSelection {
  const target = below(selected, 'target');
  return {
    skillProperties: skillPropertiesReadBy(fieldsSelectedOn(selected, 'Skill')),
    resources: selected.some((field) => field.name === 'learningResources'),
    targetProperties: rolePropertiesReadBy(target),
    targetDetails: target.some((field) => (ROLE_FIELDS_READING_DETAILS as ReadonlySet<string>).has(field.name)),
  };
}

/**
 * What a recommendRoles answer shows of its matches (RoleMatch), so the statement that loads the
 * roles and skills shown (GapRepository.loadRolesAndSkills) reads that only: the roles' summary
 * properties the query selects, and the gap items' skills only when the items (gap.missing,
 * gap.partial) are selected. A fresh recommendation asking for role slugs and scores, as a ranking
 * service does, read ~60 skills and every summary property of 10 roles for nothing: ~3.5 of ~30 ms
 * at 100,000 roles (docs/performance.md, "Twenty-ninth pass").
 */
export interface RecommendSelection {
  /** The recommended roles' summary properties read (graph/selectedProperties.ts). */
  roleProperties: readonly string[];
  /** Whether the gap items are shown; when not, no skill is read and the items are not resolved. */
  gapItems: boolean;
  /** The Skill properties the gap items show (their skills and credits' held skills). */
  skillProperties: readonly string[];
}

/** Everything a match can show: for callers that do not look ahead. */
export const WHOLE_RECOMMENDATION: RecommendSelection = {
  roleProperties: ROLE_SUMMARY_PROPERTY_NAMES,
  gapItems: true,
  skillProperties: SKILL_SUMMARY_PROPERTY_NAMES,
};

/** `selected`: the fields selected on RoleMatch (recommendRoles). */
export function recommendSelection(selected: readonly SelectedField[]): RecommendSelection {
  const items = below(selected, 'gap').filter((field) => field.name === 'missing' || field.name === 'partial');
  return {
    roleProperties: rolePropertiesReadBy(below(selected, 'role')),
    gapItems: items.length > 0,
    skillProperties: skillPropertiesReadBy(fieldsSelectedOn(items, 'Skill')),
  };
}

/** `selected`: the fields selected on RoleMatchList (recommendRolesBatch). */
export const recommendListSelection = (selected: readonly SelectedField[]): RecommendSelection => recommendSelection(below(selected, 'matches'));
