/**
 * Cypher for skill gaps and recommendations. Every statement resolves the whole profile itself
 * (RESOLVE_ENTRIES), so a root field costs one statement to compute and at most one more to load
 * the roles and skills it shows, whatever the profile or batch size; and one more to read the
 * requirements of candidate roles the process does not remember (roles/RequirementMemo.ts), and,
 * right after a write, the computing statement once more when it relied on remembered credit links
 * (skills/CreditLinkMemo.ts) or requirements.
 */
import neo4j from 'neo4j-driver';
import { CURATED_SOURCE } from '../graph/sources.js';
import type { GraphDatabase } from '../neo4j/GraphDatabase.js';
import { statementCache } from '../neo4j/statementCache.js';
import { joinParts, REQUIREMENTS_PER_RECORD, returnInParts, returnWhole, type PartRow, type RecordParts } from '../neo4j/recordParts.js';
import { fromTuple, projection, tupleProjection } from '../neo4j/projection.js';
import { ROLE_DETAIL_PROPERTY_NAMES, ROLE_SUMMARY_PROPERTY_NAMES, type Role, SKILL_SUMMARY_PROPERTY_NAMES, type Skill } from '../graph/model.js';
import { CANDIDATE_ROLES_PER_SKILL, CANDIDATE_SEED_SKILLS, CREDIT_EQUIVALENTS_PER_SKILL, CROWDED_SKILL_MIN_IMPORTANCE } from '../scoring/roleMatch.js';
import { CLOSE_MATCH_SHARE, SAME_CONCEPT_SHARE, type CreditLink, type CreditLinks } from '../scoring/skillCredit.js';
import { ASSUMED_REQUIRED_LEVEL, type RequirementInput } from '../scoring/skillGap.js';
import { requirementsAtCommit, requirementsWithSkillsAtCommit, requirementTuples, servesRequirementsWithSkills, type RequirementMemo } from '../roles/RequirementMemo.js';
import { readWithCreditLinkMemo, type CreditLinkMemo } from '../skills/CreditLinkMemo.js';
import { creditNeighbours } from '../skills/creditNeighbours.js';
import { SkillIdentityMemo } from '../skills/SkillIdentityMemo.js';
import type { LearningResource } from '../skills/model.js';
import type { ProfileEntry, RecommendFilterParams } from './model.js';
import { WHOLE_GAP, type GapSelection } from './gapSelection.js';

// Lists of roles and skills come without their detail properties (graph/details.ts); the one target role comes whole.
const RESOURCE_FIELDS = projection('resource', ['id', 'title', 'kind', 'provider', 'url', 'source', 'sourceId', 'asOf', 'method']);

/**
 * A held skill's credit links, or null when `$linksKnown` names it: the process remembers them from an
 * earlier statement at the same commit (skills/CreditLinkMemo.ts). CASE evaluates only the branch it takes.
 */
const creditLinksUnlessKnown = (variable: string) => `CASE WHEN ${variable}.id IN $linksKnown THEN null ELSE ${creditNeighbours(variable)} END`;

/**
 * Resolves the list `entries` ({index, key, level}) in one pass: Skill.slug first, then the
 * SkillName lookup node (names and aliases, lower-cased), preferring the curated skill when a name
 * is shared across sources. Yields {index, level, skill} with skill null when nothing matches.
 */
const RESOLVE_ENTRIES = `COLLECT {
  UNWIND entries AS entry
  OPTIONAL MATCH (bySlug:Skill {slug: entry.key})
  WITH entry, bySlug, CASE WHEN bySlug IS NULL THEN COLLECT {
      MATCH (:SkillName {key: entry.key})<-[:KNOWN_AS]-(named:Skill)
      RETURN named ORDER BY CASE named.source WHEN $curatedSource THEN 0 ELSE 1 END, named.id LIMIT 1
    } ELSE [] END AS byName
  RETURN {index: entry.index, level: entry.level, skill: coalesce(bySlug, byName[0])}
}`;

