/**
 * Validation of curation inputs, before any Cypher runs: the same value rules as the seed files
 * (src/graph/fields.ts: slug format, IM 1-5 / LV 0-7, years 0-20, non-empty text), so what the
 * API accepts could have been a seed. A failure is BAD_USER_INPUT naming the argument.
 */
import { z } from 'zod';
import { badInput } from '../errors.js';
import type { CurationAuditFilter, SkillInput, RoleInput } from '../generated/graphql.js';
import { entityTypeOf, TRACKED_FIELDS } from '../graph/curatedEdits.js';
import {
  DEFAULT_PROGRESSION_CONFIDENCE,
  annualUsd,
  confidence,
  escoOccupationUri,
  growthRating,
  importanceRaw,
  levelRaw,
  nonEmpty,
  onetCode,
  progressionKind,
  skillKind,
  slug,
  typicalYears,
} from '../graph/fields.js';
import type { ProgressionKind } from '../graph/kinds.js';
import type { AuditFilter, ProgressionWrite, RequirementWrite, RoleUpsert, SkillUpsert } from './model.js';

/** Caps beyond the seed rules, so one request cannot store unbounded text or lists. */
export const CURATION_LIMITS = { maxTextLength: 5_000, maxTitleLength: 200, maxListLength: 50 } as const;

const title = nonEmpty.max(CURATION_LIMITS.maxTitleLength);
const text = nonEmpty.max(CURATION_LIMITS.maxTextLength);
const titles = z.array(title).max(CURATION_LIMITS.maxListLength);
/** Optional on input: omitted keeps the stored value, null removes it. */
const clearable = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

const roleInputSchema = z.strictObject({
  slug,
  title,
  summary: text,
  description: clearable(text),
  family: clearable(slug),
  alternateTitles: clearable(titles),
  medianSalaryUsd: clearable(annualUsd),
  growthRating: clearable(growthRating),
  growthReason: clearable(text),
  experienceLevel: clearable(title),
  progressionSummary: clearable(text),
  onetCodes: clearable(z.array(onetCode).max(CURATION_LIMITS.maxListLength)),
  escoUris: clearable(z.array(escoOccupationUri).max(CURATION_LIMITS.maxListLength)),
});

const skillInputSchema = z.strictObject({
  slug,
  name: title,
  kind: skillKind,
  category: title,
  description: clearable(text),
  aliases: clearable(titles),
});

/** Field order as in the seed files' requirement and progression entries, so the first issue reported is the same. */
const requirementSchema = z.strictObject({
  skill: slug,
  importance: importanceRaw,
  level: levelRaw,
  essential: z.boolean().default(true),
  role: slug,
});
const progressionSchema = z.strictObject({
  role: slug,
  kind: progressionKind,
  typicalYears,
  rationale: text,
  confidence: confidence.default(DEFAULT_PROGRESSION_CONFIDENCE),
  from: slug,
});

/** Maps zod issues to one BAD_USER_INPUT naming the first offending argument (e.g. "input.slug"). */
function parse<T>(schema: z.ZodType<T>, value: unknown, prefix: string, rename: Record<string, string> = {}): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const describe = (issue: z.core.$ZodIssue) => {
    const [head, ...rest] = issue.path.map(String);
    const name = [prefix, head === undefined ? undefined : (rename[head] ?? head), ...rest].filter(Boolean).join('.');
    return { name, message: `${name} ${issue.message}` };
  };
  const problems = result.error.issues.map(describe);
  throw badInput(`Invalid input: ${problems.map((problem) => problem.message).join('; ')}.`, problems[0].name);
}

/** Arguments absent from the request stay undefined ("keep"); explicit nulls stay null ("clear"). */
export function parseRoleInput(input: RoleInput): RoleUpsert {
  const valid = parse(roleInputSchema, input, 'input');
  const { slug: roleSlug, family, alternateTitles, ...rest } = valid;
  return {
    slug: roleSlug,
    family,
    properties: {
      ...rest,
      titleSort: valid.title.toLowerCase(),
      ...(alternateTitles === undefined ? {} : { alternateTitles, alternateTitlesText: alternateTitles === null ? null : alternateTitles.join(' | ') }),
    },
  };
}

