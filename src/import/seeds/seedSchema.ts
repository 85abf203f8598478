/**
 * The schema every curated seed file is validated against before anything is written to Neo4j.
 * The value rules (slugs, codes, scales, kinds) are the graph's own, from src/graph/fields.ts;
 * this file arranges them into the seed files' shape.
 */
import { z } from 'zod';
import { CURATED_METHOD, DERIVED_METHOD, MATCH_TYPES } from '../../graph/evidence.js';
import {
  DEFAULT_PROGRESSION_CONFIDENCE,
  annualUsd,
  confidence,
  escoOccupationUri,
  experienceLevel,
  growthRating,
  importanceRaw,
  isoDate,
  levelRaw,
  nonEmpty,
  onetCode,
  progressionKind,
  resourceKind,
  skillKind,
  slug,
  typicalYears,
} from '../../graph/fields.js';

export const familySeedSchema = z.strictObject({
  slug,
  name: nonEmpty,
  description: nonEmpty,
  /** Skills every member role requires (checked by the data lint, src/dataQuality/). */
  coreSkills: z.array(slug).default([]),
});

export const learningResourceSeedSchema = z.strictObject({
  title: nonEmpty,
  kind: resourceKind,
  provider: nonEmpty,
  url: z.url().optional(),
});

export const skillSeedSchema = z.strictObject({
  slug,
  name: nonEmpty,
  kind: skillKind,
  category: nonEmpty,
  description: nonEmpty.optional(),
  aliases: z.array(nonEmpty).default([]),
  /** Slugs of related curated skills (undirected in meaning, stored once). */
  related: z.array(slug).default([]),
  /** Slug of a broader curated skill, e.g. "eks" -> "kubernetes". */
  broader: slug.optional(),
  /** Slugs of curated skills that are the same concept under another name (MATCHES EXACT, stored once per pair). */
  sameAs: z.array(slug).default([]),
  /** Slugs of curated skills close enough to stand in for this one in most roles (MATCHES CLOSE, once per pair). */
  close: z.array(slug).default([]),
  resources: z.array(learningResourceSeedSchema).default([]),
  /** Why no role requires the skill and no required skill is narrower (the data lint asks for one). */
  unusedReason: nonEmpty.optional(),
});

/** The ESCO skills pillar's concept URIs (skill groups under isced-f are not matched to). */
const escoSkillUri = z
  .string()
  .regex(/^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f-]{36}$/, 'must be an ESCO skill URI like http://data.europa.eu/esco/skill/<uuid>');
/** O*NET Skills (2.A, 2.B) and Knowledge (2.C) element ids, e.g. 2.B.3.e. */
const onetElementId = z.string().regex(/^2\.[ABC](?:\.[0-9a-z]+)+$/, 'must be an O*NET Skills/Knowledge Element ID like 2.B.3.e');

/**
 * One correspondence of a curated skill to an ESCO skill, an O*NET element or an O*NET technology
 * (seeds/skill-matches*.yaml, see seeds/README.md). `reject` is only for hand decisions: it
 * withdraws the derived match of the same skill and target (a homonym the label rule cannot tell).
 */
export const skillMatchSeedSchema = z
  .strictObject({
    skill: slug,
    esco: escoSkillUri.optional(),
    onet: onetElementId.optional(),
    onetTechnology: nonEmpty.optional(),
    matchType: z.enum(MATCH_TYPES),
    method: z.enum([DERIVED_METHOD, CURATED_METHOD]),
    evidence: nonEmpty,
    reject: z.boolean().default(false),
  })
  .superRefine((match, ctx) => {
    const targets = [match.esco, match.onet, match.onetTechnology].filter((target) => target !== undefined);
    if (targets.length !== 1) {
      ctx.addIssue({ code: 'custom', path: [], message: 'give exactly one of esco, onet, onetTechnology' });
    }
    if (match.reject && match.method !== CURATED_METHOD) {
      ctx.addIssue({ code: 'custom', path: ['reject'], message: 'only a curated (hand-decided) entry can reject a match' });
    }
  });

export const salaryBandSeedSchema = z.strictObject({
  level: experienceLevel,
  /** Label as a person reads it, e.g. "Mid-Level (5-8 years)". */
  label: nonEmpty,
  yearsMin: z.number().int().min(0).optional(),
  yearsMax: z.number().int().min(0).optional(),
  annualUsd,
  /** True for "$300,000+": the amount is a floor, not a point. */
  openEnded: z.boolean().default(false),
});

export const stepSeedSchema = z.strictObject({ title: nonEmpty, description: nonEmpty });
export const faqSeedSchema = z.strictObject({ question: nonEmpty, answer: nonEmpty });

