import { describe, expect, it } from 'vitest';
import {
  CLOSE_MATCH_SHARE,
  CreditIndex,
  NARROWER_SHARE_PER_HOP,
  RELATED_SHARE,
  creditShare,
  describeCredit,
  type CreditLink,
} from './skillCredit.js';
import { tallyBridgeSkills } from './bridgeSkillRanking.js';
import { rankRoleMatches } from './roleMatch.js';
import { bridgingSkills, computeSkillGap } from './skillGap.js';

const req = (skillId: string, importance: number, level: number | null, essential = true) => ({ skillId, importance, level, essential });
const links = (entries: Record<string, CreditLink[]>) => new Map(Object.entries(entries));

describe('creditShare', () => {
  it('gives all of an equivalent, most of a close match, halves per narrower hop and a small share for related skills', () => {
    expect(creditShare('SAME_NAME')).toBe(1);
    expect(creditShare('EXACT_MATCH')).toBe(1);
    expect(creditShare('CLOSE_MATCH')).toBe(CLOSE_MATCH_SHARE);
    expect(creditShare('NARROWER', 1)).toBe(NARROWER_SHARE_PER_HOP);
    expect(creditShare('NARROWER', 2)).toBe(NARROWER_SHARE_PER_HOP ** 2);
    expect(creditShare('NARROWER', 3)).toBe(0);
    expect(creditShare('RELATED')).toBe(RELATED_SHARE);
    expect(RELATED_SHARE).toBeLessThan(NARROWER_SHARE_PER_HOP);
  });
});

describe('CreditIndex', () => {
  it('credits held level × share, capped at the required level, and keeps the best credit', () => {
    const held = new Map([['cloud-platforms', 1], ['infrastructure-design', 1]]);
    const index = new CreditIndex(
      held,
      links({
        'cloud-platforms': [['cloud-architecture', 'CLOSE_MATCH', 1]],
        'infrastructure-design': [['cloud-architecture', 'RELATED', 1]],
      }),
    );
    const credit = index.creditFor('cloud-architecture', 6 / 7);
    expect(credit).toMatchObject({ heldSkillId: 'cloud-platforms', relation: 'CLOSE_MATCH', share: 0.75, creditedLevel: 0.75 });
    // Capped: a close match of a level-7 skill toward a level-3 requirement meets it, no more.
    expect(index.creditFor('cloud-architecture', 3 / 7)!.creditedLevel).toBeCloseTo(3 / 7, 4);
  });

  it('gives nothing to a held skill broader than the required one, and ignores unknown relations', () => {
    // Only narrower -> broader links are read from the graph; a BROADER or unknown tag earns nothing.
    const index = new CreditIndex(new Map([['cloud-platforms', 1]]), links({ 'cloud-platforms': [['aws', 'BROADER', 1], ['gcp', 'CO_REQUIRED', 1]] }));
    expect(index.creditFor('aws', 0.5)).toBeNull();
    expect(index.creditFor('gcp', 0.5)).toBeNull();
  });

  it('never credits a skill that is held directly, and a level-0 skill credits nothing', () => {
    const held = new Map([['kubernetes', 0.1], ['docker', 0]]);
    const index = new CreditIndex(held, links({ 'onet:kubernetes': [['kubernetes', 'SAME_NAME', 1]], docker: [['containers', 'NARROWER', 1]] }));
    expect(index.creditFor('kubernetes', 0.7)).toBeNull();
    expect(index.creditFor('containers', 0.7)).toBeNull();
  });

  it('credits a skill held at an unknown level as if held at the required level', () => {
    const index = new CreditIndex(new Map([['aws', null]]), links({ aws: [['cloud-platforms', 'NARROWER', 1]] }));
    expect(index.creditFor('cloud-platforms', 0.8)).toMatchObject({ heldLevel: 0.8, creditedLevel: 0.4 });
  });
});

