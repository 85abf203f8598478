import neo4j from 'neo4j-driver';
import { readOnetRelease } from '../src/import/onet/index.js';
import { onetGraph } from '../src/import/onet/onetGraph.js';
import { ImportStats } from '../src/import/progress.js';
import { replaceOutgoing } from '../src/import/bulkCypher.js';
import { toBatches } from '../src/import/importRun.js';
import { recordToObject } from '../src/neo4j/values.js';
const g = onetGraph(await readOnetRelease('../shared/datasets/onet/29.3', new ImportStats()));
const props = ['importance', 'level', 'importanceRaw', 'levelRaw', 'importanceScale', 'levelScale', 'essential', 'hotTechnology', 'inDemand'];
const statements = replaceOutgoing('Role', 'REQUIRES', ['Skill'], { properties: props });
const batch = toBatches(g.requires, 20000, (i) => i.edges.length)[1];
const driver = neo4j.driver('bolt://127.0.0.1:7763', neo4j.auth.basic('neo4j', 'careergraph-local'));
const session = driver.session({ database: 'neo4j' });
function show(plan: any, depth = 0): string {
  const a = plan.arguments ?? {};
  const line = `${'  '.repeat(depth)}${plan.operatorType} rows=${plan.rows} dbHits=${plan.dbHits} ${a.Details ? String(a.Details).slice(0, 100) : ''}`;
  return [line, ...plan.children.map((c: any) => show(c, depth + 1))].join('\n');
}
const P = { source: 'onet-29.3', asOf: '2025-05-01', method: 'derived' };
const profile = process.argv[2] === 'profile';
for (let r = 0; r < 3; r++) {
  const tx = await session.beginTransaction();
  const lk = statements[1].lookup!;
  let t = performance.now();
  const res = await tx.run((profile ? 'PROFILE ' : '') + lk.cypher, { ...P, batch: lk.batch(batch) });
  const found = new Map([[lk.name, res.records.map((x) => recordToObject<any>(x))]]);
  console.log(`lookup ${(performance.now() - t).toFixed(0)} ms, ${found.get(lk.name)!.length} rows`);
  if (profile && r === 0) console.log(show(res.summary.profile));
  const rows = statements[1].batch(batch, found);
  t = performance.now();
  const u = await tx.run((profile ? 'PROFILE ' : '') + statements[1].cypher, { ...P, batch: rows });
  console.log(`update ${(performance.now() - t).toFixed(0)} ms, ${rows.length} rows, props set ${u.summary.counters.updates().propertiesSet}`);
  if (profile && r === 0) console.log(show(u.summary.profile));
  t = performance.now();
  await tx.run('UNWIND $batch AS x RETURN count(*)', { ...P, batch: rows });
  console.log(`noop with same params ${(performance.now() - t).toFixed(0)} ms`);
  await tx.rollback();
}
await session.close(); await driver.close();
