import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { escoSkillGroupId } from '../../src/graph/ids.js';
import { escoGraph, escoRequirement, escoSkillKind } from '../../src/import/esco/escoGraph.js';
import { readEscoRelease } from '../../src/import/esco/parseEsco.js';
import { ImportStats } from '../../src/import/progress.js';

const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'esco');
const E = 'http://data.europa.eu/esco/';

async function readFixtures() {
  const stats = new ImportStats();
  const release = await readEscoRelease(FIXTURES, stats);
  return { release, summary: stats.summary() };
}

describe('readEscoRelease (fixtures)', () => {
  it('reads multi-line altLabels inside CRLF records', async () => {
    const { release } = await readFixtures();
    expect(release.occupations).toHaveLength(3);
    expect(release.occupations[0]).toMatchObject({
      preferredLabel: 'software developer',
      altLabels: ['software engineer', 'application developer', 'programmer'],
      iscoGroup: '2512',
      code: '2512.4',
    });
    expect(release.occupations[2].description).toBe('ICT system analysts analyse "system requirements", and translate them into specifications.');
    expect(release.skills[1].altLabels).toEqual(['create software prototype', 'build a "prototype"']);
  });

  it('pads the ragged skillsHierarchy rows and takes group levels from them', async () => {
    const { release, summary } = await readFixtures();
    expect(summary.notes['skillsHierarchy_en.csv: short rows padded with empty trailing fields']).toBe(2);
    expect(release.skillGroups.map((group) => [group.preferredLabel, group.hierarchyLevel])).toEqual([
      ['working with computers', 0],
      ['programming computer systems', 1],
      ['software and applications development and analysis', null],
    ]);
  });

  it('skips dangling relations under a reason, and counts empty skill types', async () => {
    const { release, summary } = await readFixtures();
    expect(release.occupationSkills).toHaveLength(6);
    expect(release.skillSkills).toHaveLength(2);
    expect(summary.skipped).toEqual({
      'broaderRelationsSkillPillar.csv: concept not in the classification files': 1,
      'occupationSkillRelations.csv: occupation not in occupations_en.csv': 1,
    });
    expect(summary.notes).toMatchObject({
      'skills_en.csv: empty skillType (imported as SKILL)': 1,
      'broaderRelationsOccPillar.csv: Occupation -> ISCOGroup rows (represented by IN_FAMILY)': 2,
    });
    expect(summary.rowsByFile['occupationSkillRelations.csv']).toBe(7);
  });

  it('finds files directly in the folder too, and names what is missing', async () => {
    await expect(readEscoRelease(join(FIXTURES, 'relations'), new ImportStats())).rejects.toThrow(
      /Missing ESCO file\(s\)[^]*classification\/en\/occupations_en\.csv/,
    );
  });
});

describe('ESCO graph rules', () => {
  it('maps kinds, ids and weights', () => {
    expect([escoSkillKind('knowledge'), escoSkillKind('skill/competence'), escoSkillKind('')]).toEqual(['KNOWLEDGE', 'SKILL', 'SKILL']);
    expect(escoSkillGroupId(`${E}isced-f/0613`)).toBe('esco:skillgroup:isced-f-0613');
    expect(escoSkillGroupId(`${E}skill/abc`)).toBe('esco:skillgroup:abc');
    expect(escoRequirement(true)).toMatchObject({ importance: 0.75, level: 0.5, essential: true, importanceRaw: null });
    expect(escoRequirement(false)).toMatchObject({ importance: 0.5, essential: false });
  });

  it('builds roles, families, categories and edge sets', async () => {
    const { release } = await readFixtures();
    const graph = escoGraph(release);
    const developer = graph.roles[0];
    expect(developer.id).toBe('esco:role:00000000-0000-4000-8000-000000000001');
    expect(developer.properties).toMatchObject({
      slug: 'esco-00000000-0000-4000-8000-000000000001',
      sourceId: `${E}occupation/00000000-0000-4000-8000-000000000001`,
      alternateTitlesText: 'software engineer | application developer | programmer',
    });
    expect(graph.inFamily[0].targets).toEqual(['esco:family:2512']);
    expect(graph.familyBroader.find((set) => set.id === 'esco:family:2512')!.targets).toEqual(['esco:family:251']);
    expect(graph.roleBroader.find((set) => set.id === 'esco:role:00000000-0000-4000-8000-000000000002')!.targets).toEqual([
      'esco:role:00000000-0000-4000-8000-000000000001',
    ]);
    // Category: the nearest skill group, through a broader skill when needed; else the skill type.
    expect(graph.skills.map((skill) => [skill.properties.name, skill.properties.kind, skill.properties.category])).toEqual([
      ['Python (computer programming)', 'KNOWLEDGE', 'software and applications development and analysis'],
      ['develop software prototype', 'SKILL', 'programming computer systems'],
      ['use software design patterns', 'SKILL', 'programming computer systems'],
      ['think analytically', 'SKILL', 'skill/competence'],
    ]);
    expect(graph.knownAs[0].targets).toEqual(['python (computer programming)', 'python', 'python programming']);
    const developerSkills = graph.requires.find((set) => set.id === developer.id)!;
    expect(developerSkills.edges.map((edge) => edge.properties.essential)).toEqual([true, true, false]);
    expect(graph.skillBroader.find((set) => set.id === 'esco:skill:00000000-0000-4000-9000-000000000003')!.edges).toEqual([
      { to: 'esco:skill:00000000-0000-4000-9000-000000000002', toLabel: 'Skill', properties: {} },
    ]);
  });
});