export function parseSkillInput(input: SkillInput): SkillUpsert {
  const valid = parse(skillInputSchema, input, 'input');
  const { slug: skillSlug, aliases, ...rest } = valid;
  return {
    slug: skillSlug,
    properties: {
      ...rest,
      nameSort: valid.name.toLowerCase(),
      ...(aliases === undefined ? {} : { aliases, aliasesText: aliases === null ? null : aliases.join(' | ') }),
    },
  };
}

export function parseRequirement(args: { role: string; skill: string; importance: number; level: number; essential?: boolean | null }): RequirementWrite {
  const valid = parse(requirementSchema, { ...args, essential: args.essential ?? true }, '');
  return { role: valid.role, skill: valid.skill, importanceRaw: valid.importance, levelRaw: valid.level, essential: valid.essential };
}

export function parseProgression(args: {
  from: string;
  to: string;
  kind: ProgressionKind;
  typicalYears: number;
  rationale: string;
  confidence?: number | null;
}): ProgressionWrite {
  const { to, ...rest } = args;
  const valid = parse(progressionSchema, { ...rest, role: to, confidence: args.confidence ?? DEFAULT_PROGRESSION_CONFIDENCE }, '', { role: 'to' });
  if (valid.from === valid.role) throw badInput('A role cannot lead to itself: from and to must differ.', 'to');
  return { from: valid.from, to: valid.role, kind: valid.kind, typicalYears: valid.typicalYears, rationale: valid.rationale, confidence: valid.confidence };
}

/** A slug argument (removeRole, removeSkill, unlinkProgression, removeRoleSkillRequirement). */
export function parseSlug(value: string, argument: string): string {
  return parse(slug, value, argument);
}

/** An entity key as the audit trail and the marks name it (ROLE:<slug>, REQUIREMENT:<role>/<skill>, ...). */
const ENTITY_KEY = /^(ROLE|SKILL):[a-z0-9]+(?:-[a-z0-9]+)*$|^(REQUIREMENT|PROGRESSION):[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function parseEntityKey(value: string, argument: string): string {
  if (value.length > 2 * CURATION_LIMITS.maxTitleLength || !ENTITY_KEY.test(value)) {
    throw badInput(
      `${argument} must be an entity key: ROLE:<slug>, SKILL:<slug>, REQUIREMENT:<role>/<skill> or PROGRESSION:<from>/<to>; got "${value.slice(0, 80)}".`,
      argument,
    );
  }
  return value;
}

/** A field of the entity's kind (TRACKED_FIELDS), for resolveSeedConflict. */
export function parseTrackedField(entity: string, field: string): string {
  const type = entityTypeOf(entity)!;
  const fields: readonly string[] = TRACKED_FIELDS[type];
  if (!fields.includes(field)) throw badInput(`field must be one of ${fields.join(', ')} for a ${type}; got "${field.slice(0, 80)}".`, 'field');
  return field;
}

function parseDateTime(value: string | null | undefined, argument: string): string | null {
  if (value == null) return null;
  // ISO 8601 with a time and an offset, as Cypher's datetime() reads it; Date.parse checks it is a real instant.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw badInput(`${argument} must be an ISO 8601 date-time with an offset, e.g. 2026-12-01T00:00:00Z; got "${value.slice(0, 80)}".`, argument);
  }
  return value;
}

export function parseAuditFilter(filter: CurationAuditFilter | null | undefined): AuditFilter {
  return {
    entity: filter?.entity == null ? null : parseEntityKey(filter.entity, 'filter.entity'),
    entityType: filter?.entityType ?? null,
    editor: filter?.editor == null ? null : parse(z.string().min(1).max(64), filter.editor, 'filter.editor'),
    since: parseDateTime(filter?.since, 'filter.since'),
    until: parseDateTime(filter?.until, 'filter.until'),
  };
}
