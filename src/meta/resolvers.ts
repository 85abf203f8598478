import type { Resolvers } from '../generated/graphql.js';
import { DATA_SOURCES } from './dataSources.js';

export const API_NAME = 'Career Graph';
export const API_VERSION = '0.1.0';

export const metaResolvers = {
  Query: {
    apiInfo: async (_parent, _args, { meta }) => ({
      name: API_NAME,
      version: API_VERSION,
      neo4jVersion: await meta.serverVersion().catch(() => null),
      dataSources: DATA_SOURCES,
    }),
  },
} satisfies Resolvers;
