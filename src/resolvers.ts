/** Every domain's resolvers merged into one map; domains only ever add fields, never override. */
import { analyticsResolvers } from './analytics/resolvers.js';
import { curationResolvers } from './curation/resolvers.js';
import { gapResolvers } from './gaps/resolvers.js';
import type { Resolvers } from './generated/graphql.js';
import { metaResolvers } from './meta/resolvers.js';
import { pathResolvers } from './paths/resolvers.js';
import { roleResolvers } from './roles/resolvers.js';
import { searchResolvers } from './search/resolvers.js';
import { skillResolvers } from './skills/resolvers.js';

const DOMAINS: Resolvers[] = [metaResolvers, roleResolvers, gapResolvers, pathResolvers, skillResolvers, searchResolvers, analyticsResolvers, curationResolvers];

export function mergeResolvers(domains: Resolvers[] = DOMAINS): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const domain of domains) {
    for (const [typeName, fields] of Object.entries(domain)) {
      const target = (merged[typeName] ??= {});
      for (const [field, resolver] of Object.entries(fields as Record<string, unknown>)) {
        if (field in target) throw new Error(`Resolver ${typeName}.${field} is defined by two domains`);
        target[field] = resolver;
      }
    }
  }
  return merged as Resolvers;
}
