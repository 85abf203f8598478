/**
 * Gap credit: how much a held skill counts toward a required skill it is not (docs/scoring.md,
 * "Gap credit"). The one definition behind every gap the API computes (skillGap.ts applies it), so
 * bridgingSkills, careerPaths, skillGap, recommendRoles, skillLeverage and the bridge-skill
 * ranking all credit the same things by the same amounts.
 *
 *   creditedLevel = min(requiredLevel, heldLevel × share(relation, hops))
 *
 * The best credit (highest credited level) wins; a skill held directly is never credited (what a
 * person says about a skill itself is better evidence than what a neighbour suggests). A held
 * skill BROADER than the required one earns nothing: knowing "cloud platforms" does not mean
 * knowing AWS, so that direction is never listed as a credit link.
 *
 * The links (which held skill can credit which required one, by which relation) come from the
 * graph: src/skills/creditNeighbours.ts reads them in the statement that loads the requirements.
 */
import { clamp01 } from './normalise.js';

/**
 * Why a held skill counts toward a required one:
 * - SAME_NAME: the two skills share a name or alias (SkillName key): the same skill in two sources
 *   (`onet:tech:kubernetes` and `curated:skill:kubernetes` are both KNOWN_AS "kubernetes");
 * - EXACT_MATCH / CLOSE_MATCH: linked by MATCHES with matchType EXACT / CLOSE (either direction);
 * - NARROWER: the held skill is narrower than the required one (held -[:BROADER]-> required, 1 or 2
 *   hops, or MATCHES BROADER / NARROWER saying so);
 * - RELATED: linked by RELATED_SKILL (curated `related`, ESCO skill-skill relations).
 */
export const CREDIT_RELATIONS = ['SAME_NAME', 'EXACT_MATCH', 'CLOSE_MATCH', 'NARROWER', 'RELATED'] as const;
export type CreditRelation = (typeof CREDIT_RELATIONS)[number];

/** The same concept under another name or source: all of it. */
export const SAME_CONCEPT_SHARE = 1;
/** Interchangeable in most contexts (MATCHES CLOSE): most of it; the rest is what makes them two skills. */
export const CLOSE_MATCH_SHARE = 0.75;
/**
 * A narrower skill held toward its broader one, per BROADER hop: AWS covers about half of "cloud
 * platforms (AWS/GCP/Azure)"; two levels up (Transformers toward machine learning) a quarter.
 */
export const NARROWER_SHARE_PER_HOP = 0.5;
/** The deepest hierarchy walk that credits (beyond it the broader skill is mostly other things). */
export const MAX_NARROWER_HOPS = 2;
/**
 * Related skills (RELATED_SKILL): a small, bounded credit: knowing a neighbour makes learning
 * easier but is not the skill, so it never takes a requirement above a fifth of the held level.
 */
export const RELATED_SHARE = 0.2;

/** Preference between relations of equal credited level: the closer relation explains it better. */
const RELATION_ORDER: Record<CreditRelation, number> = { SAME_NAME: 0, EXACT_MATCH: 1, CLOSE_MATCH: 2, NARROWER: 3, RELATED: 4 };
const EPSILON = 1e-6;

/** The share of a held level that counts toward the required skill, 0 when the link earns nothing. */
export function creditShare(relation: CreditRelation, hops = 1): number {
  switch (relation) {
    case 'SAME_NAME':
    case 'EXACT_MATCH':
      return SAME_CONCEPT_SHARE;
    case 'CLOSE_MATCH':
      return CLOSE_MATCH_SHARE;
    case 'NARROWER':
      return hops >= 1 && hops <= MAX_NARROWER_HOPS ? NARROWER_SHARE_PER_HOP ** hops : 0;
    case 'RELATED':
      return RELATED_SHARE;
  }
}

export function isCreditRelation(value: string): value is CreditRelation {
  return (CREDIT_RELATIONS as readonly string[]).includes(value);
}

/** One link read from the graph: the held skill can credit `skillId` by `relation` over `hops`. */
export type CreditLink = readonly [creditedSkillId: string, relation: string, hops: number];

