/**
 * `npm run derive:skill-matches [-- --onet <dir> --esco <dir> --seeds <dir>]`: proposes EXACT
 * matches between the curated skills (seeds/skills/) and the skills of O*NET 29.3 and ESCO 1.1.1,
 * and writes them to seeds/skill-matches.yaml. The rule is a label rule, nothing more: a curated
 * skill's name or alias equals, under the project's SkillName key (src/graph/skillNameKey.ts), an
 * ESCO skill's preferredLabel or altLabel, an O*NET Technology Skills `Example`, or an O*NET Skills /
 * Knowledge element name. The output is sorted and stable, so re-running it over the same files
 * reproduces the checked-in file byte for byte (test/seeds/skillMatches.test.ts checks that).
 * Hand decisions (CLOSE/BROADER/NARROWER, corrections, rejected homonyms) live in
 * seeds/skill-matches.curated.yaml, which this script never writes.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { PROJECT_ROOT } from '../src/config.js';
import { DERIVED_METHOD } from '../src/graph/evidence.js';
import { skillNameKey } from '../src/graph/skillNameKey.js';
import { skillSeedSchema, type SkillMatchSeed, type SkillSeed } from '../src/import/seeds/seedSchema.js';
import { matchPairKey } from '../src/import/skillMatches.js';
import { readTable, splitLines } from '../src/import/tabular.js';

export const DEFAULT_ONET_DIR = resolve(PROJECT_ROOT, '..', 'shared', 'datasets', 'onet', '29.3');
export const DEFAULT_ESCO_DIR = resolve(PROJECT_ROOT, '..', 'shared', 'datasets', 'esco', 'v1.1.1');
export const SKILL_MATCHES_FILE = 'skill-matches.yaml';

/** A label of a target skill, with the words the evidence uses to name where it was found. */
interface TargetLabel {
  target: Pick<SkillMatchSeed, 'esco' | 'onet' | 'onetTechnology'>;
  /** e.g. `ESCO altLabel`, `O*NET Technology Skills Example`. */
  field: string;
  label: string;
  /** Lower wins when one curated skill reaches one target through several labels. */
  rank: number;
}

/** The curated skills, read from seeds/skills/ only (a broken match file must not stop its own regeneration). */
export async function readCuratedSkills(seedsDir: string): Promise<SkillSeed[]> {
  const dir = join(seedsDir, 'skills');
  const files = (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name)).sort();
  const skills: SkillSeed[] = [];
  for (const file of files) {
    const raw = parse(await readFile(join(dir, file), 'utf8')) as { skills?: unknown[] } | null;
    for (const item of raw?.skills ?? []) skills.push(skillSeedSchema.parse(item));
  }
  return skills;
}

async function escoLabels(escoDir: string): Promise<TargetLabel[]> {
  const labels: TargetLabel[] = [];
  const path = join(escoDir, 'classification', 'en', 'skills_en.csv');
  for await (const row of readTable(path, { delimiter: ',', requiredColumns: ['conceptUri', 'preferredLabel', 'altLabels'] })) {
    const esco = row.conceptUri;
    labels.push({ target: { esco }, field: 'ESCO preferredLabel', label: row.preferredLabel, rank: 0 });
    for (const alt of splitLines(row.altLabels)) labels.push({ target: { esco }, field: 'ESCO altLabel', label: alt, rank: 1 });
  }
  return labels;
}

async function onetLabels(onetDir: string): Promise<TargetLabel[]> {
  const labels: TargetLabel[] = [];
  const examples = new Set<string>();
  for await (const row of readTable(join(onetDir, 'Technology Skills.txt'), { delimiter: '\t', requiredColumns: ['Example'] })) {
    examples.add(row.Example);
  }
  for (const example of examples) {
    labels.push({ target: { onetTechnology: example }, field: 'O*NET Technology Skills Example', label: example, rank: 0 });
  }
  for (const [file, what] of [
    ['Skills.txt', 'O*NET Skills element'],
    ['Knowledge.txt', 'O*NET Knowledge element'],
  ] as const) {
    const elements = new Map<string, string>();
    for await (const row of readTable(join(onetDir, file), { delimiter: '\t', requiredColumns: ['Element ID', 'Element Name'] })) {
      elements.set(row['Element ID'], row['Element Name'].trim());
    }
    for (const [onet, name] of elements) labels.push({ target: { onet }, field: what, label: name, rank: 0 });
  }
  return labels;
}