/**
 * skillGap in one statement: the profile, the target with every requirement (skill and learning
 * resources included, so the gap needs no second round trip), the origin role's requirements, and
 * every held skill (profile or origin) with what it can credit (gap credit) unless `$linksKnown`
 * names it, so a credit names its held skill without another round trip; with `readsLinks` false,
 * no credits at all (the memo knows every held skill's). Shaped by what the query
 * shows (gapSelection.ts): the skills' properties, the resources and the target's details only when
 * selected. The target's requirements come as tuples (RequirementRowTuple): an O*NET target has
 * ~90-150, and their keys were ~6 % of a fresh skillGap statement's time in-process
 * (docs/performance.md, "Thirteenth pass").
 */
function skillGapStatement(selection: GapSelection, readsLinks: boolean, readsRequirements: boolean): string {
  const skillFields = projection('skill', selection.skillProperties);
  return `
WITH $entries AS entries
WITH ${RESOLVE_ENTRIES} AS resolutions
OPTIONAL MATCH (target:Role {slug: $target})
OPTIONAL MATCH (origin:Role {slug: $fromRole})
RETURN [r IN resolutions WHERE r.skill IS NULL | r.index] AS unresolved,
  [r IN resolutions WHERE r.skill IS NOT NULL | {skillId: r.skill.id, level: r.level}] AS held,
  ${projection('target', targetProperties(selection))} AS target,
  origin IS NOT NULL AS originFound,
  ${readsRequirements ? targetRequirements(selection) : '[]'} AS requirements,
  COLLECT {
    MATCH (origin)-[req:REQUIRES]->(skill:Skill) RETURN {skillId: skill.id, level: req.level}
  } AS originRequirements,
  COLLECT {
    CALL (resolutions, origin) {
      UNWIND resolutions AS resolution
      WITH resolution.skill AS skill WHERE skill IS NOT NULL
      RETURN skill
      UNION
      MATCH (origin)-[:REQUIRES]->(skill:Skill)
      RETURN skill
    }
    RETURN {skill: ${skillFields}, credits: ${readsLinks ? creditLinksUnlessKnown('skill') : 'null'}}
  } AS heldSkills,
  [r IN resolutions WHERE r.skill IS NOT NULL | [r.index, r.skill.id]] AS resolved`;
}
/** The target's requirements as RequirementRowTuple, with the skills' properties and resources `selection` shows. */
function targetRequirements(selection: GapSelection): string {
  const resources = selection.resources
    ? `COLLECT {
        MATCH (skill)-[:HAS_RESOURCE]->(resource:LearningResource)
        RETURN ${RESOURCE_FIELDS} ORDER BY resource.kind, resource.title, resource.id
      }`
    : '[]';
  return `COLLECT {
    MATCH (target)-[req:REQUIRES]->(skill:Skill)
    RETURN [req.importance, req.level, req.essential, ${tupleProjection('skill', selection.skillProperties)}, ${resources}]
  }`;
}

/**
 * The skillGap target, for an answer whose profile and credit links the memos hold
 * (GapRepository.skillGapFromMemos): the statement tells the commit they must have been read at, finds
 * the target and, when the memos do not give them too, its requirements. In-process on O*NET + ESCO,
 * without requirements its p50 was 0.42-0.58 ms against 0.60-0.80 ms for skillGapStatement without
 * them (docs/performance.md, "Twenty-fifth pass").
 */
const targetStatement = (selection: GapSelection, readsRequirements: boolean) => `
OPTIONAL MATCH (target:Role {slug: $target})
RETURN ${projection('target', targetProperties(selection))} AS target,
  ${readsRequirements ? targetRequirements(selection) : '[]'} AS requirements`;
const targetProperties = (selection: GapSelection) =>
  selection.targetDetails ? [...selection.targetProperties, ...ROLE_DETAIL_PROPERTY_NAMES] : selection.targetProperties;
