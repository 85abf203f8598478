import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ESSENTIAL_IMPORTANCE,
  onetGraph,
  progression,
  ratingRequirement,
  slugify,
  technologyRequirement,
  technologySlugs,
} from '../../src/import/onet/onetGraph.js';
import { onetRoleSlug, onetSkillSlug } from '../../src/graph/ids.js';
import { readOnetRelease } from '../../src/import/onet/parseOnet.js';
import { ImportStats } from '../../src/import/progress.js';
import { PROJECT_ROOT } from '../../src/config.js';

const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'onet');

async function readFixtures() {
  const stats = new ImportStats();
  const release = await readOnetRelease(FIXTURES, stats);
  return { release, summary: stats.summary() };
}

describe('readOnetRelease (fixtures)', () => {
  it('reads occupations with alternate titles, Job Zone and typical education', async () => {
    const { release } = await readFixtures();
    expect(release.occupations.map((o) => o.code)).toEqual(['11-1021.00', '15-1241.00', '15-1252.00', '15-1299.00']);
    const developers = release.occupations.find((o) => o.code === '15-1252.00')!;
    // Short titles count as alternates; the repeated "Software Engineer" row appears once.
    expect(developers.alternateTitles).toEqual(['Software Engineer', 'Application Developer', 'App Dev']);
    const architects = release.occupations.find((o) => o.code === '15-1241.00')!;
    expect(architects.jobZone).toBe(4);
    expect(architects.typicalEducation).toEqual({ category: 6, label: "Bachelor's Degree", percent: 55 });
    expect(release.occupations.find((o) => o.code === '15-1299.00')!.jobZone).toBeNull();
  });

  it('reads the quoted content-model description and derives kinds and categories', async () => {
    const { release } = await readFixtures();
    // 2.C.10 is not listed: its only rating was suppressed, so no requirement uses it.
    expect(release.elements.map((e) => [e.id, e.kind, e.category])).toEqual([
      ['2.A.1.a', 'SKILL', 'Content'],
      ['2.B.3.e', 'SKILL', 'Technical Skills'],
      ['2.C.3.a', 'KNOWLEDGE', 'Engineering and Technology'],
    ]);
  });

  it('pairs IM and LV rows, drops flagged IM rows and nulls flagged LV rows, counting each', async () => {
    const { release, summary } = await readFixtures();
    expect(release.ratings).toHaveLength(5);
    const notRelevant = release.ratings.find((r) => r.code === '11-1021.00' && r.elementId === '2.B.3.e')!;
    expect(notRelevant).toEqual({ code: '11-1021.00', elementId: '2.B.3.e', importance: 1.25, level: null });
    expect(release.ratings.some((r) => r.elementId === '2.C.10')).toBe(false);
    expect(summary.skipped).toEqual({
      'Skills.txt: LV row flagged Not Relevant or Recommend Suppress (requirement kept, level null)': 1,
      'Knowledge.txt: IM row flagged Not Relevant or Recommend Suppress (requirement dropped)': 1,
      'Knowledge.txt: LV row of a dropped requirement': 1,
      'Related Occupations.txt: related occupation code not in Occupation Data.txt': 1,
    });
    expect(summary.rowsByFile['Skills.txt']).toBe(8);
  });

  it('makes one technology per product, with its most used commodity as category', async () => {
    const { release } = await readFixtures();
    expect(release.technologies.map((t) => t.name).sort()).toEqual(['C', 'C#', 'C++', 'Git', 'Oracle Java', 'Python']);
    const java = release.technologies.find((t) => t.name === 'Oracle Java')!;
    // One row each under two commodities: the tie goes to the lower code.
    expect(java.commodityCode).toBe('43232402');
    expect(java.commodities.map((c) => c.code)).toEqual(['43232402', '43232405']);
    expect(release.technologyUses).toHaveLength(8);
  });

  it('keeps related occupations with tier and index, dropping unknown targets', async () => {
    const { release } = await readFixtures();
    expect(release.related.filter((r) => r.code === '15-1241.00').map((r) => [r.relatedCode, r.tier, r.index])).toEqual([
      ['15-1252.00', 'Primary-Short', 1],
      ['11-1021.00', 'Primary-Long', 6],
      ['15-1299.00', 'Supplemental', 11],
    ]);
  });

  it('names a missing release directory', async () => {
    await expect(readOnetRelease(join(FIXTURES, 'nope'), new ImportStats())).rejects.toThrow(/Missing O\*NET release directory: .*nope/);
  });
});

