/**
 * Reads the O*NET 29.3 text release (tab-separated, one table per file) into typed records. No
 * graph decisions here beyond which rows are usable: ids, normalisation and heuristics live in
 * onetGraph.ts, Cypher in importOnet.ts. Every row read, dropped or set aside is counted in the
 * ImportStats, under the file's name or the reason.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ImportStats } from '../progress.js';
import { TabularError, readTable, type Row } from '../tabular.js';

export const ONET_FILES = {
  occupations: 'Occupation Data.txt',
  alternateTitles: 'Alternate Titles.txt',
  contentModel: 'Content Model Reference.txt',
  skills: 'Skills.txt',
  knowledge: 'Knowledge.txt',
  technology: 'Technology Skills.txt',
  related: 'Related Occupations.txt',
  jobZones: 'Job Zones.txt',
  education: 'Education, Training, and Experience.txt',
  educationCategories: 'Education, Training, and Experience Categories.txt',
} as const;

export interface OnetOccupation {
  code: string;
  title: string;
  description: string;
  /** Alternate and short titles, distinct, in file order. */
  alternateTitles: string[];
  jobZone: number | null;
  /** Required Level of Education (RL) category with the highest share of respondents. */
  typicalEducation: { category: number; label: string; percent: number } | null;
}

export interface OnetElement {
  id: string;
  name: string;
  description: string;
  kind: 'SKILL' | 'KNOWLEDGE';
  /** Name of the content-model parent element, e.g. "Social Skills" for 2.B.1.a. */
  category: string;
}

/** One occupation x element rating, the IM row and (when usable) the LV row combined. */
export interface OnetRating {
  code: string;
  elementId: string;
  importance: number;
  /** Null when the LV row is missing or flagged Not Relevant / Recommend Suppress. */
  level: number | null;
}

export interface OnetTechnology {
  /** The product as O*NET names it (the "Example" column). */
  name: string;
  /** The commodity most of its rows use (ties: the lowest code); its category. */
  commodityCode: string;
  commodityTitle: string;
  /** Every UNSPSC commodity the product is listed under (153 products have more than one). */
  commodities: { code: string; title: string }[];
}

export interface OnetTechnologyUse {
  code: string;
  technology: string;
  hotTechnology: boolean;
  inDemand: boolean;
}

export const RELATEDNESS_TIERS = ['Primary-Short', 'Primary-Long', 'Supplemental'] as const;
export type RelatednessTier = (typeof RELATEDNESS_TIERS)[number];

export interface OnetRelated {
  code: string;
  relatedCode: string;
  tier: RelatednessTier;
  /** 1-20, O*NET's rank of the related occupation for this source occupation. */
  index: number;
}

export interface OnetRelease {
  occupations: OnetOccupation[];
  elements: OnetElement[];
  ratings: OnetRating[];
  technologies: OnetTechnology[];
  technologyUses: OnetTechnologyUse[];
  related: OnetRelated[];
}

const TAB = { delimiter: '\t' } as const;
const CODE = 'O*NET-SOC Code';
const RATING_COLUMNS = [CODE, 'Element ID', 'Element Name', 'Scale ID', 'Data Value', 'Recommend Suppress', 'Not Relevant'];

async function* rowsOf(dir: string, file: string, stats: ImportStats, requiredColumns: readonly string[]): AsyncGenerator<Row> {
  for await (const row of readTable(join(dir, file), { ...TAB, requiredColumns })) {
    stats.read(file);
    yield row;
  }
}

/** Rejects a path that is not a directory before any file is opened. */
export async function assertDirectory(dir: string, what: string): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (!info) throw new TabularError(`Missing ${what} directory: ${dir}`);
  if (!info.isDirectory()) throw new TabularError(`Not a directory (${what}): ${dir}`);
}

function number(value: string, file: string, what: string): number {
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed)) throw new TabularError(`${file}: "${value}" is not a number (${what})`);
  return parsed;
}

const flagged = (row: Row) => row['Recommend Suppress'] === 'Y' || row['Not Relevant'] === 'Y';

