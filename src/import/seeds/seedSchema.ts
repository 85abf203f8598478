/**
 * The schema every curated seed file is validated against before anything is written to Neo4j.
 * The value rules (slugs, codes, scales, kinds) are the graph's own, from src/graph/fields.ts;
 * this file arranges them into the seed files' shape.
 */
import { z } from 'zod';
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
  resources: z.array(learningResourceSeedSchema).default([]),
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
  /** "page": the source page names this move (verbatim); its years and confidence stay curated estimates. */
  basis: z.enum(['page']).optional(),
});

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
});

export type FamilySeed = z.infer<typeof familySeedSchema>;
export type SkillSeed = z.infer<typeof skillSeedSchema>;
export type RoleSeed = z.infer<typeof roleSeedSchema>;
export type SeedFile = z.infer<typeof seedFileSchema>;
