/** Catalog resolvers: the `roles` connection. Validate arguments, call the repository, return models. */
import { boundedFirst } from '../api/limits.js';
import type { Resolvers } from '../generated/graphql.js';
import { readOrdering, readRoleFilter } from './arguments.js';
import { emptyConnection, toConnection } from './connection.js';
import { ROLE_SORT_KEYS, roleTieBreak } from './repository.js';

export const catalogResolvers = {
  Query: {
    roles: async (_parent, { filter, orderBy, first, after }, { catalog }) => {
      const limit = boundedFirst(first);
      const { params, matchesNothing } = readRoleFilter(filter);
      const order = readOrdering('role', orderBy, {
        hasText: params.textQuery !== null,
        fallback: 'TITLE',
        relevance: 'RELEVANCE',
        sortKeys: ROLE_SORT_KEYS,
        defaultDirections: { TITLE: 'ASC', MEDIAN_SALARY: 'DESC', JOB_ZONE: 'ASC', RELEVANCE: 'DESC' },
        tieBreak: (field) => roleTieBreak(params, field),
      }, after);
      if (matchesNothing) return emptyConnection(after != null);
      const rows = await catalog.roles.rolePage(params, { field: order.field, direction: order.direction, first: limit, after: order.cursor });
      return toConnection(rows, { first: limit, ordering: order.ordering, hasAfter: after != null }, () => catalog.roles.roleCount(params));
    },
  },
  RoleConnection: {
    totalCount: (connection) => connection.countTotal(),
  },
} satisfies Resolvers;
