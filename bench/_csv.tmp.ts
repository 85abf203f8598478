import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { parseDelimited } from '../src/import/tabular.js';
const files = ['Skills.txt', 'Knowledge.txt', 'Education, Training, and Experience.txt', 'Alternate Titles.txt', 'Technology Skills.txt'];
const text = files.map((f) => readFileSync(`../shared/datasets/onet/29.3/${f}`, 'utf8'));
for (let r = 0; r < 3; r++) {
  let t = performance.now(); for (const s of text) parseDelimited(s, '\t'); const a = performance.now() - t;
  t = performance.now(); for (const s of text) parse(s, { delimiter: '\t', record_delimiter: ['\r\n', '\n'], relax_quotes: true, relax_column_count: true, raw: true }); const b = performance.now() - t;
  t = performance.now(); for (const s of text) parse(s, { delimiter: '\t', record_delimiter: ['\r\n', '\n'], relax_quotes: true, relax_column_count: true }); const c = performance.now() - t;
  t = performance.now(); for (const s of text) parse(s, { delimiter: '\t', relax_quotes: true, relax_column_count: true }); const d = performance.now() - t;
  t = performance.now(); for (const s of text) s.split('\n').map((l) => l.split('\t')); const e = performance.now() - t;
  console.log(`ours ${a.toFixed(0)} | csv-parse raw ${b.toFixed(0)} | no raw ${c.toFixed(0)} | default rd ${d.toFixed(0)} | split ${e.toFixed(0)} ms`);
}
