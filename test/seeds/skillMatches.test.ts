/**
 * The skill vocabulary across sources: the match files against the dataset files (every id exists,
 * the derived file is reproducible), the sameAs/close validation, and the MATCHES edges in the real
 * Neo4j: curated near-duplicates after seeding, curated -> O*NET / ESCO after importing the fixtures,
 * idempotent re-runs, and no edge left behind when a claim leaves the seeds.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ESCO_DIR, DEFAULT_ONET_DIR, deriveSkillMatches, renderSkillMatches, SKILL_MATCHES_FILE } from '../../scripts/deriveSkillMatches.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { ESCO_SOURCE, ONET_SOURCE } from '../../src/graph/sources.js';
import { importEsco } from '../../src/import/esco/index.js';
import { removeImportedSource } from '../../src/import/importRun.js';
import { importOnet } from '../../src/import/onet/index.js';
import { loadSeeds } from '../../src/import/seeds/loadSeeds.js';
import { readSeeds, SeedValidationError, type SeedData } from '../../src/import/seeds/readSeeds.js';
import { effectiveSkillMatches, targetOf } from '../../src/import/skillMatches.js';
import { readTable, splitLines } from '../../src/import/tabular.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';

const SEEDS = join(PROJECT_ROOT, 'seeds');
const datasetsPresent = existsSync(DEFAULT_ONET_DIR) && existsSync(DEFAULT_ESCO_DIR);

describe.skipIf(!datasetsPresent)('seeds/skill-matches*.yaml against ../shared/datasets', () => {
  it('names only ESCO skills, O*NET elements and O*NET technologies that exist in the release files', async () => {
    const escoUris = new Set<string>();
    for await (const row of readTable(join(DEFAULT_ESCO_DIR, 'classification', 'en', 'skills_en.csv'), { delimiter: ',' })) escoUris.add(row.conceptUri);
    const elements = new Set<string>();
    for await (const row of readTable(join(DEFAULT_ONET_DIR, 'Content Model Reference.txt'), { delimiter: '\t' })) elements.add(row['Element ID']);
    const technologies = new Set<string>();
    for await (const row of readTable(join(DEFAULT_ONET_DIR, 'Technology Skills.txt'), { delimiter: '\t' })) technologies.add(row.Example);
    const { matches = [] } = await readSeeds(SEEDS);
    const known = { esco: escoUris, onet: elements, onetTechnology: technologies };
    const missing = matches.map(targetOf).filter((target) => !known[target.kind].has(target.value));
    expect(missing).toEqual([]);
    expect(matches.filter((match) => match.method === 'curated').length).toBeGreaterThan(50);
  });

  it('re-running the derive script reproduces seeds/skill-matches.yaml exactly', async () => {
    const derived = await deriveSkillMatches({ seedsDir: SEEDS, onetDir: DEFAULT_ONET_DIR, escoDir: DEFAULT_ESCO_DIR });
    expect(renderSkillMatches(derived)).toBe(await readFile(join(SEEDS, SKILL_MATCHES_FILE), 'utf8'));
    expect(derived.every((match) => match.matchType === 'EXACT' && match.method === 'derived')).toBe(true);
  });

  it('every ESCO label the rule used is really a label of that skill', async () => {
    const labels = new Map<string, string[]>();
    for await (const row of readTable(join(DEFAULT_ESCO_DIR, 'classification', 'en', 'skills_en.csv'), { delimiter: ',' })) {
      labels.set(row.conceptUri, [row.preferredLabel, ...splitLines(row.altLabels)]);
    }
    const derived = await deriveSkillMatches({ seedsDir: SEEDS, onetDir: DEFAULT_ONET_DIR, escoDir: DEFAULT_ESCO_DIR });
    for (const match of derived.filter((m) => m.esco)) {
      const quoted = /ESCO (?:preferredLabel|altLabel) "(.*)"$/.exec(match.evidence)?.[1];
      expect(labels.get(match.esco!), match.evidence).toContain(quoted);
    }
  });
});

describe('hand-decided matches over derived ones', () => {
  it('a curated entry replaces the derived one of the same pair and a reject withdraws it', () => {
    const base = { skill: 'python', matchType: 'EXACT', method: 'derived', evidence: 'x', reject: false } as const;
    const merged = effectiveSkillMatches([
      { ...base, onetTechnology: 'Python' },
      { ...base, onet: '2.B.3.e' },
      { ...base, onet: '2.B.3.e', matchType: 'BROADER', method: 'curated' },
      { ...base, esco: 'http://data.europa.eu/esco/skill/00000000-0000-4000-9000-000000000001' },
      { ...base, esco: 'http://data.europa.eu/esco/skill/00000000-0000-4000-9000-000000000001', method: 'curated', reject: true },
    ]);
    expect(merged.map((m) => `${targetOf(m).value} ${m.matchType} ${m.method}`)).toEqual(['Python EXACT derived', '2.B.3.e BROADER curated']);
  });
});

describe('sameAs / close validation', () => {
  async function problemsOf(skills: string): Promise<string[]> {
    const dir = await mkdtemp(join(tmpdir(), 'cg-skill-links-'));
    await writeFile(join(dir, 'skills.yaml'), skills);
    try {
      await readSeeds(dir);
    } catch (error) {
      if (error instanceof SeedValidationError) return error.problems.map((p) => `${p.entry} ${p.field}: ${p.message}`);
      throw error;
    }
    return [];
  }
  const skill = (slug: string, extra = '') => `  - {slug: ${slug}, name: ${slug}, kind: SKILL, category: Test${extra}}\n`;

  it('reports unknown slugs, self links and a pair stated twice', async () => {
    const problems = await problemsOf(
      'skills:\n' + skill('a', ', close: [b, nope]') + skill('b', ', sameAs: [b], close: [a]') + skill('c', ', sameAs: [a]'),
    );
    expect(problems).toEqual([
      'skills[a] close.1: unknown skill "nope"',
      'skills[b] sameAs.0: a skill cannot match itself',
      'skills[b] close.0: the pair a ~ b is already stated (a.close)',
    ]);
  });

  it('reports a match entry for an unknown skill and one with two targets', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cg-skill-matches-'));
    await writeFile(join(dir, 'skills.yaml'), 'skills:\n' + skill('a'));
    await writeFile(
      join(dir, 'matches.yaml'),
      'matches:\n  - {skill: a, onet: 2.B.3.e, onetTechnology: Python, matchType: EXACT, method: curated, evidence: e}\n',
    );
    await writeFile(join(dir, 'matches2.yaml'), 'matches:\n  - {skill: zz, onet: 2.B.3.e, matchType: EXACT, method: curated, evidence: e}\n');
    const error = await readSeeds(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedValidationError);
    const messages = (error as SeedValidationError).problems.map((p) => p.message);
    expect(messages).toEqual(['give exactly one of esco, onet, onetTechnology', 'unknown skill "zz"']);
  });
});

const ONET_FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'onet');
const ESCO_FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'esco');
const FIXTURE_PYTHON_URI = 'http://data.europa.eu/esco/skill/00000000-0000-4000-9000-000000000001';

describe('MATCHES in the graph', () => {
  let test: TestDatabase;
  let seeds: SeedData;
  const matchesOf = (slug: string) =>
    test.db.readRows<Record<string, unknown>>(
      `MATCH (:Skill {id: 'curated:skill:' + $slug})-[m:MATCHES]->(t:Skill)
       RETURN t.id AS target, m.matchType AS matchType, m.method AS method, m.source AS source, m.evidence AS evidence ORDER BY target`,
      { slug },
    );
  const matchCount = async () =>
    (await test.db.readRows<{ n: number }>("MATCH (:Skill {source: 'curated'})-[m:MATCHES]->() RETURN count(m) AS n"))[0]!.n;

  beforeAll(async () => {
    test = openTestDatabase();
    seeds = await readSeeds(SEEDS);
    await removeImportedSource(test.db, ONET_SOURCE);
    await removeImportedSource(test.db, ESCO_SOURCE);
    await loadSeeds(test.db, seeds);
  });

  afterAll(async () => {
    await removeImportedSource(test.db, ONET_SOURCE);
    await removeImportedSource(test.db, ESCO_SOURCE);
    await loadSeeds(test.db, seeds);
    await test.close();
  });

  it('links curated near-duplicates after seeding, and nothing else while no dataset is imported', async () => {
    expect(await matchesOf('cloud-platforms')).toEqual([
      {
        target: 'curated:skill:cloud-architecture',
        matchType: 'CLOSE',
        method: 'curated',
        source: 'curated',
        evidence: 'Curated: "Cloud architecture" stands in for "Cloud platforms (AWS/GCP/Azure)" in most roles',
      },
    ]);
    const declared = seeds.skills.reduce((sum, skill) => sum + skill.close.length + skill.sameAs.length, 0);
    expect(await matchCount()).toBe(declared);
  });

  it('links a curated skill to the imported O*NET technology and element it matches, idempotently', async () => {
    const first = await importOnet(test.db, ONET_FIXTURES);
    expect(await matchesOf('python')).toEqual([
      {
        target: 'onet:skill:2.B.3.e',
        matchType: 'BROADER',
        method: 'curated',
        source: 'curated',
        evidence: 'O*NET element 2.B.3.e "Programming": writing computer programs in any language',
      },
      {
        target: 'onet:tech:python',
        matchType: 'EXACT',
        method: 'derived',
        source: 'curated',
        evidence: 'curated name "Python" = O*NET Technology Skills Example "Python"',
      },
    ]);
    expect(first.summary.relationshipsCreated).toBeGreaterThan(0);
    const before = await matchCount();
    const again = await importOnet(test.db, ONET_FIXTURES);
    expect(again.summary).toMatchObject({ relationshipsCreated: 0, relationshipsDeleted: 0 });
    await loadSeeds(test.db, seeds);
    expect(await matchCount()).toBe(before);
  });

  it('links to an ESCO skill whichever arrives first, and drops the edge when the claim leaves the seeds', async () => {
    const claim = { skill: 'python', esco: FIXTURE_PYTHON_URI, matchType: 'EXACT', method: 'curated', evidence: 'fixture', reject: false } as const;
    const withClaim: SeedData = { ...seeds, matches: [...(seeds.matches ?? []), claim] };
    await loadSeeds(test.db, withClaim); // seeds first: the target is not there yet
    expect((await matchesOf('python')).map((m) => m.target)).not.toContain('esco:skill:00000000-0000-4000-9000-000000000001');
    const imported = await importEsco(test.db, ESCO_FIXTURES); // the import links it
    expect(await matchesOf('python')).toContainEqual({
      target: 'esco:skill:00000000-0000-4000-9000-000000000001',
      matchType: 'EXACT',
      method: 'curated',
      source: 'curated',
      evidence: 'fixture',
    });
    expect(imported.summary.relationshipsCreated).toBeGreaterThan(0);
    await loadSeeds(test.db, withClaim); // re-seeding keeps it
    expect((await matchesOf('python')).map((m) => m.target)).toContain('esco:skill:00000000-0000-4000-9000-000000000001');
    await loadSeeds(test.db, seeds); // the claim is gone: so is the edge
    expect((await matchesOf('python')).map((m) => m.target)).toEqual(['onet:skill:2.B.3.e', 'onet:tech:python']);
  });
});
