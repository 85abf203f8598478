/**
 * skillGap, recommendRoles, recommendRolesBatch and skillLeverage against the real Neo4j and the
 * curated seeds. Expected partitions are derived from Role.requiredSkills through the same API, so
 * the tests follow the seeds without copying their numbers; statement counts are asserted.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GapRepository } from '../../src/gaps/repository.js';
import { LIMITS } from '../../src/requestLimits/limits.js';
import { graphql } from '../generated/index.js';
import type { GapsRecommendQuery, GapsSkillGapQuery, GapsSkillGapQueryVariables, RecommendFilter, SkillProfileInput } from '../generated/graphql.js';
import { openTestApi, type TestApi } from '../support/testApi.js';

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi();
});
afterAll(async () => {
  await api.close();
});

/** Gap credit shares (docs/scoring.md "Gap credit"), restated so the test does not read them from the code under test. */
const CREDIT_SHARES: Record<string, (hops: number) => number> = {
  SAME_NAME: () => 1,
  EXACT_MATCH: () => 1,
  CLOSE_MATCH: () => 0.75,
  NARROWER: (hops) => 0.5 ** hops,
  RELATED: () => 0.2,
};
graphql(`
  fragment GapsItemFields on SkillGapItem { skill { slug } importance requiredLevel currentLevel levelGap weight essential status }
`);
graphql(`
  fragment GapsItem on SkillGapItem { ...GapsItemFields credit { heldSkill { slug } relation hops share heldLevel creditedLevel } }
`);
const SKILL_GAP = graphql(`
  query GapsSkillGap($target: String!, $profile: SkillProfileInput, $fromRole: String) {
    skillGap(target: $target, profile: $profile, fromRole: $fromRole) {
      target { slug requiredSkills(first: 100) { skill { slug } importance level essential } }
      coverage gap
      missing { ...GapsItem } partial { ...GapsItem } met { ...GapsItem }
      effort { estimatedMonths levelsToGain missingCount partialCount metCount essentialMissingCount }
      learningResources { skill { slug } status weight resources { title kind url } }
      unresolvedSkills
    }
  }
`);
graphql(`
  fragment GapsMatch on RoleMatch { role { slug } score coverage gap { gap missingCount partialCount metCount missing { ...GapsItem } partial { ...GapsItem } } }
`);
/**
 * Batches select items without their credit: 50 profiles × 10 roles × 10 items with a credit each
 * estimate above the default query cost limit (src/requestLimits/queryCost.ts).
 */
graphql(`
  fragment GapsLeanMatch on RoleMatch { role { slug } score coverage gap { gap missingCount partialCount metCount missing { ...GapsItemFields } partial { ...GapsItemFields } } }
`);
const RECOMMEND = graphql(`
  query GapsRecommend($profile: SkillProfileInput!, $first: Int, $filter: RecommendFilter) {
    recommendRoles(profile: $profile, first: $first, filter: $filter) { ...GapsMatch }
  }
`);
const RECOMMEND_LEAN = graphql(`
  query GapsRecommendLean($profile: SkillProfileInput!, $first: Int, $filter: RecommendFilter) {
    recommendRoles(profile: $profile, first: $first, filter: $filter) { ...GapsLeanMatch }
  }
`);
const RECOMMEND_BATCH = graphql(`
  query GapsRecommendBatch($profiles: [SkillProfileInput!]!, $first: Int, $filter: RecommendFilter) {
    recommendRolesBatch(profiles: $profiles, first: $first, filter: $filter) { matches { ...GapsLeanMatch } unresolvedSkills }
  }
`);
const LEVERAGE = graphql(`
  query GapsLeverage($profile: SkillProfileInput!, $first: Int, $filter: RecommendFilter) {
    skillLeverage(profile: $profile, first: $first, filter: $filter) { skill { slug } rolesUnlocked gapClosed score unlocks { slug } }
  }
`);
const RESOURCE_PROVENANCE = graphql(`
  query GapsResourceProvenance($p: SkillProfileInput) {
    skillGap(target: "cloud-architect-ai-ml", profile: $p) { learningResources { resources { title provenance { source } } } }
  }
`);
const GAP_ALONE = graphql(`
  query GapsGapAlone($p: SkillProfileInput) {
    skillGap(target: "cloud-architect-ai-ml", profile: $p) { coverage missing { skill { slug } } learningResources { resources { title } } unresolvedSkills }
  }
`);
const RECOMMENDED_ROLES = graphql(`
  query GapsRecommendedRoles($p: SkillProfileInput!) { recommendRoles(profile: $p, first: 30) { role { slug family { slug } salary { medianUsd } } } }
`);
const RECOMMEND_RANKING = graphql(`
  query GapsRecommendRanking($p: SkillProfileInput!) {
    recommendRoles(profile: $p, first: 30) { role { slug salary { medianUsd } } score coverage gap { gap missingCount partialCount metCount } }
  }
`);
const RECOMMENDED_FAMILIES = graphql(`
  query GapsRecommendedFamilies($p: SkillProfileInput!, $f: RecommendFilter) { recommendRoles(profile: $p, first: 30, filter: $f) { role { family { slug } } } }
`);
const RECOMMENDED_SALARIES = graphql(`
  query GapsRecommendedSalaries($p: SkillProfileInput!, $f: RecommendFilter) { recommendRoles(profile: $p, first: 30, filter: $f) { role { salary { medianUsd } } } }
`);
const REQUIRED_SKILLS = graphql(`
  query GapsRequiredSkills($slug: String) { role(slug: $slug) { requiredSkills(first: 100) { skill { slug } } } }
`);