/** Held skill id -> the skills it can credit. */
export type CreditLinks = ReadonlyMap<string, readonly CreditLink[]>;

export const NO_CREDIT_LINKS: CreditLinks = new Map();

/** A credit applied to one requirement. */
export interface SkillCredit {
  heldSkillId: string;
  relation: CreditRelation;
  hops: number;
  share: number;
  /** The held skill's level (0..1); for "held, level unknown" the required level. */
  heldLevel: number;
  /** min(requiredLevel, heldLevel × share). */
  creditedLevel: number;
}

interface CandidateCredit {
  heldSkillId: string;
  relation: CreditRelation;
  hops: number;
  share: number;
  /** null: held at an unknown level. */
  heldLevel: number | null;
}

/**
 * Every credit the held skills offer, by the skill they credit. Built once per holder (a profile or
 * a role) and reused for every requirement list it is compared with. Links to skills the holder
 * already holds are kept out: a direct hold always wins.
 */
export class CreditIndex {
  private readonly byRequired = new Map<string, CandidateCredit[]>();

  constructor(
    private readonly held: ReadonlyMap<string, number | null>,
    links: CreditLinks,
  ) {
    for (const [heldSkillId, heldLevel] of held) {
      if (heldLevel !== null && heldLevel <= EPSILON) continue;
      for (const [skillId, relation, hops] of links.get(heldSkillId) ?? []) {
        if (skillId === heldSkillId || held.has(skillId) || !isCreditRelation(relation)) continue;
        const share = creditShare(relation, hops);
        if (share <= 0) continue;
        const list = this.byRequired.get(skillId) ?? [];
        list.push({ heldSkillId, relation, hops, share, heldLevel });
        this.byRequired.set(skillId, list);
      }
    }
  }

  /** The best credit toward `skillId` required at `requiredLevel`, or null (none, or held directly). */
  creditFor(skillId: string, requiredLevel: number): SkillCredit | null {
    if (this.held.has(skillId)) return null;
    let best: SkillCredit | null = null;
    for (const candidate of this.byRequired.get(skillId) ?? []) {
      const heldLevel = candidate.heldLevel === null ? requiredLevel : clamp01(candidate.heldLevel);
      const creditedLevel = Math.min(requiredLevel, heldLevel * candidate.share);
      if (creditedLevel <= EPSILON) continue;
      const credit = { heldSkillId: candidate.heldSkillId, relation: candidate.relation, hops: candidate.hops, share: candidate.share, heldLevel, creditedLevel };
      if (!best || better(credit, best)) best = credit;
    }
    // Unrounded, like every level computeSkillGap compares: a rounded credit could miss a requirement it meets.
    return best;
  }
}

function better(a: SkillCredit, b: SkillCredit): boolean {
  if (Math.abs(a.creditedLevel - b.creditedLevel) > EPSILON) return a.creditedLevel > b.creditedLevel;
  if (a.share !== b.share) return a.share > b.share;
  if (a.relation !== b.relation) return RELATION_ORDER[a.relation] < RELATION_ORDER[b.relation];
  return a.heldSkillId < b.heldSkillId;
}

const RELATION_PHRASES: Record<CreditRelation, (hops: number) => string> = {
  SAME_NAME: () => 'as the same skill under another name',
  EXACT_MATCH: () => 'as an exact match',
  CLOSE_MATCH: () => 'as a close match',
  NARROWER: (hops) => (hops > 1 ? `as a narrower skill (${hops} levels down)` : 'as a narrower skill'),
  RELATED: () => 'as a related skill',
};

/** The sentence a user reads: "You hold Cloud platforms (AWS/GCP/Azure); it counts toward Cloud architecture as a close match (75 %)." */
export function describeCredit(heldSkillName: string, requiredSkillName: string, credit: Pick<SkillCredit, 'relation' | 'hops' | 'share'>): string {
  const percent = Math.round(credit.share * 100);
  return `You hold ${heldSkillName}; it counts toward ${requiredSkillName} ${RELATION_PHRASES[credit.relation](credit.hops)} (${percent} %).`;
}
