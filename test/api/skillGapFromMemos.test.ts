/**
 * skillGap with its target's requirements from the requirement memo and their skills from the
 * skill-identity memo (src/gaps/repository.ts loadSkillGap, src/skills/SkillIdentityMemo.ts), against
 * the real Neo4j and the curated seeds: answers equal those of the statement that reads the
 * requirements itself, that statement is sent without them, an answer showing more of a skill than
 * its identity reads them itself, a target the memo lacks is read in one more statement, and a write
 * made straight to the database shows in the next answer. The response cache is off.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GraphDatabase } from '../../src/neo4j/GraphDatabase.js';
import { REQUIREMENTS_PER_RECORD } from '../../src/neo4j/recordParts.js';
import { PathRepository } from '../../src/paths/repository.js';
import { RESPONSE_CACHE_OFF } from '../../src/responseCache/responseCache.js';
import { rememberSkillIdentities } from '../../src/skills/SkillIdentityMemo.js';
import { graphql } from '../generated/index.js';
import { markedRequirements } from '../support/markedRequirements.js';
import { openTestApi, type TestApi } from '../support/testApi.js';

let api: TestApi;
let requirements: ReturnType<typeof markedRequirements>;
const cleanUp = () => requirements?.removeAll();

beforeAll(async () => {
  api = await openTestApi('test', { responseCache: RESPONSE_CACHE_OFF });
  requirements = markedRequirements(api.database.db, 'skill-gap-from-memos-test');
});
beforeEach(cleanUp);
afterAll(async () => {
  await cleanUp();
  await api.close();
});

const SKILL_GAP = graphql(`
  query MemoSkillGap($target: String!, $profile: SkillProfileInput, $fromRole: String) {
    skillGap(target: $target, profile: $profile, fromRole: $fromRole) {
      coverage gap unresolvedSkills target { slug title }
      missing { skill { slug name } levelGap weight status credit { heldSkill { slug } relation share } }
      partial { skill { slug name } levelGap weight status credit { heldSkill { slug } relation share } }
      met { skill { id slug } status }
    }
  }
`);
// A skill's kind is not an identity property: this answer's statement reads the requirements itself.
const SKILL_GAP_WITH_KINDS = graphql(`
  query MemoSkillGapKinds($target: String!, $profile: SkillProfileInput) {
    skillGap(target: $target, profile: $profile) { gap missing { skill { slug kind } levelGap } partial { skill { slug kind } levelGap } }
  }
`);

const PROFILE = { skills: [{ skill: 'python', level: 5 }, { skill: 'Kubernetes', level: 4 }, { skill: 'cloud-platforms', level: 3 }, { skill: 'no-such-skill', level: 2 }] };
const QUESTIONS = [
  { target: 'cloud-architect', profile: PROFILE },
  { target: 'principal-cloud-architect', profile: PROFILE, fromRole: 'cloud-engineer' },
  { target: 'data-engineer', profile: { skills: [{ skill: 'sql', level: 6 }] } },
];

/** Warms the memos as MemoWarming does (server.ts warmMemos), without the moves. */
async function warm(): Promise<void> {
  const { caches } = api.server;
  const warmed = await new PathRepository(api.database.db, caches.creditLinks, REQUIREMENTS_PER_RECORD, caches.requirements).rememberBusiestRoles();
  expect(warmed).not.toBeNull();
  expect(await rememberSkillIdentities(api.database.db, caches.skillIdentities, warmed!.commit)).toBe(true);
}

/** The statements one answer sends, and whether each read the target's requirements. */
async function withStatements<T>(answer: () => Promise<T>): Promise<{ result: T; readsRequirements: boolean[] }> {
  const statements = vi.spyOn(GraphDatabase.prototype, 'readRowsAtCommit');
  try {
    const result = await answer();
    return { result, readsRequirements: statements.mock.calls.map(([cypher]) => cypher.includes('MATCH (target)-[req:REQUIRES]->(skill:Skill)')) };
  } finally {
    statements.mockRestore();
  }
}

describe('skillGap with its requirements from the memos', () => {
  it('answers as the statement that reads the requirements does, with a statement that reads none', async () => {
    expect(api.server.caches.skillIdentities.complete).toBe(false);
    const expected = [];
    for (const question of QUESTIONS) {
      const { result, readsRequirements } = await withStatements(() => api.data(SKILL_GAP, question));
      expect(readsRequirements).toEqual([true]); // nothing warmed yet: the statement reads them
      expected.push(result);
    }
    expect(expected[0]!.skillGap.missing.length).toBeGreaterThan(0);
    expect(expected[0]!.skillGap.unresolvedSkills).toEqual(['no-such-skill']);
    await warm();
    expect(api.server.caches.skillIdentities.size).toBeGreaterThan(0);
    for (const [index, question] of QUESTIONS.entries()) {
      const { result, readsRequirements } = await withStatements(() => api.execute(SKILL_GAP, question));
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual(expected[index]);
      expect(readsRequirements[0]).toBe(false);
    }
  });

  it('reads the requirements in its statement when the answer shows more of a skill than its identity', async () => {
    await warm();
    const { result, readsRequirements } = await withStatements(() => api.data(SKILL_GAP_WITH_KINDS, QUESTIONS[0]!));
    expect(readsRequirements).toEqual([true]);
    expect(result.skillGap.missing.every((item) => item.skill.kind !== null)).toBe(true);
  });

  it('reads the requirements of a target the memo lacks in one more statement, and remembers them', async () => {
    await warm();
    const question = QUESTIONS[0]!;
    const expected = await api.data(SKILL_GAP, question);
    // The requirement memo at another commit (so it lacks every role), the skill identities at this one.
    const { requirements: memo, skillIdentities } = api.server.caches;
    memo.remember('another commit', []);
    expect(await rememberSkillIdentities(api.database.db, skillIdentities, await api.database.db.latestCommit())).toBe(true);
    const { result: first, readsRequirements } = await withStatements(() => api.execute(SKILL_GAP, question));
    expect(first.errors).toBeUndefined();
    expect(first.statements).toBe(2);
    expect(readsRequirements).toEqual([false, false]); // the statement, then the target's requirements (REQUIREMENTS_OF_ROLES)
    expect(first.data).toEqual(expected);
    const again = await api.execute(SKILL_GAP, question);
    expect(again.statements).toBe(1);
    expect(again.data).toEqual(expected);
  });

  it('shows a write made straight to the database in the next answer', async () => {
    await warm();
    const before = await api.data(SKILL_GAP, QUESTIONS[0]!);
    expect([...before.skillGap.missing, ...before.skillGap.partial].map((item) => item.skill.slug)).not.toContain('terraform');
    await requirements.write('cloud-architect', 'terraform');
    const { result: after, readsRequirements } = await withStatements(() => api.execute(SKILL_GAP, QUESTIONS[0]!));
    expect(after.errors).toBeUndefined();
    // The statement ran at a newer commit than the memos: once more for the held skills' credit links
    // (CreditLinkMemo), then with the requirements in it.
    expect(readsRequirements).toEqual([false, false, true]);
    const terraform = [...after.data!.skillGap.missing, ...after.data!.skillGap.partial].find((item) => item.skill.slug === 'terraform');
    expect(terraform).toMatchObject({ skill: { slug: 'terraform', name: expect.any(String) }, levelGap: expect.any(Number) });
    expect(after.data!.skillGap.gap).toBeGreaterThan(before.skillGap.gap);
  });
});
