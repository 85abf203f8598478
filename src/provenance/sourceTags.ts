/** A `sources: [Source!]` filter argument as the stored source tags it selects. */
import { SOURCE_TAGS } from '../graph/sources.js';
import type { Source } from '../generated/graphql.js';
import { boundedList } from '../requestLimits/limits.js';

export function sourceTags(sources: readonly Source[] | null | undefined, argument: string): string[] | null {
  return boundedList(sources, argument)?.map((source) => SOURCE_TAGS[source]) ?? null;
}
