/**
 * The bundled graph (data/graph) without a database: the committed files match their manifest, the
 * manifest is what `npm run bundle:datasets` derives from the official release files in
 * ../shared/datasets (so the bundle is reproducible and nobody edited it by hand), a damaged bundle is
 * refused with a message that says what to do, and the CSV writer's rules (types, quoting, lists,
 * edges to missing nodes) hold.
 */
import { cp, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { buildBundle, datasetInputs } from '../../src/import/bundle/buildBundle.js';
import { GraphCsv } from '../../src/import/bundle/graphCsv.js';
import { mergeNodes, replaceOutgoing } from '../../src/import/bulkCypher.js';
import { BundleError, readBundleManifest, verifyBundle } from '../../src/localNeo4j/bundledGraph.js';

const BUNDLE = join(PROJECT_ROOT, 'data', 'graph');
const DATASETS = join(PROJECT_ROOT, '..', 'shared', 'datasets');
const scratch: string[] = [];

async function scratchDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'career-graph-bundle-'));
  scratch.push(dir);
  return dir;
}

afterAll(async () => {
  for (const dir of scratch) await rm(dir, { recursive: true, force: true });
});

describe('the committed bundle', () => {
  it('matches its manifest, file by file', async () => {
    const manifest = await readBundleManifest(BUNDLE);
    const { files, emptyLists } = await verifyBundle(BUNDLE, manifest);
    expect(files.map((file) => file.path)).toContain('nodes/Role.csv.gz');
    expect(manifest.relationships).toBe(files.filter((file) => file.kind === 'relationships').reduce((sum, file) => sum + file.rows, 0));
    expect(manifest.nodes).toBe(files.filter((file) => file.kind === 'nodes').reduce((sum, file) => sum + file.rows, 0));
    // O*NET skills have no aliases: the writer records those lists to be set after the load.
    expect(emptyLists.find((fix) => fix.label === 'Skill' && fix.property === 'aliases')?.ids.length).toBeGreaterThan(1000);
    // Every O*NET and ESCO occupation is in, the ones the README promises a newcomer by title.
    const roles = gunzipSync(await readFile(join(BUNDLE, 'nodes', 'Role.csv.gz'))).toString('utf8');
    for (const title of ['"Registered Nurses"', '"Welders, Cutters, Solderers, and Brazers"', '"primary school teacher"', '"welder"']) expect(roles).toContain(title);
  });

  it('carries the licences’ attribution and Nesta’s licence beside the data', async () => {
    const attribution = await readFile(join(BUNDLE, 'ATTRIBUTION.md'), 'utf8');
    expect(attribution).toContain('Used under the CC BY 4.0 license');
    expect(attribution).toContain('This service uses the ESCO classification of the European Commission.');
    expect(await readFile(join(BUNDLE, 'LICENSE.nesta-esco-onet'), 'utf8')).toContain('Copyright (c) 2021 Nesta');
  });

  it('is what npm run bundle:datasets derives from the release files in ../shared/datasets', async () => {
    const out = join(await scratchDir(), 'graph');
    const { manifest } = await buildBundle(datasetInputs(DATASETS), out);
    const committed = await readBundleManifest(BUNDLE);
    // Byte-identical content (SHA-256 of each uncompressed file), same input checksums, same counts.
    expect(manifest.files.map(({ bytes: _bytes, ...file }) => file)).toEqual(committed.files.map(({ bytes: _bytes, ...file }) => file));
    expect(manifest.sources).toEqual(committed.sources);
    expect(manifest.emptyLists).toEqual(committed.emptyLists);
    expect({ nodes: manifest.nodes, relationships: manifest.relationships, skipped: manifest.skippedEdges }).toEqual({
      nodes: committed.nodes,
      relationships: committed.relationships,
      skipped: committed.skippedEdges,
    });
    expect(await readFile(join(out, 'ATTRIBUTION.md'), 'utf8')).toBe(await readFile(join(BUNDLE, 'ATTRIBUTION.md'), 'utf8'));
  }, 180_000);
});

describe('a damaged bundle is refused before anything is loaded', () => {
  async function copyOfBundle(): Promise<string> {
    const dir = join(await scratchDir(), 'graph');
    await cp(BUNDLE, dir, { recursive: true });
    return dir;
  }

  it('a file whose content differs from the manifest', async () => {
    const dir = await copyOfBundle();
    const path = join(dir, 'relationships', 'LEADS_TO.Role-Role.csv.gz');
    const { gzipSync } = await import('node:zlib');
    const text = gunzipSync(await readFile(path)).toString('utf8');
    await writeFile(path, gzipSync(text.replace(/PROMOTION/, 'LATERAL')));
    await expect(verifyBundle(dir, await readBundleManifest(dir))).rejects.toThrow(/LEADS_TO\.Role-Role\.csv\.gz does not match manifest\.json.*git checkout -- data\/graph/);
  });

  it('a truncated file', async () => {
    const dir = await copyOfBundle();
    const path = join(dir, 'nodes', 'Role.csv.gz');
    await truncate(path, 1000);
    await expect(verifyBundle(dir, await readBundleManifest(dir))).rejects.toThrow(BundleError);
    await expect(verifyBundle(dir, await readBundleManifest(dir))).rejects.toThrow(/Role\.csv\.gz is not a valid gzip file/);
  });

  it('a missing file, a missing or malformed manifest', async () => {
    const dir = await copyOfBundle();
    await rm(join(dir, 'nodes', 'Skill.csv.gz'));
    await expect(verifyBundle(dir, await readBundleManifest(dir))).rejects.toThrow(/incomplete: .*Skill\.csv\.gz is missing/);
    await writeFile(join(dir, 'manifest.json'), '{"format": 99}');
    await expect(readBundleManifest(dir)).rejects.toThrow(/not a bundle manifest of format 1/);
    await rm(join(dir, 'manifest.json'));
    await expect(readBundleManifest(dir)).rejects.toThrow(/bundled graph is missing.*npm run bundle:datasets/);
  });
});

