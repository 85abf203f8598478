/**
 * Per-fact provenance of the curated seeds (issue 12, "evidence on every fact"): which method,
 * date, reference and evidence each role, requirement and move is stored with. A role copied from a
 * page (provenance.basis: page) carries the page's date and reference only on what the page says;
 * its curated additions carry the seeds' review date and say they are curated. A requirement takes
 * O*NET's values where seeds/derived/requirements.yaml has them, unless a curator recorded why the
 * curated numbers stand (`adjusted`).
 */
import { CURATED_METHOD, DERIVED_METHOD, VERBATIM_METHOD, curatedEstimateScale, type ProvenanceMethodTag } from '../../graph/evidence.js';
import { CURATED_AS_OF } from '../../graph/sources.js';
import { IMPORTANCE_SCALE, LEVEL_SCALE, normaliseImportance, normaliseLevel } from '../../scoring/normalise.js';
import type { DerivedRequirement, DerivedSeeds, ProgressionEvidence } from './derivedSeeds.js';
import type { RoleSeed } from './seedSchema.js';

/** O*NET 29.3's release date and name, the asOf and reference of values derived from it. */
export const ONET_DERIVED_AS_OF = '2025-05-01';
export const ONET_DERIVED_REFERENCE = 'O*NET 29.3 Database (USDOL/ETA, CC BY 4.0), derived by npm run derive:requirements';
/** The reference of a curated fact on a role whose own facts come from a page. */
export const CURATED_REFERENCE = 'Career Graph curated estimate';

export interface FactProvenance {
  method: ProvenanceMethodTag;
  asOf: string;
  reference: string | null;
  evidence: string | null;
}

export interface RoleFacts {
  /** The role node and its profile (salary bands, steps, FAQ). */
  role: FactProvenance;
  /** What a curated addition to this role is stored with. */
  curated: FactProvenance;
  /** What a fact the page states is stored with (the role's own, for a page role). */
  page: FactProvenance | null;
}

export function roleFacts(role: RoleSeed): RoleFacts {
  const provenance = role.provenance;
  if (provenance?.basis === 'page') {
    const page: FactProvenance = {
      method: VERBATIM_METHOD,
      asOf: provenance.asOf,
      reference: provenance.reference ?? null,
      evidence: null,
    };
    return {
      role: {
        ...page,
        evidence:
          'Title, summary, description, salary, growth, experience level, progression summary, typical day, getting-started steps and FAQ copied from the page; alternate titles and crosswalk codes are curated.',
      },
      curated: { method: CURATED_METHOD, asOf: CURATED_AS_OF, reference: CURATED_REFERENCE, evidence: null },
      page,
    };
  }
  const curated: FactProvenance = {
    method: CURATED_METHOD,
    asOf: provenance?.asOf ?? CURATED_AS_OF,
    reference: provenance?.reference ?? null,
    evidence: null,
  };
  return { role: curated, curated, page: null };
}

export function derivedRequirement(derived: DerivedSeeds, role: string, skill: string): DerivedRequirement | undefined {
  return derived.requirements.find((entry) => entry.role === role && entry.skill === skill);
}

export function progressionEvidence(derived: DerivedSeeds, from: string, to: string): ProgressionEvidence | undefined {
  return derived.progressions.find((entry) => entry.from === from && entry.to === to);
}

type RequirementSeed = RoleSeed['skills'][number];
type ProgressionSeed = RoleSeed['nextRoles'][number];

const sentences = (...parts: (string | null | undefined)[]) => parts.filter((part): part is string => !!part).join(' ') || null;
const raw = (value: number) => String(Math.round(value * 100) / 100);

/**
 * The stored values and provenance of one curated requirement. Derived numbers keep O*NET's scale
 * tags (they are O*NET's ratings); curated numbers stay on the same scales, so they normalise and
 * compare alike, but their tags say a curator estimated them.
 */
export function requirementFacts(facts: RoleFacts, requirement: RequirementSeed, derived: DerivedRequirement | undefined) {
  const onPage = requirement.basis === 'page' && facts.page !== null;
  const pageNote = onPage ? 'The page lists this skill under Key Skills.' : null;
  const usable = derived && derived.importance !== null && derived.level !== null && !requirement.adjusted ? derived : undefined;
  if (usable) {
    return {
      importance: normaliseImportance(usable.importance!),
      level: normaliseLevel(usable.level!),
      importanceRaw: usable.importance!,
      levelRaw: usable.level!,
      importanceScale: IMPORTANCE_SCALE,
      levelScale: LEVEL_SCALE,
      method: onPage ? VERBATIM_METHOD : DERIVED_METHOD,
      asOf: onPage ? facts.page!.asOf : ONET_DERIVED_AS_OF,
      reference: onPage ? facts.page!.reference : ONET_DERIVED_REFERENCE,
      evidence: sentences(pageNote, onPage ? `Importance and level derived: ${derived!.evidence}` : derived!.evidence),
    };
  }
  const base = onPage ? facts.page! : facts.curated;
  const adjustment =
    requirement.adjusted && derived
      ? `Hand-adjusted over the derived value (IM ${derived.importance === null ? '—' : raw(derived.importance)}, LV ${derived.level === null ? '—' : raw(derived.level)}): ${requirement.adjusted}. Derived from: ${derived.evidence}`
      : requirement.adjusted
        ? `Hand-adjusted: ${requirement.adjusted}.`
        : null;
  return {
    importance: normaliseImportance(requirement.importance),
    level: normaliseLevel(requirement.level),
    importanceRaw: requirement.importance,
    levelRaw: requirement.level,
    importanceScale: curatedEstimateScale(IMPORTANCE_SCALE),
    levelScale: curatedEstimateScale(LEVEL_SCALE),
    method: base.method,
    asOf: base.asOf,
    reference: base.reference,
    evidence: sentences(
      pageNote,
      onPage ? 'Importance and level are curated estimates.' : null,
      adjustment ?? (derived ? `Supporting evidence: ${derived.evidence}` : null),
    ),
  };
}

/** A move's provenance: the page's when the page names it (its years and confidence stay curated), with O*NET's support if any. */
export function progressionFacts(facts: RoleFacts, progression: ProgressionSeed, evidence: ProgressionEvidence | undefined) {
  const onPage = progression.basis === 'page' && facts.page !== null;
  const base = onPage ? facts.page! : facts.curated;
  return {
    method: base.method,
    asOf: base.asOf,
    reference: base.reference,
    evidence: sentences(
      onPage ? 'The page names this move under Career Progression; typicalYears and confidence are curated estimates.' : null,
      evidence?.evidence,
    ),
  };
}
