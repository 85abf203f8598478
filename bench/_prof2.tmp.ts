import neo4j from 'neo4j-driver';
import { readEscoRelease } from '../src/import/esco/index.js';
import { escoGraph } from '../src/import/esco/escoGraph.js';
import { ImportStats } from '../src/import/progress.js';
import { replaceOutgoing } from '../src/import/bulkCypher.js';
import { toBatches } from '../src/import/importRun.js';
const g = escoGraph(await readEscoRelease('../shared/datasets/esco/v1.1.1', new ImportStats()));
const statements = replaceOutgoing('Skill', 'KNOWN_AS', ['SkillName'], { targetKey: 'key', createTarget: true });
const batch = toBatches(g.knownAs, 20000, (i) => i.edges.length)[2];
const driver = neo4j.driver('bolt://127.0.0.1:7763', neo4j.auth.basic('neo4j', 'careergraph-local'));
const session = driver.session({ database: 'neo4j' });
function show(plan: any, depth = 0): string {
  const a = plan.arguments ?? {};
  const line = `${'  '.repeat(depth)}${plan.operatorType} rows=${plan.rows} dbHits=${plan.dbHits} ${a.Details ? String(a.Details).slice(0, 120) : ''}`;
  return [line, ...plan.children.map((c: any) => show(c, depth + 1))].join('\n');
}
const st = statements[2];
for (const variant of [st.cypher, st.cypher.replace('MERGE (to:SkillName', 'MATCH (to:SkillName')]) {
  for (const profile of [false, true]) {
    const tx = await session.beginTransaction();
    const rows = st.batch(batch, undefined);
    const t = performance.now();
    const r = await tx.run((profile ? 'PROFILE ' : '') + variant, { batch: rows, source: 'esco-1.1.1', asOf: '2022-08-25', method: 'derived' });
    console.log(`--- ${(performance.now() - t).toFixed(0)} ms rows ${rows.length} ${variant.replace(/\s+/g, ' ').slice(0, 200)}`);
    if (profile) console.log(show(r.summary.profile));
    const c = performance.now(); await tx.rollback(); console.log(`rollback ${(performance.now() - c).toFixed(0)} ms`);
  }
}
await session.close(); await driver.close();
