/** The false-gap check against small hand-made seeds: credit from a near-duplicate or a narrower skill clears it. */
import { describe, expect, it } from 'vitest';
import type { SeedData } from '../../import/seeds/readSeeds.js';
import { familySeedSchema, roleSeedSchema, skillSeedSchema } from '../../import/seeds/seedSchema.js';
import { findFalseGaps } from './falseGapCheck.js';

const steps = [1, 2, 3].map((n) => ({ title: `Step ${n}`, description: 'Does a thing.' }));
const COMMON = ['c1', 'c2', 'c3', 'c4', 'c5'];

function role(slug: string, own: string, next: string[] = []) {
  return roleSeedSchema.parse({
    slug,
    title: slug,
    family: 'fam',
    summary: 'A role.',
    medianSalaryUsd: 100_000,
    salary: [
      { level: 'ENTRY', label: 'Entry', annualUsd: 90_000 },
      { level: 'SENIOR', label: 'Senior', annualUsd: 110_000 },
    ],
    growth: { rating: 'Stable', reason: 'Steady.' },
    experienceLevel: 'Mid',
    skills: [...COMMON, own].map((skill) => ({ skill, importance: 4, level: 4 })),
    typicalDay: steps,
    gettingStarted: steps,
    nextRoles: next.map((to) => ({ role: to, kind: 'PROMOTION', typicalYears: 2, rationale: 'Up.' })),
  });
}

function seeds(skillLinks: Record<string, Record<string, unknown>>): SeedData {
  return {
    families: [familySeedSchema.parse({ slug: 'fam', name: 'Family', description: 'A family.' })],
    skills: [...COMMON, 'cloud-platforms', 'cloud-architecture', 'aws', 'unrelated'].map((slug) =>
      skillSeedSchema.parse({ slug, name: slug, kind: 'SKILL', category: 'Test', ...(skillLinks[slug] ?? {}) }),
    ),
    roles: [role('engineer', 'cloud-platforms', ['architect']), role('architect', 'cloud-architecture'), role('aws-dev', 'aws', ['platform']), role('platform', 'cloud-platforms')],
  };
}

describe('false gaps on curated moves', () => {
  it('finds a near-duplicate and a broader skill counted as missing when the gap matches ids only', () => {
    const data = seeds({ 'cloud-platforms': { close: ['cloud-architecture'] }, aws: { broader: 'cloud-platforms' } });
    expect(findFalseGaps(data, { credit: false }).map((finding) => finding.subject)).toEqual(['engineer -> architect', 'aws-dev -> platform']);
  });

  it('finds none once the gap credits the held near-duplicate and the held narrower skill', () => {
    const data = seeds({ 'cloud-platforms': { close: ['cloud-architecture'] }, aws: { broader: 'cloud-platforms' } });
    expect(findFalseGaps(data, { credit: true })).toEqual([]);
  });

  it('does not call a gap false when the skills are merely unrelated, or the held skill is the broader one', () => {
    const data = seeds({ 'cloud-platforms': { broader: 'aws' } });
    expect(findFalseGaps(data, { credit: false })).toEqual([]);
  });
});
