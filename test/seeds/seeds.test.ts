/** Seed validation (good and bad files) and the all-or-nothing load. */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { loadSeeds } from '../../src/import/seeds/loadSeeds.js';
import { readSeeds, SeedValidationError, type SeedData } from '../../src/import/seeds/readSeeds.js';
import { openTestDatabase } from '../support/testDatabase.js';

const fixtures = join(PROJECT_ROOT, 'test/fixtures/seeds-bad');

async function problemsOf(directory: string) {
  try {
    await readSeeds(directory);
  } catch (error) {
    if (error instanceof SeedValidationError) return error.problems;
    throw error;
  }
  throw new Error(`${directory} validated but should not`);
}

describe('the curated seeds', () => {
  it('validate and meet the coverage the product promises', async () => {
    const seeds = await readSeeds(join(PROJECT_ROOT, 'seeds'));
    expect(seeds.roles.length).toBeGreaterThanOrEqual(81);
    expect(new Set(seeds.roles.map((role) => role.family)).size).toBeGreaterThanOrEqual(8);
    expect(seeds.skills.length).toBeGreaterThanOrEqual(250);
    for (const role of seeds.roles) {
      expect(role.skills.length, role.slug).toBeGreaterThanOrEqual(6);
      expect(role.salary.length, role.slug).toBeGreaterThanOrEqual(2);
      expect(role.crosswalk.onet.length + role.crosswalk.esco.length, role.slug).toBeGreaterThan(0);
    }
    const kinds = new Set(seeds.roles.flatMap((role) => role.nextRoles.map((next) => next.kind)));
    expect([...kinds].sort()).toEqual(['LATERAL', 'PIVOT', 'PROMOTION']);
    const aliases = new Map(seeds.skills.flatMap((skill) => skill.aliases.map((alias) => [alias.toLowerCase(), skill.slug] as const)));
    expect(aliases.get('k8s')).toBe('kubernetes');
    expect(aliases.get('amazon web services')).toBe('aws');
    expect(seeds.skills.filter((skill) => skill.resources.length > 0).length).toBeGreaterThanOrEqual(20);
  });
});

