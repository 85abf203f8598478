/**
 * What the seed format's crosswalk match types and salary notes become in the graph and the API:
 * CROSSWALK edges carry the match type of their code, LEADS_TO edges (and ProgressionStep) the note.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { readSeeds } from '../../src/import/seeds/readSeeds.js';
import { CURATED_SOURCE, ONET_SOURCE, ESCO_SOURCE } from '../../src/graph/sources.js';
import { LINK_CROSSWALKS, LINK_CROSSWALKS_PARAMETERS } from '../../src/import/crosswalk.js';
import { graphql } from '../generated/index.js';
import { openTestApi, type TestApi } from '../support/testApi.js';

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi();
});
afterAll(async () => {
  await api.close();
});

describe('crosswalk match types', () => {
  it('are stored beside the codes of a seeded role', async () => {
    const [row] = await api.database.db.readRows<{ onetCodes: string[]; onetMatchTypes: string[]; escoUris: string[]; escoMatchTypes: string[] }>(
      'MATCH (role:Role {slug: $slug, source: $source}) RETURN role.onetCodes AS onetCodes, role.onetMatchTypes AS onetMatchTypes, role.escoUris AS escoUris, role.escoMatchTypes AS escoMatchTypes',
      { slug: 'technical-writer', source: CURATED_SOURCE },
    );
    expect(row).toEqual({
      onetCodes: ['27-3042.00'],
      onetMatchTypes: ['EXACT'],
      escoUris: ['http://data.europa.eu/esco/occupation/8cb59bc4-1f39-477e-beea-effed12d186c'],
      escoMatchTypes: ['CLOSE'],
    });
  });

  it('reach the CROSSWALK edge of each code; codes whose type list no longer lines up get none', async () => {
    const stamp = `xw-${Date.now()}`;
    const esco = `http://data.europa.eu/esco/occupation/${stamp}`;
    await api.database.db.writeRows(
      `CREATE (:Role {id: $stamp + ':aligned', slug: $stamp + '-aligned', source: $curated, onetCodes: ['99-0001.00'], onetMatchTypes: ['NARROWER'], escoUris: [$esco], escoMatchTypes: ['CLOSE']})
       CREATE (:Role {id: $stamp + ':edited', slug: $stamp + '-edited', source: $curated, onetCodes: ['99-0001.00', '99-0002.00'], onetMatchTypes: ['EXACT'], escoUris: [], escoMatchTypes: []})
       CREATE (:Role {id: $stamp + ':onet1', source: $onet, sourceId: '99-0001.00'})
       CREATE (:Role {id: $stamp + ':onet2', source: $onet, sourceId: '99-0002.00'})
       CREATE (:Role {id: $stamp + ':esco', source: $escoSource, sourceId: $esco})`,
      { stamp, esco, curated: CURATED_SOURCE, onet: ONET_SOURCE, escoSource: ESCO_SOURCE },
    );
    try {
      await api.database.db.writeRows(LINK_CROSSWALKS, LINK_CROSSWALKS_PARAMETERS);
      const rows = await api.database.db.readRows<{ from: string; to: string; matchType: string | null; taxonomy: string }>(
        `MATCH (c:Role)-[x:CROSSWALK]->(o:Role) WHERE c.id STARTS WITH $stamp
         RETURN c.id AS from, o.sourceId AS to, x.matchType AS matchType, x.taxonomy AS taxonomy ORDER BY from, to`,
        { stamp },
      );
      expect(rows).toEqual([
        { from: `${stamp}:aligned`, to: '99-0001.00', matchType: 'NARROWER', taxonomy: 'ONET' },
        { from: `${stamp}:aligned`, to: esco, matchType: 'CLOSE', taxonomy: 'ESCO' },
        { from: `${stamp}:edited`, to: '99-0001.00', matchType: null, taxonomy: 'ONET' },
        { from: `${stamp}:edited`, to: '99-0002.00', matchType: null, taxonomy: 'ONET' },
      ]);
    } finally {
      await api.database.db.writeRows('MATCH (r:Role) WHERE r.id STARTS WITH $stamp DETACH DELETE r', { stamp });
    }
  });
});

describe('salary notes', () => {
  const STEPS = graphql(`
    query SalaryNoteSteps($slug: String!) { role(slug: $slug) { nextRoles(maxHops: 1, first: 50) { role { slug } steps { to { slug } salaryNote } salaryChange { percent } } } }
  `);

  it('explain on ProgressionStep why a promotion lowers the median, and stay null where nothing needs explaining', async () => {
    const data = await api.data(STEPS, { slug: 'distinguished-engineer' });
    const bySlug = new Map(data.role!.nextRoles.map((progression) => [progression.role.slug, progression.steps[0]!.salaryNote]));
    expect(bySlug.get('cto')).toMatch(/startups/);
    const withoutNote = [...bySlug].filter(([, note]) => note === null);
    expect(withoutNote.length).toBeGreaterThan(0);
  });

  it('are stored on LEADS_TO exactly where the seeds give one', async () => {
    const seeds = await readSeeds(join(PROJECT_ROOT, 'seeds'));
    const expected = seeds.roles.flatMap((role) => role.nextRoles.filter((move) => move.salaryNote).map((move) => `${role.slug} -> ${move.role}: ${move.salaryNote}`));
    const rows = await api.database.db.readRows<{ move: string }>(
      `MATCH (from:Role)-[move:LEADS_TO {source: $source}]->(to:Role) WHERE move.salaryNote IS NOT NULL
       RETURN from.slug + ' -> ' + to.slug + ': ' + move.salaryNote AS move`,
      { source: CURATED_SOURCE },
    );
    expect(expected.length).toBeGreaterThanOrEqual(27); // the 4 promotions and 23 lateral moves the lint found
    expect(rows.map((row) => row.move).sort()).toEqual(expected.sort());
  });
});
