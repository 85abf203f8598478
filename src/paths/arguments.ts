/** Role.nextRoles / previousRoles arguments -> a validated ProgressionQuery (BAD_USER_INPUT before any Cypher). */
import { boundedFirst, boundedHops } from '../requestLimits/limits.js';
import { badInput } from '../errors.js';
import type { ProgressionDirection, ProgressionKind, ProgressionQuery } from './model.js';

/**
 * The field's arguments as resolvers and the lookahead see them: SDL defaults applied
 * (src/arguments/argumentDefaults.ts). A type, not an interface, so the lookahead's record converts to it.
 */
export type ProgressionArguments = {
  maxHops: number;
  first: number;
  kinds?: ReadonlyArray<ProgressionKind> | null;
};

export function progressionQuery(direction: ProgressionDirection, args: ProgressionArguments): ProgressionQuery {
  const maxHops = boundedHops(args.maxHops);
  const first = boundedFirst(args.first);
  if (args.kinds && args.kinds.length === 0) throw badInput('kinds must not be empty; omit it for every kind.', 'kinds');
  // Sorted and deduplicated so equal filters share one DataLoader (and one statement).
  const kinds = args.kinds ? [...new Set(args.kinds)].sort() : null;
  return { direction, maxHops, first, kinds };
}
