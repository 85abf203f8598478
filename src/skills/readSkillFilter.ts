/** SkillFilter (the `skills` listing's filter) into query parameters, before any Cypher runs. */
import type { SkillFilter } from '../generated/graphql.js';
import { SKILL_SEARCH_INDEX } from '../neo4j/graphSchema.js';
import type { ValidatedFilter } from '../pagination/KeysetListing.js';
import { sourceTags } from '../provenance/sourceTags.js';
import { boundedList } from '../requestLimits/limits.js';
import { filterTextQuery } from '../search/filterTextQuery.js';
import type { SkillFilterParams } from './model.js';

export function readSkillFilter(filter: SkillFilter | null | undefined): ValidatedFilter<SkillFilterParams> {
  const f = filter ?? {};
  const text = filterTextQuery(f.text, 'filter.text', SKILL_SEARCH_INDEX.properties);
  const category = f.category?.trim();
  const requiredByRole = f.requiredByRole?.trim();
  return {
    params: {
      kinds: boundedList(f.kinds, 'filter.kinds'),
      sources: sourceTags(f.sources, 'filter.sources'),
      category: category ? category.toLowerCase() : null,
      textQuery: text ?? null,
      requiredByRole: requiredByRole ? requiredByRole : null,
    },
    matchesNothing: text === null,
  };
}