describe('O*NET graph rules', () => {
  it('builds ids and slugs as the graph model says', () => {
    expect(onetRoleSlug('15-1241.00')).toBe('onet-15-1241-00');
    expect(onetSkillSlug('2.A.1.a')).toBe('onet-2-a-1-a');
    expect([slugify('C'), slugify('C#'), slugify('C++'), slugify('Node.js'), slugify('AT&T Café')]).toEqual([
      'c',
      'c-sharp',
      'c-plus-plus',
      'node-js',
      'at-and-t-cafe',
    ]);
    const slugs = technologySlugs(['Node.js', 'Node JS', 'Git']);
    expect(slugs.get('Git')).toBe('git');
    expect(slugs.get('Node.js')).not.toBe(slugs.get('Node JS'));
    expect(slugs.get('Node.js')).toMatch(/^node-js-[0-9a-f]{8}$/);
  });

  it('normalises ratings and marks IM >= 3.5 essential', () => {
    expect(ratingRequirement(4, 3.5)).toMatchObject({ importance: 0.75, level: 0.5, importanceRaw: 4, levelRaw: 3.5, essential: true });
    expect(ratingRequirement(ESSENTIAL_IMPORTANCE - 0.01, null)).toMatchObject({ essential: false, level: null, levelRaw: null });
  });

  it('weights technology by its flags', () => {
    expect(technologyRequirement({ hotTechnology: true, inDemand: true })).toMatchObject({ importance: 0.85, essential: true });
    expect(technologyRequirement({ hotTechnology: true, inDemand: false })).toMatchObject({ importance: 0.75, essential: false });
    expect(technologyRequirement({ hotTechnology: false, inDemand: false })).toMatchObject({ importance: 0.5, level: null });
  });

  it('orients related occupations by Job Zone', () => {
    const related = { tier: 'Primary-Short' as const, index: 3 };
    expect(progression(related, 3, 5)).toEqual({
      kind: 'PROMOTION',
      typicalYears: 4,
      confidence: 0.9,
      rationale: 'O*NET related occupation (Primary-Short, rank 3); Job Zone 3 -> 5',
      tier: 'Primary-Short',
      rank: 3,
    });
    expect(progression({ tier: 'Primary-Long', index: 7 }, 4, 4)).toMatchObject({ kind: 'LATERAL', typicalYears: 1, confidence: 0.7 });
    expect(progression({ tier: 'Supplemental', index: 15 }, 4, 2)).toMatchObject({ kind: 'PIVOT', typicalYears: 1, confidence: 0.5 });
    expect(progression(related, null, 2)).toMatchObject({ kind: 'LATERAL', rationale: expect.stringContaining('Job Zone unknown') });
  });

  it('groups every requirement of an occupation into one edge set', async () => {
    const { release } = await readFixtures();
    const graph = onetGraph(release);
    expect(graph.families.map((f) => [f.id, f.properties.slug, f.properties.name])).toEqual([
      ['onet:family:11', 'soc-11', 'Management Occupations'],
      ['onet:family:15', 'soc-15', 'Computer and Mathematical Occupations'],
    ]);
    const architects = graph.requires.find((set) => set.id === 'onet:role:15-1241.00')!;
    expect(architects.targets.sort()).toEqual([
      'onet:skill:2.A.1.a',
      'onet:skill:2.B.3.e',
      'onet:skill:2.C.3.a',
      'onet:tech:oracle-java',
      'onet:tech:python',
    ]);
    // Occupations without ratings or technology still get an (empty) set, so re-imports prune.
    expect(graph.requires.find((set) => set.id === 'onet:role:15-1299.00')!.edges).toEqual([]);
    expect(graph.leadsTo.find((set) => set.id === 'onet:role:15-1241.00')!.edges.map((e) => [e.to, e.properties.rank])).toEqual([
      ['onet:role:15-1252.00', 1],
      ['onet:role:11-1021.00', 6],
      ['onet:role:15-1299.00', 11],
    ]);
    expect(graph.inGroup.find((set) => set.id === 'onet:tech:oracle-java')!.targets).toEqual(['onet:commodity:43232402', 'onet:commodity:43232405']);
  });
});