const targetStatements = statementCache();
const cachedTargetStatement = (selection: GapSelection, readsRequirements: boolean) =>
  targetStatements(
    `${selection.skillProperties.join()}/${selection.resources}/${selection.targetProperties.join()}/${selection.targetDetails}/${readsRequirements}`,
    () => targetStatement(selection, readsRequirements),
  );

/** skillGap answers, as a reader of the requirement memo (RequirementMemo.noteNeeded, readsInStatement). */
const SKILL_GAP_READER = 'skillGap';
const skillGapStatements = statementCache();
/**
 * `readsLinks` false: the held skills' credit links all null, for when the memo knows them all
 * (CreditLinkReadSpec.withoutLinks). `readsRequirements` false: no requirements, for when the
 * requirement and skill-identity memos give them (GapRepository.loadSkillGap).
 */
const cachedSkillGapStatement = (selection: GapSelection, readsLinks: boolean, readsRequirements: boolean) =>
  skillGapStatements(
    `${selection.skillProperties.join()}/${selection.resources}/${selection.targetProperties.join()}/${selection.targetDetails}/${readsLinks}/${readsRequirements}`,
    () => skillGapStatement(selection, readsLinks, readsRequirements),
  );

/**
 * Candidate roles for many profiles at once (recommendRoles, its batch form and skillLeverage).
 * Per profile: resolve; merge duplicates (highest stated level; null only when none is stated);
 * take the $seedSkills held skills required by the fewest roles (the most telling ones; the
 * degree of a skill is read from the store, not counted); from each, and from at most
 * $equivalents skills that are the same concept or a close match (same name, MATCHES EXACT /
 * CLOSE: gap credit's equivalents, so a profile in ESCO or O*NET skill names reaches curated
 * roles), walk to at most $perSkill roles requiring it that pass the filter (for a skill required
 * by more, only roles for which it is important); pre-score each role from those edges (an
 * equivalent's level times its credit share) and its requirement count alone
 * (src/scoring/roleMatch.ts explains the pre-score). Only the best $pool roles per profile have
 * their full requirement lists read. So the work is at most $seedSkills × (1 + $equivalents) ×
 * $perSkill edges plus $pool × requirements per profile, however many roles the graph holds or a
 * skill is required by. The held skills' credit links come back too, for the exact gap.
 *
 * With `withRequirements` false the candidates come as ids only, and their requirements from the
 * process's memo and one more statement for those it lacks (loadCandidates): on the O*NET + ESCO
 * graph the 100 candidates' requirement lists were more than half of this statement's time
 * (docs/performance.md, "Twelfth pass").
 */
