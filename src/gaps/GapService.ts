/**
 * The gap domain's per-request layer: takes validated arguments, runs the repository's bounded
 * statements, and applies the pure scoring (skillGap.ts, roleMatch.ts, leverage.ts, gapEffort.ts).
 * It owns no Cypher and no GraphQL; resolvers validate and delegate here.
 */
import { notFound } from '../errors.js';
import type { Role, Skill } from '../graph/model.js';
import { estimateGapEffort } from '../scoring/gapEffort.js';
import { rankSkillLeverage } from '../scoring/leverage.js';
import { candidatePoolSize, rankRoleMatches, summariseGap, type GapSummary, type RankedRole } from '../scoring/roleMatch.js';
import { CreditIndex } from '../scoring/skillCredit.js';
import { computeSkillGap, type GapItem } from '../scoring/skillGap.js';
import { resolveGapItem } from '../skills/resolveGapItem.js';
import type { ProfileEntry, RecommendFilterParams, RoleMatchList, SkillGap, SkillGapItem, SkillLeverage } from './model.js';
import { heldFromRole, mergeHeldLevels, uniqueInputs } from './profile.js';
import type { CandidateSet, GapRepository } from './repository.js';
import { WHOLE_GAP, WHOLE_RECOMMENDATION, type GapSelection, type RecommendSelection } from './gapSelection.js';

export class GapService {
  constructor(private readonly repository: GapRepository) {}

  /** One statement, reading what `selection` says the answer shows. */
  async skillGap(entries: readonly ProfileEntry[], target: string, fromRole: string | null, selection: GapSelection = WHOLE_GAP): Promise<SkillGap> {
    const row = await this.repository.loadSkillGap(entries, target, fromRole, selection);
    if (!row.target) throw notFound('Role', target);
    if (fromRole !== null && !row.originFound) throw notFound('Role', fromRole);

    const held = mergeHeldLevels(row.held, heldFromRole(row.originRequirements));
    const requirements = row.requirements.map((req) => ({
      skillId: req.skill.id,
      importance: req.importance ?? 0,
      level: req.level,
      essential: req.essential ?? false,
    }));
    const gap = computeSkillGap(held, requirements, row.credits);
    const byId = new Map(row.requirements.map((req) => [req.skill.id, req]));
    const skills = new Map([...row.heldSkills, ...row.requirements.map((req) => req.skill)].map((skill) => [skill.id, skill]));
    const withSkill = (item: GapItem): SkillGapItem => resolveGapItem(item, (id) => skills.get(id));
    return {
      target: row.target,
      coverage: gap.coverage,
      gap: gap.gap,
      missing: gap.missing.map(withSkill),
      partial: gap.partial.map(withSkill),
      met: gap.met.map(withSkill),
      effort: estimateGapEffort(gap),
      learningResources: gap.items
        .filter((item) => item.status !== 'MET' && byId.get(item.skillId)!.resources.length > 0)
        .map((item) => ({ skill: byId.get(item.skillId)!.skill, status: item.status, weight: item.weight, resources: byId.get(item.skillId)!.resources })),
      unresolvedSkills: unresolvedInputs(entries, row.unresolved),
    };
  }

  /**
   * Two statements for any number of profiles: candidates (with resolution), then the roles and
   * skills shown, reading what `selection` says the answer shows (gapSelection.ts).
   */
  async recommendRoles(
    profiles: ReadonlyArray<readonly ProfileEntry[]>,
    first: number,
    filter: RecommendFilterParams,
    selection: RecommendSelection = WHOLE_RECOMMENDATION,
  ): Promise<RoleMatchList[]> {
    if (profiles.length === 0) return [];
    const sets = await this.repository.loadCandidates(profiles, filter, candidatePoolSize(first));
    const ranked = sets.map((set) => rankRoleMatches(heldOf(set), set.candidates, first, set.credits));

    const shown = ranked.flat();
    const { roles, skills } = await this.repository.loadRolesAndSkills(
      shown.map((match) => match.roleId),
      selection.gapItems ? shown.flatMap((match) => shownItems(summariseGap(match.gap)).flatMap(skillIdsOf)) : [],
      selection.roleProperties,
      selection.skillProperties,
    );
    return ranked.map((matches, index) => ({
      matches: matches.map((match) => toRoleMatch(match, roles, skills, selection.gapItems)),
      unresolvedSkills: unresolvedInputs(profiles[index]!, sets[index]!.unresolved),
    }));
  }

  /** Two statements: candidates (with resolution), then the skills and unlocked roles shown. */
  async skillLeverage(entries: readonly ProfileEntry[], first: number, filter: RecommendFilterParams): Promise<SkillLeverage[]> {
    // Leverage looks at the same pool recommendRoles ranks from, so "unlocks" are roles it could recommend.
    const [set] = await this.repository.loadCandidates([entries], filter, candidatePoolSize(first));
    const held = heldOf(set!);
    const credits = new CreditIndex(held, set!.credits);
    const roleGaps = set!.candidates.map((candidate) => ({ roleId: candidate.roleId, gap: computeSkillGap(held, candidate.requirements, credits) }));
    const scores = rankSkillLeverage(roleGaps, first);
    const { roles, skills } = await this.repository.loadRolesAndSkills(
      scores.flatMap((score) => score.unlocks),
      scores.map((score) => score.skillId),
    );
    return scores.map((score) => ({
      skill: required(skills.get(score.skillId), 'Skill', score.skillId),
      rolesUnlocked: score.rolesUnlocked,
      gapClosed: score.gapClosed,
      score: score.score,
      unlocks: score.unlocks.map((roleId) => required(roles.get(roleId), 'Role', roleId)),
    }));
  }
}

function heldOf(set: CandidateSet): Map<string, number | null> {
  return mergeHeldLevels(set.held);
}

function unresolvedInputs(entries: readonly ProfileEntry[], indexes: readonly number[]): string[] {
  return uniqueInputs([...indexes].sort((a, b) => a - b).map((index) => entries[index]!.input));
}

/** The skills a gap item shows: its own and, when credited, the held skill behind the credit. */
function skillIdsOf(item: GapItem): string[] {
  return item.credit ? [item.skillId, item.credit.heldSkillId] : [item.skillId];
}

/** The gap items a match shows (SkillGapSummary.missing and .partial). */
const shownItems = (summary: GapSummary) => [...summary.missing, ...summary.partial];

/**
 * A match as the API returns it. Without `gapItems` (the query selects neither gap.missing nor
 * gap.partial: RecommendSelection) its skills were not read, and the item lists stay empty: nothing
 * reads them.
 */
function toRoleMatch(match: RankedRole, roles: ReadonlyMap<string, Role>, skills: ReadonlyMap<string, Skill>, gapItems: boolean) {
  const summary = summariseGap(match.gap);
  const withSkill = (item: GapItem) => resolveGapItem(item, (id) => required(skills.get(id), 'Skill', id));
  return {
    role: required(roles.get(match.roleId), 'Role', match.roleId),
    score: match.score,
    coverage: match.coverage,
    gap: { ...summary, missing: gapItems ? summary.missing.map(withSkill) : [], partial: gapItems ? summary.partial.map(withSkill) : [] },
  };
}

/** A node read a moment ago in the same request has gone: a concurrent delete, not the client's fault. */
function required<T>(value: T | undefined, what: string, id: string): T {
  if (value === undefined) throw new Error(`${what} ${id} disappeared between two statements of one request`);
  return value;
}
