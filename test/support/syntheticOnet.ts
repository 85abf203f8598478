/**
 * A larger O*NET release made from the hand-written fixtures, for tests that need an import long
 * enough to interrupt: every row that names occupations is repeated `copies` times, copy k with
 * each O*NET-SOC code's detail digits replaced by k (15-1241.00 -> 15-1241.07), so copies are
 * distinct occupations with the fixtures' skills, ratings and related-occupation links.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';

const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'onet');
const SOC_CODE = /\b(\d{2}-\d{4})\.\d{2}\b/;
const SOC_CODES = new RegExp(SOC_CODE.source, 'g');

export async function writeSyntheticOnetRelease(targetDir: string, copies: number): Promise<void> {
  if (!Number.isInteger(copies) || copies < 1 || copies > 100) throw new Error('copies must be 1..100 (two detail digits)');
  await mkdir(targetDir, { recursive: true });
  for (const file of await readdir(FIXTURES)) {
    const [header, ...rows] = (await readFile(join(FIXTURES, file), 'utf8')).split('\n').filter((line) => line.length > 0);
    const out = [header!];
    for (let copy = 0; copy < copies; copy++) {
      const detail = String(copy).padStart(2, '0');
      for (const row of rows) {
        if (SOC_CODE.test(row)) out.push(row.replace(SOC_CODES, `$1.${detail}`));
        else if (copy === 0) out.push(row); // reference data (content model, categories): once
      }
    }
    await writeFile(join(targetDir, file), `${out.join('\n')}\n`);
  }
}