const loadCandidatesStatement = (withRequirements: boolean) => `
UNWIND $profiles AS profile
CALL (profile) {
  WITH profile.entries AS entries
  WITH ${RESOLVE_ENTRIES} AS resolutions
  RETURN [r IN resolutions WHERE r.skill IS NULL | r.index] AS unresolved,
    [r IN resolutions WHERE r.skill IS NOT NULL] AS found
}
CALL (found) {
  UNWIND found AS claim
  WITH claim.skill AS skill, max(claim.level) AS level
  WHERE level IS NULL OR level > 0
  WITH skill, level, COUNT { (skill)<-[:REQUIRES]-() } AS requiredBy
  ORDER BY requiredBy, skill.id
  LIMIT $seedSkills
  CALL (skill, level, requiredBy) {
    RETURN skill AS via, 1.0 AS share, requiredBy AS viaRequiredBy
    UNION
    CALL (skill) {
      MATCH (skill)-[:KNOWN_AS]->(:SkillName)<-[:KNOWN_AS]-(other:Skill) WHERE other <> skill
      RETURN other, $sameConceptShare AS share
      UNION
      MATCH (skill)-[link:MATCHES]-(other:Skill) WHERE link.matchType IN ['EXACT', 'CLOSE'] AND other <> skill
      RETURN other, CASE link.matchType WHEN 'EXACT' THEN $sameConceptShare ELSE $closeMatchShare END AS share
    }
    WITH other, max(share) AS share ORDER BY share DESC, other.id LIMIT $equivalents
    RETURN other AS via, share, COUNT { (other)<-[:REQUIRES]-() } AS viaRequiredBy
  }
  WITH skill, via, CASE WHEN level IS NULL THEN NULL ELSE level * share END AS level, viaRequiredBy
  CALL (via, level, viaRequiredBy) {
    MATCH (via)<-[req:REQUIRES]-(role:Role)
    WHERE (viaRequiredBy <= $perSkill OR req.importance >= $crowdedMinImportance)
      AND ($sources IS NULL OR role.source IN $sources)
      AND ($minSalaryUsd IS NULL OR role.medianSalaryUsd >= $minSalaryUsd)
      AND ($maxJobZone IS NULL OR role.jobZone <= $maxJobZone)
      AND NOT role.slug IN $excludeRoles
      AND ($families IS NULL OR EXISTS { (role)-[:IN_FAMILY]->(family:RoleFamily) WHERE family.slug IN $families })
    RETURN role, req.importance AS importance, req.importance * CASE
      WHEN level IS NULL OR level >= coalesce(req.level, $assumedLevel) THEN 1.0
      ELSE level / coalesce(req.level, $assumedLevel) END AS covered
    LIMIT $perSkill
  }
  // A requirement reached from two held skills (one directly, one as an equivalent) counts once.
  WITH role, via, max(covered) AS covered, max(importance) AS importance
  WITH role, sum(covered) AS covered, sum(importance) AS matchedImportance, count(*) AS matched
  WITH role, covered, matchedImportance, matched, COUNT { (role)-[:REQUIRES]->() } AS requirementCount
  WITH role, CASE WHEN matchedImportance > 0 THEN covered / matchedImportance ELSE 1.0 END
    * toFloat(matched) / requirementCount AS prescore
  ORDER BY prescore DESC, role.id
  LIMIT $pool
  RETURN collect({roleId: role.id${withRequirements ? `, requirements: ${requirementTuples('role')}` : ''}}) AS candidates
}
CALL (found) {
  UNWIND found AS claim
  WITH DISTINCT claim.skill AS skill
  RETURN collect([skill.id, ${creditLinksUnlessKnown('skill')}]) AS credits
}
WITH profile.index AS index, unresolved, [claim IN found | {skillId: claim.skill.id, level: claim.level}] AS held, candidates, credits,
  [claim IN found | [claim.index, claim.skill.id]] AS resolved
${(withRequirements ? returnInParts : returnWhole)(CANDIDATE_PARTS)}`;
const CANDIDATE_PARTS: RecordParts = { identity: ['index'], head: ['unresolved', 'held', 'resolved'], byRequirements: 'candidates', shared: ['credits'] };
const LOAD_CANDIDATES = { withRequirements: loadCandidatesStatement(true), idsOnly: loadCandidatesStatement(false) };

/** The roles and skills a result shows, in one statement, with the properties given (gapSelection.ts RecommendSelection). */
const rolesAndSkillsStatements = statementCache();
const rolesAndSkillsStatement = (roleProperties: readonly string[], skillProperties: readonly string[]) =>
  rolesAndSkillsStatements(
    `${roleProperties.join()}/${skillProperties.join()}`,
    () => `
RETURN
  COLLECT { UNWIND $roleIds AS id MATCH (role:Role {id: id}) RETURN ${projection('role', roleProperties)} } AS roles,
  COLLECT { UNWIND $skillIds AS id MATCH (skill:Skill {id: id}) RETURN ${projection('skill', skillProperties)} } AS skills`,
  );

export interface HeldClaim {
  skillId: string;
  level: number | null;
}

export interface TargetRequirement {
  importance: number | null;
  level: number | null;
  essential: boolean | null;
  skill: Skill;
  resources: LearningResource[];
}

export interface SkillGapRow {
  /** Indexes of the profile entries that resolved to no skill. */
  unresolved: number[];
  held: HeldClaim[];
  target: Role | null;
  originFound: boolean;
  requirements: TargetRequirement[];
  originRequirements: HeldClaim[];
  /** Every skill held (profile or origin role), once, with what it can credit. */
  heldSkills: Skill[];
  credits: CreditLinks;
}

