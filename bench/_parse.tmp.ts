import { readOnetRelease } from '../src/import/onet/index.js';
import { onetGraph } from '../src/import/onet/onetGraph.js';
import { readEscoRelease } from '../src/import/esco/index.js';
import { escoGraph } from '../src/import/esco/escoGraph.js';
import { ImportStats } from '../src/import/progress.js';
for (let i = 0; i < 2; i++) {
  let t = performance.now();
  const o = await readOnetRelease('/work/wt/shared/datasets/onet/29.3', new ImportStats());
  const t1 = performance.now(); onetGraph(o); const t2 = performance.now();
  console.log(`onet read ${((t1 - t) / 1000).toFixed(2)} s, graph ${((t2 - t1) / 1000).toFixed(2)} s`);
  t = performance.now();
  const e = await readEscoRelease('/work/wt/shared/datasets/esco/v1.1.1', new ImportStats());
  const e1 = performance.now(); escoGraph(e); const e2 = performance.now();
  console.log(`esco read ${((e1 - t) / 1000).toFixed(2)} s, graph ${((e2 - e1) / 1000).toFixed(2)} s`);
}
