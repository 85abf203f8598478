/**
 * npm run derive:requirements: the derivation over the hand-written O*NET fixture and a fixture
 * skill-match file, the provenance the seed loader gives each fact, and whether the checked-in
 * seeds/derived files are what a fresh derivation of the real datasets writes.
 */
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import {
  buildDerivedFiles,
  deriveProgressionEvidence,
  deriveRequirements,
  readOnetEvidence,
  readSkillMatches,
  SKILL_MATCH_FILES,
} from '../../src/import/onet/deriveEvidence.js';
import { DERIVED_DIR, DERIVED_REQUIREMENTS_FILE, PROGRESSION_EVIDENCE_FILE } from '../../src/import/seeds/derivedSeeds.js';
import { ONET_DERIVED_AS_OF, progressionFacts, requirementFacts, roleFacts } from '../../src/import/seeds/factProvenance.js';
import type { RoleSeed } from '../../src/import/seeds/seedSchema.js';
import { CURATED_AS_OF } from '../../src/graph/sources.js';

const FIXTURE_ONET = join(PROJECT_ROOT, 'test', 'fixtures', 'onet');
const FIXTURE_MATCHES = join(PROJECT_ROOT, 'test', 'fixtures', 'skill-matches', 'skill-matches.yaml');
const DATASETS = join(PROJECT_ROOT, '..', 'shared', 'datasets');

/** Only the fields the derivation reads. */
function role(slug: string, onet: string[], skills: string[], next: string[] = [], provenance?: RoleSeed['provenance']): RoleSeed {
  return {
    slug,
    crosswalk: { onet: onet.map((code) => ({ code, matchType: 'EXACT' as const })), esco: [] },
    skills: skills.map((skill) => ({ skill, importance: 4, level: 5, essential: true })),
    nextRoles: next.map((to) => ({ role: to, kind: 'PROMOTION', typicalYears: 3, rationale: 'fixture', confidence: 0.8 })),
    provenance,
  } as unknown as RoleSeed;
}

const ROLES = [
  role('architect', ['15-1241.00', '11-1021.00'], ['programming', 'python', 'communication', 'java', 'unmatched'], ['developer', 'network-lead']),
  role('developer', ['15-1252.00'], ['python']),
  role('network-lead', ['15-1241.00'], ['programming']),
  role('no-codes', [], ['programming']),
];

async function fixtureTables() {
  return readOnetEvidence(FIXTURE_ONET, null, new Set(ROLES.flatMap((r) => r.crosswalk.onet.map((entry) => entry.code))));
}

describe('deriveRequirements', () => {
  it('averages the matched element over the role codes O*NET rates, EXACT matches over CLOSE', async () => {
    const { matches } = await readSkillMatches([FIXTURE_MATCHES, join(PROJECT_ROOT, 'test', 'fixtures', 'skill-matches', 'absent.yaml')]);
    const derived = deriveRequirements(ROLES, matches, await fixtureTables());
    const of = (r: string, skill: string) => derived.find((entry) => entry.role === r && entry.skill === skill);

    // Programming: IM 3.25 (15-1241.00) and 1.25 (11-1021.00); LV 3.50 and 0.12 (fixture Skills.txt).
    expect(of('architect', 'programming')).toMatchObject({ importance: 2.25, level: 1.81, codes: ['15-1241.00', '11-1021.00'], unrated: [], matchType: 'EXACT' });
    expect(of('architect', 'programming')!.evidence).toContain('2.B.3.e "Programming" (EXACT match): IM 3.25 / LV 3.50 for 15-1241.00');
    // communication has a CLOSE match to Reading Comprehension (IM 4.00) and an EXACT one to Programming: only the EXACT counts.
    expect(of('architect', 'communication')).toMatchObject({ importance: 2.25, onetElements: ['2.B.3.e'] });
    // Technology: listed (Hot Technology) for one code, no rating: evidence without numbers.
    expect(of('architect', 'python')).toMatchObject({ importance: null, level: null, codes: ['15-1241.00'], unrated: ['11-1021.00'] });
    expect(of('architect', 'python')!.evidence).toContain('lists "Python" (EXACT match) for 15-1241.00 (Hot Technology)');
    // BROADER never derives, an unmatched skill has nothing, a role without O*NET codes is skipped.
    expect(of('architect', 'java')).toBeUndefined();
    expect(of('architect', 'unmatched')).toBeUndefined();
    expect(of('no-codes', 'programming')).toBeUndefined();
    expect(of('developer', 'python')).toMatchObject({ codes: ['15-1252.00'] });
    expect(of('developer', 'python')!.evidence).toContain('15-1252.00 (Hot Technology, In Demand)');
  });
});