export interface CandidateSet {
  unresolved: number[];
  held: HeldClaim[];
  candidates: { roleId: string; requirements: readonly RequirementInput[] }[];
  /** What each held skill can credit (gap credit). */
  credits: CreditLinks;
}

/** [profile entry index, skill id] for every entry that resolved. */
type ResolvedEntries = Array<[index: number, skillId: string]>;

/** A target requirement as skillGapStatement returns it: the skill's selected properties as a tuple too. */
type RequirementRowTuple = [importance: number | null, level: number | null, essential: boolean | null, skill: unknown[], resources: LearningResource[]];

type SkillGapStatementRow = Omit<SkillGapRow, 'heldSkills' | 'credits' | 'requirements'> & {
  requirements: RequirementRowTuple[];
  heldSkills: { skill: Skill; credits: CreditLink[] | null }[];
  resolved: ResolvedEntries;
};

const requirementOf = ([importance, level, essential, skill, resources]: RequirementRowTuple, selection: GapSelection): TargetRequirement => ({
  importance,
  level,
  essential,
  skill: fromTuple<Skill>(selection.skillProperties, skill),
  resources,
});

/** A profile's held skills as the memos give them at `commit` (GapRepository.heldFromMemos). */
interface HeldFromMemos {
  commit: string;
  held: HeldClaim[];
  heldSkills: Skill[];
  credits: CreditLinks;
}

type CompactRequirement = [skillId: string, importance: number | null, level: number | null, essential: boolean | null];

interface CandidateRow extends PartRow {
  index: number;
  unresolved: number[];
  held: HeldClaim[];
  /** requirements: absent when the statement left them to the memo (LOAD_CANDIDATES.idsOnly). */
  candidates: { roleId: string; requirements?: CompactRequirement[] }[];
  credits: Array<[skillId: string, links: CreditLink[] | null]>;
  resolved: ResolvedEntries;
}

const withIndex = (entries: readonly ProfileEntry[]) => entries.map(({ key, level }, index) => ({ index, key, level }));

/** Each resolved entry's key with its skill, for the memo. */
const resolvedKeys = (entries: readonly ProfileEntry[], resolved: ResolvedEntries) =>
  resolved.map(([index, skillId]) => [entries[index]!.key, skillId] as const);

export class GapRepository {
  constructor(
    private readonly db: GraphDatabase,
    private readonly creditLinks: CreditLinkMemo,
    /** About how many requirement tuples a record of LOAD_CANDIDATES holds (neo4j/recordParts.ts). */
    private readonly requirementsPerRecord = REQUIREMENTS_PER_RECORD,
    /** Where candidates' requirements come from when it holds them; without it, from the statement. */
    private readonly requirements: RequirementMemo | null = null,
    /** With `requirements`: the skills of a skillGap target's requirements, so its statement leaves them out. */
    private readonly skillIdentities: SkillIdentityMemo | null = null,
  ) {}

  /**
   * Skills, resources and the target's details as `selection` asks (gapSelection.ts). The target's
   * requirements come from the requirement memo and their skills from the skill-identity memo when
   * both can give them at the statement's commit (requirementsFromMemos), so the statement leaves them
   * out; otherwise, or when the graph moved between the statements, the statement reads them. Without
   * a fromRole, a profile the memos know (heldFromMemos) is not resolved by the statement either:
   * it only finds the target (skillGapFromMemos).
   */
  async loadSkillGap(entries: readonly ProfileEntry[], target: string, fromRole: string | null, selection: GapSelection = WHOLE_GAP): Promise<SkillGapRow> {
    let seenCommit: string | undefined;
    if (fromRole === null && this.profileFromMemos(selection)) {
      const held = this.heldFromMemos(entries);
      const answer = held && (await this.skillGapFromMemos(held, target, selection, !this.requirementsFromMemos(selection)));
      if (answer && 'row' in answer) return answer.row;
      seenCommit = answer?.seenCommit;
    }
    // Asked again: a memo found behind the graph just now serves no one (SkillIdentityMemo.noteBehind).
    const fromMemos = this.requirementsFromMemos(selection);
    if (fromMemos) {
      const { row, credits, commit } = await this.readSkillGap(entries, target, fromRole, selection, false, seenCommit);
      if (!row.target) return { ...row, requirements: [], credits };
      this.requirements!.noteNeeded(SKILL_GAP_READER, commit, [row.target.id]);
      const requirements = await this.rememberedRequirements(row.target.id, commit);
      if (requirements) return { ...row, requirements, credits };
    }
    const { row, credits, commit } = await this.readSkillGap(entries, target, fromRole, selection, true, seenCommit);
    // Noted when the statement read them too, so the reader's miss share falls once the memo holds its targets.
    if (!fromMemos && row.target) this.requirements?.noteNeeded(SKILL_GAP_READER, commit, [row.target.id]);
    return { ...row, credits };
  }

