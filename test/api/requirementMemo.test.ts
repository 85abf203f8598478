/**
 * The requirement memo (src/roles/RequirementMemo.ts) and the move-gap memo (src/paths/MoveGapMemo.ts)
 * against the real Neo4j and the curated seeds: paths statements then return their routes without
 * the requirements of their roles, and recommendRoles / skillLeverage their candidates without
 * theirs, which come from the process's memo and one more statement for the roles it lacks; the
 * gaps of moves other answers computed come from the second memo. The
 * answers must be those of statements that read every requirement themselves, and a write made
 * straight to the database (no API mutation, so nothing in the process hears of it) must show in the
 * very next answer: its statement ran at another commit than the remembered requirements and gaps, so
 * they are read and computed again. The response cache is off, so every answer is computed.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REQUIREMENTS_PER_RECORD } from '../../src/neo4j/recordParts.js';
import { GapRepository } from '../../src/gaps/repository.js';
import { GapService } from '../../src/gaps/GapService.js';
import { readProfiles } from '../../src/gaps/profile.js';
import { readRecommendFilter } from '../../src/gaps/recommendFilter.js';
import { PathRepository } from '../../src/paths/repository.js';
import { PathService } from '../../src/paths/PathService.js';
import { MoveGapMemo } from '../../src/paths/MoveGapMemo.js';
import { pathSelection } from '../../src/paths/pathSelection.js';
import { RequirementMemo, type RequirementTuple } from '../../src/roles/RequirementMemo.js';
import { CreditLinkMemo } from '../../src/skills/CreditLinkMemo.js';
import { RESPONSE_CACHE_OFF } from '../../src/responseCache/responseCache.js';
import { graphql } from '../generated/index.js';
import { curatedPathAnswers } from '../support/pathAnswers.js';
import { markedRequirements } from '../support/markedRequirements.js';
import { openTestApi, type TestApi } from '../support/testApi.js';

let api: TestApi;
/** Test data: every edge written here carries this marker and is deleted after each test. */
let requirements: ReturnType<typeof markedRequirements>;
const writeRequirement = (role: string, skill: string) => requirements.write(role, skill);
const cleanUp = () => requirements?.removeAll();

beforeAll(async () => {
  api = await openTestApi('test', { responseCache: RESPONSE_CACHE_OFF });
  requirements = markedRequirements(api.database.db, 'requirement-memo-test');
});
beforeEach(cleanUp);
afterAll(async () => {
  await cleanUp();
  await api.close();
});

const NEXT_ROLES = graphql(`
  query RequirementMemoNextRoles($slug: String!) {
    role(slug: $slug) {
      nextRoles(maxHops: 2) { role { slug } gap score bridgingSkills { skill { slug } levelGap status } }
    }
  }
`);
const CAREER_PATHS = graphql(`
  query RequirementMemoCareerPaths($from: String!, $to: String!, $rankBy: PathRanking) {
    careerPaths(from: $from, to: $to, first: 5, rankBy: $rankBy) {
      roles { slug } totals { gap score } steps { bridgingSkills { skill { slug } levelGap credit { heldSkill { slug } relation } } }
    }
  }
`);
const RECOMMEND = graphql(`
  query RequirementMemoRecommend($p: SkillProfileInput!) {
    recommendRoles(profile: $p, first: 10) {
      role { slug } score coverage
      gap { gap missingCount partialCount metCount missing { skill { slug } levelGap credit { heldSkill { slug } relation } } partial { skill { slug } levelGap } }
    }
  }
`);
/** Curated profiles: one in curated slugs, one reaching curated roles through names only, one with a skill nobody requires. */
const PROFILES = [
  { skills: [{ skill: 'python', level: 5 }, { skill: 'sql', level: 4 }, { skill: 'machine-learning', level: 3 }] },
  { skills: [{ skill: 'kubernetes', level: 4 }, { skill: 'terraform' }, { skill: 'AWS', level: 5 }] },
  { skills: [{ skill: 'Transformers', level: 5 }, { skill: 'no such skill anywhere' }] },
];

