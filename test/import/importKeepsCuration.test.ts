/**
 * An import never deletes or overwrites curated facts (issue 16): after curators edited through the
 * API — a curated role requiring an O*NET skill and leading to an O*NET occupation — and with a
 * curated SAME_OCCUPATION judgement between an ESCO and an O*NET occupation, re-running the O*NET,
 * ESCO and crosswalk imports (fixtures, one with a crosswalk row gone, so the importers prune) and
 * the cross-source linking the bundled load's finish runs leaves every curated node and edge, the
 * curator-edit marks and the audit trail exactly as they were.
 */
import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateApiKey, parseApiKeys } from '../../src/auth/apiKeys.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { onetRoleSlug, onetSkillSlug } from '../../src/graph/ids.js';
import { CURATED_SOURCE, ESCO_SOURCE, ONET_SOURCE } from '../../src/graph/sources.js';
import { LINK_CROSSWALKS, LINK_CROSSWALKS_PARAMETERS } from '../../src/import/crosswalk.js';
import { importEsco } from '../../src/import/esco/index.js';
import { removeImportedSource } from '../../src/import/importRun.js';
import { importOccupationCrosswalk, removeOccupationCrosswalk } from '../../src/import/occupationCrosswalk/index.js';
import { linkOccupationsAcrossSources } from '../../src/import/occupationCrosswalk/sameOccupation.js';
import { importOnet } from '../../src/import/onet/index.js';
import { LINK_SKILL_MATCHES, LINK_SKILL_MATCHES_PARAMETERS } from '../../src/import/skillMatches.js';
import { openTestApi, type ExecuteOptions, type TestApi } from '../support/testApi.js';

const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures');
const ONET_DIR = join(FIXTURES, 'onet');
const ESCO_DIR = join(FIXTURES, 'esco');
const CROSSWALK_DIR = join(FIXTURES, 'crosswalks');
const NESTA_FILE = join('nesta-esco-onet', 'esco_onet_crosswalk_Nov2020.csv');
const ESCO_3 = 'http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-000000000003';

const editorKey = generateApiKey('import-curator', 'editor');
const auth = { apiKeys: parseApiKeys(editorKey.entry), allowAnonymousReads: true };
const asEditor: ExecuteOptions = { authorization: `Bearer ${editorKey.token}` };
const prefix = `test-import-curation-${randomBytes(4).toString('hex')}`;
const ROLE = `${prefix}-role`;
const CURATED_JUDGEMENT = `${prefix}:same-occupation`;

let api: TestApi;
let scratch: string;

async function removeImports() {
  await removeOccupationCrosswalk(api.database.db);
  await removeImportedSource(api.database.db, ONET_SOURCE);
  await removeImportedSource(api.database.db, ESCO_SOURCE);
}

/** Every curated node and edge with all its properties, the marks and the audit trail, as sorted text. */
async function curatedFacts(): Promise<string[]> {
  const nodes = await api.database.db.readRows<{ id: string; props: Record<string, unknown> }>(
    'MATCH (n) WHERE n.source = $curated OR n:CuratedEdit OR n:AuditEntry RETURN coalesce(n.id, elementId(n)) AS id, properties(n) AS props',
    { curated: CURATED_SOURCE },
  );
  const edges = await api.database.db.readRows<{ from: string; type: string; to: string; props: Record<string, unknown> }>(
    'MATCH (a)-[r]->(b) WHERE r.source = $curated RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props',
    { curated: CURATED_SOURCE },
  );
  const text = (value: Record<string, unknown>) => JSON.stringify(Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))));
  return [
    ...nodes.map((node) => `node ${node.id} ${text(node.props)}`),
    ...edges.map((edge) => `edge ${edge.from} ${edge.type} ${edge.to} ${text(edge.props)}`),
  ].sort();
}