  /**
   * Whether a skillGap answer of `selection` takes its target's requirements from the memos: as for its
   * profile (profileFromMemos), and the requirement memo is not one whose recent skillGap answers
   * mostly missed (RequirementMemo.readsInStatement).
   */
  private requirementsFromMemos(selection: GapSelection): boolean {
    return this.profileFromMemos(selection) && this.requirements !== null && servesRequirementsWithSkills(this.requirements, this.skillIdentities!, SKILL_GAP_READER, selection.skillProperties);
  }

  /**
   * The profile's skills as its statement would resolve them, with their identities and credit links,
   * all from the memos at the skill-identity memo's commit: each key a required skill's slug
   * (SkillIdentityMemo.withSlug) or a key a statement at that commit resolved to a required skill
   * (CreditLinkMemo.skillOfKeyAt), each such skill's links remembered at that commit. Null when any is
   * not: a key that names no skill, or a skill no role requires, is the statement's to resolve.
   */
  private heldFromMemos(entries: readonly ProfileEntry[]): HeldFromMemos | null {
    const identities = this.skillIdentities!;
    const commit = identities.commit;
    if (commit === null) return null;
    const held: HeldClaim[] = [];
    const heldSkills = new Map<string, Skill>();
    for (const { key, level } of entries) {
      const skillId = identities.withSlug(commit, key)?.id ?? this.creditLinks.skillOfKeyAt(commit, key);
      const skill = skillId === undefined ? undefined : identities.at(commit, skillId);
      if (!skill) return null;
      held.push({ skillId: skill.id, level });
      heldSkills.set(skill.id, skill as Skill);
    }
    const { known, missing } = this.creditLinks.linksAt(commit, heldSkills.keys());
    if (missing.length > 0) return null;
    return { commit, held, heldSkills: [...heldSkills.values()], credits: known };
  }

  /**
   * skillGap with no origin role, its profile from the memos (heldFromMemos) and one statement that
   * finds the target (targetStatement) and, when `readsRequirements` (the requirement memo would not
   * give them: requirementsFromMemos), its requirements; else those come from the memos
   * (rememberedRequirements). The answer the full statement gives, when that statement ran at the
   * memos' commit. Otherwise the commit it ran at: a write since (the memo is noted behind, so the
   * caller's statement reads everything), or the requirements could not be given.
   */
  private async skillGapFromMemos(
    held: HeldFromMemos,
    target: string,
    selection: GapSelection,
    readsRequirements: boolean,
  ): Promise<{ row: SkillGapRow } | { seenCommit: string }> {
    const { rows, commit } = await this.db.readRowsAtCommit<{ target: Role | null; requirements: RequirementRowTuple[] }>(
      cachedTargetStatement(selection, readsRequirements),
      { target },
    );
    if (commit !== held.commit) {
      this.skillIdentities!.noteBehind();
      return { seenCommit: commit };
    }
    const found = rows[0]?.target ?? null;
    const row = { unresolved: [], held: held.held, target: found, originFound: false, originRequirements: [], heldSkills: held.heldSkills, credits: held.credits };
    if (!found) return { row: { ...row, requirements: [] } };
    this.requirements?.noteNeeded(SKILL_GAP_READER, commit, [found.id]);
    if (readsRequirements) return { row: { ...row, requirements: rows[0]!.requirements.map((tuple) => requirementOf(tuple, selection)) } };
    const requirements = await this.rememberedRequirements(found.id, commit);
    return requirements ? { row: { ...row, requirements } } : { seenCommit: commit };
  }

