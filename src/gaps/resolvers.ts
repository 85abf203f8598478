/** Gap resolvers: validate arguments (before any Cypher), delegate to the gap service, return models. */
import { boundedFirst } from '../requestLimits/limits.js';
import { badInput } from '../errors.js';
import type { Resolvers } from '../generated/graphql.js';
import { selectedFields } from '../lookahead/selectedFields.js';
import { gapSelection, recommendListSelection, recommendSelection } from './gapSelection.js';
import { readProfile, readProfiles } from './profile.js';
import { readRecommendFilter } from './recommendFilter.js';

export const gapResolvers = {
  Query: {
    skillGap: async (_parent, { target, profile, fromRole }, { gaps }, info) => {
      if (profile == null && fromRole == null) throw badInput('Give a profile, a fromRole, or both.', 'profile');
      return gaps.skillGap(readProfile(profile), target, fromRole ?? null, gapSelection(selectedFields(info)));
    },
    recommendRoles: async (_parent, { profile, first, filter }, { gaps }, info) => {
      const limit = boundedFirst(first);
      const entries = readProfile(profile);
      const [list] = await gaps.recommendRoles([entries], limit, readRecommendFilter(filter), recommendSelection(selectedFields(info)));
      return list!.matches;
    },
    recommendRolesBatch: async (_parent, { profiles, first, filter }, { gaps }, info) => {
      const limit = boundedFirst(first);
      return gaps.recommendRoles(readProfiles(profiles), limit, readRecommendFilter(filter), recommendListSelection(selectedFields(info)));
    },
    skillLeverage: async (_parent, { profile, first, filter }, { gaps }) => {
      const limit = boundedFirst(first);
      return gaps.skillLeverage(readProfile(profile), limit, readRecommendFilter(filter));
    },
  },
} satisfies Resolvers;
