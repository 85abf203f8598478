/** Search hits as the resolver returns them. */
import type { Role, Skill } from '../graph/model.js';

export type SearchKind = 'ROLE' | 'SKILL';

export interface SearchHit {
  kind: SearchKind;
  /** Normalised across kinds, 0..1 (scoring/searchRank.ts). */
  score: number;
  matchedOn: string | null;
  role: Role | null;
  skill: Skill | null;
  /** ROLE hits: the other roles of the same occupation (groupRoleHits.ts); [] for SKILL hits. */
  sameOccupation: Role[];
}

/** The occupation concept one role belongs to (repository.ts ROLE_CONCEPT). */
export interface RoleConcept {
  id: string;
  /** The curated role's own id, or the O*NET anchor's (an ESCO occupation's own id without an EXACT match). */
  key: string;
  /** Every role of the concept, the role itself included. */
  members: Role[];
  /** Imported roles: the curated roles whose CROSSWALK names a member. */
  owners: string[];
}

/** A raw fulltext hit, before ranking. */
export interface FulltextHit {
  kind: SearchKind;
  score: number;
  role: Role | null;
  skill: Skill | null;
  /** ROLE hits: the role's occupation concept. */
  concept: RoleConcept | null;
}
