/** A listing filter's `text` (RoleFilter.text, SkillFilter.text) as a Lucene query on the listing's fulltext index. */
import { badInput } from '../errors.js';
import { LIMITS } from '../requestLimits/limits.js';
import { buildFulltextQuery } from './luceneQuery.js';

/**
 * The Lucene query for a filter's text: undefined when there is no text condition (absent or
 * blank), null when the text has nothing searchable (the listing is then empty). Every word must match.
 */
export function filterTextQuery(text: string | null | undefined, argument: string, fields: readonly string[]): string | null | undefined {
  if (text == null) return undefined;
  if (text.length > LIMITS.maxSearchTextLength) {
    throw badInput(`${argument} is limited to ${LIMITS.maxSearchTextLength} characters; got ${text.length}.`, argument);
  }
  if (text.trim() === '') return undefined;
  return buildFulltextQuery(text, { matchAll: true, fields });
}
