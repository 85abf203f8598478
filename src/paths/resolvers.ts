/**
 * Paths resolvers: validate arguments against LIMITS (before any Cypher), delegate to PathService
 * (which validates nextRoles / previousRoles itself: role(slug:) hands it them before these run).
 */
import { boundedFirst, boundedHops } from '../requestLimits/limits.js';
import { badInput } from '../errors.js';
import type { Resolvers } from '../generated/graphql.js';
import { toProvenance } from '../provenance/toProvenance.js';
import { selectedFields } from '../lookahead/selectedFields.js';
import { pathSelection } from './pathSelection.js';

export const pathResolvers = {
  Query: {
    careerPaths: async (_parent, { from, to, maxHops, first, rankBy }, { paths }, info) => {
      const query = {
        from,
        to,
        maxHops: boundedHops(maxHops),
        first: boundedFirst(first),
        rankBy,
      };
      if (from === to) throw badInput('from and to must be different roles.', 'to');
      return paths.careerPaths(query, pathSelection(selectedFields(info)));
    },
  },
  Role: {
    nextRoles: (role, args, { paths }, info) => paths.progressions(role, 'NEXT', args, pathSelection(selectedFields(info))),
    previousRoles: (role, args, { paths }, info) => paths.progressions(role, 'PREVIOUS', args, pathSelection(selectedFields(info))),
    similarRoles: (role, { first }, { paths }) => paths.similarRoles(role.id, boundedFirst(first)),
  },
  ProgressionStep: {
    provenance: (step) => toProvenance(step),
  },
  CareerPathStep: {
    provenance: (step) => toProvenance(step),
  },
} satisfies Resolvers;
