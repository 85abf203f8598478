/**
 * One search hit per occupation: ranked hits whose roles are one concept (repository.ts
 * ROLE_CONCEPTS: a curated role with its CROSSWALK occupations, an O*NET occupation with the ESCO
 * occupations EXACT-matched to it) become one hit. Its main role is the curated role when one is
 * in the group, else the O*NET occupation, else the ESCO occupation; its score and matchedOn are
 * those of its best-ranked member; the other members are listed in `sameOccupation`. A role is
 * listed in at most one hit: an imported occupation several curated roles crosswalk to joins the
 * best-ranked of them, and a group lists only members no better-ranked group listed.
 */
import { CURATED_SOURCE } from '../graph/sources.js';
import type { Role } from '../graph/model.js';
import type { FulltextHit, RoleConcept, SearchHit } from './model.js';

export interface RankedFulltextHit {
  score: number;
  matchedOn: string | null;
  item: FulltextHit;
}

/** Groups ranked hits (best first) and keeps the best `first` groups; SKILL hits pass through. */
export function groupRoleHits(ranked: readonly RankedFulltextHit[], concepts: readonly RoleConcept[], first: number): SearchHit[] {
  const conceptOf = new Map(concepts.map((concept) => [concept.id, concept]));
  const curatedRank = new Map<string, number>();
  ranked.forEach((hit, index) => {
    const role = hit.item.role;
    if (role && role.source === CURATED_SOURCE && !curatedRank.has(role.id)) curatedRank.set(role.id, index);
  });
  const keyOf = (role: Role): string => {
    const concept = conceptOf.get(role.id);
    if (!concept || role.source === CURATED_SOURCE) return role.id;
    const owners = concept.owners.filter((owner) => curatedRank.has(owner));
    owners.sort((a, b) => curatedRank.get(a)! - curatedRank.get(b)!);
    return owners[0] ?? concept.key;
  };

  const hits: SearchHit[] = [];
  const hitByKey = new Map<string, SearchHit>();
  /** Role id → the hit that lists it (as main role or in sameOccupation). */
  const listedIn = new Map<string, SearchHit>();
  for (const { score, matchedOn, item } of ranked) {
    const role = item.role;
    if (item.kind !== 'ROLE' || !role) {
      hits.push({ kind: item.kind, score, matchedOn, role: null, skill: item.skill, sameOccupation: [] });
      continue;
    }
    const key = keyOf(role);
    const existing = hitByKey.get(key) ?? listedIn.get(role.id);
    if (existing) {
      // A lower-ranked member of a group already listed: the group keeps its best member's score.
      hitByKey.set(key, existing);
      if (!listedIn.has(role.id) && existing.role) {
        existing.sameOccupation.push(role);
        listedIn.set(role.id, existing);
      }
      continue;
    }
    const members = conceptOf.get(key)?.members ?? conceptOf.get(role.id)?.members ?? [role];
    // Curated group: the curated role; imported group: members[0] is the O*NET anchor (or the ESCO occupation).
    const main = members[0] ?? role;
    const hit: SearchHit = { kind: 'ROLE', score, matchedOn, role: main, skill: null, sameOccupation: [] };
    listedIn.set(main.id, hit);
    for (const member of [...members.slice(1), role]) {
      if (member.id === main.id || listedIn.has(member.id)) continue;
      hit.sameOccupation.push(member);
      listedIn.set(member.id, hit);
    }
    hitByKey.set(key, hit);
    hits.push(hit);
  }
  return hits.slice(0, first);
}
