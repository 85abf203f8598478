/**
 * The derived seed files (seeds/derived/, written by `npm run derive:requirements`, never by hand):
 * requirement values derived from O*NET 29.3 for curated requirements whose skill matches an O*NET
 * element or technology, and O*NET's evidence for curated moves. The seed loader reads them beside
 * the curated seeds; their shape is checked here so a stale or hand-edited file fails loudly.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { MATCH_TYPES } from '../../graph/evidence.js';
import { importanceRaw, levelRaw, nonEmpty, onetCode, slug } from '../../graph/fields.js';

export const DERIVED_DIR = 'derived';
export const DERIVED_REQUIREMENTS_FILE = 'requirements.yaml';
export const PROGRESSION_EVIDENCE_FILE = 'progression-evidence.yaml';

/** One curated requirement's values as O*NET 29.3 rates the matched element(s) for the role's codes. */
export const derivedRequirementSchema = z.strictObject({
  role: slug,
  skill: slug,
  /** What the skill matched: O*NET Element IDs (Skills/Knowledge) or Technology Skills examples. */
  onetElements: z.array(nonEmpty).default([]),
  onetTechnologies: z.array(nonEmpty).default([]),
  matchType: z.enum(MATCH_TYPES),
  /** Mean O*NET IM (1-5) and LV (0-7); null when O*NET rates nothing (technology, or no rated code). */
  importance: importanceRaw.nullable(),
  level: levelRaw.nullable(),
  /** The role's codes that contributed a value / that O*NET does not rate for it. */
  codes: z.array(onetCode),
  unrated: z.array(onetCode).default([]),
  evidence: nonEmpty,
});

/** O*NET's support for one curated move: related-occupation pairs between the two roles' codes. */
export const progressionEvidenceSchema = z.strictObject({
  from: slug,
  to: slug,
  /** Codes both roles are crosswalked to (left out of the pairs: not evidence for the move). */
  sharedCodes: z.array(onetCode).default([]),
  relatedOccupations: z
    .array(z.strictObject({ from: onetCode, to: onetCode, tier: nonEmpty, index: z.number().int() }))
    .default([]),
  careerChangers: z.array(z.strictObject({ from: onetCode, to: onetCode, index: z.number().int() })).default([]),
  evidence: nonEmpty,
});

export const derivedRequirementsFileSchema = z.strictObject({ requirements: z.array(derivedRequirementSchema).default([]) });
export const progressionEvidenceFileSchema = z.strictObject({ progressions: z.array(progressionEvidenceSchema).default([]) });

export type DerivedRequirement = z.infer<typeof derivedRequirementSchema>;
export type ProgressionEvidence = z.infer<typeof progressionEvidenceSchema>;

export interface DerivedSeeds {
  requirements: DerivedRequirement[];
  progressions: ProgressionEvidence[];
}

export const NO_DERIVED_SEEDS: DerivedSeeds = { requirements: [], progressions: [] };

async function readOptional(path: string): Promise<unknown> {
  try {
    return parse(await readFile(path, 'utf8')) ?? {};
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
}

/** Reads seeds/derived/ (absent files read as empty: the loader then uses curated numbers only). */
export async function readDerivedSeeds(seedsDir: string): Promise<DerivedSeeds> {
  const dir = join(seedsDir, DERIVED_DIR);
  const requirements = derivedRequirementsFileSchema.parse(await readOptional(join(dir, DERIVED_REQUIREMENTS_FILE)));
  const progressions = progressionEvidenceFileSchema.parse(await readOptional(join(dir, PROGRESSION_EVIDENCE_FILE)));
  return { requirements: requirements.requirements, progressions: progressions.progressions };
}
