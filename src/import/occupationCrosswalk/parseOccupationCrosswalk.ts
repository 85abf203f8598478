/**
 * Reads Nesta's ESCO→O*NET crosswalk and O*NET's 2010→2019 code crosswalk (../shared/datasets/
 * crosswalks/README.md) and resolves every Nesta row to O*NET 29.3 codes. Nesta matched ESCO to
 * O*NET-SOC 2010 codes in 2020; 325 of its codes are 2010 codes that O*NET's 2019 taxonomy renamed
 * or split, so each row's code goes through the 2010→2019 file when that file knows it as a 2010
 * code, and is kept as is otherwise (the README counts 1,355 codes that are already 29.3 codes).
 * Pure functions over parsed rows, so the rules are unit-tested without files or a database.
 */
import { join } from 'node:path';
import { CROSSWALK_MATCHES_SOURCE } from '../../graph/sources.js';
import { DERIVED_METHOD, type MatchType } from '../../graph/evidence.js';
import type { ImportStats } from '../progress.js';
import { readAll, TabularError, type Row } from '../tabular.js';

export const NESTA_FILE = join('nesta-esco-onet', 'esco_onet_crosswalk_Nov2020.csv');
export const ONET_2010_2019_FILE = join('onet-2010-2019', '2010_to_2019_Crosswalk.csv');
/** Nesta's release date (crosswalks/README.md): the `asOf` of every SAME_OCCUPATION edge. */
export const NESTA_CROSSWALK_AS_OF = '2020-11-23';
/** Nesta's confidence scale is 0.5, 1 or 2 (2 = highest); stored confidence is Nesta's / 2. */
export const NESTA_MAX_CONFIDENCE = 2;

const NESTA_COLUMNS = ['id', 'esco_occupation', 'onet_code', 'onet_occupation', 'matching_job_titles', 'semantic_similarity', 'confidence', 'concept_uri'];
const SOC_COLUMNS = ['soc2010_code', 'soc2010_title', 'soc2019_code', 'soc2019_title'];
const ONET_CODE = /^\d{2}-\d{4}\.\d{2}$/;
const ESCO_URI = /^http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f-]{36}$/;

/** One row of Nesta's file, as read. */
export interface NestaRow {
  /** Nesta-internal id (column `id`). */
  nestaId: string;
  /** Physical line in the file (header = 1). */
  line: number;
  escoUri: string;
  escoTitle: string;
  onetCode: string;
  onetTitle: string;
  /** Titles Nesta found in both classifications ([] for its "na"). */
  matchingTitles: string[];
  /** The raw matching_job_titles when it is neither a list nor "na" (one upstream row holds an ISCO code): read as no titles. */
  malformedTitles?: string;
  semanticSimilarity: number;
  /** 0.5, 1 or 2. */
  confidence: number;
}

/** One row of O*NET's 2010→2019 crosswalk. */
export interface SocStep {
  code2010: string;
  title2010: string;
  code2019: string;
  title2019: string;
}

/** One ESCO occupation → O*NET 29.3 occupation pair, ready to be stored and linked. */
export interface OccupationMatch {
  /** `nesta-esco-onet-2020:match:<nesta id>:<O*NET 29.3 code>`. */
  id: string;
  escoUri: string;
  onetCode: string;
  matchType: MatchType;
  /** Nesta's confidence / 2: 1, 0.5 or 0.25. */
  confidence: number;
  nestaConfidence: number;
  method: typeof DERIVED_METHOD;
  source: typeof CROSSWALK_MATCHES_SOURCE;
  asOf: string;
  /** The Nesta row (and the 2010→2019 step, if any) this pair comes from, for a person to check. */
  evidence: string;
}

