/**
 * Every ```cypher block of docs/cypher-cookbook.md runs against the real test database (curated seeds,
 * APOC and GDS loaded), read from the document itself so the two cannot drift. Read recipes run in READ
 * sessions (the document calls them read-only, and `npm run cypher` runs them so); the `// Writes` ones
 * in write transactions, in document order, and together they leave the graph as they found it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readCookbook } from '../../src/localNeo4j/cookbook.js';
import { openTestDatabase } from '../support/testDatabase.js';

const database = openTestDatabase();
afterAll(() => database.close());

const recipes = await readCookbook();

/** Sections whose recipes rightly return no rows on the test graph (the curated seeds only), and why. */
const EMPTY_ON_THE_SEEDS: Record<string, string> = {
  '8': 'the crosswalk links curated roles to imported O*NET / ESCO occupations',
  '9': 'O*NET joins need the O*NET import',
  '10': 'ESCO joins need the ESCO import',
  '13': 'data-quality checks: no rows is the healthy answer',
  '14': 'the curation audit lists edits made through the API; the seeds hold none',
};

/** `:param` values are Cypher expressions: the server evaluates them, as Browser and cypher-shell do. */
async function evaluateParameters(parameters: Record<string, string>): Promise<Record<string, unknown>> {
  const values: Record<string, unknown> = {};
  for (const [name, expression] of Object.entries(parameters)) {
    const [row] = await database.db.readRows<{ value: unknown }>(`RETURN ${expression} AS value`);
    values[name] = row?.value;
  }
  return values;
}

async function labelCounts(): Promise<Record<string, number>> {
  const rows = await database.db.readRows<{ label: string; nodes: number }>('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS nodes');
  return Object.fromEntries(rows.map((row) => [row.label, Number(row.nodes)]));
}

describe('docs/cypher-cookbook.md', () => {
  it('has recipes in every section, APOC export, path expansion and periodic iterate among them', () => {
    expect(recipes.length).toBeGreaterThan(30);
    const text = recipes.map((recipe) => recipe.query).join('\n');
    for (const procedure of ['apoc.export.csv.query', 'apoc.path.expandConfig', 'apoc.path.subgraphNodes', 'apoc.periodic.iterate']) {
      expect(text).toContain(procedure);
    }
  });

  it('documents every parameter a recipe uses, in a :param block before it', () => {
    for (const recipe of recipes) {
      // $name outside quoted strings would be enough; inside an APOC inner query it is passed on through `params`.
      for (const [, name] of recipe.query.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) {
        expect(recipe.parameters, `line ${recipe.line} uses $${name}`).toHaveProperty(name!);
      }
    }
  });

  const before: { labels?: Record<string, number> } = {};
  it('records the graph before the recipes run', async () => {
    before.labels = await labelCounts();
    expect(Object.keys(before.labels).length).toBeGreaterThan(0);
  });

  for (const recipe of recipes) {
    const title = `${recipe.writes ? 'writes' : 'reads'}: §${recipe.section.split('.')[0]} line ${recipe.line}: ${recipe.query.split('\n').find((l) => !l.startsWith('//'))!.slice(0, 70)}`;
    it(title, async () => {
      const parameters = await evaluateParameters(recipe.parameters);
      const rows = recipe.writes ? await database.db.writeRows(recipe.query, parameters) : await database.db.readRows(recipe.query, parameters);
      expect(Array.isArray(rows)).toBe(true);
      const section = recipe.section.split('.')[0]!;
      if (!(section in EMPTY_ON_THE_SEEDS)) expect(rows.length, 'rows on the curated seeds').toBeGreaterThan(0);
      if (recipe.query.includes('apoc.periodic.iterate')) {
        const [result] = rows as { failedBatches: number; total: number }[];
        expect(Number(result?.failedBatches)).toBe(0);
        expect(Number(result?.total)).toBeGreaterThan(0);
      }
    });
  }

  it('leaves the graph as it found it (the write recipes undo each other)', async () => {
    expect(await labelCounts()).toEqual(before.labels);
  });
});
