/** Paths resolvers: validate arguments against LIMITS (before any Cypher), delegate to PathService. */
import { boundedFirst, boundedHops } from '../api/limits.js';
import { badInput } from '../errors.js';
import type { Resolvers } from '../generated/graphql.js';
import { toProvenance } from '../provenance/toProvenance.js';
import type { ProgressionDirection, ProgressionKind, ProgressionQuery } from './model.js';

/** Default `first` of nextRoles / previousRoles (the SDL leaves it open so clients can omit it). */
export const DEFAULT_PROGRESSIONS = 20;

function progressionQuery(
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

export const pathResolvers = {
  Query: {
    careerPaths: async (_parent, { from, to, maxHops, first, rankBy }, { paths }) => {
      const query = {
        from,
        to,
        maxHops: boundedHops(maxHops, 4),
        first: boundedFirst(first, 5),
        rankBy: rankBy ?? 'FEWEST_STEPS',
      };
      if (from === to) throw badInput('from and to must be different roles.', 'to');
      return paths.careerPaths(query);
    },
  },
  Role: {
    nextRoles: (role, args, { paths }) => paths.progressions(role.id, progressionQuery('NEXT', args)),
    previousRoles: (role, args, { paths }) => paths.progressions(role.id, progressionQuery('PREVIOUS', args)),
    similarRoles: (role, { first }, { paths }) => paths.similarRoles(role.id, boundedFirst(first, 10)),
  },
  ProgressionStep: {
    provenance: (step) => toProvenance(step),
  },
  CareerPathStep: {
    provenance: (step) => toProvenance(step),
  },
} satisfies Resolvers;
