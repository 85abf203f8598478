import { describe, expect, it } from 'vitest';
import { coRequirementWeight, rankRelatedSkills, RELATION_WEIGHTS, type RelatedCandidate } from './relatedSkills.js';

describe('coRequirementWeight', () => {
  it('is the Jaccard index of the two role sets', () => {
    expect(coRequirementWeight(2, 4, 6)).toBeCloseTo(2 / 8);
    expect(coRequirementWeight(5, 5, 5)).toBe(1);
    expect(coRequirementWeight(0, 0, 0)).toBe(0);
  });
});

describe('rankRelatedSkills', () => {
  const candidate = (skillId: string, relation: RelatedCandidate['relation'], weight: number): RelatedCandidate => ({
    skillId,
    name: skillId,
    relation,
    weight,
  });

  it('keeps each skill once, under its strongest relation, strongest first', () => {
    const ranked = rankRelatedSkills(
      [
        candidate('docker', 'CO_REQUIRED', 0.4),
        candidate('containers', 'BROADER', RELATION_WEIGHTS.BROADER),
        candidate('docker', 'RELATED', RELATION_WEIGHTS.RELATED),
        candidate('helm', 'CO_REQUIRED', 0.55),
        candidate('eks', 'NARROWER', RELATION_WEIGHTS.NARROWER),
      ],
      10,
    );
    expect(ranked.map((c) => `${c.skillId}:${c.relation}`)).toEqual(['docker:RELATED', 'containers:BROADER', 'eks:NARROWER', 'helm:CO_REQUIRED']);
  });

  it('prefers an explicit relation on equal weight, then names, and honours first', () => {
    const ranked = rankRelatedSkills([candidate('b', 'CO_REQUIRED', 1), candidate('b', 'RELATED', 1), candidate('a', 'RELATED', 1)], 1);
    expect(ranked).toEqual([candidate('a', 'RELATED', 1)]);
    expect(rankRelatedSkills([candidate('b', 'CO_REQUIRED', 1), candidate('b', 'RELATED', 1)], 5)[0].relation).toBe('RELATED');
  });
});
