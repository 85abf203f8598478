/**
 * The requirement memo (src/paths/RequirementMemo.ts) and the move-gap memo (MoveGapMemo.ts)
 * against the real Neo4j and the curated seeds: paths statements then return their routes without
 * the requirements of their roles, which come from the process's memo and one more statement for the
 * roles it lacks, and the gaps of moves other answers computed come from the second memo. The
 * answers must be those of statements that read every requirement themselves, and a write made
 * straight to the database (no API mutation, so nothing in the process hears of it) must show in the
 * very next answer: its statement ran at another commit than the remembered requirements and gaps, so
 * they are read and computed again. The response cache is off, so every answer is computed.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REQUIREMENTS_PER_RECORD } from '../../src/neo4j/recordParts.js';
import { PathRepository } from '../../src/paths/repository.js';
import { PathService } from '../../src/paths/PathService.js';
import { MoveGapMemo } from '../../src/paths/MoveGapMemo.js';
import { RequirementMemo } from '../../src/paths/RequirementMemo.js';
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
});