describe('requirements remembered by the process', () => {
  it('gives paths the same answers with requirements from the memo as with requirements read in the statement', async () => {
    const db = api.database.db;
    // Without memos every statement reads its own requirements and credit links (what an answer falls
    // back to after a write between its statements); with the credit-link memo alone it reads the
    // requirements; with both, neither: from the memos and one more statement each, then the memos alone.
    const expected = await curatedPathAnswers(new PathService(new PathRepository(db)));
    expect(expected.next.length).toBeGreaterThan(0);
    expect(expected.next.some((progression) => progression.bridgingSkills.length > 0)).toBe(true);
    expect(await curatedPathAnswers(new PathService(new PathRepository(db, new CreditLinkMemo())))).toEqual(expected);
    const memo = new RequirementMemo();
    const withMemos = () => new PathService(new PathRepository(db, new CreditLinkMemo(), REQUIREMENTS_PER_RECORD, memo));
    expect(await curatedPathAnswers(withMemos())).toEqual(expected);
    expect(memo.size).toBeGreaterThan(0);
    const remembered = memo.size;
    expect(await curatedPathAnswers(withMemos())).toEqual(expected);
    expect(memo.size).toBe(remembered);
    // And with the gaps of moves remembered too (MoveGapMemo): computed, then served from it.
    const gaps = new MoveGapMemo();
    const withGaps = () => new PathService(new PathRepository(db, new CreditLinkMemo(), REQUIREMENTS_PER_RECORD, new RequirementMemo(), gaps));
    expect(await curatedPathAnswers(withGaps())).toEqual(expected);
    expect(gaps.size).toBeGreaterThan(0);
    expect(await curatedPathAnswers(withGaps())).toEqual(expected);
  });

  it('ranks paths that show no skill on remembered move gaps, reading credit links only for the moves it compares', async () => {
    const db = api.database.db;
    // What `careerPaths { rank roles { slug } totals { gap score } }` selects: no skill of a move.
    const routesOnly = pathSelection([
      { name: 'rank', args: {} },
      { name: 'roles', args: {}, type: 'Role', selections: [{ name: 'slug', args: {} }] },
      { name: 'totals', args: {}, type: 'PathTotals', selections: [{ name: 'gap', args: {} }, { name: 'score', args: {} }] },
    ]);
    expect(routesOnly.skills).toBe(false);
    // What the answer shows (its steps' bridging skills are built when read, from skills not loaded here).
    const ask = async (service: PathService, from: string, rankBy: 'FEWEST_STEPS' | 'SMALLEST_GAP') =>
      (await service.careerPaths({ from, to: 'principal-cloud-architect', maxHops: 4, first: 5, rankBy }, routesOnly)).map(({ rank, roles, totals }) => ({
        rank,
        roles: roles.map((role) => role.slug),
        totals,
      }));
    const questions = [
      ['cloud-engineer', 'FEWEST_STEPS'],
      ['devops-engineer', 'SMALLEST_GAP'],
      ['cloud-engineer', 'SMALLEST_GAP'],
    ] as const;
    // Without memos: every gap computed from requirements and credit links read in the statement.
    const statementOnly = new PathService(new PathRepository(db));
    const expected = [];
    for (const [from, rankBy] of questions) expected.push(await ask(statementOnly, from, rankBy));
    expect(expected[0]!.length).toBeGreaterThan(1);
    expect(expected.flat().some((path) => path.totals.gap > 0)).toBe(true);

    // With the memos: the first question's gaps are computed and remembered; the second shares some of
    // its moves (devops-engineer leads to cloud-engineer) and computes only the others.
    const requirementMemo = new RequirementMemo();
    const gaps = new MoveGapMemo();
    const withMemos = (creditLinks: CreditLinkMemo) => new PathService(new PathRepository(db, creditLinks, REQUIREMENTS_PER_RECORD, requirementMemo, gaps));
    const learning = new CreditLinkMemo();
    expect(await ask(withMemos(learning), ...questions[0])).toEqual(expected[0]);
    const remembered = gaps.size;
    expect(remembered).toBeGreaterThan(0);
    expect(await ask(withMemos(learning), ...questions[1])).toEqual(expected[1]);
    expect(gaps.size).toBeGreaterThan(remembered);

    // Every move of the third question was ranked before: no credit link is needed, so none is read.
    const unused = new CreditLinkMemo();
    expect(await ask(withMemos(unused), ...questions[2])).toEqual(expected[2]);
    expect(unused.size).toBe(0);
    // An answer that shows the moves' skills compares any move it returns, so it reads their links.
    await withMemos(unused).careerPaths({ from: 'cloud-engineer', to: 'principal-cloud-architect', maxHops: 4, first: 5, rankBy: 'SMALLEST_GAP' });
    expect(unused.size).toBeGreaterThan(0);
  });

  it('reads the requirements its memo lacks at the new commit, and none once it holds them', async () => {
    const pair = { from: 'cloud-engineer', to: 'principal-cloud-architect' };
    for (const rankBy of ['FEWEST_STEPS', 'SMALLEST_GAP', 'HIGHEST_SALARY'] as const) {
      await writeRequirement('principal-cloud-architect', 'python'); // another commit: nothing remembered holds
      await cleanUp();
      const read = await api.execute(CAREER_PATHS, { ...pair, rankBy });
      expect(read.errors).toBeUndefined();
      expect(read.data!.careerPaths.length).toBeGreaterThan(0);
      // The routes, the requirements of their roles, and the credit links of the skills held on them.
      expect(read.statements, rankBy).toBe(3);
      const remembered = await api.execute(CAREER_PATHS, { ...pair, rankBy });
      expect(remembered.statements, rankBy).toBe(1);
      expect(remembered.data).toEqual(read.data);
    }
  });

  it('shows a direct write to a requirement in the next answer', async () => {
    const source = 'cloud-architect';
    const before = await api.data(NEXT_ROLES, { slug: source });
    const [target] = before.role!.nextRoles;
    expect(target).toBeDefined();
    // A skill the move's target does not require yet and nothing the source requires can credit.
    const [lacking] = await api.database.db.readRows<{ slug: string }>(
      `MATCH (skill:Skill) WHERE NOT EXISTS { (:Role {slug: $target})-[:REQUIRES]->(skill) }
         AND NOT EXISTS { (:Role {slug: $source})-[:REQUIRES]->(skill) }
         AND NOT EXISTS { (:Role {slug: $source})-[:REQUIRES]->(:Skill)-[:MATCHES|BROADER|RELATED_SKILL|KNOWN_AS*1..3]-(skill) }
       RETURN skill.slug AS slug ORDER BY skill.slug LIMIT 1`,
      { target: target!.role.slug, source },
    );
    expect(lacking).toBeDefined();
    const again = await api.execute(NEXT_ROLES, { slug: source });
    expect(again.data).toEqual(before);

    await writeRequirement(target!.role.slug, lacking!.slug);
    const after = await api.execute(NEXT_ROLES, { slug: source });
    expect(after.errors).toBeUndefined();
    const moved = after.data!.role!.nextRoles.find((progression) => progression.role.slug === target!.role.slug);
    expect(moved).toBeDefined();
    expect(moved!.gap).toBeGreaterThan(target!.gap);
    expect(moved!.bridgingSkills).toContainEqual(expect.objectContaining({ skill: { slug: lacking!.slug }, status: 'MISSING' }));

    await cleanUp();
    expect(await api.data(NEXT_ROLES, { slug: source })).toEqual(before);
  });

  it('gives recommendRoles and skillLeverage the same answers with candidates\' requirements from the memo as from the statement', async () => {
    const db = api.database.db;
    const profiles = readProfiles(PROFILES);
    const answers = async (service: GapService) => ({
      recommended: await service.recommendRoles(profiles, 10, readRecommendFilter(null)),
      leverage: await Promise.all(profiles.map((entries) => service.skillLeverage(entries, 5, readRecommendFilter(null)))),
    });
    const shown = (answer: unknown) => JSON.parse(JSON.stringify(answer)) as unknown;
    const expected = shown(await answers(new GapService(new GapRepository(db, new CreditLinkMemo()))));
    const memo = new RequirementMemo();
    const withMemo = () => new GapService(new GapRepository(db, new CreditLinkMemo(), REQUIREMENTS_PER_RECORD, memo));
    const first = await answers(withMemo());
    expect(first.recommended[0]!.matches.length).toBeGreaterThan(5);
    expect(first.leverage[0]!.length).toBeGreaterThan(0);
    expect(shown(first)).toEqual(expected);
    expect(memo.size).toBeGreaterThan(0);
    const remembered = memo.size;
    expect(shown(await answers(withMemo()))).toEqual(expected);
    expect(memo.size).toBe(remembered);
  });

  it('reads the candidates\' requirements its memo lacks in one more statement, and none once it holds them', async () => {
    await writeRequirement('principal-cloud-architect', 'python'); // another commit: nothing remembered holds
    await cleanUp();
    const read = await api.execute(RECOMMEND, { p: PROFILES[0]! });
    expect(read.errors).toBeUndefined();
    expect(read.data!.recommendRoles.length).toBeGreaterThan(5);
    // The candidates, their requirements, and the roles and skills shown.
    expect(read.statements).toBe(3);
    const remembered = await api.execute(RECOMMEND, { p: PROFILES[0]! });
    expect(remembered.statements).toBe(2);
    expect(remembered.data).toEqual(read.data);
  });

  it('shows a direct write to a candidate\'s requirements in the next recommendation', async () => {
    const profile = PROFILES[0]!;
    const before = await api.data(RECOMMEND, { p: profile });
    expect(await api.data(RECOMMEND, { p: profile })).toEqual(before);
    const [top] = before.recommendRoles;
    expect(top).toBeDefined();
    // A skill the role does not require yet and the profile does not hold (nor anything that credits it).
    const [lacking] = await api.database.db.readRows<{ slug: string }>(
      `MATCH (skill:Skill {source: 'curated'}) WHERE NOT EXISTS { (:Role {slug: $role})-[:REQUIRES]->(skill) }
         AND NOT skill.slug IN $held
         AND NOT EXISTS { (held:Skill)-[:MATCHES|BROADER|RELATED_SKILL|KNOWN_AS*1..3]-(skill) WHERE held.slug IN $held }
       RETURN skill.slug AS slug ORDER BY skill.slug LIMIT 1`,
      { role: top!.role.slug, held: profile.skills.map((entry) => entry.skill) },
    );
    expect(lacking).toBeDefined();

    await writeRequirement(top!.role.slug, lacking!.slug);
    const after = await api.execute(RECOMMEND, { p: profile });
    expect(after.errors).toBeUndefined();
    const moved = after.data!.recommendRoles.find((match) => match.role.slug === top!.role.slug);
    if (moved) {
      expect(moved.gap.missingCount).toBe(top!.gap.missingCount + 1);
      expect(moved.coverage).toBeLessThan(top!.coverage);
    } else {
      // It fell out of the ten: the requirement it gained made it a worse match than the tenth.
      expect(after.data!.recommendRoles).toHaveLength(before.recommendRoles.length);
    }

    await cleanUp();
    expect(await api.data(RECOMMEND, { p: profile })).toEqual(before);
  });

  it('reads paths answers\' requirements in their statement while an outgrown memo lacks most of what they need, and after it again once it holds them', async () => {
    const sent: string[] = [];
    const db = api.database.db.withObserver({ onQuery: ({ cypher }) => void sent.push(cypher) });
    const readsRequirements = (cypher: string) => cypher.includes('requirements: COLLECT');
    const sources = ['data-analyst', 'data-engineer', 'data-scientist', 'cloud-architect', 'cloud-engineer', 'analytics-engineer'];
    const withoutMemos = new PathService(new PathRepository(db));
    const expected = new Map<string, unknown>();
    for (const slug of sources) expected.set(slug, await withoutMemos.progressions({ slug }, 'NEXT', { maxHops: 2, first: 20 }));
    expect([...expected.values()].every((next) => (next as unknown[]).length > 0)).toBe(true);
    const expectedPaths = await curatedPathAnswers(withoutMemos);
    // Room for one source's roles but not for all of them.
    const small = new RequirementMemo(600);
    const links = new CreditLinkMemo();
    const service = () => new PathService(new PathRepository(db, links, REQUIREMENTS_PER_RECORD, small));
    expect(await curatedPathAnswers(service())).toEqual(expectedPaths);
    const next = async (slug: string) => {
      sent.length = 0;
      expect(await service().progressions({ slug }, 'NEXT', { maxHops: 2, first: 20 })).toEqual(expected.get(slug));
      return [...sent];
    };
    // Sources in turn, more roles than the memo holds: their answers lack most roles, and soon read them in their statement alone.
    const turns: string[][] = [];
    for (let round = 0; round < 3; round++) for (const slug of sources) turns.push(await next(slug));
    expect(small.outgrown).toBe(true);
    const inStatement = turns.filter((statements) => statements.length === 1 && readsRequirements(statements[0]!));
    expect(inStatement.length).toBeGreaterThan(0);
    // Every paths answer is still the same with an outgrown memo.
    expect(await curatedPathAnswers(service())).toEqual(expectedPaths);
    // One source asked again and again: what its statement read is remembered, so its answers find their roles in the memo and read after the statement again, with nothing left to read.
    let last: string[] = [];
    for (let repeat = 0; repeat < 12; repeat++) last = await next('data-scientist');
    expect(last).toHaveLength(1);
    expect(readsRequirements(last[0]!)).toBe(false);
    // careerPaths likewise, on its own share: pairs in turn read in the statement, one pair asked again after it.
    const pairs = sources.flatMap((from) => sources.filter((to) => to !== from).map((to) => ({ from, to, maxHops: 4, first: 5, rankBy: 'SMALLEST_GAP' as const })));
    const expectedPathsOf = new Map<string, unknown>();
    for (const pair of pairs) expectedPathsOf.set(`${pair.from}>${pair.to}`, await withoutMemos.careerPaths(pair));
    const routed = pairs.filter((pair) => (expectedPathsOf.get(`${pair.from}>${pair.to}`) as unknown[]).length > 0);
    expect(routed.length).toBeGreaterThan(3);
    // A memo with room for 400 requirements, filled with other roles before each pair: every pair's roles are missing.
    const tiny = new RequirementMemo(400);
    const commit = await api.database.db.latestCommit();
    const filler: RequirementTuple[] = Array.from({ length: 19 }, (_, index) => [`test:skill-${index}`, 0.5, null, false]);
    const crowdOut = () => tiny.remember(commit, Array.from({ length: 20 }, (_, index) => [`test:role-${index}`, filler] as const));
    const paths = async (pair: (typeof pairs)[number]) => {
      sent.length = 0;
      expect(await new PathService(new PathRepository(db, links, REQUIREMENTS_PER_RECORD, tiny)).careerPaths(pair)).toEqual(expectedPathsOf.get(`${pair.from}>${pair.to}`));
      return [...sent];
    };
    const pathTurns: string[][] = [];
    for (const pair of routed.slice(0, 4)) {
      crowdOut();
      pathTurns.push(await paths(pair));
    }
    expect(tiny.outgrown).toBe(true);
    // The first reads the requirements after its statement; once the misses show, they come in the statement
    // (a turn may still read credit links after it, for skills no earlier answer held).
    expect(readsRequirements(pathTurns[0]![0]!)).toBe(false);
    expect(pathTurns.slice(1).every((statements) => readsRequirements(statements[0]!))).toBe(true);
    for (let repeat = 0; repeat < 12; repeat++) last = await paths(routed[0]!);
    expect(last).toHaveLength(1);
    expect(readsRequirements(last[0]!)).toBe(false);
  });

  it('reads candidates\' requirements in the candidate statement once the graph\'s outgrow the memo, with the same answers', async () => {
    let statements = 0;
    const db = api.database.db.withObserver({ onQuery: () => void statements++ });
    const profiles = readProfiles(PROFILES);
    const recommend = (service: GapService, profile: number) => service.recommendRoles([profiles[profile]!], 10, readRecommendFilter(null));
    const shown = (answer: unknown) => JSON.parse(JSON.stringify(answer)) as unknown;
    const inStatement = new GapService(new GapRepository(db, new CreditLinkMemo()));
    const expected = [shown(await recommend(inStatement, 0)), shown(await recommend(inStatement, 1))];
    // Room for a few roles: the first answer's candidates do not fit.
    const memo = new RequirementMemo(200);
    const withMemo = () => new GapService(new GapRepository(db, new CreditLinkMemo(), REQUIREMENTS_PER_RECORD, memo));
    statements = 0;
    expect(shown(await recommend(withMemo(), 0))).toEqual(expected[0]);
    expect(statements).toBe(3); // candidates, their requirements, roles and skills
    expect(memo.outgrown).toBe(true);
    statements = 0;
    expect(shown(await recommend(withMemo(), 1))).toEqual(expected[1]);
    expect(statements).toBe(2); // candidates with their requirements, roles and skills
  });
});

