/**
 * The credit-link memo (src/skills/CreditLinkMemo.ts) against the real Neo4j and the curated seeds:
 * skillGap and recommendRoles answer the same from links remembered by the process as from links
 * their statement reads, and a write made straight to the database (no API mutation, so nothing in
 * the process hears of it) shows in the very next answer: the statement ran at another commit than
 * the remembered links, so it reads them again. The response cache is off, so every answer is computed.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { skillNameKey } from '../../src/graph/skillNameKey.js';
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

    const remembered = await api.execute(SKILL_GAP, { target: 'cloud-architect', profile: { skills: PROFILE } });
    expect(remembered.statements).toBe(1);
    expect(remembered.data).toEqual(read.data);
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
});
