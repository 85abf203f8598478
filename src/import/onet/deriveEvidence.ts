/**
 * Derives, from O*NET files, the values and evidence behind curated seed facts (issue 12):
 *
 * - requirements: for each curated role with O*NET codes and each requirement whose skill has an
 *   EXACT or CLOSE match (seeds/skill-matches*.yaml) to an O*NET element or technology, the mean
 *   O*NET importance (IM 1-5) and level (LV 0-7) of the matched element(s) over the role's codes that
 *   rate them. EXACT matches are used when a skill has any, else CLOSE ones, so a close neighbour
 *   never dilutes an exact one. Rows O*NET flags "Recommend Suppress" are left out (O*NET advises
 *   against using them). Technology has no rating in O*NET, only Hot Technology / In Demand flags per
 *   occupation, so a technology match yields evidence (which codes list it, with which flags) and no
 *   numbers;
 * - progression evidence: for each move between curated roles with O*NET codes, the pairs (source
 *   code → target code) that O*NET 29.3 Related Occupations lists, and those the legacy 25.x Career
 *   Changers Matrix lists (an older release, kept as secondary evidence). Both tables are directed;
 *   only the direction of the move counts. A code both roles are crosswalked to is left out of the
 *   pairs: two roles sharing an occupation are "related" through their other codes trivially (ml-engineer
 *   and senior-ml-engineer share both codes, and O*NET relates those codes to each other), which says
 *   nothing about the move. Shared codes are recorded instead, as what they are.
 *
 * Pure over its inputs (the seeds, the match lists, the files' rows) so re-running reproduces the
 * checked-in seeds/derived files byte for byte.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { z } from 'zod';
import { MATCH_TYPES, type MatchType } from '../../graph/evidence.js';
import type { DerivedRequirement, ProgressionEvidence } from '../seeds/derivedSeeds.js';
import { readSeeds } from '../seeds/readSeeds.js';
import type { RoleSeed } from '../seeds/seedSchema.js';
import { assertReadable, readTable, type Row } from '../tabular.js';

/** One row of the agreed skill-match files (seeds/skill-matches.yaml, seeds/skill-matches.curated.yaml). */
export interface SkillMatch {
  skill: string;
  esco?: string;
  onet?: string;
  onetTechnology?: string;
  matchType: MatchType;
  method: string;
  evidence?: string;
}

export const DERIVING_MATCH_TYPES: readonly MatchType[] = ['EXACT', 'CLOSE'];

export const ONET_RELEASE_FILES = {
  skills: 'Skills.txt',
  knowledge: 'Knowledge.txt',
  technology: 'Technology Skills.txt',
  related: 'Related Occupations.txt',
} as const;
export const CAREER_CHANGERS_FILE = 'Career Changers Matrix.txt';

interface Rating {
  elementName: string;
  file: string;
  im?: number;
  lv?: number;
}
interface TechnologyUse {
  hot: boolean;
  inDemand: boolean;
}
interface RelatedPair {
  toTitle: string;
  tier: string;
  index: number;
}

/** The O*NET rows the derivation needs, restricted to the curated roles' codes. */
export interface OnetEvidenceTables {
  /** code -> element id -> rating */
  ratings: Map<string, Map<string, Rating>>;
  /** code -> technology example -> flags */
  technology: Map<string, Map<string, TechnologyUse>>;
  /** "from\tto" -> related-occupation row */
  related: Map<string, RelatedPair>;
  /** "from\tto" -> career-changers index; null when the legacy file is absent */
  careerChangers: Map<string, { toTitle: string; index: number }> | null;
}

const pairKey = (from: string, to: string) => `${from}\t${to}`;

async function eachRow(path: string, requiredColumns: string[], visit: (row: Row) => void): Promise<void> {
  for await (const row of readTable(path, { delimiter: '\t', requiredColumns })) visit(row);
}