describe('deriveProgressionEvidence', () => {
  it('cites Related Occupations pairs in the direction of the move, and records shared codes without counting them', async () => {
    const progressions = deriveProgressionEvidence(ROLES, await fixtureTables());
    expect(progressions.find((p) => p.to === 'developer')).toMatchObject({
      from: 'architect',
      sharedCodes: [],
      relatedOccupations: [{ from: '15-1241.00', to: '15-1252.00', tier: 'Primary-Short', index: 1 }],
      careerChangers: [],
    });
    // network-lead shares 15-1241.00 with architect; 11-1021.00 -> 15-1241.00 is not a pair that counts.
    expect(progressions.find((p) => p.to === 'network-lead')).toMatchObject({ sharedCodes: ['15-1241.00'], relatedOccupations: [] });
    expect(progressions).toHaveLength(2);
  });
});

describe('per-fact provenance of the seeds', () => {
  const page = role('page-role', ['15-1241.00'], ['a', 'b'], ['c'], { asOf: '2026-03-07', reference: 'the page', basis: 'page' });
  page.skills[0]!.basis = 'page';
  page.nextRoles[0]!.basis = 'page';
  const facts = roleFacts(page);
  const derived = {
    role: 'page-role', skill: 'b', onetElements: ['2.B.3.e'], onetTechnologies: [], matchType: 'EXACT' as const,
    importance: 3, level: 4, codes: ['15-1241.00'], unrated: [], evidence: 'O*NET says so.',
  };

  it('dates and cites the page only on what the page says', () => {
    expect(facts.role).toMatchObject({ method: 'verbatim', asOf: '2026-03-07', reference: 'the page' });
    const onPage = requirementFacts(facts, page.skills[0]!, undefined);
    expect(onPage).toMatchObject({ method: 'verbatim', asOf: '2026-03-07', importanceScale: 'curated estimate on IM 1-5', levelScale: 'curated estimate on LV 0-7' });
    const added = requirementFacts(facts, { ...page.skills[1]!, skill: 'a2' }, undefined);
    expect(added).toMatchObject({ method: 'curated', asOf: CURATED_AS_OF, importanceRaw: 4, levelRaw: 5 });
    expect(progressionFacts(facts, page.nextRoles[0]!, undefined)).toMatchObject({ method: 'verbatim', asOf: '2026-03-07' });
    expect(progressionFacts(facts, page.nextRoles[0]!, undefined).evidence).toMatch(/typicalYears and confidence are curated estimates/);
  });

  it('uses a derived value with O*NET scale tags, unless a curator recorded why not', () => {
    const used = requirementFacts(facts, page.skills[1]!, derived);
    expect(used).toMatchObject({ method: 'derived', asOf: ONET_DERIVED_AS_OF, importanceRaw: 3, levelRaw: 4, importance: 0.5, importanceScale: 'IM 1-5', levelScale: 'LV 0-7' });
    const adjusted = requirementFacts(facts, { ...page.skills[1]!, adjusted: 'O*NET averages network and ML architects' }, derived);
    expect(adjusted).toMatchObject({ method: 'curated', importanceRaw: 4, levelRaw: 5, importanceScale: 'curated estimate on IM 1-5' });
    expect(adjusted.evidence).toContain('Hand-adjusted over the derived value (IM 3, LV 4): O*NET averages network and ML architects');
  });

  it('keeps curated numbers, with the evidence, when O*NET has no rating (technology)', () => {
    const kept = requirementFacts(facts, page.skills[1]!, { ...derived, importance: null, level: null, evidence: 'Listed for 15-1241.00.' });
    expect(kept).toMatchObject({ method: 'curated', importanceRaw: 4, evidence: 'Supporting evidence: Listed for 15-1241.00.' });
  });
});

const datasetsPresent = await access(join(DATASETS, 'onet', '29.3', 'Skills.txt')).then(
  () => true,
  () => false,
);

describe.skipIf(!datasetsPresent)('seeds/derived', () => {
  it('is what npm run derive:requirements derives now (re-run it after changing seeds or matches)', async () => {
    const seedsDir = join(PROJECT_ROOT, 'seeds');
    const files = await buildDerivedFiles({ seedsDir, matchFiles: SKILL_MATCH_FILES.map((name) => join(seedsDir, name)), datasetsDir: DATASETS });
    expect(await readFile(join(seedsDir, DERIVED_DIR, DERIVED_REQUIREMENTS_FILE), 'utf8')).toBe(files.requirements);
    expect(await readFile(join(seedsDir, DERIVED_DIR, PROGRESSION_EVIDENCE_FILE), 'utf8')).toBe(files.progressions);
  }, 60_000);
});