describe('bad seed files', () => {
  it('a YAML syntax error names the file and the line', async () => {
    const [problem] = await problemsOf(join(fixtures, 'yaml-syntax'));
    expect(problem!.file).toMatch(/yaml-syntax\/broken\.yaml$/);
    expect(problem!.field).toMatch(/^line \d+/);
  });

  it('a schema violation names the file, the entry and the field', async () => {
    const problems = await problemsOf(join(fixtures, 'bad-field'));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: expect.stringMatching(/bad-field\/skills\.yaml$/), entry: 'skills[Fixture_Skill_B]', field: 'slug' }),
        expect.objectContaining({ entry: 'skills[fixture-skill-c]', field: 'kind' }),
      ]),
    );
  });

  it('references to unknown families, skills and roles are each reported', async () => {
    const problems = await problemsOf(join(fixtures, 'bad-reference'));
    const fields = problems.map((problem) => `${problem.entry} ${problem.field}`);
    // importance 9 fails the schema first, so the file's cross references are not checked yet
    expect(fields).toContain('roles[fixture-role] skills.5.importance');
  });

  it('unknown references are reported once the schema is satisfied', async () => {
    const { readFile, writeFile, mkdtemp } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'cg-seeds-'));
    const text = (await readFile(join(fixtures, 'bad-reference/seed.yaml'), 'utf8')).replace('importance: 9', 'importance: 3');
    await writeFile(join(dir, 'seed.yaml'), text);
    const problems = await problemsOf(dir);
    const fields = problems.map((problem) => `${problem.entry} ${problem.field}: ${problem.message}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'roles[fixture-role] family: unknown family "no-such-family"',
        'roles[fixture-role] skills.1.skill: unknown skill "missing-skill-1"',
        'roles[fixture-role] nextRoles.0.role: unknown role "no-such-role"',
      ]),
    );
  });
});

describe('loadSeeds', () => {
  const database = openTestDatabase();
  afterAll(() => database.close());

  it('loads nothing when any statement fails (one transaction)', async () => {
    const stamp = `atomic-${Date.now()}`;
    const good = await readSeeds(join(PROJECT_ROOT, 'seeds'));
    // A node from elsewhere already holds the slug the seed role will claim, so the role statement
    // fails on the uniqueness constraint after families and skills were written in the same transaction.
    await database.db.writeRows('CREATE (:Role {id: $id, slug: $slug, source: "computed"})', { id: `other:${stamp}`, slug: `${stamp}-role` });
    try {
      const broken: SeedData = {
        families: [{ slug: `${stamp}-family`, name: 'Atomic', description: 'Atomic', coreSkills: [] }],
        skills: [{ ...good.skills[0]!, slug: `${stamp}-skill`, aliases: [], related: [], broader: undefined, resources: [] }],
        roles: [{ ...good.roles[0]!, slug: `${stamp}-role`, family: `${stamp}-family`, nextRoles: [] }],
      };
      await expect(loadSeeds(database.db, broken)).rejects.toThrow(/already exists|constraint/i);
      const [row] = await database.db.readRows<{ families: number; skills: number }>(
        'RETURN COUNT { MATCH (f:RoleFamily) WHERE f.slug STARTS WITH $stamp } AS families, COUNT { MATCH (s:Skill) WHERE s.slug STARTS WITH $stamp } AS skills',
        { stamp },
      );
      expect(row).toEqual({ families: 0, skills: 0 });
    } finally {
      await database.db.writeRows('MATCH (r:Role {id: $id}) DETACH DELETE r', { id: `other:${stamp}` });
    }
  });

  it('stores how every curated fact was obtained (method), with O*NET evidence on the moves it supports', async () => {
    const seeds = await readSeeds(join(PROJECT_ROOT, 'seeds'));
    await loadSeeds(database.db, seeds);
    const [row] = await database.db.readRows<{ nodesWithout: number; edgesWithout: number; methods: string[] }>(
      `CALL () { MATCH (n) WHERE n.source = 'curated' AND n.method IS NULL RETURN count(n) AS nodesWithout }
       CALL () { MATCH ()-[r]->() WHERE r.source = 'curated' AND r.method IS NULL RETURN count(r) AS edgesWithout }
       CALL () { MATCH (n) WHERE n.source = 'curated' RETURN collect(DISTINCT n.method) AS methods }
       RETURN nodesWithout, edgesWithout, methods`,
    );
    expect(row).toMatchObject({ nodesWithout: 0, edgesWithout: 0 });
    expect([...row!.methods].sort()).toEqual(['curated', 'verbatim']);
    // Each entry of seeds/derived/progression-evidence.yaml ends up on its LEADS_TO, word for word.
    const supported = seeds.derived!.progressions[0]!;
    const [move] = await database.db.readRows<{ evidence: string | null; method: string }>(
      'MATCH (:Role {slug: $from})-[link:LEADS_TO {source: "curated"}]->(:Role {slug: $to}) RETURN link.evidence AS evidence, link.method AS method',
      { from: supported.from, to: supported.to },
    );
    expect(move!.evidence).toContain(supported.evidence);
    // A curated requirement keeps O*NET's scales for comparability but says whose numbers they are.
    const [requirement] = await database.db.readRows<{ scales: string[] }>(
      `MATCH (:Role {slug: 'cloud-support-associate'})-[req:REQUIRES]->() WHERE req.method = 'curated'
       RETURN collect(DISTINCT req.importanceScale) + collect(DISTINCT req.levelScale) AS scales`,
    );
    expect(requirement!.scales.sort()).toEqual(['curated estimate on IM 1-5', 'curated estimate on LV 0-7']);
  });

  it('re-running the load creates nothing twice', async () => {
    const count = () =>
      database.db.readRows<{ nodes: number; relationships: number }>(
        "CALL () { MATCH (n) WHERE n.source = 'curated' RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() WHERE r.source = 'curated' RETURN count(r) AS relationships } RETURN nodes, relationships",
      );
    const before = await count();
    await loadSeeds(database.db, await readSeeds(join(PROJECT_ROOT, 'seeds')));
    expect(await count()).toEqual(before);
  });
});