/** Reads the O*NET 29.3 tables (and the legacy Career Changers Matrix when `legacyDir` has it) for `codes`. */
export async function readOnetEvidence(onetDir: string, legacyDir: string | null, codes: ReadonlySet<string>): Promise<OnetEvidenceTables> {
  const ratings = new Map<string, Map<string, Rating>>();
  for (const file of [ONET_RELEASE_FILES.skills, ONET_RELEASE_FILES.knowledge]) {
    await eachRow(join(onetDir, file), ['O*NET-SOC Code', 'Element ID', 'Element Name', 'Scale ID', 'Data Value', 'Recommend Suppress'], (row) => {
      const code = row['O*NET-SOC Code']!;
      if (!codes.has(code) || row['Recommend Suppress'] === 'Y') return;
      const scale = row['Scale ID'];
      if (scale !== 'IM' && scale !== 'LV') return;
      const byElement = ratings.get(code) ?? new Map<string, Rating>();
      ratings.set(code, byElement);
      const id = row['Element ID']!;
      const rating = byElement.get(id) ?? { elementName: row['Element Name']!, file };
      byElement.set(id, rating);
      rating[scale === 'IM' ? 'im' : 'lv'] = Number(row['Data Value']);
    });
  }
  const technology = new Map<string, Map<string, TechnologyUse>>();
  await eachRow(join(onetDir, ONET_RELEASE_FILES.technology), ['O*NET-SOC Code', 'Example', 'Hot Technology', 'In Demand'], (row) => {
    const code = row['O*NET-SOC Code']!;
    if (!codes.has(code)) return;
    const byExample = technology.get(code) ?? new Map<string, TechnologyUse>();
    technology.set(code, byExample);
    byExample.set(row['Example']!, { hot: row['Hot Technology'] === 'Y', inDemand: row['In Demand'] === 'Y' });
  });
  const related = new Map<string, RelatedPair>();
  await eachRow(
    join(onetDir, ONET_RELEASE_FILES.related),
    ['O*NET-SOC Code', 'Related O*NET-SOC Code', 'Related Title', 'Relatedness Tier', 'Index'],
    (row) => {
      const from = row['O*NET-SOC Code']!;
      const to = row['Related O*NET-SOC Code']!;
      if (codes.has(from) && codes.has(to)) {
        related.set(pairKey(from, to), { toTitle: row['Related Title']!, tier: row['Relatedness Tier']!, index: Number(row['Index']) });
      }
    },
  );
  let careerChangers: OnetEvidenceTables['careerChangers'] = null;
  if (legacyDir !== null) {
    const path = join(legacyDir, CAREER_CHANGERS_FILE);
    const present = await assertReadable(path).then(
      () => true,
      () => false,
    );
    if (present) {
      careerChangers = new Map();
      await eachRow(path, ['O*NET-SOC Code', 'Related O*NET-SOC Code', 'Related Title', 'Index'], (row) => {
        const from = row['O*NET-SOC Code']!;
        const to = row['Related O*NET-SOC Code']!;
        if (codes.has(from) && codes.has(to)) careerChangers!.set(pairKey(from, to), { toTitle: row['Related Title']!, index: Number(row['Index']) });
      });
    }
  }
  return { ratings, technology, related, careerChangers };
}

/** Every O*NET code the curated roles are crosswalked to. */
export function crosswalkedCodes(roles: readonly RoleSeed[]): Set<string> {
  return new Set(roles.flatMap((role) => onetCodesOf(role)));
}

const two = (value: number) => Math.round(value * 100) / 100;
const mean = (values: number[]) => (values.length ? two(values.reduce((sum, value) => sum + value, 0) / values.length) : null);
const fixed = (value: number) => value.toFixed(2);