const quote = (text: string) => `"${text}"`;

/** The EXACT matches the label rule finds, sorted by skill, then target kind and value. */
export async function deriveSkillMatches(options: { seedsDir: string; onetDir: string; escoDir: string }): Promise<SkillMatchSeed[]> {
  const skills = await readCuratedSkills(options.seedsDir);
  const curatedByKey = new Map<string, Array<{ skill: SkillSeed; label: string; rank: number }>>();
  for (const skill of skills) {
    [skill.name, ...skill.aliases].forEach((label, index) => {
      const key = skillNameKey(label);
      curatedByKey.set(key, [...(curatedByKey.get(key) ?? []), { skill, label, rank: index === 0 ? 0 : 1 }]);
    });
  }
  const best = new Map<string, { match: SkillMatchSeed; rank: number }>();
  for (const target of [...(await escoLabels(options.escoDir)), ...(await onetLabels(options.onetDir))]) {
    for (const curated of curatedByKey.get(skillNameKey(target.label)) ?? []) {
      const curatedField = curated.rank === 0 ? 'name' : 'alias';
      const match: SkillMatchSeed = {
        skill: curated.skill.slug,
        ...target.target,
        matchType: 'EXACT',
        method: DERIVED_METHOD,
        evidence: `curated ${curatedField} ${quote(curated.label)} = ${target.field} ${quote(target.label)}`,
        reject: false,
      };
      // Prefer the curated name over an alias, then the target's preferred label over an alternative.
      const rank = curated.rank * 2 + target.rank;
      const key = matchPairKey(match);
      const previous = best.get(key);
      if (!previous || rank < previous.rank || (rank === previous.rank && match.evidence < previous.match.evidence)) best.set(key, { match, rank });
    }
  }
  return [...best.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, { match }]) => match);
}

/** The file's text: a header, then one entry per match in the agreed key order. */
export function renderSkillMatches(matches: readonly SkillMatchSeed[]): string {
  const entries = matches.map(({ skill, esco, onet, onetTechnology, matchType, method, evidence }) => ({
    skill,
    ...(esco !== undefined ? { esco } : {}),
    ...(onet !== undefined ? { onet } : {}),
    ...(onetTechnology !== undefined ? { onetTechnology } : {}),
    matchType,
    method,
    evidence,
  }));
  const header = [
    '# GENERATED by `npm run derive:skill-matches` (scripts/deriveSkillMatches.ts): do not edit by hand.',
    '# EXACT matches of curated skills to ESCO 1.1.1 skills and O*NET 29.3 elements / technologies, found by',
    '# the label rule (curated name or alias = ESCO preferredLabel/altLabel, O*NET Technology Skills Example, or',
    '# O*NET Skills/Knowledge element name, compared by the SkillName key). Hand decisions and corrections:',
    '# seeds/skill-matches.curated.yaml. Format: seeds/README.md.',
  ].join('\n');
  return `${header}\n${stringify({ matches: entries }, { lineWidth: 0 })}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      onet: { type: 'string', default: DEFAULT_ONET_DIR },
      esco: { type: 'string', default: DEFAULT_ESCO_DIR },
      seeds: { type: 'string', default: join(PROJECT_ROOT, 'seeds') },
    },
  });
  const matches = await deriveSkillMatches({ seedsDir: values.seeds, onetDir: values.onet, escoDir: values.esco });
  const path = join(values.seeds, SKILL_MATCHES_FILE);
  await writeFile(path, renderSkillMatches(matches));
  const skills = new Set(matches.map((match) => match.skill)).size;
  console.error(`[derive:skill-matches] ${matches.length} matches for ${skills} curated skills -> ${path}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