export async function readOnetRelease(dir: string, stats: ImportStats): Promise<OnetRelease> {
  await assertDirectory(dir, 'O*NET release');
  // Every file is checked before any is parsed, so one run reports everything that is missing.
  const missing: string[] = [];
  for (const file of Object.values(ONET_FILES)) {
    if (!(await stat(join(dir, file)).then((info) => info.isFile(), () => false))) missing.push(join(dir, file));
  }
  if (missing.length > 0) throw new TabularError(`Missing O*NET file(s):\n${missing.map((path) => `  ${path}`).join('\n')}`);
  const occupations = new Map<string, OnetOccupation>();
  for await (const row of rowsOf(dir, ONET_FILES.occupations, stats, [CODE, 'Title', 'Description'])) {
    occupations.set(row[CODE], {
      code: row[CODE],
      title: row.Title.trim(),
      description: row.Description.trim(),
      alternateTitles: [],
      jobZone: null,
      typicalEducation: null,
    });
  }
  const known = (code: string, file: string): OnetOccupation | undefined => {
    const occupation = occupations.get(code);
    if (!occupation) stats.skip(`${file}: occupation code not in ${ONET_FILES.occupations}`);
    return occupation;
  };

  const alternates = new Map<string, Set<string>>();
  for await (const row of rowsOf(dir, ONET_FILES.alternateTitles, stats, [CODE, 'Alternate Title', 'Short Title'])) {
    if (!known(row[CODE], ONET_FILES.alternateTitles)) continue;
    const titles = alternates.get(row[CODE]) ?? new Set<string>();
    for (const title of [row['Alternate Title'], row['Short Title']]) if (title.trim()) titles.add(title.trim());
    alternates.set(row[CODE], titles);
  }
  for (const [code, titles] of alternates) occupations.get(code)!.alternateTitles = [...titles];

  for await (const row of rowsOf(dir, ONET_FILES.jobZones, stats, [CODE, 'Job Zone'])) {
    const occupation = known(row[CODE], ONET_FILES.jobZones);
    if (occupation) occupation.jobZone = number(row['Job Zone'], ONET_FILES.jobZones, 'Job Zone');
  }

  await readTypicalEducation(dir, stats, known);
  const elements = await readElements(dir, stats);
  const ratings = [
    ...(await readRatings(dir, ONET_FILES.skills, stats, known, elements)),
    ...(await readRatings(dir, ONET_FILES.knowledge, stats, known, elements)),
  ];
  const usedElements = new Set(ratings.map((rating) => rating.elementId));
  const { technologies, technologyUses } = await readTechnology(dir, stats, known);

  const related: OnetRelated[] = [];
  const relatedColumns = [CODE, 'Related O*NET-SOC Code', 'Relatedness Tier', 'Index'];
  for await (const row of rowsOf(dir, ONET_FILES.related, stats, relatedColumns)) {
    if (!known(row[CODE], ONET_FILES.related)) continue;
    if (!occupations.has(row['Related O*NET-SOC Code'])) {
      stats.skip(`${ONET_FILES.related}: related occupation code not in ${ONET_FILES.occupations}`);
      continue;
    }
    const tier = row['Relatedness Tier'] as RelatednessTier;
    if (!RELATEDNESS_TIERS.includes(tier)) {
      stats.skip(`${ONET_FILES.related}: unknown Relatedness Tier`);
      continue;
    }
    related.push({ code: row[CODE], relatedCode: row['Related O*NET-SOC Code'], tier, index: number(row.Index, ONET_FILES.related, 'Index') });
  }

  return {
    occupations: [...occupations.values()],
    elements: [...elements.values()].filter((element) => usedElements.has(element.id)),
    ratings,
    technologies,
    technologyUses,
    related,
  };
}

/** Skills (2.A basic, 2.B cross-functional) and Knowledge (2.C) elements from the content model. */
async function readElements(dir: string, stats: ImportStats): Promise<Map<string, OnetElement>> {
  const names = new Map<string, { name: string; description: string }>();
  for await (const row of rowsOf(dir, ONET_FILES.contentModel, stats, ['Element ID', 'Element Name', 'Description'])) {
    names.set(row['Element ID'], { name: row['Element Name'].trim(), description: row.Description.trim() });
  }
  const elements = new Map<string, OnetElement>();
  for (const [id, { name, description }] of names) {
    if (!/^2\.[ABC]\./.test(id)) continue;
    const parentId = id.slice(0, id.lastIndexOf('.'));
    elements.set(id, {
      id,
      name,
      description,
      kind: id.startsWith('2.C.') ? 'KNOWLEDGE' : 'SKILL',
      category: names.get(parentId)?.name ?? '',
    });
  }
  return elements;
}

/**
 * Pairs each occupation x element's IM (importance) and LV (level) rows. A flagged IM row (Not
 * Relevant or Recommend Suppress = Y) drops the requirement; a flagged LV row only drops the
 * level, because O*NET marks a level "not relevant" precisely when the importance is low, and a
 * low-importance requirement is still information.
 */