const ORIGIN_LEVELS = graphql(`
  query GapsOriginLevels { role(slug: "cloud-architect-ai-ml") { requiredSkills(first: 100) { skill { slug } level } } }
`);

graphql(`
  fragment GapsEverySkillField on Skill { id slug name kind category description aliases provenance { source sourceTag sourceId asOf method } }
`);
graphql(`
  fragment GapsRichItem on SkillGapItem { skill { ...GapsEverySkillField } levelGap credit { heldSkill { ...GapsEverySkillField } relation } }
`);
const GAP_RICH = graphql(`
  query GapsRich($target: String!, $profile: SkillProfileInput) {
    skillGap(target: $target, profile: $profile) {
      target { slug title description alternateTitles provenance { evidence } }
      coverage gap missing { ...GapsRichItem } partial { ...GapsRichItem } met { ...GapsRichItem }
      learningResources { skill { ...GapsEverySkillField } resources { title } }
    }
  }
`);
const GAP_LEAN = graphql(`
  query GapsLean($target: String!, $profile: SkillProfileInput) {
    skillGap(target: $target, profile: $profile) { coverage gap missing { skill { slug } levelGap } partial { skill { slug } levelGap credit { heldSkill { slug } relation } } }
  }
`);
const DIRECT_SKILL = graphql(`
  query GapsDirectSkill($slug: String!) { skill(slug: $slug) { ...GapsEverySkillField } }
`);
const DIRECT_ROLE = graphql(`
  query GapsDirectRole($slug: String!) { role(slug: $slug) { slug title description alternateTitles provenance { evidence } } }
`);

type Profile = SkillProfileInput;
type Gap = GapsSkillGapQuery['skillGap'];
type Match = GapsRecommendQuery['recommendRoles'][number];

const skillGap = async (variables: GapsSkillGapQueryVariables) => (await api.data(SKILL_GAP, variables)).skillGap;
const recommend = async (profile: Profile, first?: number, filter?: RecommendFilter): Promise<Match[]> =>
  (await api.data(RECOMMEND, { profile, first, filter })).recommendRoles;

const slugs = (items: { skill: { slug: string } }[]) => items.map((item) => item.skill.slug);
const EPS = 1e-3;

