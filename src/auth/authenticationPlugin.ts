/**
 * Refuses a whole operation, before any resolver runs, when the caller's token was rejected (or a
 * token is required and missing): a bad key must fail loudly even on a query, not silently read as
 * anonymous. Writes are authorised separately, by the resolvers that write (requireEditor).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphContext } from '../context.js';
import { assertAuthenticated } from './viewer.js';

export function authenticationPlugin(): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          assertAuthenticated(contextValue.viewer);
        },
      };
    },
  };
}
