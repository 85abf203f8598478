import { describe, expect, it } from 'vitest';
import { bestLabel, editDistance, matchQuality, matchWords, rankSearchHits } from './searchRank.js';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent transpositions', () => {
    expect(editDistance('clod', 'cloud')).toBe(1);
    expect(editDistance('kubernetse', 'kubernetes')).toBe(1);
    expect(editDistance('architect', 'architect')).toBe(0);
    expect(editDistance('abc', 'xyz')).toBe(3);
  });
});

describe('matchQuality', () => {
  const q = (text: string, label: string) => matchQuality(matchWords(text), label);

  it('is 1 for an exact label, ignoring case, accents and punctuation', () => {
    expect(q('cloud architect', 'Cloud Architect')).toBe(1);
    expect(q('k8s', 'K8s')).toBe(1);
    expect(q('resume', 'Résumé')).toBe(1);
  });

  it('ranks whole words over prefixes over typos, and fuller coverage higher', () => {
    const whole = q('cloud architect', 'Principal Cloud Architect');
    const prefix = q('cloud arch', 'Principal Cloud Architect');
    const typo = q('clod architect', 'Principal Cloud Architect');
    expect(whole).toBeGreaterThan(prefix);
    expect(prefix).toBeGreaterThan(typo);
    expect(q('clod architect', 'Cloud Architect')).toBeGreaterThan(typo);
    expect(typo).toBeGreaterThan(0);
  });

  it('is 0 when no word matches', () => {
    expect(q('kubernetes', 'Data Analyst')).toBe(0);
  });
});

describe('bestLabel', () => {
  it('reports the alias that matched', () => {
    expect(bestLabel('k8s', ['Kubernetes', 'k8s', 'K8s'])).toEqual({ matchedOn: 'k8s', quality: 1 });
  });

  it('prefers the primary label on ties', () => {
    expect(bestLabel('engineer', ['Cloud Engineer', 'Cloud Engineer II']).matchedOn).toBe('Cloud Engineer');
  });
});

describe('rankSearchHits', () => {
  it('puts kinds on one scale: an exact skill alias beats a weak role match with a larger raw score', () => {
    const ranked = rankSearchHits(
      'k8s',
      [
        { kind: 'ROLE', luceneScore: 9, labels: ['K8s Migration Lead Engineer'], item: 'role' },
        { kind: 'SKILL', luceneScore: 2, labels: ['Kubernetes', 'k8s'], item: 'skill' },
      ],
      10,
    );
    expect(ranked.map((hit) => hit.item)).toEqual(['skill', 'role']);
    expect(ranked[0]).toMatchObject({ kind: 'SKILL', score: 1, matchedOn: 'k8s' });
  });

  it('keeps only the best `first` hits, scores within 0..1', () => {
    const candidates = ['Cloud Architect', 'Principal Cloud Architect', 'Cloud Engineer'].map((label, i) => ({
      kind: 'ROLE',
      luceneScore: 10 - i,
      labels: [label],
      item: label,
    }));
    const ranked = rankSearchHits('clod architect', candidates, 2);
    expect(ranked.map((hit) => hit.item)).toEqual(['Cloud Architect', 'Principal Cloud Architect']);
    for (const hit of ranked) expect(hit.score).toBeGreaterThan(0), expect(hit.score).toBeLessThanOrEqual(1);
  });
});
