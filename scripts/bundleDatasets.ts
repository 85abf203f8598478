/**
 * `npm run bundle:datasets -- <datasets dir> [<out dir>]`: derives the bundled graph (default: data/graph)
 * from the official O*NET 29.3 / ESCO 1.1.1 release files and the crosswalks (src/import/bundle/buildBundle.ts).
 */
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';
import { buildBundle, datasetInputs } from '../src/import/bundle/buildBundle.js';


const [datasetsArgument, outArgument] = process.argv.slice(2);
if (!datasetsArgument) {
  console.error('usage: npm run bundle:datasets -- <datasets dir, e.g. ../shared/datasets> [<out dir>]');
  process.exit(2);
}
const outDir = resolve(outArgument ?? resolve(PROJECT_ROOT, 'data', 'graph'));
const { manifest, seconds } = await buildBundle(datasetInputs(resolve(datasetsArgument)), outDir);
const bytes = manifest.files.reduce((sum, file) => sum + file.bytes, 0);
console.log(
  `Wrote ${outDir}: ${manifest.nodes.toLocaleString('en')} nodes, ${manifest.relationships.toLocaleString('en')} relationships in ` +
    `${manifest.files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB compressed, in ${seconds.toFixed(1)} s.`,
);
