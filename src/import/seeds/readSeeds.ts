/**
 * Reads every seed file under a directory, validates each against the seed schema, then checks the
 * references between files (a role's family, skills and next roles must exist). All files are read
 * and checked before anything is written, so a bad file never leaves the graph half-loaded.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { matchPairKey } from '../skillMatches.js';
import { seedFileSchema, type FamilySeed, type RoleSeed, type SkillMatchSeed, type SkillSeed } from './seedSchema.js';

export interface SeedData {
  families: FamilySeed[];
  skills: SkillSeed[];
  roles: RoleSeed[];
  /** Every entry of seeds/skill-matches*.yaml, derived and hand-decided (effectiveSkillMatches merges them). */
  matches?: SkillMatchSeed[];
}

/** One problem found in the seeds, located precisely enough for a curator to fix it. */
export interface SeedProblem {
  file: string;
  /** The entry's slug (or index when it has none). */
  entry: string;
  field: string;
  message: string;
}

export class SeedValidationError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    super(
      `Seed validation failed with ${problems.length} problem(s):\n` +
        problems
          .slice(0, 50)
          .map((p) => `  ${p.file}: ${p.entry}: ${p.field}: ${p.message}`)
          .join('\n') +
        (problems.length > 50 ? `\n  … and ${problems.length - 50} more` : ''),
    );
    this.name = 'SeedValidationError';
  }
}

async function listSeedFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function describeEntry(raw: unknown, path: PropertyKey[]): { entry: string; field: string } {
  const [list, index, ...rest] = path;
  if (typeof list !== 'string' || typeof index !== 'number') {
    return { entry: '(file)', field: path.map(String).join('.') || '(root)' };
  }
  const item = (raw as Record<string, unknown[]> | null)?.[list]?.[index] as { slug?: unknown } | undefined;
  const name = typeof item?.slug === 'string' ? item.slug : `#${index}`;
  return { entry: `${list}[${name}]`, field: rest.map(String).join('.') || '(entry)' };
}

function zodProblems(file: string, raw: unknown, error: z.ZodError): SeedProblem[] {
  return error.issues.map((issue) => ({ file, ...describeEntry(raw, issue.path), message: issue.message }));
}

export async function readSeeds(directory: string): Promise<SeedData> {
  const files = await listSeedFiles(directory);
  const problems: SeedProblem[] = [];
  const data: Required<SeedData> = { families: [], skills: [], roles: [], matches: [] };
  const origin = new Map<object, string>();

  for (const path of files) {
    const file = relative(process.cwd(), path);
    const document = parseDocument(await readFile(path, 'utf8'), { uniqueKeys: true });
    if (document.errors.length > 0) {
      for (const error of document.errors) {
        problems.push({ file, entry: '(file)', field: `line ${error.linePos?.[0].line ?? '?'}`, message: error.message });
      }
      continue;
    }
    const raw: unknown = document.toJS();
    const parsed = seedFileSchema.safeParse(raw ?? {});
    if (!parsed.success) {
      problems.push(...zodProblems(file, raw, parsed.error));
      continue;
    }
    for (const key of ['families', 'skills', 'roles', 'matches'] as const) {
      for (const item of parsed.data[key] ?? []) {
        origin.set(item, file);
        (data[key] as object[]).push(item);
      }
    }
  }

  problems.push(...crossCheck(data, (item) => origin.get(item) ?? '(unknown)'));
  if (problems.length > 0) throw new SeedValidationError(problems);
  return data;
}

function crossCheck(data: Required<SeedData>, fileOf: (item: object) => string): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const indexBySlug = <T extends { slug: string }>(items: T[], list: string): Map<string, T> => {
    const bySlug = new Map<string, T>();
    for (const item of items) {
      if (bySlug.has(item.slug)) {
        problems.push({ file: fileOf(item), entry: `${list}[${item.slug}]`, field: 'slug', message: `duplicate slug (also in ${fileOf(bySlug.get(item.slug)!)})` });
      }
      bySlug.set(item.slug, item);
    }
    return bySlug;
  };
  const families = indexBySlug(data.families, 'families');
  const skills = indexBySlug(data.skills, 'skills');
  const roles = indexBySlug(data.roles, 'roles');

  for (const skill of data.skills) {
    const at = (field: string, message: string) =>
      problems.push({ file: fileOf(skill), entry: `skills[${skill.slug}]`, field, message });
    skill.related.forEach((slug, i) => skills.has(slug) || at(`related.${i}`, `unknown skill "${slug}"`));
    if (skill.broader && !skills.has(skill.broader)) at('broader', `unknown skill "${skill.broader}"`);
  }
  for (const family of data.families) {
    family.coreSkills.forEach((slug, i) =>
      skills.has(slug) ||
      problems.push({ file: fileOf(family), entry: `families[${family.slug}]`, field: `coreSkills.${i}`, message: `unknown skill "${slug}"` }),
    );
  }
  problems.push(...checkSkillEquivalences(data.skills, skills, fileOf));
  const matchSeen = new Map<string, SkillMatchSeed>();
  data.matches.forEach((match, index) => {
    const at = (field: string, message: string) => problems.push({ file: fileOf(match), entry: `matches[#${index} ${match.skill}]`, field, message });
    if (!skills.has(match.skill)) at('skill', `unknown skill "${match.skill}"`);
    const key = `${matchPairKey(match)}\u0000${match.method}`;
    if (matchSeen.has(key)) at('(entry)', `the same skill and target twice (also in ${fileOf(matchSeen.get(key)!)})`);
    matchSeen.set(key, match);
  });
  for (const role of data.roles) {
    const at = (field: string, message: string) =>
      problems.push({ file: fileOf(role), entry: `roles[${role.slug}]`, field, message });
    if (!families.has(role.family)) at('family', `unknown family "${role.family}"`);
    role.skills.forEach((req, i) => skills.has(req.skill) || at(`skills.${i}.skill`, `unknown skill "${req.skill}"`));
    role.nextRoles.forEach((next, i) => roles.has(next.role) || at(`nextRoles.${i}.role`, `unknown role "${next.role}"`));
  }
  return problems;
}

/** sameAs / close: known slugs, no skill linked to itself, each pair stated once (either side, either list). */
function checkSkillEquivalences(list: SkillSeed[], skills: Map<string, SkillSeed>, fileOf: (item: object) => string): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const pairs = new Map<string, string>();
  for (const skill of list) {
    for (const field of ['sameAs', 'close'] as const) {
      skill[field].forEach((other, i) => {
        const at = (message: string) => problems.push({ file: fileOf(skill), entry: `skills[${skill.slug}]`, field: `${field}.${i}`, message });
        if (!skills.has(other)) return at(`unknown skill "${other}"`);
        if (other === skill.slug) return at('a skill cannot match itself');
        const pair = [skill.slug, other].sort().join(' ~ ');
        const previous = pairs.get(pair);
        if (previous) return at(`the pair ${pair} is already stated (${previous})`);
        pairs.set(pair, `${skill.slug}.${field}`);
      });
    }
  }
  return problems;
}
