import { describe, expect, it } from 'vitest';
import { buildSkillConcepts, compareRoleProfiles, compareSkillVectors, weightedJaccard } from './similarity.js';

const v = (entries: Record<string, number>) => Object.entries(entries).map(([skillId, importance]) => ({ skillId, importance }));

describe('weightedJaccard', () => {
  it('is Σ min / Σ max over the union of skills', () => {
    // min: a 0.5 + b 0.25 = 0.75; max: a 1 + b 0.5 + c 0.5 + d 0.25 = 2.25
    expect(weightedJaccard(v({ a: 1, b: 0.25, c: 0.5 }), v({ a: 0.5, b: 0.5, d: 0.25 }))).toBeCloseTo(0.75 / 2.25, 4);
  });

  it('is 1 for identical vectors and 0 for disjoint ones', () => {
    expect(weightedJaccard(v({ a: 0.8, b: 0.3 }), v({ b: 0.3, a: 0.8 }))).toBe(1);
    expect(weightedJaccard(v({ a: 0.8 }), v({ b: 0.8 }))).toBe(0);
    expect(weightedJaccard([], [])).toBe(0);
  });

  it('is symmetric', () => {
    const a = v({ a: 0.9, b: 0.4, c: 0.1 });
    const b = v({ b: 0.7, c: 0.1, d: 1 });
    expect(weightedJaccard(a, b)).toBe(weightedJaccard(b, a));
  });

  it('ignores zero-importance requirements and counts a duplicated skill once, at its higher importance', () => {
    expect(weightedJaccard(v({ a: 1, z: 0 }), v({ a: 1, z: 0.0 }))).toBe(1);
    expect(weightedJaccard([{ skillId: 'a', importance: 0.5 }, { skillId: 'a', importance: 1 }], v({ a: 1 }))).toBe(1);
  });

  it('scores a partly shared skill lower than a fully shared one', () => {
    const base = v({ a: 1, b: 1 });
    expect(weightedJaccard(base, v({ a: 1, b: 0.25 }))).toBeLessThan(weightedJaccard(base, v({ a: 1, b: 1 })));
  });
});

describe('compareSkillVectors', () => {
  it('lists shared skills by common weight and missing skills (needed only by the other role) by weight', () => {
    const result = compareSkillVectors(v({ a: 1, b: 0.25, c: 0.5 }), v({ a: 0.5, b: 0.75, d: 0.25, e: 1 }));
    expect(result.shared).toEqual(['a', 'b']);
    expect(result.missing).toEqual(['e', 'd']);
    expect(result.score).toBeCloseTo(0.75 / (1 + 0.75 + 0.5 + 0.25 + 1), 4);
  });
});

describe('compareRoleProfiles (skill concepts across sources)', () => {
  const join = (skillId: string, skillSource: string, otherId: string, otherSource: string) => ({ skillId, skillSource, otherId, otherSource });
  const concepts = buildSkillConcepts(
    [
      { skillId: 'curated:python', source: 'curated' },
      { skillId: 'curated:kubernetes', source: 'curated' },
      { skillId: 'curated:leadership', source: 'curated' },
      { skillId: 'onet:python', source: 'onet' },
      { skillId: 'onet:kubernetes', source: 'onet' },
      { skillId: 'onet:reading', source: 'onet' },
    ],
    [join('curated:python', 'curated', 'onet:python', 'onet'), join('onet:kubernetes', 'onet', 'esco:k8s', 'esco'), join('esco:k8s', 'esco', 'curated:kubernetes', 'curated')],
  );

  it('joins skills transitively into concepts keyed by the smallest id', () => {
    expect(concepts.conceptOf('onet:kubernetes')).toBe('curated:kubernetes');
    expect(concepts.conceptOf('esco:k8s')).toBe('curated:kubernetes');
    expect([...concepts.sourcesOf('curated:kubernetes')].sort()).toEqual(['curated', 'esco', 'onet']);
    expect(concepts.conceptOf('unknown')).toBe('unknown');
  });

  it('across sources, compares only concepts both sources name, and reports the candidate’s skills', () => {
    const comparison = compareRoleProfiles(
      { source: 'curated', skills: [{ skillId: 'curated:python', importance: 1 }, { skillId: 'curated:kubernetes', importance: 0.5 }, { skillId: 'curated:leadership', importance: 1 }] },
      { source: 'onet', skills: [{ skillId: 'onet:python', importance: 0.5 }, { skillId: 'onet:reading', importance: 1 }] },
      concepts,
    );
    // Leadership (curated only) and reading (O*NET only) are outside the shared vocabulary.
    // Python min 0.5; Kubernetes (named by O*NET too, not required by this occupation) max 0.5: 0.5 / (1 + 0.5).
    expect(comparison.score).toBeCloseTo(1 / 3, 2);
    expect(comparison).toMatchObject({ shared: ['onet:python'], missing: [], compared: 2, acrossSources: true });
  });

  it('within one source is the plain weighted Jaccard on skill ids when nothing is joined', () => {
    const a = [{ skillId: 'x', importance: 1 }, { skillId: 'y', importance: 0.5 }];
    const b = [{ skillId: 'x', importance: 0.5 }, { skillId: 'z', importance: 1 }];
    const comparison = compareRoleProfiles({ source: 'curated', skills: a }, { source: 'curated', skills: b }, buildSkillConcepts([], []));
    expect(comparison.score).toBe(compareSkillVectors(a, b).score);
    expect(comparison).toMatchObject({ shared: ['x'], missing: ['z'], compared: 3, acrossSources: false });
  });
});