/** The matches a requirement can be derived from, best tier only (EXACT over CLOSE). */
function usableMatches(matches: readonly SkillMatch[], skill: string) {
  const mine = matches.filter((match) => match.skill === skill && DERIVING_MATCH_TYPES.includes(match.matchType));
  const tier = mine.some((match) => match.matchType === 'EXACT') ? 'EXACT' : 'CLOSE';
  const best = mine.filter((match) => match.matchType === tier);
  const unique = (values: (string | undefined)[]) => [...new Set(values.filter((value): value is string => !!value))].sort();
  return { tier: tier as MatchType, elements: unique(best.map((m) => m.onet)), technologies: unique(best.map((m) => m.onetTechnology)) };
}

export function deriveRequirements(roles: readonly RoleSeed[], matches: readonly SkillMatch[], tables: OnetEvidenceTables): DerivedRequirement[] {
  const out: DerivedRequirement[] = [];
  for (const role of roles) {
    const codes = onetCodesOf(role);
    if (codes.length === 0) continue;
    for (const requirement of role.skills) {
      const { tier, elements, technologies } = usableMatches(matches, requirement.skill);
      if (elements.length === 0 && technologies.length === 0) continue;
      const ims: number[] = [];
      const lvs: number[] = [];
      const used = new Set<string>();
      const parts: string[] = [];
      for (const element of elements) {
        const rated: string[] = [];
        let name = element;
        let file: string = ONET_RELEASE_FILES.skills;
        for (const code of codes) {
          const rating = tables.ratings.get(code)?.get(element);
          if (!rating || rating.im === undefined || rating.lv === undefined) continue;
          name = rating.elementName;
          file = rating.file;
          ims.push(rating.im);
          lvs.push(rating.lv);
          used.add(code);
          rated.push(`IM ${fixed(rating.im)} / LV ${fixed(rating.lv)} for ${code}`);
        }
        if (rated.length > 0) parts.push(`O*NET 29.3 ${file}, ${element} "${name}" (${tier} match): ${rated.join('; ')}.`);
      }
      const techParts: string[] = [];
      for (const example of technologies) {
        const listing: string[] = [];
        for (const code of codes) {
          const use = tables.technology.get(code)?.get(example);
          if (!use) continue;
          used.add(code);
          const flags = [use.hot ? 'Hot Technology' : null, use.inDemand ? 'In Demand' : null].filter(Boolean).join(', ');
          listing.push(flags ? `${code} (${flags})` : code);
        }
        if (listing.length > 0) techParts.push(`O*NET 29.3 Technology Skills.txt lists "${example}" (${tier} match) for ${listing.join(', ')}; O*NET rates no importance or level for technology.`);
      }
      if (parts.length === 0 && techParts.length === 0) continue;
      const importance = mean(ims);
      const level = mean(lvs);
      const unrated = codes.filter((code) => !used.has(code));
      const summary = importance !== null && level !== null ? `Mean over rated codes: IM ${fixed(importance)}, LV ${fixed(level)}.` : null;
      const gaps = unrated.length ? `Not rated or listed for ${unrated.join(', ')}.` : null;
      out.push({
        role: role.slug,
        skill: requirement.skill,
        onetElements: elements,
        onetTechnologies: technologies,
        matchType: tier,
        importance,
        level,
        codes: codes.filter((code) => used.has(code)),
        unrated,
        evidence: [...parts, summary, ...techParts, gaps].filter(Boolean).join(' '),
      });
    }
  }
  return out;
}

