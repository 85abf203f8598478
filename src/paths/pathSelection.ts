/**
 * What a nextRoles / previousRoles or careerPaths query shows, so its statement reads that and no
 * more: the properties of every Role and Skill in the answer (the roles on the routes; bridging and
 * shared skills, credited held skills) and, of each move (LEADS_TO), its texts and provenance only when a step field shows them.
 * The statements return every skill of every role on the routes and every move; on a curated role's
 * two-hop neighbourhood the skills' provenance and the moves' texts were ~45% of the bytes decoded
 * (docs/performance.md).
 *
 * Pure: no I/O.
 */
import { rolePropertiesReadBy, skillPropertiesReadBy } from '../graph/selectedProperties.js';
import { fieldsSelectedOn, type SelectedField } from '../lookahead/selectedFields.js';

/** Move properties the ranking reads (scoring/pathRanking.ts, progressions.ts): always projected. */
export const STEP_RANKING_PROPERTIES = ['kind', 'typicalYears', 'confidence', 'via'] as const;
/** Move properties only ProgressionStep / CareerPathStep fields show (rationale, salaryNote, provenance). */
export const STEP_DETAIL_PROPERTIES = ['rationale', 'salaryNote', 'source', 'sourceId', 'asOf', 'reference', 'method', 'evidence'] as const;
/** The step fields that read STEP_DETAIL_PROPERTIES. */
const STEP_DETAIL_FIELDS: ReadonlySet<string> = new Set(['rationale', 'salaryNote', 'provenance']);
/** The object types whose fields read a move's properties. */
const STEP_TYPES = ['ProgressionStep', 'CareerPathStep'];
/** The types a path answer shows a move's skills through (SkillGapItem and SkillCredit resolve theirs). */
const SKILL_TYPES: ReadonlySet<string> = new Set(['Skill', 'SkillGapItem', 'SkillCredit']);
/** The type of a route's score's parts (CareerPath.scoreBreakdown, Progression's too). */
const SCORE_TYPES: ReadonlySet<string> = new Set(['ScoreComponent']);

export interface PathSelection {
  /** The Role summary properties the answer shows, and the salary the ranking reads (graph/selectedProperties.ts). */
  roleProperties: readonly string[];
  /**
   * Whether the answer shows any skill of a move (bridging or shared skills, a credit's held skill):
   * when it does not, the statement returns no Skill at all, only the skill ids of the requirements
   * the gaps are computed from. On fresh O*NET / ESCO career paths (thousands of requirements) the
   * skills were a third of the statement's time (docs/performance.md, seventh pass).
   */
  skills: boolean;
  /** The Skill properties the answer shows (graph/selectedProperties.ts). */
  skillProperties: readonly string[];
  /** Whether each move's texts and provenance are read. */
  stepDetails: boolean;
  /**
   * Whether a careerPaths answer shows what its roles' requirements give a route: its gap or score
   * (`totals { gap score }`, `scoreBreakdown`) or a move's skills (`skills`). When it does not, and
   * the routes it returns are put in order by fewest moves or salary alone, their requirements are
   * not read (paths/repository.ts, findCareerPathsInMoveGraph).
   */
  routeScores: boolean;
}

/** Everything: for callers that do not look ahead. */
export const WHOLE_PATHS: PathSelection = {
  roleProperties: rolePropertiesReadBy([{ name: '*' }]),
  skills: true,
  skillProperties: skillPropertiesReadBy([{ name: '*' }]),
  stepDetails: true,
  routeScores: true,
};
/** The PathTotals fields computed from the roles' requirements. */
const REQUIREMENT_TOTALS: ReadonlySet<string> = new Set(['gap', 'score']);
/** Read for every role on a route: salary change and the salary ranking use the median salary. */
const RANKING_ROLE_GROUPS = ['salary'] as const;

/** `selected`: the fields selected on a Progression or a CareerPath. */
export function pathSelection(selected: readonly SelectedField[]): PathSelection {
  const skills = selectsAnyOf(selected, SKILL_TYPES);
  return {
    roleProperties: rolePropertiesReadBy(fieldsSelectedOn(selected, 'Role'), RANKING_ROLE_GROUPS),
    skills,
    skillProperties: skillPropertiesReadBy(fieldsSelectedOn(selected, 'Skill')),
    stepDetails: STEP_TYPES.some((type) => fieldsSelectedOn(selected, type).some((field) => STEP_DETAIL_FIELDS.has(field.name))),
    routeScores:
      skills || selectsAnyOf(selected, SCORE_TYPES) || fieldsSelectedOn(selected, 'PathTotals').some((field) => REQUIREMENT_TOTALS.has(field.name)),
  };
}

/** One string per selection, for statement caches and loader keys. */
export function pathSelectionKey(selection: PathSelection): string {
  return `${selection.roleProperties.join()}/${selection.skills ? selection.skillProperties.join() : '-'}/${selection.stepDetails}/${selection.routeScores}`;
}

/** Whether a field of one of `types` is selected anywhere in `selected` (conservative: a Role's own skills count too). */
function selectsAnyOf(selected: readonly SelectedField[], types: ReadonlySet<string>): boolean {
  return selected.some((field) => (field.type !== undefined && types.has(field.type)) || selectsAnyOf(field.selections ?? [], types));
}