export const skillRequirementSeedSchema = z.strictObject({
  skill: slug,
  importance: importanceRaw,
  level: levelRaw,
  essential: z.boolean().default(true),
  /** "page": the source page lists this skill (the requirement is verbatim; its numbers are not). */
  basis: z.enum(['page']).optional(),
  /** Why the curated numbers stand over a derived value (seeds/derived/requirements.yaml), recorded as a hand adjustment. */
  adjusted: nonEmpty.optional(),
});

export const progressionSeedSchema = z.strictObject({
  role: slug,
  kind: progressionKind,
  typicalYears,
  rationale: nonEmpty,
  confidence: confidence.default(DEFAULT_PROGRESSION_CONFIDENCE),
  /** Why the median salary moves as it does on this step (the data lint asks for one on a promotion that
   * lowers it or a lateral move that changes it by more than 25 %). */
  salaryNote: nonEmpty.optional(),
  /** "page": the source page names this move (verbatim); its years and confidence stay curated estimates. */
  basis: z.enum(['page']).optional(),
});

/**
 * One crosswalk code with how close the occupation is to the role (src/graph/evidence.ts, the occupation
 * relative to the role). A bare code is still accepted (older seeds): its match type is unknown, which the
 * data lint reports.
 */
function crosswalkEntry<Code extends z.ZodType<string>>(code: Code) {
  return z
    .union([code, z.strictObject({ code, matchType: z.enum(MATCH_TYPES) })])
    .transform((entry) => (typeof entry === 'string' ? { code: entry, matchType: null } : entry));
}

export const crosswalkSeedSchema = z
  .strictObject({
    onet: z.array(crosswalkEntry(onetCode)).default([]),
    esco: z.array(crosswalkEntry(escoOccupationUri)).default([]),
  })
  .default({ onet: [], esco: [] });

export const roleSeedSchema = z
  .strictObject({
    slug,
    title: nonEmpty,
    family: slug,
    summary: nonEmpty,
    description: nonEmpty.optional(),
    alternateTitles: z.array(nonEmpty).default([]),
    medianSalaryUsd: annualUsd,
    /** "page" when the figures come from a published source, "estimate" for curated 2026 estimates. */
    salaryBasis: z.enum(['page', 'estimate']).default('estimate'),
    salary: z.array(salaryBandSeedSchema).min(2),
    growth: z.strictObject({ rating: growthRating, reason: nonEmpty }),
    experienceLevel: nonEmpty,
    progressionSummary: nonEmpty.optional(),
    skills: z.array(skillRequirementSeedSchema).min(6),
    typicalDay: z.array(stepSeedSchema).min(3),
    gettingStarted: z.array(stepSeedSchema).min(3),
    faq: z.array(faqSeedSchema).default([]),
    nextRoles: z.array(progressionSeedSchema).default([]),
    crosswalk: crosswalkSeedSchema,
    provenance: z
      .strictObject({
        asOf: isoDate,
        reference: nonEmpty.optional(),
        /**
         * "page": the role's own facts (title, summary, description, salary, growth, experience level,
         * progression summary, typical day, getting started, FAQ) are copied from the page `reference`
         * names, dated `asOf`. Its requirements and moves say so each (`basis: page`); the rest is curated.
         */
        basis: z.enum(['page']).optional(),
      })
      .optional(),
  })
  .superRefine((role, ctx) => {
    const seen = new Set<string>();
    role.skills.forEach((requirement, index) => {
      if (seen.has(requirement.skill)) {
        ctx.addIssue({ code: 'custom', path: ['skills', index, 'skill'], message: `duplicate skill "${requirement.skill}"` });
      }
      seen.add(requirement.skill);
    });
    role.nextRoles.forEach((next, index) => {
      if (next.role === role.slug) {
        ctx.addIssue({ code: 'custom', path: ['nextRoles', index, 'role'], message: 'a role cannot lead to itself' });
      }
    });
  });

/** One seed file: any of the three top-level lists, so data can be split by family. */
export const seedFileSchema = z.strictObject({
  families: z.array(familySeedSchema).optional(),
  skills: z.array(skillSeedSchema).optional(),
  roles: z.array(roleSeedSchema).optional(),
  /** Skill correspondences across sources (seeds/skill-matches.yaml, seeds/skill-matches.curated.yaml). */
  matches: z.array(skillMatchSeedSchema).optional(),
});

export type FamilySeed = z.infer<typeof familySeedSchema>;
export type SkillSeed = z.infer<typeof skillSeedSchema>;
export type RoleSeed = z.infer<typeof roleSeedSchema>;
export type SkillMatchSeed = z.infer<typeof skillMatchSeedSchema>;
export type SeedFile = z.infer<typeof seedFileSchema>;
export type ProgressionSeed = z.infer<typeof progressionSeedSchema>;
export type CrosswalkSeed = z.infer<typeof crosswalkSeedSchema>;
