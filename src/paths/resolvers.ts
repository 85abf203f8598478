/** Paths resolvers: validate arguments against LIMITS (before any Cypher), delegate to PathService. */
import { boundedFirst, boundedHops } from '../requestLimits/limits.js';
import { badInput } from '../errors.js';
import { progressionQuery } from './arguments.js';
import type { Resolvers } from '../generated/graphql.js';
import { toProvenance } from '../provenance/toProvenance.js';

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
    nextRoles: (role, args, { paths }) => paths.progressions(role, progressionQuery('NEXT', args)),
    previousRoles: (role, args, { paths }) => paths.progressions(role, progressionQuery('PREVIOUS', args)),
    similarRoles: (role, { first }, { paths }) => paths.similarRoles(role.id, boundedFirst(first, 10)),
  },
  ProgressionStep: {
    provenance: (step) => toProvenance(step),
  },
  CareerPathStep: {
    provenance: (step) => toProvenance(step),
  },
} satisfies Resolvers;
