/**
 * Warming the requirement and credit-link memos ahead of requests (src/paths/MemoWarming.ts,
 * PathRepository.rememberBusiestRoles) against the real Neo4j and the curated seeds: it reads the
 * roles with the most moves, as many as the memo holds; answers from warmed memos are those of
 * statements that read everything themselves, and take one statement; a write after the warming
 * shows in the next answer; and a server started with the setting warms on its own (the required
 * skills' identities too), again after a write.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { REQUIREMENTS_PER_RECORD } from '../../src/neo4j/recordParts.js';
import { PathRepository } from '../../src/paths/repository.js';
import { PathService } from '../../src/paths/PathService.js';
import { RequirementMemo } from '../../src/roles/RequirementMemo.js';
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
  api = await openTestApi('test', { responseCache: RESPONSE_CACHE_OFF, memoWarming: true });
  requirements = markedRequirements(api.database.db, 'memo-warming-test');
});
beforeEach(cleanUp);
afterAll(async () => {
  await cleanUp();
  await api.close();
});

const CAREER_PATHS = graphql(`
  query MemoWarmingCareerPaths($from: String!, $to: String!) {
    careerPaths(from: $from, to: $to, first: 5) {
      roles { slug } totals { gap score } steps { bridgingSkills { skill { slug } levelGap credit { heldSkill { slug } relation } } }
    }
  }
`);

/** A repository over warmed memos, and a count of the statements it runs. */
function warmableRepository(memo: RequirementMemo, credits = new CreditLinkMemo()) {
  let statements = 0;
  const db = api.database.db.withObserver({ onQuery: () => void (statements += 1) });
  const repository = new PathRepository(db, credits, REQUIREMENTS_PER_RECORD, memo);
  return { repository, credits, statements: () => statements };
}

describe('memos warmed ahead of requests', () => {
  it('reads the requirements of the roles with the most moves, as many as the memo holds', async () => {
    const capacity = 120;
    const memo = new RequirementMemo(capacity);
    const { repository, credits } = warmableRepository(memo);
    const warmed = await repository.rememberBusiestRoles({ roles: 3, skills: 10 });
    // The busiest roles whose requirements (+ 1 each, as the memo counts them) fit, in the same order.
    const busiest = await api.database.db.readRows<{ roleId: string; requirements: number }>(
      `MATCH (role:Role) WITH role, COUNT { (role)-[:LEADS_TO]-() } AS moves WHERE moves > 0
       RETURN role.id AS roleId, COUNT { (role)-[:REQUIRES]->() } AS requirements ORDER BY moves DESC, role.id`,
    );
    let taken = 0;
    const expected: string[] = [];
    for (const { roleId, requirements } of busiest) {
      taken += requirements + 1;
      if (taken > capacity) break;
      expected.push(roleId);
    }
    expect(expected.length).toBeGreaterThan(1);
    expect(expected.length).toBeLessThan(busiest.length); // the cap bites on the seeds
    expect(warmed?.roles).toBe(expected.length);
    expect(memo.size).toBe(expected.length);
    const [{ skills }] = await api.database.db.readRows<{ skills: number }>(
      'UNWIND $ids AS id MATCH (:Role {id: id})-[:REQUIRES]->(skill:Skill) RETURN count(DISTINCT skill) AS skills',
      { ids: expected },
    );
    expect(warmed?.skills).toBe(skills);
    expect(credits.size).toBe(skills);
  });

  it('gives the answers of statements that read everything themselves, one statement each', async () => {
    const expected = await curatedPathAnswers(new PathService(new PathRepository(api.database.db)));
    const memo = new RequirementMemo();
    const { repository, statements } = warmableRepository(memo);
    expect(await repository.rememberBusiestRoles()).not.toBeNull();
    const warmedWith = statements();
    const paths = new PathService(repository);
    const pair = { from: 'cloud-engineer', to: 'principal-cloud-architect', maxHops: 4, first: 5 } as const;
    await paths.careerPaths({ ...pair, rankBy: 'FEWEST_STEPS' });
    expect(statements() - warmedWith).toBe(1); // everything on the routes was warmed
    expect(await curatedPathAnswers(paths)).toEqual(expected);
  });

  it('shows a write made after the warming in the next answer', async () => {
    const memo = new RequirementMemo();
    const { repository } = warmableRepository(memo);
    await repository.rememberBusiestRoles();
    const paths = new PathService(repository);
    const pair = { from: 'cloud-engineer', to: 'principal-cloud-architect', maxHops: 4, first: 5, rankBy: 'SMALLEST_GAP' } as const;
    const before = await paths.careerPaths(pair);
    await writeRequirement('principal-cloud-architect', 'python');
    const fresh = await new PathService(new PathRepository(api.database.db)).careerPaths(pair);
    expect(fresh).not.toEqual(before);
    expect(await paths.careerPaths(pair)).toEqual(fresh);
  });

  it('is done by a server started with the setting, for the graph as it is now', async () => {
    // Earlier tests wrote: the server warms again for the latest commit (within its interval, 10 s).
    const commit = await api.database.db.latestCommit();
    const [role] = await api.database.db.readRows<{ id: string; skillId: string }>(
      "MATCH (role:Role {slug: 'principal-cloud-architect'})-[:REQUIRES]->(skill:Skill) RETURN role.id AS id, skill.id AS skillId LIMIT 1",
    );
    const { requirements, creditLinks, moveGraphs, skillIdentities } = api.server.caches;
    // A warming fills the requirements and credit links first, then reads the moves: until it has,
    // careerPaths finds its routes with the previous commit's moves and needs a second statement.
    await vi.waitFor(
      () => {
        expect(requirements.at(commit, [role!.id]).missing).toEqual([]);
        expect(creditLinks.linksAt(commit, [role!.skillId]).missing).toEqual([]);
        expect(moveGraphs.current?.commit).toBe(commit);
        // Then the required skills' identities, at the same commit (skillGap: test/api/requirementsFromMemos.test.ts).
        expect(skillIdentities.at(commit, role!.skillId)).toMatchObject({ id: role!.skillId });
      },
      { timeout: 30_000, interval: 200 },
    );
    const answer = await api.execute(CAREER_PATHS, { from: 'cloud-engineer', to: 'principal-cloud-architect' });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.careerPaths.length).toBeGreaterThan(0);
    expect(answer.statements).toBe(1);
  });
});
