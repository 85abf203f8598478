/**
 * Paths resolvers: validate arguments against LIMITS (before any Cypher), delegate to PathService
 * (which validates nextRoles / previousRoles itself: role(slug:) hands it them before these run).
 */
import { boundedFirst, boundedHops } from '../requestLimits/limits.js';
import { badInput } from '../errors.js';
import type { Resolvers } from '../generated/graphql.js';
import { toProvenance } from '../provenance/toProvenance.js';

export const pathResolvers = {
  Query: {
    careerPaths: async (_parent, { from, to, maxHops, first, rankBy }, { paths }) => {
      const query = {
        from,
        to,
        maxHops: boundedHops(maxHops),
        first: boundedFirst(first),
        rankBy,
      };
      if (from === to) throw badInput('from and to must be different roles.', 'to');
      return paths.careerPaths(query);
    },
  },
  Role: {
    nextRoles: (role, args, { paths }) => paths.progressions(role, 'NEXT', args),
    previousRoles: (role, args, { paths }) => paths.progressions(role, 'PREVIOUS', args),
    similarRoles: (role, { first }, { paths }) => paths.similarRoles(role.id, boundedFirst(first)),
  },
  ProgressionStep: {
    provenance: (step) => toProvenance(step),
  },
  CareerPathStep: {
    provenance: (step) => toProvenance(step),
  },
} satisfies Resolvers;
