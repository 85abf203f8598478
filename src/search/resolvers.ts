/** Search resolver: validate, build the Lucene query, one fulltext statement, rank across kinds. */
import { CURATED_SOURCE, sourceOfTag } from '../graph/sources.js';
import { boundedFirst, boundedList, LIMITS } from '../requestLimits/limits.js';
import { badInput } from '../errors.js';
import type { Resolvers } from '../generated/graphql.js';
import { ROLE_SEARCH_INDEX, SKILL_SEARCH_INDEX } from '../neo4j/graphSchema.js';
import { rankSearchHits } from '../scoring/searchRank.js';
import { groupRoleHits } from './groupRoleHits.js';
import { buildFulltextQuery } from './luceneQuery.js';
import type { SearchHit, SearchKind } from './model.js';

/** Candidates fetched per kind: more than asked for, because ranking across kinds reorders them. */
function candidateLimit(first: number): number {
  return Math.min(3 * first + 10, 300);
}

export const searchResolvers = {
  Query: {
    search: async (_parent, { text, first, kinds }, { search }): Promise<SearchHit[]> => {
      const limit = boundedFirst(first);
      if (text.length > LIMITS.maxSearchTextLength) {
        throw badInput(`text is limited to ${LIMITS.maxSearchTextLength} characters; got ${text.length}.`, 'text');
      }
      const wanted = new Set<SearchKind>(boundedList(kinds, 'kinds') ?? ['ROLE', 'SKILL']);
      const roleQuery = buildFulltextQuery(text, { fields: ROLE_SEARCH_INDEX.properties });
      const skillQuery = buildFulltextQuery(text, { fields: SKILL_SEARCH_INDEX.properties });
      // Nothing searchable (blank, or only punctuation): no hits, and no statement.
      if (roleQuery === null || skillQuery === null || limit === 0 || wanted.size === 0) return [];
      const hits = await search.fulltext({ roleQuery, skillQuery }, wanted, candidateLimit(limit));
      const candidates = hits.map((hit) => ({
        kind: hit.kind,
        luceneScore: hit.score,
        labels: hit.role ? [hit.role.title, ...(hit.role.alternateTitles ?? [])] : [hit.skill!.name, ...(hit.skill!.aliases ?? [])],
        item: hit,
      }));
      // Rank every candidate, then fold the members of one occupation into one hit (groupRoleHits.ts).
      const ranked = rankSearchHits(text, candidates, candidates.length);
      const concepts = hits.flatMap((hit) => (hit.concept ? [hit.concept] : []));
      return groupRoleHits(ranked, concepts, limit);
    },
  },
  SearchHit: {
    sources: (hit) => {
      const roles = hit.role ? [hit.role, ...hit.sameOccupation] : [];
      return [...new Set(roles.map((role) => sourceOfTag(role.source)).filter((source) => source !== undefined))];
    },
    codes: (hit) =>
      (hit.role ? [hit.role, ...hit.sameOccupation] : []).flatMap((role) => (role.source !== CURATED_SOURCE && role.sourceId ? [role.sourceId] : [])),
  },
} satisfies Resolvers;
