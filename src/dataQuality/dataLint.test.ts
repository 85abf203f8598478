/** Each data-lint check against small hand-made seeds: silent on good data, a finding for each kind of bad data. */
import { describe, expect, it } from 'vitest';
import type { SeedData } from '../import/seeds/readSeeds.js';
import { familySeedSchema, roleSeedSchema, skillSeedSchema } from '../import/seeds/seedSchema.js';
import { crosswalkMatchTypeCounts } from './crosswalkMatchTypeCounts.js';
import { DATA_LINT_CHECKS, runDataLint } from './dataLint.js';
import type { DatasetCodes } from './model.js';

const ESCO = (n: number) => `http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const SKILLS = ['s1', 's2', 's3', 's4', 's5', 's6'];
const steps = [1, 2, 3].map((n) => ({ title: `Step ${n}`, description: 'Does a thing.' }));

function role(slug: string, median: number, overrides: Record<string, unknown> = {}) {
  return roleSeedSchema.parse({
    slug,
    title: slug,
    family: 'fam',
    summary: 'A role.',
    medianSalaryUsd: median,
    salary: [
      { level: 'ENTRY', label: 'Entry', annualUsd: median - 10_000 },
      { level: 'SENIOR', label: 'Senior', annualUsd: median + 10_000 },
    ],
    growth: { rating: 'Stable', reason: 'Steady.' },
    experienceLevel: 'Mid',
    skills: SKILLS.map((skill) => ({ skill, importance: 3, level: 3 })),
    typicalDay: steps,
    gettingStarted: steps,
    crosswalk: { onet: [{ code: '15-1252.00', matchType: 'BROADER' }], esco: [{ code: ESCO(1), matchType: 'EXACT' }] },
    ...overrides,
  });
}

function seeds(overrides: Partial<SeedData> = {}): SeedData {
  return {
    families: [familySeedSchema.parse({ slug: 'fam', name: 'Family', description: 'A family.', coreSkills: ['s1'] })],
    skills: [...SKILLS, 'narrow', 'broad-unused'].map((slug) =>
      skillSeedSchema.parse({ slug, name: slug, kind: 'SKILL', category: 'Test', ...(slug === 'narrow' ? { broader: 's1' } : {}) }),
    ),
    roles: [
      role('junior', 100_000, { nextRoles: [{ role: 'senior', kind: 'PROMOTION', typicalYears: 3, rationale: 'Up.' }] }),
      role('senior', 150_000),
    ],
    ...overrides,
  };
}

const DATASETS: DatasetCodes = { onet: new Set(['15-1252.00']), esco: new Set([ESCO(1)]) };
const findingsOf = (data: SeedData, datasets: DatasetCodes | null = DATASETS) =>
  runDataLint({ seeds: data, datasets }).findings.map((finding) => `${finding.check} ${finding.subject}`);

/** Good seeds, except that every skill nobody requires says why (the unused-skill check is tested on its own). */
function quiet(data: SeedData): SeedData {
  const required = new Set(data.roles.flatMap((r) => r.skills.map((s) => s.skill)));
  return { ...data, skills: data.skills.map((skill) => (required.has(skill.slug) ? skill : { ...skill, unusedReason: 'Kept for profiles.' })) };
}

describe('the data lint', () => {
  it('finds nothing in good seeds', () => {
    expect(findingsOf(quiet(seeds()))).toEqual([]);
  });

  it('names every check once, each with a description', () => {
    const names = DATA_LINT_CHECKS.map((check) => check.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining(['crosswalk-code-missing', 'crosswalk-match-type-missing', 'unused-skill', 'promotion-lowers-pay', 'lateral-pay-swing', 'family-core-skill-missing']),
    );
    for (const check of DATA_LINT_CHECKS) expect(check.description.length, check.name).toBeGreaterThan(20);
  });

  it('reports a crosswalk code that is not in the dataset files, and skips (saying so) without them', () => {
    const data = quiet(seeds());
    data.roles[1] = role('senior', 150_000, { crosswalk: { onet: [{ code: '15-9999.00', matchType: 'CLOSE' }], esco: [{ code: ESCO(2), matchType: 'CLOSE' }] } });
    expect(findingsOf(data)).toEqual(['crosswalk-code-missing senior', 'crosswalk-code-missing senior']);
    const report = runDataLint({ seeds: data, datasets: null });
    expect(report.findings).toEqual([]);
    expect(report.checks.find((check) => check.name === 'crosswalk-code-missing')?.skipped).toMatch(/dataset files not found/);
  });

  it('reports a crosswalk code given as a bare string, without a match type', () => {
    const data = quiet(seeds());
    data.roles[1] = role('senior', 150_000, { crosswalk: { onet: ['15-1252.00'], esco: [] } });
    expect(data.roles[1]!.crosswalk.onet).toEqual([{ code: '15-1252.00', matchType: null }]);
    expect(findingsOf(data)).toEqual(['crosswalk-match-type-missing senior']);
    expect(crosswalkMatchTypeCounts(data).onet).toEqual({ EXACT: 0, CLOSE: 0, BROADER: 1, NARROWER: 0, unknown: 1 });
  });

  it('reports a skill no role requires unless it is broader than a required one or says why', () => {
    // "narrow" is unused (its broader s1 is required, which does not make it used); "broad-unused" is unused too.
    expect(findingsOf(seeds())).toEqual(['unused-skill narrow', 'unused-skill broad-unused']);
    const data = seeds();
    data.roles[0] = role('junior', 100_000, {
      skills: [...SKILLS.slice(1), 'narrow'].map((skill) => ({ skill, importance: 3, level: 3 })),
      nextRoles: [{ role: 'senior', kind: 'PROMOTION', typicalYears: 3, rationale: 'Up.' }],
    });
    data.roles[1] = role('senior', 150_000, { skills: [...SKILLS.slice(1), 'narrow'].map((skill) => ({ skill, importance: 3, level: 3 })) });
    data.families[0] = { ...data.families[0]!, coreSkills: [] };
    // Nobody requires s1 now, but "narrow" is required and s1 is broader than it: only broad-unused is left.
    expect(findingsOf(data)).toEqual(['unused-skill broad-unused']);
  });

  it('reports a promotion that lowers the median salary, unless a salaryNote explains it', () => {
    const data = quiet(seeds());
    data.roles[1] = role('senior', 90_000);
    expect(findingsOf(data)).toEqual(['promotion-lowers-pay junior -> senior']);
    data.roles[0] = role('junior', 100_000, { nextRoles: [{ role: 'senior', kind: 'PROMOTION', typicalYears: 3, rationale: 'Up.', salaryNote: 'Smaller companies.' }] });
    expect(findingsOf(data)).toEqual([]);
  });

  it('reports a lateral move changing the median by more than 25 %, either way, unless a salaryNote explains it', () => {
    const lateral = (median: number, note?: string) => {
      const data = quiet(seeds());
      data.roles[0] = role('junior', 100_000, { nextRoles: [{ role: 'senior', kind: 'LATERAL', typicalYears: 2, rationale: 'Across.', ...(note ? { salaryNote: note } : {}) }] });
      data.roles[1] = role('senior', median);
      return findingsOf(data);
    };
    expect(lateral(125_000)).toEqual([]);
    expect(lateral(126_000)).toEqual(['lateral-pay-swing junior -> senior']);
    expect(lateral(74_000)).toEqual(['lateral-pay-swing junior -> senior']);
    expect(lateral(126_000, 'A scarcer specialism.')).toEqual([]);
  });

  it("reports a member role that does not require one of its family's core skills", () => {
    const data = quiet(seeds());
    data.roles[1] = role('senior', 150_000, { skills: ['s2', 's3', 's4', 's5', 's6', 'narrow'].map((skill) => ({ skill, importance: 3, level: 3 })) });
    expect(findingsOf(quiet(data))).toEqual(['family-core-skill-missing senior']);
  });

  it('runs a given list of checks, so a new check slots in', () => {
    const extra = { name: 'always', description: 'A check that always finds one thing.', run: () => ({ findings: [{ check: 'always', subject: 'x', message: 'found' }] }) };
    const report = runDataLint({ seeds: quiet(seeds()), datasets: DATASETS }, [...DATA_LINT_CHECKS, extra]);
    expect(report.findings).toEqual([{ check: 'always', subject: 'x', message: 'found' }]);
    expect(report.checks.map((check) => check.name).at(-1)).toBe('always');
  });
});