beforeAll(async () => {
  api = await openTestApi('test', { auth });
  scratch = await mkdtemp(join(tmpdir(), 'career-graph-import-curation-'));
  await removeImports();
  await importOnet(api.database.db, ONET_DIR);
  await importEsco(api.database.db, ESCO_DIR);
  await importOccupationCrosswalk(api.database.db, CROSSWALK_DIR);
});

afterAll(async () => {
  await api.database.db.writeRows('MATCH (n:Role) WHERE n.slug STARTS WITH $prefix DETACH DELETE n', { prefix });
  await api.database.db.writeRows('MATCH (n) WHERE (n:AuditEntry OR n:CuratedEdit) AND n.entity CONTAINS $prefix DELETE n', { prefix });
  await removeImports();
  await api.close();
  await rm(scratch, { recursive: true, force: true });
});

describe('imports after curation', () => {
  it('keep every curated fact, mark and audit entry', async () => {
    const mutate = async (query: string) => expect((await api.execute(query, {}, asEditor)).errors).toBeUndefined();
    await mutate(`mutation { upsertRole(input: {slug: "${ROLE}", title: "Import Curation Role", summary: "Curated.", onetCodes: ["15-1241.00"]}) { slug } }`);
    await mutate(`mutation { setRoleSkillRequirement(role: "${ROLE}", skill: "${onetSkillSlug('2.A.1.a')}", importance: 4.5, level: 6) { importance } }`);
    await mutate(
      `mutation { linkProgression(from: "${ROLE}", to: "${onetRoleSlug('15-1241.00')}", kind: PIVOT, typicalYears: 3, rationale: "Curated move to O*NET.") { kind } }`,
    );
    // A curator's own cross-source judgement, recorded as a curated fact between two imported occupations.
    await api.database.db.writeRows(
      `MATCH (esco:Role {sourceId: $esco}) MATCH (onet:Role {sourceId: '11-1021.00'})
       CREATE (esco)-[:SAME_OCCUPATION {source: $curated, method: 'curated', sourceId: $judgement, matchType: 'BROADER', asOf: date()}]->(onet)`,
      { esco: ESCO_3, curated: CURATED_SOURCE, judgement: CURATED_JUDGEMENT },
    );
    // The role's CROSSWALK link to the O*NET occupation it names is made by every import's end (and
    // seed load), not by the mutation: made here first, so the comparison is about keeping, not adding.
    await api.database.db.writeRows(LINK_CROSSWALKS, LINK_CROSSWALKS_PARAMETERS);
    const before = await curatedFacts();
    expect(before).toContainEqual(expect.stringMatching(new RegExp(`^edge curated:role:${ROLE} CROSSWALK onet:role:15-1241.00 `)));
    expect(before.filter((fact) => fact.includes(prefix)).length).toBeGreaterThanOrEqual(6);

    // The same releases again, then a crosswalk that lost a row (the importers prune what is gone).
    await importOnet(api.database.db, ONET_DIR);
    await importEsco(api.database.db, ESCO_DIR);
    await importOccupationCrosswalk(api.database.db, CROSSWALK_DIR);
    const trimmed = join(scratch, 'crosswalks');
    await cp(CROSSWALK_DIR, trimmed, { recursive: true });
    const rows = (await readFile(join(trimmed, NESTA_FILE), 'utf8')).trimEnd().split('\n');
    // Row 3 links ESCO occupation 3, the start of the curated judgement: its crosswalk edge and moves are pruned.
    await writeFile(join(trimmed, NESTA_FILE), `${rows.filter((row) => !row.startsWith('3,')).join('\n')}\n`);
    await importOccupationCrosswalk(api.database.db, trimmed);
    // What the bundled load's finish runs over the graph (bundle/finishLoad.ts), beside the imports' own ends.
    await linkOccupationsAcrossSources(api.database.db);
    await api.database.db.writeRows(LINK_CROSSWALKS, LINK_CROSSWALKS_PARAMETERS);
    await api.database.db.writeRows(LINK_SKILL_MATCHES, LINK_SKILL_MATCHES_PARAMETERS);

    expect(await curatedFacts()).toEqual(before);
  });
});
