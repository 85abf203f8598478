/**
 * The schema every curated seed file is validated against before anything is written to Neo4j.
 * Scales deliberately match O*NET's (importance 1-5, level 0-7) so curated and imported skill
 * vectors normalise the same way and can be compared in one query.
 */
import { z } from 'zod';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, single dashes)');
const nonEmpty = z.string().trim().min(1, 'must not be empty');
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)');
const onetCode = z.string().regex(/^\d{2}-\d{4}\.\d{2}$/, 'must be an O*NET-SOC code like 15-1241.00');
const escoOccupationUri = z
  .string()
  .regex(
    /^http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f-]{36}$/,
    'must be an ESCO occupation URI',
  );

export const PROGRESSION_KINDS = ['PROMOTION', 'LATERAL', 'PIVOT'] as const;
export const SKILL_KINDS = ['SKILL', 'KNOWLEDGE', 'TECHNOLOGY', 'ABILITY'] as const;
export const EXPERIENCE_LEVELS = ['ENTRY', 'MID', 'SENIOR', 'LEADERSHIP'] as const;
export const GROWTH_RATINGS = ['Declining', 'Stable', 'Moderate', 'High', 'Very High'] as const;
export const RESOURCE_KINDS = ['CERTIFICATION', 'COURSE', 'BOOK', 'DOCUMENTATION', 'PRACTICE'] as const;

export const familySeedSchema = z.strictObject({
  slug,
  name: nonEmpty,
  description: nonEmpty,
});

export const learningResourceSeedSchema = z.strictObject({
  title: nonEmpty,
  kind: z.enum(RESOURCE_KINDS),
  provider: nonEmpty,
  url: z.url().optional(),
});

export const skillSeedSchema = z.strictObject({
  slug,
  name: nonEmpty,
  kind: z.enum(SKILL_KINDS),
  category: nonEmpty,
  description: nonEmpty.optional(),
  aliases: z.array(nonEmpty).default([]),
  /** Slugs of related curated skills (undirected in meaning, stored once). */
  related: z.array(slug).default([]),
  /** Slug of a broader curated skill, e.g. "eks" -> "kubernetes". */
  broader: slug.optional(),
  resources: z.array(learningResourceSeedSchema).default([]),
});

export const salaryBandSeedSchema = z.strictObject({
  level: z.enum(EXPERIENCE_LEVELS),
  /** Label as a person reads it, e.g. "Mid-Level (5-8 years)". */
  label: nonEmpty,
  yearsMin: z.number().int().min(0).optional(),
  yearsMax: z.number().int().min(0).optional(),
  annualUsd: z.number().int().positive(),
  /** True for "$300,000+": the amount is a floor, not a point. */
  openEnded: z.boolean().default(false),
});

export const stepSeedSchema = z.strictObject({ title: nonEmpty, description: nonEmpty });
export const faqSeedSchema = z.strictObject({ question: nonEmpty, answer: nonEmpty });

export const skillRequirementSeedSchema = z.strictObject({
  skill: slug,
  importance: z.number().min(1).max(5),
  level: z.number().min(0).max(7),
  essential: z.boolean().default(true),
});

export const progressionSeedSchema = z.strictObject({
  role: slug,
  kind: z.enum(PROGRESSION_KINDS),
  typicalYears: z.number().min(0).max(20),
  rationale: nonEmpty,
  confidence: z.number().min(0).max(1).default(0.8),
});

export const roleSeedSchema = z
  .strictObject({
    slug,
    title: nonEmpty,
    family: slug,
    summary: nonEmpty,
    description: nonEmpty.optional(),
    alternateTitles: z.array(nonEmpty).default([]),
    medianSalaryUsd: z.number().int().positive(),
    /** "page" when the figures come from a published source, "estimate" for curated 2026 estimates. */
    salaryBasis: z.enum(['page', 'estimate']).default('estimate'),
    salary: z.array(salaryBandSeedSchema).min(2),
    growth: z.strictObject({ rating: z.enum(GROWTH_RATINGS), reason: nonEmpty }),
    experienceLevel: nonEmpty,
    progressionSummary: nonEmpty.optional(),
    skills: z.array(skillRequirementSeedSchema).min(6),
    typicalDay: z.array(stepSeedSchema).min(3),
    gettingStarted: z.array(stepSeedSchema).min(3),
    faq: z.array(faqSeedSchema).default([]),
    nextRoles: z.array(progressionSeedSchema).default([]),
    crosswalk: z
      .strictObject({
        onet: z.array(onetCode).default([]),
        esco: z.array(escoOccupationUri).default([]),
      })
      .default({ onet: [], esco: [] }),
    provenance: z
      .strictObject({
        asOf: isoDate,
        reference: nonEmpty.optional(),
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
});

export type FamilySeed = z.infer<typeof familySeedSchema>;
export type SkillSeed = z.infer<typeof skillSeedSchema>;
export type RoleSeed = z.infer<typeof roleSeedSchema>;
export type SeedFile = z.infer<typeof seedFileSchema>;
