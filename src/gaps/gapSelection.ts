/**
 * What a skillGap query shows, so its statement reads that and nothing more: the skill properties
 * of every Skill in the answer (requirements', credited held skills', learning resources'), each
 * requirement's learning resources only when `learningResources` is selected, and the target's
 * long detail texts only when a target field shows them. An O*NET occupation's ~150 requirements
 * with full skills and their resources were most of the statement's bytes (docs/performance.md).
 *
 * Pure: no I/O.
 */
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

/** `selected`: the fields selected on the SkillGap. */
export function gapSelection(selected: readonly SelectedField[]): GapSelection {
  const target = selected.filter((field) => field.name === 'target').flatMap((field) => field.selections ?? []);
  return {
    skillProperties: skillPropertiesReadBy(fieldsSelectedOn(selected, 'Skill')),
    resources: selected.some((field) => field.name === 'learningResources'),
    targetProperties: rolePropertiesReadBy(target),
    targetDetails: target.some((field) => (ROLE_FIELDS_READING_DETAILS as ReadonlySet<string>).has(field.name)),
  };
}
