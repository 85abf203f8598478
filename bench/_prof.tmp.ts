import neo4j from 'neo4j-driver';
import { readOnetRelease } from '../src/import/onet/index.js';
import { onetGraph } from '../src/import/onet/onetGraph.js';
import { ImportStats } from '../src/import/progress.js';
import { replaceOutgoing, withIntegers } from '../src/import/bulkCypher.js';
import { toBatches } from '../src/import/importRun.js';

const g = onetGraph(await readOnetRelease('../shared/datasets/onet/29.3', new ImportStats()));
const props = ['importance', 'level', 'importanceRaw', 'levelRaw', 'importanceScale', 'levelScale', 'essential', 'hotTechnology', 'inDemand'];
const statements = replaceOutgoing('Role', 'REQUIRES', ['Skill'], { properties: props });
const batch = toBatches(g.requires, 20000, (i) => i.edges.length)[0];
const driver = neo4j.driver('bolt://127.0.0.1:7763', neo4j.auth.basic('neo4j', 'careergraph-local'));
const session = driver.session({ database: 'neo4j' });
function show(plan: any, depth = 0): string {
  const a = plan.arguments ?? {};
  const line = `${'  '.repeat(depth)}${plan.operatorType} rows=${plan.rows} dbHits=${plan.dbHits} ${a.Details ? String(a.Details).slice(0, 120) : ''} ${a.Time ? 'time=' + a.Time : ''}`;
  return [line, ...plan.children.map((c: any) => show(c, depth + 1))].join('\n');
}
const mode = process.argv[2] ?? 'plain';
for (const st of statements) {
  const tx = await session.beginTransaction();
  const rows = st.batch(batch);
  const t = performance.now();
  const r = await tx.run((mode === 'profile' ? 'PROFILE ' : '') + st.cypher, { batch: rows, source: 'onet-29.3', asOf: '2025-05-01', method: 'derived' });
  const ms = performance.now() - t;
  console.log(`--- ${ms.toFixed(0)} ms ${st.cypher.replace(/\s+/g, ' ').slice(0, 140)}`);
  if (mode === 'profile') console.log(show(r.summary.profile));
  await tx.rollback();
}
await session.close();
await driver.close();
