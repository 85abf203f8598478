/**
 * The credit-link memo (src/skills/CreditLinkMemo.ts) against the real Neo4j and the curated seeds:
 * skillGap and recommendRoles answer the same from links remembered by the process as from links
 * their statement reads, and a write made straight to the database (no API mutation, so nothing in
 * the process hears of it) shows in the very next answer: the statement ran at another commit than
 * the remembered links, so it reads them again. The response cache is off, so every answer is computed.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { skillNameKey } from '../../src/graph/skillNameKey.js';
import { GraphDatabase } from '../../src/neo4j/GraphDatabase.js';
import { PathRepository } from '../../src/paths/repository.js';
import { PathService } from '../../src/paths/PathService.js';
import { CreditLinkMemo } from '../../src/skills/CreditLinkMemo.js';
import { RESPONSE_CACHE_OFF } from '../../src/responseCache/responseCache.js';
import { graphql } from '../generated/index.js';
import type { CreditMemoSkillGapQuery, SkillLevelInput } from '../generated/graphql.js';
import { openTestApi, type TestApi } from '../support/testApi.js';

let api: TestApi;
/** Test data: every edge written here carries this marker and is deleted in afterAll. */
const MARK = 'credit-link-memo-test';

beforeAll(async () => {
  api = await openTestApi('test', { responseCache: RESPONSE_CACHE_OFF });
});
beforeEach(cleanUp);

afterAll(async () => {
  await cleanUp();
  await api.close();
});

async function cleanUp() {
  await api.database.db.writeRows('MATCH ()-[link:MATCHES {testMark: $mark}]->() DELETE link', { mark: MARK });
}

const SKILL_GAP = graphql(`
  query CreditMemoSkillGap($target: String!, $profile: SkillProfileInput) {
    skillGap(target: $target, profile: $profile) {
      coverage gap unresolvedSkills
      missing { skill { slug } levelGap weight status credit { heldSkill { slug } relation hops share creditedLevel } }
      partial { skill { slug } levelGap weight status credit { heldSkill { slug } relation hops share creditedLevel } }
      met { skill { slug } status credit { heldSkill { slug } relation hops share creditedLevel } }
    }
  }
`);
const RECOMMEND = graphql(`
  query CreditMemoRecommend($p: SkillProfileInput!) {
    recommendRoles(profile: $p, first: 10) { role { slug } score coverage gap { gap partial { skill { slug } credit { heldSkill { slug } relation } } } }
  }
`);

const NEXT_ROLES = graphql(`
  query CreditMemoNextRoles($slug: String!) {
    role(slug: $slug) {
      requiredSkills { skill { slug } }
      nextRoles(maxHops: 2) { role { slug } gap score bridgingSkills { skill { slug } levelGap status credit { heldSkill { slug } relation share } } }
    }
  }
`);
// The same statements under another text, which the response cache (off here anyway) could not answer.
const NEXT_ROLES_AGAIN = graphql(`
  query CreditMemoNextRolesAgain($slug: String!) {
    again: role(slug: $slug) {
      requiredSkills { skill { slug } }
      nextRoles(maxHops: 2) { role { slug } gap score bridgingSkills { skill { slug } levelGap status credit { heldSkill { slug } relation share } } }
    }
  }
`);
const CAREER_PATHS = graphql(`
  query CreditMemoCareerPaths($from: String!, $to: String!, $rankBy: PathRanking) {
    careerPaths(from: $from, to: $to, first: 5, rankBy: $rankBy) {
      roles { slug } totals { gap score } steps { bridgingSkills { skill { slug } levelGap credit { heldSkill { slug } relation } } }
    }
  }
`);

type Gap = CreditMemoSkillGapQuery['skillGap'];
const itemOf = (gap: Gap, slug: string) => [...gap.missing, ...gap.partial, ...gap.met].find((item) => item.skill.slug === slug);
/** The memo remembers profile entries by the key resolution matches (gaps/profile.ts). */
const keysOf = (profile: readonly SkillLevelInput[]) => profile.map((entry) => skillNameKey(entry.skill));
const memo = () => api.server.caches.creditLinks;

const PROFILE: SkillLevelInput[] = [
  { skill: 'python', level: 5 },
  { skill: 'Kubernetes', level: 4 }, // by name: the memo also remembers which skill a name resolved to
  { skill: 'cloud-platforms', level: 3 },
];