describe('computeSkillGap with credit', () => {
  it('fully credits the same skill from another source, so it lands in met with its credit', () => {
    const result = computeSkillGap(new Map([['onet:tech:kubernetes', 4 / 7]]), [req('curated:skill:kubernetes', 0.75, 4 / 7)], links({ 'onet:tech:kubernetes': [['curated:skill:kubernetes', 'SAME_NAME', 1]] }));
    expect(result.met).toHaveLength(1);
    expect(result.met[0]!.credit).toMatchObject({ heldSkillId: 'onet:tech:kubernetes', relation: 'SAME_NAME', share: 1 });
    expect(result.coverage).toBe(1);
    expect(result.gap).toBe(0);
  });

  it('gives a narrower skill partial credit toward its broader one, less for two hops', () => {
    // nlp-engineer (Transformers and PyTorch at LV 5) toward Applied Scientist's deep learning and machine learning at LV 6.
    const source = [req('transformers', 0.75, 5 / 7), req('pytorch', 0.75, 5 / 7)];
    const target = [req('deep-learning', 1, 6 / 7), req('machine-learning', 1, 6 / 7)];
    const credits = links({
      transformers: [['deep-learning', 'NARROWER', 1], ['machine-learning', 'NARROWER', 2]],
      pytorch: [['deep-learning', 'NARROWER', 1], ['machine-learning', 'NARROWER', 2]],
    });
    const without = bridgingSkills(source, target);
    const result = bridgingSkills(source, target, credits);
    const byId = new Map(result.items.map((item) => [item.skillId, item]));
    expect(byId.get('deep-learning')).toMatchObject({ status: 'PARTIAL', credit: { relation: 'NARROWER', hops: 1, share: 0.5 } });
    expect(byId.get('deep-learning')!.currentLevel).toBeCloseTo(2.5 / 7, 6);
    expect(byId.get('machine-learning')).toMatchObject({ status: 'PARTIAL', credit: { relation: 'NARROWER', hops: 2, share: 0.25 } });
    expect(byId.get('machine-learning')!.currentLevel).toBeCloseTo(1.25 / 7, 6);
    expect(result.gap).toBeLessThan(without.gap);
    expect(without.missing.map((item) => item.skillId).sort()).toEqual(['deep-learning', 'machine-learning']);
  });

  it('leaves items without credit at null and uncredited gaps unchanged', () => {
    const result = computeSkillGap(new Map([['a', 0.5]]), [req('a', 1, 0.5), req('b', 1, 0.5)], links({ a: [['c', 'EXACT_MATCH', 1]] }));
    expect(result.items.map((item) => item.credit)).toEqual([null, null]);
    expect(result.missing[0]!.weight).toBeCloseTo(0.5);
  });
});

describe('describeCredit', () => {
  it('says which held skill counts toward which required one, how and how much', () => {
    expect(describeCredit('Cloud platforms (AWS/GCP/Azure)', 'Cloud architecture', { relation: 'CLOSE_MATCH', hops: 1, share: 0.75 })).toBe(
      'You hold Cloud platforms (AWS/GCP/Azure); it counts toward Cloud architecture as a close match (75 %).',
    );
    expect(describeCredit('Transformer architectures', 'Machine learning', { relation: 'NARROWER', hops: 2, share: 0.25 })).toBe(
      'You hold Transformer architectures; it counts toward Machine learning as a narrower skill (2 levels down) (25 %).',
    );
  });
});

describe('every consumer applies the same credit', () => {
  const credits = links({ aws: [['cloud-platforms', 'NARROWER', 1]] });

  it('rankRoleMatches scores a role by the credited gap', () => {
    const held = new Map([['aws', 1]]);
    const candidates = [{ roleId: 'cloud', requirements: [req('cloud-platforms', 1, 1)] }];
    expect(rankRoleMatches(held, candidates, 5)).toEqual([]);
    const [match] = rankRoleMatches(held, candidates, 5, credits);
    expect(match).toMatchObject({ roleId: 'cloud', coverage: 0.5 });
    expect(match!.gap.partial[0]!.credit).toMatchObject({ heldSkillId: 'aws', relation: 'NARROWER' });
  });

  it('tallyBridgeSkills counts a credited skill as partial, not missing, with the credited weight', () => {
    const requirements = new Map([
      ['engineer', [req('aws', 1, 1)]],
      ['architect', [req('cloud-platforms', 1, 1)]],
    ]);
    const plain = tallyBridgeSkills([['engineer', 'architect']], requirements);
    const credited = tallyBridgeSkills([['engineer', 'architect']], requirements, credits);
    expect(plain.skills).toEqual([{ skillId: 'cloud-platforms', progressions: 1, missing: 1, totalWeight: 1, averageGap: 1 }]);
    expect(credited.skills).toEqual([{ skillId: 'cloud-platforms', progressions: 1, missing: 0, totalWeight: 0.5, averageGap: 0.5 }]);
  });
});