/** Parses Nesta's `matching_job_titles`, a Python list literal such as "['a', \"b's\"]", or "na". */
export function parseTitleList(value: string): string[] {
  const text = value.trim();
  if (text === '' || text === 'na' || text === '[]') return [];
  if (!text.startsWith('[') || !text.endsWith(']')) throw new TypeError(`not a list: ${value}`);
  const titles: string[] = [];
  const item = /\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\s*(?:,|$)/gy;
  const body = text.slice(1, -1);
  item.lastIndex = 0;
  while (item.lastIndex < body.length) {
    const match = item.exec(body);
    if (!match) throw new TypeError(`not a list of quoted titles: ${value}`);
    titles.push((match[1] ?? match[2]).replace(/\\(.)/g, '$1'));
  }
  return titles;
}

export function toNestaRow(row: Row, line: number, file = NESTA_FILE): NestaRow {
  const fail = (what: string) => new TabularError(`${file}: line ${line}: ${what}`);
  const confidence = Number(row.confidence);
  if (![0.5, 1, 2].includes(confidence)) throw fail(`confidence "${row.confidence}" is not 0.5, 1 or 2`);
  if (!ONET_CODE.test(row.onet_code)) throw fail(`onet_code "${row.onet_code}" is not an O*NET-SOC code`);
  if (!ESCO_URI.test(row.concept_uri)) throw fail(`concept_uri "${row.concept_uri}" is not an ESCO occupation URI`);
  let matchingTitles: string[] = [];
  let malformedTitles: string | undefined;
  try {
    matchingTitles = parseTitleList(row.matching_job_titles);
  } catch {
    // Upstream row 1753 ("transport planner") has its ISCO code 2164 in this column: no shared title
    // can be read from it, which only keeps the row from counting as EXACT.
    malformedTitles = row.matching_job_titles;
  }
  return {
    nestaId: row.id,
    line,
    escoUri: row.concept_uri,
    escoTitle: row.esco_occupation,
    onetCode: row.onet_code,
    onetTitle: row.onet_occupation,
    matchingTitles,
    ...(malformedTitles === undefined ? {} : { malformedTitles }),
    semanticSimilarity: Number(row.semantic_similarity),
    confidence,
  };
}

/** 2010 code → its 2019 rows (a split 2010 occupation has several). */
export function indexSocSteps(steps: readonly SocStep[]): Map<string, SocStep[]> {
  const index = new Map<string, SocStep[]>();
  for (const step of steps) index.set(step.code2010, [...(index.get(step.code2010) ?? []), step]);
  return index;
}

/**
 * The match type of one resolved pair (the O*NET occupation relative to the ESCO one):
 * EXACT when Nesta rated the row at its highest confidence (2), the two share at least one job title
 * (matching_job_titles), and the code did not split between 2010 and 2019; CLOSE otherwise. Nesta
 * gives one best match per ESCO occupation, not a relation, so nothing here claims BROADER/NARROWER.
 */
export function matchTypeOf(row: NestaRow, split: boolean): MatchType {
  return row.confidence === NESTA_MAX_CONFIDENCE && row.matchingTitles.length > 0 && !split ? 'EXACT' : 'CLOSE';
}

const quote = (text: string) => `"${text}"`;

