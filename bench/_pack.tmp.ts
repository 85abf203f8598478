import neo4j from 'neo4j-driver';
import { readOnetRelease } from '../src/import/onet/index.js';
import { onetGraph } from '../src/import/onet/onetGraph.js';
import { ImportStats } from '../src/import/progress.js';
import { replaceOutgoing } from '../src/import/bulkCypher.js';
import { toBatches } from '../src/import/importRun.js';
const g = onetGraph(await readOnetRelease('../shared/datasets/onet/29.3', new ImportStats()));
const props = ['importance', 'level', 'importanceRaw', 'levelRaw', 'importanceScale', 'levelScale', 'essential', 'hotTechnology', 'inDemand'];
const statements = replaceOutgoing('Role', 'REQUIRES', ['Skill'], { properties: props });
const batch = toBatches(g.requires, 20000, (i) => i.edges.length)[0];
const driver = neo4j.driver('bolt://127.0.0.1:7763', neo4j.auth.basic('neo4j', 'careergraph-local'));
const session = driver.session({ database: 'neo4j' });
for (let i = 0; i < 5; i++) {
  const rows = statements[1].batch(batch);
  const c0 = process.cpuUsage(); const t = performance.now();
  await session.run('UNWIND $batch AS x RETURN count(*)', { batch: rows });
  const c = process.cpuUsage(c0);
  console.log(`trivial with 20k-edge param: ${(performance.now() - t).toFixed(0)} ms wall, client cpu ${((c.user + c.system) / 1000).toFixed(0)} ms`);
}
await session.close(); await driver.close();
