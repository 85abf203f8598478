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
}

/** A raw fulltext hit, before ranking. */
export interface FulltextHit {
  kind: SearchKind;
  score: number;
  role: Role | null;
  skill: Skill | null;
}