/** Re-derives the partition from requiredSkills and the held levels (0..1, null = level unknown). */
function expectConsistentGap(gap: Gap, held: Record<string, number | null>) {
  const all = [...gap.missing, ...gap.partial, ...gap.met];
  expect(new Set(slugs(all)).size).toBe(all.length);
  expect(new Set(slugs(all))).toEqual(new Set(slugs(gap.target.requiredSkills)));
  for (const req of gap.target.requiredSkills) {
    const item = all.find((candidate) => candidate.skill.slug === req.skill.slug)!;
    const requiredLevel = req.level ?? 0.5;
    expect(item.importance).toBeCloseTo(req.importance, 6);
    expect(item.requiredLevel).toBeCloseTo(requiredLevel, 6);
    expect(item.essential).toBe(req.essential);
    const h = held[req.skill.slug];
    let current = h === undefined ? 0 : h === null ? requiredLevel : h;
    if (item.credit) {
      // Gap credit: only for a skill not held directly, from a skill that is held, by the documented share.
      expect(h, req.skill.slug).toBeUndefined();
      const heldLevel = held[item.credit.heldSkill.slug];
      expect(heldLevel, `${req.skill.slug} is credited by a held skill`).not.toBeUndefined();
      expect(item.credit.heldLevel).toBeCloseTo(heldLevel ?? requiredLevel, 6);
      expect(item.credit.share).toBeCloseTo(CREDIT_SHARES[item.credit.relation]!(item.credit.hops), 6);
      expect(item.credit.creditedLevel).toBeCloseTo(Math.min(requiredLevel, (heldLevel ?? requiredLevel) * item.credit.share), 6);
      current = item.credit.creditedLevel;
    }
    expect(item.currentLevel).toBeCloseTo(current, 6);
    const expected = current >= requiredLevel - 1e-6 ? 'MET' : current === 0 ? 'MISSING' : 'PARTIAL';
    expect(item.status, req.skill.slug).toBe(expected);
    expect(item.weight).toBeCloseTo(expected === 'MET' ? 0 : req.importance * (requiredLevel - current), 3);
  }
  for (const [list, status] of [[gap.missing, 'MISSING'], [gap.partial, 'PARTIAL'], [gap.met, 'MET']] as const) {
    expect(list.every((item) => item.status === status)).toBe(true);
  }
  for (const list of [gap.missing, gap.partial]) {
    for (let i = 1; i < list.length; i++) expect(list[i - 1]!.weight).toBeGreaterThanOrEqual(list[i]!.weight);
  }
  const total = all.reduce((sum, item) => sum + item.importance, 0);
  const covered = all.reduce((sum, item) => sum + item.importance * Math.min(item.currentLevel, item.requiredLevel) / item.requiredLevel, 0);
  expect(gap.coverage).toBeGreaterThanOrEqual(0);
  expect(gap.coverage).toBeLessThanOrEqual(1);
  expect(gap.coverage).toBeCloseTo(covered / total, 3);
  expect(gap.gap).toBeCloseTo(all.reduce((sum, item) => sum + item.weight, 0), 3);
  expect(gap.effort).toMatchObject({
    missingCount: gap.missing.length,
    partialCount: gap.partial.length,
    metCount: gap.met.length,
    essentialMissingCount: gap.missing.filter((item) => item.essential).length,
  });
}

