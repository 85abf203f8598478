/** Role.nextRoles / previousRoles arguments -> a validated ProgressionQuery (BAD_USER_INPUT before any Cypher). */
import { boundedFirst, boundedHops } from '../requestLimits/limits.js';
import { badInput } from '../errors.js';
import type { ProgressionDirection, ProgressionKind, ProgressionQuery } from './model.js';

/** Default `first` of nextRoles / previousRoles (the SDL leaves it open so clients can omit it). */
export const DEFAULT_PROGRESSIONS = 20;

export function progressionQuery(
  direction: ProgressionDirection,
  args: { maxHops?: number | null; first?: number | null; kinds?: ReadonlyArray<ProgressionKind> | null },
): ProgressionQuery {
  const maxHops = boundedHops(args.maxHops, 1);
  const first = boundedFirst(args.first, DEFAULT_PROGRESSIONS);
  if (args.kinds && args.kinds.length === 0) throw badInput('kinds must not be empty; omit it for every kind.', 'kinds');
  // Sorted and deduplicated so equal filters share one DataLoader (and one statement).
  const kinds = args.kinds ? [...new Set(args.kinds)].sort() : null;
  return { direction, maxHops, first, kinds };
}