async function readRatings(
  dir: string,
  file: string,
  stats: ImportStats,
  known: (code: string, file: string) => OnetOccupation | undefined,
  elements: Map<string, OnetElement>,
): Promise<OnetRating[]> {
  const pairs = new Map<string, { im?: Row; lv?: Row }>();
  for await (const row of rowsOf(dir, file, stats, RATING_COLUMNS)) {
    if (!known(row[CODE], file)) continue;
    const scale = row['Scale ID'];
    if (scale !== 'IM' && scale !== 'LV') {
      stats.skip(`${file}: scale other than IM/LV`);
      continue;
    }
    if (!elements.has(row['Element ID'])) {
      stats.skip(`${file}: element not in ${ONET_FILES.contentModel}`);
      continue;
    }
    const key = `${row[CODE]}\u0000${row['Element ID']}`;
    const pair = pairs.get(key) ?? {};
    if (scale === 'IM') pair.im = row;
    else pair.lv = row;
    pairs.set(key, pair);
  }
  const ratings: OnetRating[] = [];
  for (const { im, lv } of pairs.values()) {
    if (!im) {
      stats.skip(`${file}: LV row without an IM row (requirement dropped)`);
      continue;
    }
    if (flagged(im)) {
      stats.skip(`${file}: IM row flagged Not Relevant or Recommend Suppress (requirement dropped)`);
      if (lv) stats.skip(`${file}: LV row of a dropped requirement`);
      continue;
    }
    let level: number | null = null;
    if (lv && flagged(lv)) stats.skip(`${file}: LV row flagged Not Relevant or Recommend Suppress (requirement kept, level null)`);
    else if (lv) level = number(lv['Data Value'], file, 'LV Data Value');
    else stats.note(`${file}: IM row without an LV row (level null)`);
    ratings.push({ code: im[CODE], elementId: im['Element ID'], importance: number(im['Data Value'], file, 'IM Data Value'), level });
  }
  return ratings;
}

async function readTechnology(
  dir: string,
  stats: ImportStats,
  known: (code: string, file: string) => OnetOccupation | undefined,
): Promise<{ technologies: OnetTechnology[]; technologyUses: OnetTechnologyUse[] }> {
  const file = ONET_FILES.technology;
  const columns = [CODE, 'Example', 'Commodity Code', 'Commodity Title', 'Hot Technology', 'In Demand'];
  const commodityCounts = new Map<string, Map<string, { title: string; rows: number }>>();
  const uses = new Map<string, OnetTechnologyUse>();
  for await (const row of rowsOf(dir, file, stats, columns)) {
    if (!known(row[CODE], file)) continue;
    const name = row.Example.trim();
    if (!name) {
      stats.skip(`${file}: empty Example`);
      continue;
    }
    const counts = commodityCounts.get(name) ?? new Map<string, { title: string; rows: number }>();
    const entry = counts.get(row['Commodity Code']) ?? { title: row['Commodity Title'].trim(), rows: 0 };
    entry.rows++;
    counts.set(row['Commodity Code'], entry);
    commodityCounts.set(name, counts);
    const key = `${row[CODE]}\u0000${name}`;
    const previous = uses.get(key);
    const hot = row['Hot Technology'] === 'Y';
    const inDemand = row['In Demand'] === 'Y';
    if (previous) {
      // The same product under two commodities for one occupation: one requirement, flags OR-ed.
      stats.note(`${file}: product listed twice for one occupation (merged)`);
      previous.hotTechnology ||= hot;
      previous.inDemand ||= inDemand;
      continue;
    }
    uses.set(key, { code: row[CODE], technology: name, hotTechnology: hot, inDemand });
  }
  const technologies: OnetTechnology[] = [];
  for (const [name, counts] of commodityCounts) {
    const commodities = [...counts.entries()]
      .map(([code, { title, rows }]) => ({ code, title, rows }))
      .sort((a, b) => b.rows - a.rows || a.code.localeCompare(b.code));
    technologies.push({
      name,
      commodityCode: commodities[0].code,
      commodityTitle: commodities[0].title,
      commodities: commodities.map(({ code, title }) => ({ code, title })).sort((a, b) => a.code.localeCompare(b.code)),
    });
  }
  return { technologies, technologyUses: [...uses.values()] };
}

/** Role.typicalEducation: the RL category most respondents chose (ties: the lower category). */
async function readTypicalEducation(
  dir: string,
  stats: ImportStats,
  known: (code: string, file: string) => OnetOccupation | undefined,
): Promise<void> {
  const labels = new Map<number, string>();
  const categoryColumns = ['Scale ID', 'Category', 'Category Description'];
  for await (const row of rowsOf(dir, ONET_FILES.educationCategories, stats, categoryColumns)) {
    if (row['Scale ID'] === 'RL') labels.set(number(row.Category, ONET_FILES.educationCategories, 'Category'), row['Category Description'].trim());
  }
  const file = ONET_FILES.education;
  for await (const row of rowsOf(dir, file, stats, [CODE, 'Scale ID', 'Category', 'Data Value'])) {
    if (row['Scale ID'] !== 'RL') continue; // RW, PT, OJ (experience, training) are not used yet
    const occupation = known(row[CODE], file);
    if (!occupation) continue;
    const category = number(row.Category, file, 'Category');
    const percent = number(row['Data Value'], file, 'Data Value');
    const best = occupation.typicalEducation;
    if (!best || percent > best.percent || (percent === best.percent && category < best.category)) {
      occupation.typicalEducation = { category, label: labels.get(category) ?? `RL category ${category}`, percent };
    }
  }
}