/** Resolves one Nesta row to one or more O*NET 29.3 codes, with evidence. */
export function resolveNestaRow(row: NestaRow, socSteps: ReadonlyMap<string, readonly SocStep[]>): OccupationMatch[] {
  const steps = socSteps.get(row.onetCode);
  const targets = steps ? steps.map((step) => ({ code: step.code2019, step })) : [{ code: row.onetCode, step: undefined }];
  const split = targets.length > 1;
  const nesta =
    `Nesta ESCO-O*NET crosswalk (Nov 2020) row id ${row.nestaId} (line ${row.line}): ESCO ${quote(row.escoTitle)} -> ` +
    `O*NET ${row.onetCode} ${quote(row.onetTitle)}, confidence ${row.confidence}, semantic similarity ${row.semanticSimilarity.toFixed(3)}` +
    (row.matchingTitles.length > 0
      ? `, shared titles ${row.matchingTitles.map(quote).join(', ')}`
      : row.malformedTitles !== undefined
        ? `, matching_job_titles ${quote(row.malformedTitles)} (not a title list; read as none)`
        : ', no shared titles');
  return targets.map(({ code, step }) => {
    const via = !step
      ? ''
      : step.code2019 === step.code2010
        ? `; O*NET-SOC 2010 code unchanged in 2019 (2010_to_2019_Crosswalk.csv)`
        : `; O*NET-SOC 2010 ${step.code2010} ${quote(step.title2010)} -> 2019 ${step.code2019} ${quote(step.title2019)} (2010_to_2019_Crosswalk.csv${split ? `, one of ${targets.length} 2019 codes` : ''})`;
    return {
      id: `${CROSSWALK_MATCHES_SOURCE}:match:${row.nestaId}:${code}`,
      escoUri: row.escoUri,
      onetCode: code,
      matchType: matchTypeOf(row, split),
      confidence: row.confidence / NESTA_MAX_CONFIDENCE,
      nestaConfidence: row.confidence,
      method: DERIVED_METHOD,
      source: CROSSWALK_MATCHES_SOURCE,
      asOf: NESTA_CROSSWALK_AS_OF,
      evidence: nesta + via,
    };
  });
}

export interface OccupationCrosswalk {
  rows: NestaRow[];
  matches: OccupationMatch[];
  /** Rows whose code was renamed or split between 2010 and 2019 (at least one 2019 code differs). */
  renamed: number;
  /** Rows whose 2010 code split into several 2019 codes. */
  split: number;
}

export function resolveCrosswalk(rows: readonly NestaRow[], steps: readonly SocStep[]): OccupationCrosswalk {
  const index = indexSocSteps(steps);
  const matches: OccupationMatch[] = [];
  let renamed = 0;
  let split = 0;
  const seen = new Set<string>();
  for (const row of rows) {
    const resolved = resolveNestaRow(row, index);
    const stepsOf = index.get(row.onetCode);
    if (stepsOf && stepsOf.some((step) => step.code2019 !== row.onetCode)) renamed++;
    if (resolved.length > 1) split++;
    for (const match of resolved) {
      // One edge per (ESCO occupation, O*NET code): a repeated pair keeps its first row's evidence.
      const key = `${match.escoUri} ${match.onetCode}`;
      if (seen.has(key)) continue;
      seen.add(key);
      matches.push(match);
    }
  }
  return { rows: [...rows], matches, renamed, split };
}

/** Reads both files from the crosswalks directory (../shared/datasets/crosswalks). */
export async function readOccupationCrosswalk(dir: string, stats?: ImportStats): Promise<OccupationCrosswalk> {
  const nestaPath = join(dir, NESTA_FILE);
  const socPath = join(dir, ONET_2010_2019_FILE);
  const nesta = await readAll(nestaPath, { delimiter: ',', requiredColumns: NESTA_COLUMNS });
  // O*NET's file as re-serialised upstream: ';'-delimited, BOM, CRLF (the reader handles BOM and CRLF).
  const soc = await readAll(socPath, { delimiter: ';', requiredColumns: SOC_COLUMNS });
  stats?.read(NESTA_FILE, nesta.length);
  // Nesta's file has no field spanning lines, so record n (0-based) is on line n + 2.
  const rows = nesta.map((row, index) => toNestaRow(row, index + 2, nestaPath));
  stats?.read(ONET_2010_2019_FILE, soc.length);
  const malformed = rows.filter((row) => row.malformedTitles !== undefined).length;
  if (malformed > 0) stats?.note('Nesta rows whose matching_job_titles is not a list (read as none)', malformed);
  const steps = soc.map((row, index): SocStep => {
    if (!ONET_CODE.test(row.soc2010_code) || !ONET_CODE.test(row.soc2019_code)) {
      throw new TabularError(`${socPath}: line ${index + 2}: not an O*NET-SOC code pair`);
    }
    return { code2010: row.soc2010_code, title2010: row.soc2010_title, code2019: row.soc2019_code, title2019: row.soc2019_title };
  });
  return resolveCrosswalk(rows, steps);
}
