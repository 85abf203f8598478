/**
 * Search resolver: validate; candidates from the in-memory label index when it is current (type-ahead:
 * every word a prefix; SearchLabels.ts), else, or when no label matches as typed (typos), from one
 * fulltext statement; rank across kinds (one ranking for both); fold occupations (groupRoleHits.ts).
 * Either way one statement: the label path fetches only the hits it keeps, by id.
 */
import { CURATED_SOURCE, sourceOfTag } from '../graph/sources.js';
import { boundedFirst, boundedList, LIMITS } from '../requestLimits/limits.js';
import { badInput } from '../errors.js';
import type { Resolvers } from '../generated/graphql.js';
import { ROLE_SEARCH_INDEX, SKILL_SEARCH_INDEX } from '../neo4j/graphSchema.js';
import { rankSearchHits } from '../scoring/searchRank.js';
import { restrictAnswerCaching } from '../responseCache/answerCachePolicy.js';
import { groupRoleHits, type RankedFulltextHit } from './groupRoleHits.js';
import type { LabelIndex } from './labelIndex.js';
import type { SearchRepository } from './repository.js';
import { buildFulltextQuery } from './luceneQuery.js';
import type { SearchHit, SearchKind } from './model.js';

/** Candidates fetched per kind: more than asked for, because ranking across kinds reorders them. */
function candidateLimit(first: number): number {
  return Math.min(3 * first + 10, 300);
}

/**
 * Hits ranked from the label index whose nodes are fetched: enough that grouping (which folds the
 * members of an occupation into one hit) still leaves `first` hits in all but rare cases.
 */
function fetchedLimit(first: number): number {
  return first + 10;
}

/** Candidates from the label index, ranked, then only the best fetched (with their concepts) by id; null when no label matches. */
async function searchLabelIndex(
  index: LabelIndex,
  search: SearchRepository,
  text: string,
  wanted: ReadonlySet<SearchKind>,
  limit: number,
): Promise<RankedFulltextHit[] | null> {
  const candidates = index.match(text, wanted, candidateLimit(limit));
  if (candidates.length === 0) return null;
  const ranked = rankSearchHits(
    text,
    candidates.map((candidate) => ({ kind: candidate.kind, luceneScore: candidate.indexScore, labels: candidate.labels, item: candidate })),
    fetchedLimit(limit),
  );
  const ids = (kind: SearchKind) => ranked.filter((hit) => hit.kind === kind).map((hit) => hit.item.id);
  const hits = await search.hitsById(ids('ROLE'), ids('SKILL'));
  const byId = new Map(hits.map((hit) => [(hit.role ?? hit.skill)!.id, hit]));
  // A node deleted since the index was built is left out (the index is dropped at the next version).
  return ranked.flatMap(({ score, matchedOn, item }) => {
    const hit = byId.get(item.id);
    return hit ? [{ score, matchedOn, item: hit }] : [];
  });
}

export const searchResolvers = {
  Query: {
    search: async (_parent, { text, first, kinds }, context): Promise<SearchHit[]> => {
      const { search, searchLabels } = context;
      const limit = boundedFirst(first);
      if (text.length > LIMITS.maxSearchTextLength) {
        throw badInput(`text is limited to ${LIMITS.maxSearchTextLength} characters; got ${text.length}.`, 'text');
      }
      const wanted = new Set<SearchKind>(boundedList(kinds, 'kinds') ?? ['ROLE', 'SKILL']);
      const roleQuery = buildFulltextQuery(text, { fields: ROLE_SEARCH_INDEX.properties });
      const skillQuery = buildFulltextQuery(text, { fields: SKILL_SEARCH_INDEX.properties });
      // Nothing searchable (blank, or only punctuation): no hits, and no statement.
      if (roleQuery === null || skillQuery === null || limit === 0 || wanted.size === 0) return [];
      const index = searchLabels.current();
      // Without the index (building, or stale after a write) the fulltext path answers, ranked less
      // well for text typed so far: such an answer is not cached, so the index answers this text once built.
      if (!index) restrictAnswerCaching(context, { maxAge: 0 });
      const fromLabels = index ? await searchLabelIndex(index, search, text, wanted, limit) : null;
      if (fromLabels) return groupRoleHits(fromLabels, fromLabels.flatMap((hit) => (hit.item.concept ? [hit.item.concept] : [])), limit);
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