describe('GraphCsv (the writer the importers write through)', () => {
  const stamp = { source: 'test-source', asOf: '2025-05-01', method: 'derived' };
  const text = (lines: string[]) => lines.join('\n');

  async function written(csv: GraphCsv): Promise<Record<string, string>> {
    const dir = await scratchDir();
    const files = await csv.write(dir);
    const out: Record<string, string> = {};
    for (const file of files) out[file.path] = gunzipSync(await readFile(join(dir, file.path))).toString('utf8');
    return out;
  }

  it('writes typed headers, quoted text, lists, dates and the provenance of every node and edge', async () => {
    const csv = new GraphCsv();
    const writer = csv.writerFor(stamp);
    await writer.nodes('roles', [
      { id: 'r1', properties: { title: 'Nurse, "registered"\nsecond line', alternateTitles: ['RN', 'Staff nurse'], jobZone: 3, percent: 41.5, hot: true, gone: null } },
      { id: 'r2', properties: { title: 'Welder', alternateTitles: [], jobZone: 2, percent: null, hot: false, gone: null } },
    ], mergeNodes('Role', 'OnetOccupation'), ['jobZone']);
    await writer.edges('LEADS_TO', [{ id: 'r1', targets: ['r2', 'missing'], edges: [
      { to: 'r2', toLabel: 'Role', properties: { kind: 'LATERAL', rank: 1, confidence: 0.9, note: null } },
      { to: 'missing', toLabel: 'Role', properties: { kind: 'LATERAL', rank: 2, confidence: 0.5, note: null } },
    ] }], replaceOutgoing('Role', 'LEADS_TO', ['Role'], { properties: ['kind', 'rank', 'confidence', 'note'] }), ['rank']);

    const files = await written(csv);
    expect(files['nodes/Role.csv.gz']).toBe(
      text([
        'id:ID(Role),:LABEL,alternateTitles:string[],asOf:date,hot:boolean,jobZone:long,method:string,percent:double,source:string,title:string',
        '"r1","Role\u001fOnetOccupation","RN\u001fStaff nurse",2025-05-01,true,3,"derived",41.5,"test-source","Nurse, ""registered""\nsecond line"',
        // An empty list cannot be written: no value here, and GraphCsv.emptyLists() has it.
        '"r2","Role\u001fOnetOccupation",,2025-05-01,false,2,"derived",,"test-source","Welder"',
        '',
      ]),
    );
    expect(files['relationships/LEADS_TO.Role-Role.csv.gz']).toBe(
      text([':START_ID(Role),:END_ID(Role),asOf:date,confidence:double,kind:string,method:string,rank:long,source:string', '"r1","r2",2025-05-01,0.9,"LATERAL","derived",1,"test-source"', '']),
    );
    // The edge to a node that is not there is skipped, as Cypher's MATCH skips it.
    expect(csv.skippedEdges.get('LEADS_TO')).toBe(1);
    expect(csv.emptyLists()).toEqual([{ label: 'Role', property: 'alternateTitles', ids: ['r2'] }]);
    expect(csv.relationshipCount).toBe(1);
  });

  it('merges a repeated node as MERGE and += do, creates lookup targets, and keeps one edge per pair', async () => {
    const csv = new GraphCsv();
    const writer = csv.writerFor(stamp);
    await writer.nodes('skills', [{ id: 's1', properties: { name: 'Python', description: 'old' } }], mergeNodes('Skill'));
    await writer.nodes('skills', [{ id: 's1', properties: { name: 'Python 3', description: null } }], mergeNodes('Skill'));
    const knownAs = replaceOutgoing('Skill', 'KNOWN_AS', ['SkillName'], { targetKey: 'key', createTarget: true });
    await writer.edges('KNOWN_AS', [{ id: 's1', targets: ['python'], edges: [{ to: 'python', toLabel: 'SkillName', properties: {} }] }], knownAs);
    await writer.edges('KNOWN_AS', [{ id: 's1', targets: ['python'], edges: [{ to: 'python', toLabel: 'SkillName', properties: {} }] }], knownAs);
    const files = await written(csv);
    expect(files['nodes/Skill.csv.gz']).toBe(text(['id:ID(Skill),:LABEL,asOf:date,method:string,name:string,source:string', '"s1","Skill",2025-05-01,"derived","Python 3","test-source"', '']));
    expect(files['nodes/SkillName.csv.gz']).toBe(text(['key:ID(SkillName),:LABEL', '"python","SkillName"', '']));
    expect(csv.relationshipCount).toBe(1);
  });

  it('refuses text holding the array delimiter and a column with two types', async () => {
    const delimiter = new GraphCsv();
    await delimiter.writerFor(stamp).nodes('roles', [{ id: 'r1', properties: { title: 'a\u001fb' } }], mergeNodes('Role'));
    await expect(written(delimiter)).rejects.toThrow(/array delimiter U\+001F/);
    const mixed = new GraphCsv();
    await mixed.writerFor(stamp).nodes('roles', [{ id: 'r1', properties: { zone: 'high' } }, { id: 'r2', properties: { zone: 2 } }], mergeNodes('Role'));
    await expect(written(mixed)).rejects.toThrow(/property "zone" is both string and double/);
  });
});