  /**
   * Whether a skillGap answer of `selection` may take its profile from the memos (heldFromMemos): the
   * skill-identity memo serves, and the answer shows no more of a skill than its identity (a credit
   * shows its held skill) and no learning resources.
   */
  private profileFromMemos(selection: GapSelection): boolean {
    return this.skillIdentities !== null && this.skillIdentities.serves && !selection.resources && SkillIdentityMemo.holdsAll(selection.skillProperties);
  }

  /** The target's requirements at `commit` from the memos (requirementsWithSkillsAtCommit); null when they cannot give them. */
  private async rememberedRequirements(targetId: string, commit: string): Promise<TargetRequirement[] | null> {
    const read = await requirementsWithSkillsAtCommit(this.db, this.requirements!, this.skillIdentities!, commit, targetId);
    return read && read.map(({ skill, importance, level, essential }) => ({ importance, level, essential, skill: skill as Skill, resources: [] }));
  }

  /** The skillGap statement and its held skills' credit links (CreditLinkMemo); its requirements only when `readsRequirements`. */
  private async readSkillGap(entries: readonly ProfileEntry[], target: string, fromRole: string | null, selection: GapSelection, readsRequirements: boolean, seenCommit?: string) {
    const { rows: [row], credits, commit } = await readWithCreditLinkMemo<SkillGapStatementRow>(
      this.db,
      this.creditLinks,
      cachedSkillGapStatement(selection, true, readsRequirements),
      { entries: withIndex(entries), target, fromRole, curatedSource: CURATED_SOURCE },
      {
        keys: entries.map((entry) => entry.key),
        // With a fromRole the origin's skills are held too, and the memo cannot know them beforehand.
        withoutLinks: fromRole === null ? cachedSkillGapStatement(selection, false, readsRequirements) : undefined,
        linksIn: (rows) => rows.flatMap((read) => read.heldSkills.map((held) => [held.skill.id, held.credits] as const)),
        resolvedIn: (rows) => rows.flatMap((read) => resolvedKeys(entries, read.resolved)),
        seenCommit,
      },
    );
    if (!row) throw new Error('The skill-gap statement returned no row');
    const { resolved: _resolved, ...rest } = row;
    const requirements = row.requirements.map((tuple) => requirementOf(tuple, selection));
    return { row: { ...rest, requirements, heldSkills: row.heldSkills.map((held) => held.skill) } satisfies Omit<SkillGapRow, 'credits'>, credits, commit };
  }

  /**
   * One candidate set per profile, in the order given. With a requirement memo that holds the
   * graph's requirements (not `outgrown`), the candidates come without their requirements, which
   * the memo gives (one more statement for those it lacks, which it then keeps while it has room,
   * so the roles warmed for paths answers stay). When that statement ran at another commit than the
   * first (a write in between), the candidates are read again with their requirements in the
   * statement, as they are when the graph's requirements outgrow the memo: candidates come from the
   * whole graph, so most would miss, and the extra statement costs more than it saves (~1.5 ms at
   * 100,000 roles, docs/performance.md "Twelfth pass").
   */
  async loadCandidates(profiles: ReadonlyArray<readonly ProfileEntry[]>, filter: RecommendFilterParams, pool: number): Promise<CandidateSet[]> {
    if (this.requirements && !this.requirements.outgrown) {
      const read = await this.readCandidates(LOAD_CANDIDATES.idsOnly, profiles, filter, pool);
      const candidateIds = read.rows.flatMap((row) => row.candidates.map((candidate) => candidate.roleId));
      const byRole = await requirementsAtCommit(this.db, this.requirements, read.commit, candidateIds, { makeRoom: false });
      if (byRole) return candidateSets(profiles, read.rows, read.credits, (candidate) => byRole.get(candidate.roleId)!);
    }
    const read = await this.readCandidates(LOAD_CANDIDATES.withRequirements, profiles, filter, pool);
    return candidateSets(profiles, read.rows, read.credits, ({ requirements }) =>
      requirements!.map(([skillId, importance, level, essential]) => ({ skillId, importance: importance ?? 0, level, essential: essential ?? false })),
    );
  }