describe('skillGap', () => {
  const profile: Profile = {
    skills: [
      { skill: 'Kubernetes', level: 6 }, // required at 5: met
      { skill: 'terraform', level: 2 }, // required at 4: partial
      { skill: 'Cloud Computing', level: 7 }, // alias of cloud-platforms, required at 7: met
      { skill: 'devops' }, // no level: counts as met
      { skill: 'mlops', level: 0 }, // level 0: missing
      { skill: 'python', level: 5 }, // not required by the role: ignored
      { skill: 'Underwater Basket Weaving', level: 3 },
    ],
  };

  it('partitions the target requirements into missing, partial and met, consistent with requiredSkills', async () => {
    const gap = await skillGap({ target: 'cloud-architect-ai-ml', profile });
    expect(gap.target.slug).toBe('cloud-architect-ai-ml');
    expect(gap.target.requiredSkills.length).toBeGreaterThan(6);
    expectConsistentGap(gap, { kubernetes: 6 / 7, terraform: 2 / 7, 'cloud-platforms': 1, devops: null, mlops: 0, python: 5 / 7 });
    expect(slugs(gap.met).sort()).toEqual(['cloud-platforms', 'devops', 'kubernetes']);
    // Held directly below the required level: terraform. The other partial skills are credited
    // (gap credit): infrastructure-as-code by Terraform, which is narrower, and the like.
    expect(slugs(gap.partial.filter((item) => item.credit === null))).toEqual(['terraform']);
    expect(gap.partial.find((item) => item.skill.slug === 'infrastructure-as-code')?.credit).toMatchObject({ heldSkill: { slug: 'terraform' }, relation: 'NARROWER', hops: 1 });
    expect(slugs(gap.missing)).toContain('mlops');
    expect(gap.coverage).toBeGreaterThan(0);
    expect(gap.coverage).toBeLessThan(1);
    expect(gap.unresolvedSkills).toEqual(['Underwater Basket Weaving']);
  });

  it('estimates effort from the gap items and lists resources for the gaps only, largest gap first', async () => {
    const gap = await skillGap({ target: 'cloud-architect-ai-ml', profile });
    const gaps = [...gap.missing, ...gap.partial];
    const levels = gaps.reduce((sum, item) => sum + item.levelGap * 7, 0);
    expect(gap.effort.levelsToGain).toBeCloseTo(levels, 1);
    expect(gap.effort.estimatedMonths).toBeCloseTo(gaps.reduce((sum, item) => sum + item.levelGap * 7 * (0.5 + 0.5 * item.importance), 0), 0);
    expect(gap.learningResources.length).toBeGreaterThan(0);
    const gapSlugs = new Set(slugs(gaps));
    for (const entry of gap.learningResources) {
      expect(gapSlugs.has(entry.skill.slug), entry.skill.slug).toBe(true);
      expect(entry.resources.length).toBeGreaterThan(0);
      expect(entry.weight).toBeCloseTo(gaps.find((item) => item.skill.slug === entry.skill.slug)!.weight, 6);
    }
    for (let i = 1; i < gap.learningResources.length; i++) {
      expect(gap.learningResources[i - 1]!.weight).toBeGreaterThanOrEqual(gap.learningResources[i]!.weight);
    }
    expect(slugs(gap.learningResources)).toContain('terraform');
  });

  it('gives each learning resource its provenance', async () => {
    const result = await api.data(RESOURCE_PROVENANCE, { p: profile });
    const resources = result.skillGap.learningResources.flatMap((entry) => entry.resources);
    expect(resources.length).toBeGreaterThan(0);
    expect(resources.every((resource) => resource.provenance.source === 'CURATED')).toBe(true);
  });

  it('runs one statement for the gap itself', async () => {
    const result = await api.execute(GAP_ALONE, { p: profile });
    expect(result.errors).toBeUndefined();
    expect(result.statements).toBe(1);
  });

  it('reads only what the answer shows, and a lean answer equals the same fields of a rich one', async () => {
    const rich = await api.execute(GAP_RICH, { target: 'cloud-architect-ai-ml', profile });
    expect(rich.errors).toBeUndefined();
    // Skill details, resources and the target's texts were selected: the one statement carried them.
    expect(rich.statements).toBe(1);
    const lean = await api.execute(GAP_LEAN, { target: 'cloud-architect-ai-ml', profile });
    expect(lean.statements).toBe(1);
    const richGap = rich.data!.skillGap;
    const leanGap = lean.data!.skillGap;
    expect(leanGap.coverage).toBe(richGap.coverage);
    expect(leanGap.gap).toBe(richGap.gap);
    expect(leanGap.missing).toEqual(richGap.missing.map((item) => ({ skill: { slug: item.skill.slug }, levelGap: item.levelGap })));
    expect(leanGap.partial).toEqual(
      richGap.partial.map((item) => ({
        skill: { slug: item.skill.slug },
        levelGap: item.levelGap,
        credit: item.credit && { heldSkill: { slug: item.credit.heldSkill.slug }, relation: item.credit.relation },
      })),
    );
    expect(richGap.partial.some((item) => item.credit !== null)).toBe(true);
    expect(richGap.learningResources.length).toBeGreaterThan(0);

    // Every skill shown, required or credited, is the skill itself; the target is the role itself.
    const shown = [...richGap.missing, ...richGap.partial, ...richGap.met].flatMap((item) => [item.skill, ...(item.credit ? [item.credit.heldSkill] : [])]);
    for (const skill of [...shown, ...richGap.learningResources.map((entry) => entry.skill)]) {
      expect(skill).toEqual((await api.data(DIRECT_SKILL, { slug: skill.slug })).skill);
    }
    expect(richGap.target).toEqual((await api.data(DIRECT_ROLE, { slug: 'cloud-architect-ai-ml' })).role);
  });

  it('resolves slugs, names and aliases case-insensitively ("k8s", "AWS", "Amazon Web Services")', async () => {
    for (const [kube, aws] of [['k8s', 'AWS'], ['K8S', 'Amazon Web Services'], ['KUBERNETES', 'amazon web services']]) {
      const gap = await skillGap({ target: 'cloud-engineer', profile: { skills: [{ skill: kube!, level: 7 }, { skill: aws!, level: 7 }] } });
      expect(slugs(gap.met).sort(), `${kube} / ${aws}`).toEqual(['aws', 'kubernetes']);
      expect(gap.unresolvedSkills).toEqual([]);
    }
  });

  it('keeps the highest level when a skill is given twice (under different names)', async () => {
    const gap = await skillGap({ target: 'cloud-engineer', profile: { skills: [{ skill: 'k8s', level: 1 }, { skill: 'kubernetes', level: 3 }, { skill: 'K8s', level: 2 }] } });
    expectConsistentGap(gap, { kubernetes: 3 / 7 });
  });

  it('allows an empty profile: nothing is held', async () => {
    const gap = await skillGap({ target: 'cloud-architect-ai-ml', profile: { skills: [] } });
    expect(gap.coverage).toBe(0);
    expect(gap.met).toEqual([]);
    expect(gap.partial).toEqual([]);
    expect(gap.missing.length).toBe(gap.target.requiredSkills.length);
  });

  it('counts the fromRole requirements as held (chief-architect from cloud-architect-ai-ml)', async () => {
    const origin = await api.data(ORIGIN_LEVELS);
    const held = Object.fromEntries(origin.role!.requiredSkills.map((req) => [req.skill.slug, req.level ?? 0.5]));
    const gap = await skillGap({ target: 'chief-architect', fromRole: 'cloud-architect-ai-ml' });
    expectConsistentGap(gap, held);
    expect(gap.met.length).toBeGreaterThan(0);
    expect(gap.missing.length + gap.partial.length).toBeGreaterThan(0);
    expect(gap.unresolvedSkills).toEqual([]);

    // A profile on top of the role: the higher level wins.
    const partial = gap.partial[0]!;
    const combined = await skillGap({
      target: 'chief-architect',
      fromRole: 'cloud-architect-ai-ml',
      profile: { skills: [{ skill: partial.skill.slug, level: 7 }, { skill: gap.met[0]!.skill.slug, level: 0 }] },
    });
    expectConsistentGap(combined, { ...held, [partial.skill.slug]: 1 });
    expect(combined.coverage).toBeGreaterThan(gap.coverage);
  });

  it('answers NOT_FOUND for an unknown target or fromRole', async () => {
    const unknownTarget = await api.execute(SKILL_GAP, { target: 'no-such-role', profile: { skills: [] } });
    expect(unknownTarget.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const unknownFrom = await api.execute(SKILL_GAP, { target: 'chief-architect', fromRole: 'no-such-role' });
    expect(unknownFrom.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('argument validation (BAD_USER_INPUT before any Cypher)', () => {
  const tooMany: Profile = { skills: Array.from({ length: LIMITS.maxProfileSkills + 1 }, (_, i) => ({ skill: `skill-${i}` })) };
  const badLevel: Profile = { skills: [{ skill: 'python', level: 8 }] };
  const negativeLevel: Profile = { skills: [{ skill: 'python', level: -1 }] };
  const blank: Profile = { skills: [{ skill: '  ' }] };

  // Only the error code is read, so the documents go as plain text with the variables of each case.
  const [skillGapText, recommendText, batchText, leverageText] = [SKILL_GAP, RECOMMEND, RECOMMEND_BATCH, LEVERAGE].map(String) as [string, string, string, string];
  const cases: [string, string, Record<string, unknown>][] = [
    ['skillGap without profile or fromRole', skillGapText, { target: 'chief-architect' }],
    ...[tooMany, badLevel, negativeLevel, blank].flatMap((profile, i): [string, string, Record<string, unknown>][] => [
      [`skillGap #${i}`, skillGapText, { target: 'chief-architect', profile }],
      [`recommendRoles #${i}`, recommendText, { profile }],
      [`recommendRolesBatch #${i}`, batchText, { profiles: [{ skills: [] }, profile] }],
      [`skillLeverage #${i}`, leverageText, { profile }],
    ]),
    ['recommendRolesBatch over maxBatchProfiles', batchText, { profiles: Array.from({ length: LIMITS.maxBatchProfiles + 1 }, () => ({ skills: [] })) }],
    ['recommendRoles first over maxFirst', recommendText, { profile: { skills: [] }, first: LIMITS.maxFirst + 1 }],
    ['skillLeverage negative first', leverageText, { profile: { skills: [] }, first: -1 }],
    ['recommendRoles maxJobZone out of range', recommendText, { profile: { skills: [] }, filter: { maxJobZone: 6 } }],
    ['recommendRoles too many excluded roles', recommendText, { profile: { skills: [] }, filter: { excludeRoles: Array.from({ length: LIMITS.maxFilterValues + 1 }, (_, i) => `r${i}`) } }],
  ];

  it.each(cases)('%s', async (_name, query, variables) => {
    const result = await api.execute(query, variables);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.statements).toBe(0);
  });
});

const CLOUD_ML: Profile = {
  skills: [
    { skill: 'cloud-platforms', level: 6 },
    { skill: 'ML systems architecture', level: 5 },
    { skill: 'distributed-systems', level: 5 },
    { skill: 'infrastructure-design', level: 6 },
    { skill: 'k8s', level: 5 },
    { skill: 'gpu-computing', level: 4 },
    { skill: 'model-deployment', level: 4 },
    { skill: 'mlops', level: 4 },
    { skill: 'terraform', level: 4 },
    { skill: 'security-compliance', level: 4 },
  ],
};
const DATA: Profile = { skills: [{ skill: 'python', level: 5 }, { skill: 'sql', level: 5 }, { skill: 'data-pipelines', level: 4 }, { skill: 'spark' }, { skill: 'Not A Skill' }] };

describe('recommendRoles', () => {
  it('ranks cloud/ML roles first for a cloud/ML profile, sorted by score', async () => {
    const result = await api.execute(RECOMMEND, { profile: CLOUD_ML, first: 10 });
    expect(result.errors).toBeUndefined();
    // The candidates, the requirements of those the process does not remember yet (none once it
    // does: test/api/requirementMemo.test.ts pins both counts), the roles and skills shown.
    expect(result.statements).toBeLessThanOrEqual(3);
    const matches = result.data!.recommendRoles;
    expect(matches).toHaveLength(10);
    expect(matches.slice(0, 3).map((m) => m.role.slug)).toContain('cloud-architect-ai-ml');
    for (let i = 1; i < matches.length; i++) expect(matches[i - 1]!.score).toBeGreaterThanOrEqual(matches[i]!.score);
    for (const match of matches) {
      expect(match.coverage).toBeGreaterThan(0);
      expect(match.coverage).toBeLessThanOrEqual(1);
      expect(match.score).toBeLessThanOrEqual(match.coverage + EPS);
      expect(match.gap.missing.length).toBeLessThanOrEqual(5);
      expect(match.gap.partial.length).toBeLessThanOrEqual(5);
    }
  });

  it('agrees with skillGap for every recommended role', async () => {
    const matches = await recommend(CLOUD_ML, 5);
    for (const match of matches) {
      const gap = await skillGap({ target: match.role.slug, profile: CLOUD_ML });
      expect(match.coverage, match.role.slug).toBeCloseTo(gap.coverage, 4);
      expect(match.gap).toMatchObject({ missingCount: gap.missing.length, partialCount: gap.partial.length, metCount: gap.met.length });
      expect(match.gap.gap).toBeCloseTo(gap.gap, 4);
      expect(match.gap.missing).toEqual(gap.missing.slice(0, 5));
      expect(match.gap.partial).toEqual(gap.partial.slice(0, 5));
    }
  });

  it('applies the filter: excluded roles, families, salary, sources', async () => {
    const excluded = await recommend(CLOUD_ML, 10, { excludeRoles: ['cloud-architect-ai-ml'] });
    expect(excluded.length).toBeGreaterThan(0);
    expect(excluded.map((m) => m.role.slug)).not.toContain('cloud-architect-ai-ml');

    const roles = await api.data(RECOMMENDED_ROLES, { p: CLOUD_ML });
    const family = roles.recommendRoles[0]!.role.family!.slug;
    const inFamily = await api.data(RECOMMENDED_FAMILIES, { p: CLOUD_ML, f: { families: [family] } });
    expect(inFamily.recommendRoles.length).toBeGreaterThan(0);
    expect(inFamily.recommendRoles.every((m) => m.role.family!.slug === family)).toBe(true);
    expect(inFamily.recommendRoles.length).toBeLessThan(roles.recommendRoles.length);

    const salaries = roles.recommendRoles.map((m) => m.role.salary?.medianUsd ?? 0).sort((a, b) => a - b);
    const floor = salaries[Math.floor(salaries.length / 2)]!;
    const rich = await api.data(RECOMMENDED_SALARIES, { p: CLOUD_ML, f: { minSalaryUsd: floor } });
    expect(rich.recommendRoles.length).toBeGreaterThan(0);
    expect(rich.recommendRoles.every((m) => m.role.salary!.medianUsd! >= floor)).toBe(true);

    // The curated seeds hold no O*NET occupations, and curated roles have no job zone.
    expect(await recommend(CLOUD_ML, 10, { sources: ['ONET'] })).toEqual([]);
    expect((await recommend(CLOUD_ML, 10, { sources: ['CURATED'] })).length).toBe(10);
    expect(await recommend(CLOUD_ML, 10, { maxJobZone: 5 })).toEqual([]);
  });

  it('reads what the query shows: for a ranking, no skill and only the role properties selected, with the same answer', async () => {
    const loads = vi.spyOn(GapRepository.prototype, 'loadRolesAndSkills');
    try {
      const ranking = (await api.data(RECOMMEND_RANKING, { p: CLOUD_ML })).recommendRoles;
      expect(loads).toHaveBeenCalledTimes(1);
      const [roleIds, skillIds, roleProperties] = loads.mock.calls[0]!;
      expect(roleIds).toHaveLength(30);
      expect(skillIds).toEqual([]);
      // The identity, and the salary with the codes its profile is built from.
      expect(roleProperties).toEqual(['id', 'slug', 'title', 'medianSalaryUsd', 'salaryBasis', 'onetCodes', 'escoUris']);

      const whole = await recommend(CLOUD_ML, 30);
      expect(whole.some((match) => match.gap.missing.length > 0)).toBe(true);
      expect(loads.mock.calls[1]![1].length).toBeGreaterThan(0);
      const salaries = new Map((await api.data(RECOMMENDED_ROLES, { p: CLOUD_ML })).recommendRoles.map((match) => [match.role.slug, match.role.salary]));
      expect(ranking).toEqual(
        whole.map(({ role, score, coverage, gap }) => ({
          role: { slug: role.slug, salary: salaries.get(role.slug) },
          score,
          coverage,
          gap: { gap: gap.gap, missingCount: gap.missingCount, partialCount: gap.partialCount, metCount: gap.metCount },
        })),
      );
    } finally {
      loads.mockRestore();
    }
  });

  it('returns no roles for an empty or entirely unknown profile, in one statement', async () => {
    for (const profile of [{ skills: [] }, { skills: [{ skill: 'Not A Skill' }] }]) {
      const result = await api.execute(RECOMMEND, { profile });
      expect(result.data?.recommendRoles).toEqual([]);
      expect(result.statements).toBe(1);
    }
  });
});

describe('recommendRolesBatch', () => {
  it('returns one list per profile, in order, each equal to the single call', async () => {
    const profiles = [CLOUD_ML, DATA, { skills: [] }];
    const batch = await api.data(RECOMMEND_BATCH, { profiles, first: 7 });
    expect(batch.recommendRolesBatch).toHaveLength(3);
    for (const [index, profile] of profiles.entries()) {
      expect(batch.recommendRolesBatch[index]!.matches).toEqual((await api.data(RECOMMEND_LEAN, { profile, first: 7 })).recommendRoles);
    }
    expect(batch.recommendRolesBatch[0]!.matches.length).toBe(7);
    expect(batch.recommendRolesBatch[1]!.matches.length).toBe(7);
    expect(batch.recommendRolesBatch[0]!.matches[0]!.role.slug).not.toBe(batch.recommendRolesBatch[1]!.matches[0]!.role.slug);
    expect(batch.recommendRolesBatch[2]).toEqual({ matches: [], unresolvedSkills: [] });
    expect(batch.recommendRolesBatch.map((list) => list.unresolvedSkills)).toEqual([[], ['Not A Skill'], []]);
  });

  it('runs the same number of statements for 1 profile as for 20', async () => {
    const one = await api.execute(RECOMMEND_BATCH, { profiles: [CLOUD_ML] });
    const many = await api.execute(RECOMMEND_BATCH, { profiles: Array.from({ length: 20 }, (_, i) => (i % 2 ? CLOUD_ML : DATA)) });
    expect(one.errors).toBeUndefined();
    expect(many.errors).toBeUndefined();
    expect(one.statements).toBe(2);
    expect(many.statements).toBe(one.statements);
  });

  it('returns an empty list for no profiles without touching the database', async () => {
    const result = await api.execute(RECOMMEND_BATCH, { profiles: [] });
    expect(result.data?.recommendRolesBatch).toEqual([]);
    expect(result.statements).toBe(0);
  });
});

describe('skillLeverage', () => {
  const leverage = async (profile: Profile, first: number, filter?: RecommendFilter) => api.execute(LEVERAGE, { profile, first, filter });

  /**
   * A profile just below the unlock threshold for `target`: its requirements, held with no level
   * (i.e. met), minus the most important ones until coverage drops under 0.7. Learning the last
   * one removed brings the coverage back to 0.7 or more, so that skill must unlock the target.
   */
  async function justBelow(target: string): Promise<{ profile: Profile; unlocking: string }> {
    const { role } = await api.data(REQUIRED_SKILLS, { slug: target });
    if (!role) throw new Error(`no role ${target}`);
    for (let k = 1; k < role.requiredSkills.length; k++) {
      const profile = { skills: role.requiredSkills.slice(k).map((req) => ({ skill: req.skill.slug })) };
      if ((await skillGap({ target, profile })).coverage < 0.7) return { profile, unlocking: role.requiredSkills[k - 1]!.skill.slug };
    }
    throw new Error(`no profile below the threshold for ${target}`);
  }

  it('returns skills the profile lacks, sorted by score, with unlocks consistent with skillGap', async () => {
    const { profile, unlocking } = await justBelow('data-engineer');
    const result = await leverage(profile, 100);
    expect(result.errors).toBeUndefined();
    expect(result.statements).toBe(2);
    const skills = result.data!.skillLeverage;
    expect(skills.length).toBeGreaterThan(0);
    for (let i = 1; i < skills.length; i++) expect(skills[i - 1]!.score).toBeGreaterThanOrEqual(skills[i]!.score);
    // Skills held without a level meet every requirement: never worth "learning".
    const held = new Set(profile.skills.map((entry) => entry.skill));
    expect(skills.filter((entry) => held.has(entry.skill.slug))).toEqual([]);
    expect(skills.find((entry) => entry.skill.slug === unlocking)?.rolesUnlocked).toBeGreaterThanOrEqual(1);

    for (const entry of skills) {
      expect(entry.score).toBeCloseTo(entry.rolesUnlocked + 0.5 * entry.gapClosed, 3);
      expect(entry.unlocks.length).toBe(Math.min(entry.rolesUnlocked, 5));
    }
    for (const entry of skills.filter((e) => e.rolesUnlocked > 0).slice(0, 2)) {
      for (const role of entry.unlocks) {
        const before = await skillGap({ target: role.slug, profile });
        expect(before.coverage).toBeLessThan(0.7);
        const item = [...before.missing, ...before.partial].find((i) => i.skill.slug === entry.skill.slug);
        expect(item, `${entry.skill.slug} is a gap of ${role.slug}`).toBeDefined();
        const after = await skillGap({ target: role.slug, profile: { skills: [...profile.skills, { skill: entry.skill.slug, level: Math.round(item!.requiredLevel * 7) }] } });
        expect(after.coverage, `${entry.skill.slug} unlocks ${role.slug}`).toBeGreaterThanOrEqual(0.7);
      }
    }
  });

  it('drops a skill once it is held at the top level, and respects the filter', async () => {
    const { profile } = await justBelow('data-engineer');
    const skills = (await leverage(profile, 20)).data!.skillLeverage;
    const best = skills[0]!.skill.slug;
    const stronger = (await leverage({ skills: [...profile.skills, { skill: best, level: 7 }] }, 20)).data!.skillLeverage;
    expect(stronger.map((entry) => entry.skill.slug)).not.toContain(best);

    const excluded = skills.find((entry) => entry.unlocks.length > 0)!.unlocks[0]!.slug;
    const filtered = (await leverage(profile, 20, { excludeRoles: [excluded] })).data!.skillLeverage;
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.flatMap((entry) => entry.unlocks.map((role) => role.slug))).not.toContain(excluded);
  });

  it('returns nothing for an empty profile, in one statement', async () => {
    const result = await leverage({ skills: [] }, 10);
    expect(result.data?.skillLeverage).toEqual([]);
    expect(result.statements).toBe(1);
  });
});