describe('credit links remembered by the process', () => {
  it('answers skillGap the same from remembered links as from links its statement read', async () => {
    expect(memo().knownFor(keysOf(PROFILE)).links.size).toBe(0);
    const read = await api.execute(SKILL_GAP, { target: 'cloud-architect', profile: { skills: PROFILE } });
    expect(read.errors).toBeUndefined();
    expect(read.statements).toBe(1);
    // Every profile skill resolved, and its links are remembered under the key it was sent as.
    expect(read.data!.skillGap.unresolvedSkills).toEqual([]);
    expect(memo().knownFor(keysOf(PROFILE)).links.size).toBe(PROFILE.length);

    const statements = vi.spyOn(GraphDatabase.prototype, 'readRowsAtCommit'); // every per-request view of the driver
    const remembered = await api.execute(SKILL_GAP, { target: 'cloud-architect', profile: { skills: PROFILE } });
    expect(remembered.statements).toBe(1);
    expect(remembered.data).toEqual(read.data);
    // Every profile skill's links were remembered, so the statement was the one without the credit-link subqueries.
    expect(statements.mock.calls.map(([cypher]) => cypher.includes(':MATCHES'))).toEqual([false]);
    statements.mockRestore();
    // Gap credit is in the answer (cloud-platforms is a seeds' related skill of cloud-architecture or
    // similar): the remembered links are used, not dropped.
    const credited = [...read.data!.skillGap.missing, ...read.data!.skillGap.partial].filter((item) => item.credit);
    expect(credited.length).toBeGreaterThan(0);
  });

  it('shows a direct write to the database in the next answer, reading the links again at the new commit', async () => {
    const before = await api.data(SKILL_GAP, { target: 'cloud-architect', profile: { skills: PROFILE } });
    const costOptimization = itemOf(before.skillGap, 'cost-optimization');
    expect(costOptimization).toBeDefined();
    expect(costOptimization!.credit?.heldSkill.slug).not.toBe('python');
    expect(memo().knownFor(['python']).links.size).toBe(1);

    await api.database.db.writeRows(
      `MATCH (held:Skill {slug: 'python'}), (required:Skill {slug: 'cost-optimization'})
       CREATE (held)-[:MATCHES {matchType: 'EXACT', method: 'curated', source: 'curated', testMark: $mark}]->(required)`,
      { mark: MARK },
    );
    const after = await api.execute(SKILL_GAP, { target: 'cloud-architect', profile: { skills: PROFILE } });
    // The first statement ran with the remembered links at the old commit, so it ran again reading its own.
    expect(after.statements).toBe(2);
    expect(itemOf(after.data!.skillGap, 'cost-optimization')!.credit).toMatchObject({ heldSkill: { slug: 'python' }, relation: 'EXACT_MATCH' });
    expect(after.data!.skillGap.gap).toBeLessThan(before.skillGap.gap);

    const again = await api.execute(SKILL_GAP, { target: 'cloud-architect', profile: { skills: PROFILE } });
    expect(again.statements).toBe(1);
    expect(again.data).toEqual(after.data);

    await cleanUp();
    const removed = await api.data(SKILL_GAP, { target: 'cloud-architect', profile: { skills: PROFILE } });
    expect(removed).toEqual(before);
  });

  it('answers recommendRoles the same from remembered links, and shows a direct write in the next answer', async () => {
    const profile = { skills: [{ skill: 'python', level: 5 }, { skill: 'sql', level: 4 }, { skill: 'cloud-platforms', level: 4 }] };
    const read = await api.data(RECOMMEND, { p: profile });
    expect(read.recommendRoles.length).toBeGreaterThan(0);
    expect(memo().knownFor(['python', 'sql', 'cloud-platforms']).links.size).toBe(3);
    const remembered = await api.execute(RECOMMEND, { p: profile });
    expect(remembered.data).toEqual(read);

    // A credit link toward a skill the first role requires and the profile lacks changes that role's gap.
    const [first] = read.recommendRoles;
    const [lacking] = await api.database.db.readRows<{ slug: string }>(
      `MATCH (:Role {slug: $role})-[:REQUIRES]->(skill:Skill) WHERE NOT skill.slug IN ['python', 'sql', 'cloud-platforms']
         AND NOT EXISTS { (:Skill {slug: 'python'})-[:MATCHES|RELATED_SKILL|BROADER]-(skill) }
       RETURN skill.slug AS slug ORDER BY skill.slug LIMIT 1`,
      { role: first!.role.slug },
    );
    expect(lacking).toBeDefined();
    await api.database.db.writeRows(
      `MATCH (held:Skill {slug: 'python'}), (required:Skill {slug: $slug})
       CREATE (held)-[:MATCHES {matchType: 'EXACT', method: 'curated', source: 'curated', testMark: $mark}]->(required)`,
      { slug: lacking!.slug, mark: MARK },
    );
    const after = await api.data(RECOMMEND, { p: profile });
    const sameRole = after.recommendRoles.find((match) => match.role.slug === first!.role.slug);
    expect(sameRole).toBeDefined();
    expect(sameRole!.gap.gap).toBeLessThan(first!.gap.gap);
    await cleanUp();
    expect(await api.data(RECOMMEND, { p: profile })).toEqual(read);
  });

  it('answers nextRoles from remembered links as from links read, and shows a direct write in the next answer', async () => {
    const source = 'cloud-architect';
    // Any write moves the graph to another commit: the memo's links no longer hold for it.
    await writeMatch('python', 'sql');
    const read = await api.execute(NEXT_ROLES, { slug: source });
    expect(read.errors).toBeUndefined();
    // Four statements: the role's lookup (its requirements are selected), the progressions, the
    // requirements of the roles on them (roles/RequirementMemo.ts) and the credit links of the skills
    // held at the start of the moves, none of them remembered at this commit.
    expect(read.statements).toBe(4);
    const remembered = await api.execute(NEXT_ROLES_AGAIN, { slug: source });
    expect(remembered.statements).toBe(2);
    expect(remembered.data!.again).toEqual(read.data!.role);
    const credited = read.data!.role!.nextRoles.flatMap((progression) => progression.bridgingSkills).filter((item) => item.credit);
    expect(credited.length).toBeGreaterThan(0);

    // A skill the source requires gets an exact match to a skill a next role lacks: full credit.
    const held = read.data!.role!.requiredSkills[0]!.skill.slug;
    const target = read.data!.role!.nextRoles.find((progression) =>
      progression.bridgingSkills.some((item) => item.status === 'MISSING' && !item.credit && item.skill.slug !== held),
    )!;
    expect(target).toBeDefined();
    const lacking = target.bridgingSkills.find((item) => item.status === 'MISSING' && !item.credit && item.skill.slug !== held)!;
    await writeMatch(held, lacking.skill.slug);
    const after = await api.execute(NEXT_ROLES, { slug: source });
    expect(after.statements).toBe(4);
    const moved = after.data!.role!.nextRoles.find((progression) => progression.role.slug === target.role.slug);
    expect(moved).toBeDefined();
    expect(moved!.gap).toBeLessThan(target.gap);
    const item = moved!.bridgingSkills.find((bridging) => bridging.skill.slug === lacking.skill.slug);
    // Credited, or met outright (an exact match credits the whole held level).
    if (item) expect(item.credit).toMatchObject({ heldSkill: { slug: held }, relation: 'EXACT_MATCH' });

    await cleanUp();
    const removed = await api.data(NEXT_ROLES_AGAIN, { slug: source });
    expect(removed.again).toEqual(read.data!.role);
  });

  it('answers careerPaths from remembered links as from links read, for every ranking', async () => {
    await writeMatch('python', 'sql');
    const pair = { from: 'cloud-engineer', to: 'principal-cloud-architect' };
    for (const rankBy of ['FEWEST_STEPS', 'SMALLEST_GAP', 'HIGHEST_SALARY'] as const) {
      await writeMatch('python', 'sql'); // another commit: nothing remembered holds
      const read = await api.execute(CAREER_PATHS, { ...pair, rankBy });
      expect(read.errors).toBeUndefined();
      // The routes, their roles' requirements and the credit links, none remembered at this commit.
      expect(read.statements, rankBy).toBe(3);
      expect(read.data!.careerPaths.length).toBeGreaterThan(0);
      const remembered = await api.execute(CAREER_PATHS, { ...pair, rankBy });
      expect(remembered.statements, rankBy).toBe(1);
      expect(remembered.data).toEqual(read.data);
    }
  });

  it('gives paths the same answers with the links from the memo as with the links in the statement', async () => {
    // Without a memo every statement reads its own links (what an answer falls back to after a write
    // between its two statements); with one, from the memo and one more statement, then the memo alone.
    const db = api.database.db;
    const inStatement = new PathService(new PathRepository(db));
    const memo = new CreditLinkMemo();
    const answers = async (paths: PathService) => ({
      next: await paths.progressions({ slug: 'cloud-architect' }, 'NEXT', { maxHops: 2, first: 20 }),
      previous: await paths.progressions({ slug: 'principal-cloud-architect' }, 'PREVIOUS', { maxHops: 2, first: 20 }),
      paths: await paths.careerPaths({ from: 'cloud-engineer', to: 'principal-cloud-architect', maxHops: 4, first: 5, rankBy: 'SMALLEST_GAP' }),
    });
    const expected = await answers(inStatement);
    expect(expected.next.some((progression) => progression.bridgingSkills.some((item) => item.credit))).toBe(true);
    const read = await answers(new PathService(new PathRepository(db, memo)));
    expect(memo.size).toBeGreaterThan(0);
    const remembered = await answers(new PathService(new PathRepository(db, memo)));
    expect(read).toEqual(expected);
    expect(remembered).toEqual(expected);
  });
});

/** A MATCHES EXACT edge between two skills, marked as test data. */
async function writeMatch(held: string, required: string) {
  await api.database.db.writeRows(
    `MATCH (held:Skill {slug: $held}), (required:Skill {slug: $required})
     CREATE (held)-[:MATCHES {matchType: 'EXACT', method: 'curated', source: 'curated', testMark: $mark}]->(required)`,
    { held, required, mark: MARK },
  );
}