export function deriveProgressionEvidence(roles: readonly RoleSeed[], tables: OnetEvidenceTables): ProgressionEvidence[] {
  const bySlug = new Map(roles.map((role) => [role.slug, role]));
  const out: ProgressionEvidence[] = [];
  for (const role of roles) {
    for (const next of role.nextRoles) {
      const target = bySlug.get(next.role);
      if (!target || onetCodesOf(role).length === 0 || onetCodesOf(target).length === 0) continue;
      const relatedOccupations: ProgressionEvidence['relatedOccupations'] = [];
      const careerChangers: ProgressionEvidence['careerChangers'] = [];
      const said: string[] = [];
      const changed: string[] = [];
      const sharedCodes = onetCodesOf(role).filter((code) => onetCodesOf(target).includes(code));
      for (const from of onetCodesOf(role).filter((code) => !sharedCodes.includes(code))) {
        for (const to of onetCodesOf(target).filter((code) => !sharedCodes.includes(code))) {
          const related = tables.related.get(pairKey(from, to));
          if (related) {
            relatedOccupations.push({ from, to, tier: related.tier, index: related.index });
            said.push(`${to} ${related.toTitle} for ${from} (${related.tier}, #${related.index})`);
          }
          const changer = tables.careerChangers?.get(pairKey(from, to));
          if (changer) {
            careerChangers.push({ from, to, index: changer.index });
            changed.push(`${to} ${changer.toTitle} for ${from} (#${changer.index})`);
          }
        }
      }
      if (said.length === 0 && changed.length === 0 && sharedCodes.length === 0) continue;
      out.push({
        from: role.slug,
        to: next.role,
        sharedCodes,
        relatedOccupations,
        careerChangers,
        evidence: [
          sharedCodes.length
            ? `Both roles are crosswalked to O*NET ${sharedCodes.join(', ')}: O*NET sees one occupation there and has no move within it.`
            : null,
          said.length ? `O*NET 29.3 Related Occupations.txt lists ${said.join('; ')}.` : null,
          changed.length ? `Legacy O*NET 25.x Career Changers Matrix (an older release) lists ${changed.join('; ')}.` : null,
        ]
          .filter(Boolean)
          .join(' '),
      });
    }
  }
  return out;
}

/** The checked-in text of a derived file: a header saying how it was made, then the YAML. */
export function derivedFileText(header: readonly string[], document: object): string {
  return `${header.map((line) => `# ${line}`.trimEnd()).join('\n')}\n${stringify(document, { lineWidth: 0 })}`;
}

// Not strict: the vocabulary's files may carry keys this derivation does not read.
const skillMatchSchema = z.object({
  skill: z.string().min(1),
  esco: z.string().min(1).optional(),
  onet: z.string().min(1).optional(),
  onetTechnology: z.string().min(1).optional(),
  matchType: z.enum(MATCH_TYPES),
  method: z.string().min(1),
  evidence: z.string().optional(),
  /** In the curated file: withdraws the derived entry of the same skill and target. */
  reject: z.boolean().optional(),
});
const skillMatchFileSchema = z.object({ matches: z.array(skillMatchSchema).default([]) });

const matchKey = (match: SkillMatch) => [match.skill, match.esco ?? '', match.onet ?? '', match.onetTechnology ?? ''].join('\u0000');

/**
 * The agreed match files, in order (derived, then curated); a missing file reads as no matches (before
 * the vocabulary exists). A later entry for the same skill and target replaces an earlier one (a curator's
 * corrected match type), and `reject: true` withdraws it.
 */
export async function readSkillMatches(paths: readonly string[]): Promise<{ matches: SkillMatch[]; read: string[] }> {
  const byKey = new Map<string, SkillMatch>();
  const read: string[] = [];
  for (const path of paths) {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    read.push(path);
    for (const { reject, ...match } of skillMatchFileSchema.parse(parse(text) ?? {}).matches) {
      byKey.delete(matchKey(match));
      if (!reject) byKey.set(matchKey(match), match);
    }
  }
  return { matches: [...byKey.values()], read };
}

export const SKILL_MATCH_FILES = ['skill-matches.yaml', 'skill-matches.curated.yaml'] as const;

export interface DerivedFiles {
  requirements: string;
  progressions: string;
  requirementCount: number;
  numericRequirementCount: number;
  progressionCount: number;
  /** Moves with a Related Occupations or Career Changers pair (not only shared codes). */
  supportedMoveCount: number;
  curatedRequirementCount: number;
  curatedMoveCount: number;
}