  private readCandidates(statement: string, profiles: ReadonlyArray<readonly ProfileEntry[]>, filter: RecommendFilterParams, pool: number) {
    return readWithCreditLinkMemo<CandidateRow>(this.db, this.creditLinks, statement, {
      profiles: profiles.map((entries, index) => ({ index, entries: withIndex(entries) })),
      assumedLevel: ASSUMED_REQUIRED_LEVEL,
      pool: neo4j.int(pool),
      seedSkills: neo4j.int(CANDIDATE_SEED_SKILLS),
      perSkill: neo4j.int(CANDIDATE_ROLES_PER_SKILL),
      crowdedMinImportance: CROWDED_SKILL_MIN_IMPORTANCE,
      equivalents: neo4j.int(CREDIT_EQUIVALENTS_PER_SKILL),
      sameConceptShare: SAME_CONCEPT_SHARE,
      closeMatchShare: CLOSE_MATCH_SHARE,
      curatedSource: CURATED_SOURCE,
      requirementsPerRecord: neo4j.int(this.requirementsPerRecord),
      ...filter,
    }, {
      keys: profiles.flatMap((entries) => entries.map((entry) => entry.key)),
      linksIn: (read) => read.flatMap((row) => row.credits),
      resolvedIn: (read) => read.flatMap((row) => resolvedKeys(profiles[row.index]!, row.resolved)),
      rowsOf: (records) => joinParts(records, (row) => String(row.index), ['candidates', 'credits']),
    });
  }

  /** The roles and skills by id, each with the properties given (the summary ones by default). */
  async loadRolesAndSkills(
    roleIds: readonly string[],
    skillIds: readonly string[],
    roleProperties: readonly string[] = ROLE_SUMMARY_PROPERTY_NAMES,
    skillProperties: readonly string[] = SKILL_SUMMARY_PROPERTY_NAMES,
  ): Promise<{ roles: Map<string, Role>; skills: Map<string, Skill> }> {
    if (roleIds.length === 0 && skillIds.length === 0) return { roles: new Map(), skills: new Map() };
    const [row] = await this.db.readRows<{ roles: Role[]; skills: Skill[] }>(rolesAndSkillsStatement(roleProperties, skillProperties), { roleIds, skillIds });
    return {
      roles: new Map((row?.roles ?? []).map((role) => [role.id, role])),
      skills: new Map((row?.skills ?? []).map((skill) => [skill.id, skill])),
    };
  }
}

/** The candidate sets of `profiles` from LOAD_CANDIDATES' rows, each candidate's requirements from `requirementsOf`. */
function candidateSets(
  profiles: ReadonlyArray<readonly ProfileEntry[]>,
  rows: readonly CandidateRow[],
  credits: CreditLinks,
  requirementsOf: (candidate: CandidateRow['candidates'][number]) => readonly RequirementInput[],
): CandidateSet[] {
  const byIndex = new Map(rows.map((row) => [row.index, row]));
  return profiles.map((_entries, index) => {
    const row = byIndex.get(index);
    if (!row) throw new Error(`LOAD_CANDIDATES returned no row for profile ${index}`);
    return {
      unresolved: row.unresolved,
      held: row.held,
      candidates: row.candidates.map((candidate) => ({ roleId: candidate.roleId, requirements: requirementsOf(candidate) })),
      // The links of this profile's skills (the map holds every profile's; scoring looks up held skills only).
      credits,
    };
  });
}
