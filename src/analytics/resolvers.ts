/** Analytics resolvers: check the caps, map enums to stored tags, call the service. No Cypher here. */
import type { Resolvers, Source } from '../generated/graphql.js';
import { SOURCE_TAGS } from '../graph/sources.js';
import { boundedFirst } from '../requestLimits/limits.js';

const sourceTag = (source: Source | null | undefined) => (source ? SOURCE_TAGS[source] : null);

export const analyticsResolvers = {
  Query: {
    graphStats: (_parent, _args, { analytics }) => analytics.graphStats(),
    bridgeSkills: (_parent, { first, source, orderBy }, { analytics }) =>
      analytics.bridgeSkills({ first: boundedFirst(first), order: orderBy, sourceTag: sourceTag(source) }),
    roleCentrality: (_parent, { first, measure, source, engine }, { analytics }) =>
      analytics.roleCentrality({ first: boundedFirst(first), measure, sourceTag: sourceTag(source), engine }),
    careerClusters: (_parent, { basis, source, first, rolesPerCluster }, { analytics }) =>
      analytics.careerClusters({
        basis,
        sourceTag: sourceTag(source),
        first: boundedFirst(first),
        rolesPerCluster: boundedFirst(rolesPerCluster, 'rolesPerCluster'),
      }),
    familyMobility: (_parent, { first, source }, { analytics }) =>
      analytics.familyMobility({ first: boundedFirst(first), sourceTag: sourceTag(source) }),
  },
} satisfies Resolvers;