/** Both seeds/derived files' texts, from the curated seeds, the match files and the dataset directory. */
export async function buildDerivedFiles(options: { seedsDir: string; matchFiles: readonly string[]; datasetsDir: string }): Promise<DerivedFiles> {
  const seeds = await readSeeds(options.seedsDir);
  const { matches, read } = await readSkillMatches(options.matchFiles);
  const codes = crosswalkedCodes(seeds.roles);
  const tables = await readOnetEvidence(join(options.datasetsDir, 'onet', '29.3'), join(options.datasetsDir, 'onet', 'legacy-25.x'), codes);
  const requirements = deriveRequirements(seeds.roles, matches, tables);
  const progressions = deriveProgressionEvidence(seeds.roles, tables);
  const matchNames = read.length ? read.map((path) => basename(path)).join(', ') : 'none found (no skill-match file yet)';
  const numeric = requirements.filter((entry) => entry.importance !== null).length;
  const crosswalked = seeds.roles.filter((role) => onetCodesOf(role).length > 0);
  const curatedRequirementCount = seeds.roles.reduce((sum, role) => sum + role.skills.length, 0);
  const curatedMoveCount = seeds.roles.reduce((sum, role) => sum + role.nextRoles.length, 0);
  const supported = progressions.filter((entry) => entry.relatedOccupations.length + entry.careerChangers.length > 0).length;
  const related = progressions.filter((entry) => entry.relatedOccupations.length > 0).length;
  const changers = progressions.filter((entry) => entry.careerChangers.length > 0).length;
  const sharedOnly = progressions.length - supported;
  return {
    requirementCount: requirements.length,
    numericRequirementCount: numeric,
    progressionCount: progressions.length,
    supportedMoveCount: supported,
    curatedRequirementCount,
    curatedMoveCount,
    requirements: derivedFileText(
      [
        'Generated by `npm run derive:requirements` (scripts/deriveRequirements.ts, src/import/onet/deriveEvidence.ts). Do not edit by hand.',
        'Inputs: O*NET 29.3 Skills.txt, Knowledge.txt, Technology Skills.txt (../shared/datasets/onet/29.3), the curated',
        `roles' O*NET crosswalk codes (seeds/roles), and the skill matches in ${matchNames}.`,
        `${requirements.length} of ${curatedRequirementCount} curated requirements (${crosswalked.length} roles with O*NET codes) have O*NET evidence;`,
        `${numeric} of them have O*NET importance and level (mean IM 1-5 / LV 0-7 over the role's rated codes).`,
        'Contains information from the O*NET 29.3 Database by USDOL/ETA, used under CC BY 4.0; Career Graph has',
        'derived values from it. USDOL/ETA has not approved, endorsed, or tested these modifications.',
      ],
      { requirements },
    ),
    progressions: derivedFileText(
      [
        'Generated by `npm run derive:requirements` (scripts/deriveRequirements.ts, src/import/onet/deriveEvidence.ts). Do not edit by hand.',
        'Inputs: O*NET 29.3 Related Occupations.txt and the legacy O*NET 25.x Career Changers Matrix (../shared/datasets/onet),',
        "and the curated moves between roles with O*NET crosswalk codes (seeds/roles). Pairs count in the move's direction only.",
        `${supported} of ${curatedMoveCount} curated moves have O*NET support (${related} in Related Occupations, ${changers} in Career Changers);`,
        `${sharedOnly} more only share an O*NET code between the two roles (recorded, not support).`,
        'Contains information from the O*NET 29.3 and 25.x Databases by USDOL/ETA, used under CC BY 4.0.',
      ],
      { progressions },
    ),
  };
}

/** A role's O*NET crosswalk codes (whatever their match type: the evidence strings name each code). */
function onetCodesOf(role: RoleSeed): string[] {
  return role.crosswalk.onet.map((entry) => entry.code);
}
