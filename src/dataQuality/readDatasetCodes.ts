/** Reads the occupation codes of the dataset releases the crosswalks point into (O*NET 29.3, ESCO v1.1.1). */
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { readTable } from '../import/tabular.js';
import type { DatasetCodes } from './model.js';

export const ONET_OCCUPATIONS_FILE = 'onet/29.3/Occupation Data.txt';
export const ESCO_OCCUPATIONS_FILE = 'esco/v1.1.1/classification/en/occupations_en.csv';

const exists = (path: string) => access(path).then(() => true, () => false);

/** The codes under `directory` (shared/datasets), or null when either file is absent. */
export async function readDatasetCodes(directory: string): Promise<DatasetCodes | null> {
  const onetFile = join(directory, ONET_OCCUPATIONS_FILE);
  const escoFile = join(directory, ESCO_OCCUPATIONS_FILE);
  if (!(await exists(onetFile)) || !(await exists(escoFile))) return null;
  const onet = new Set<string>();
  for await (const row of readTable(onetFile, { delimiter: '\t', requiredColumns: ['O*NET-SOC Code'] })) onet.add(row['O*NET-SOC Code']!);
  const esco = new Set<string>();
  for await (const row of readTable(escoFile, { delimiter: ',', requiredColumns: ['conceptUri'] })) esco.add(row.conceptUri!);
  return { onet, esco };
}
