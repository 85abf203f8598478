import { describe, expect, it } from 'vitest';
import { bestLabel, editDistance, matchQuality, matchWords, rankSearchHits, singularOf } from './searchRank.js';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent transpositions', () => {
    expect(editDistance('clod', 'cloud')).toBe(1);
    expect(editDistance('kubernetse', 'kubernetes')).toBe(1);
    expect(editDistance('architect', 'architect')).toBe(0);
    expect(editDistance('abc', 'xyz')).toBe(3);
  });
});

describe('editDistance with a cap', () => {
  /** The full-matrix definition, to check the capped, rolling-row version against. */
  function reference(a: string, b: string): number {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
    return d[a.length][b.length];
  }

  it('equals the full definition within the cap and reports cap + 1 beyond it', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const word = () => Array.from({ length: 1 + Math.floor(random() * 9) }, () => 'abcd'[Math.floor(random() * 4)]).join('');
    for (let n = 0; n < 2000; n++) {
      const [a, b] = [word(), word()];
      const exact = reference(a, b);
      expect(editDistance(a, b), `${a} ${b}`).toBe(exact);
      for (const cap of [0, 1, 2]) expect(editDistance(a, b, cap), `${a} ${b} cap ${cap}`).toBe(Math.min(exact, cap + 1));
    }
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

  it('takes the last of several words as a prefix from one character (type-ahead), a lone or inner one only whole', () => {
    expect(q('registered n', 'Registered Nurses')).toBe(q('registered nu', 'Registered Nurses'));
    expect(q('registered n', 'Registered Nurses')).toBeGreaterThan(q('registered x', 'Registered Nurses'));
    expect(q('n', 'Nurse')).toBe(0);
    expect(q('n registered', 'Registered Nurses')).toBeLessThan(q('registered n', 'Registered Nurses'));
  });

  it('takes a word typed in the plural as the whole singular word, not as a typo', () => {
    // "network architects": the curated Network Architect fits at least as well as O*NET's Computer Network Architects.
    // Whole words, every label word covered: as the same words typed in another order.
    expect(q('network architects', 'Network Architect')).toBe(q('architect network', 'Network Architect'));
    expect(q('network architects', 'Network Architect')).toBeGreaterThan(q('network architects', 'Computer Network Architects'));
    expect(q('network architects', 'Network Architect')).toBeGreaterThan(q('netwrk architect', 'Network Architect'));
    expect(q('technologies', 'Emerging Technology')).toBe(q('technology', 'Emerging Technology'));
    // The plural typed against the plural title is still the exact label.
    expect(q('network architects', 'Network Architects')).toBe(1);
  });

  it('is 0 when no word matches', () => {
    expect(q('kubernetes', 'Data Analyst')).toBe(0);
  });
});

describe('singularOf', () => {
  it('gives the singular of an English plural and leaves other words, and words under four characters, alone', () => {
    expect(['architects', 'technologies', 'nurses', 'processes', 'midwives', 'shelves'].map(singularOf)).toEqual(['architect', 'technology', 'nurse', 'process', 'midwife', 'shelf']);
    expect(['analysis', 'business', 'status', 'series', 'architect'].map(singularOf)).toEqual(['analysis', 'business', 'status', 'series', 'architect']);
    // Only an ending taken off: not Latin plurals, which are rarely meant so ("data").
    expect(['data', 'analyses', 'criteria'].map(singularOf)).toEqual(['data', 'analyses', 'criteria']);
    expect(['aws', 'k8s', 'os', 'ics'].map(singularOf)).toEqual(['aws', 'k8s', 'os', 'ics']);
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
