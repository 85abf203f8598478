/**
 * The one list of error codes clients can rely on (`extensions.code`), and the mapping from
 * Neo4j driver failures to them. Anything not listed here is an internal error and is masked in
 * production by the server's error formatter.
 */
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

export const ErrorCode = {
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function apiError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export const notFound = (what: string, key: string) =>
  apiError(ErrorCode.NOT_FOUND, `${what} "${key}" was not found.`, { [what.toLowerCase()]: key });
export const badInput = (message: string, argument?: string) =>
  apiError(ErrorCode.BAD_USER_INPUT, message, argument ? { argument } : {});

/** Driver codes that mean "the database is not reachable right now", not "the query is wrong". */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

/**
 * The driver reports a connection it could not get in time (pool exhausted, or a server that
 * accepts connections but does not answer, as Neo4j does while it starts) without a code.
 */
const ACQUISITION_TIMEOUT = /^Connection acquisition timed out/;

export function isNeo4jUnavailable(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    (UNAVAILABLE_CODES.has(error.code) || error.code.startsWith('Neo.TransientError.General') || ACQUISITION_TIMEOUT.test(error.message))
  );
}

export function isTransactionTimeout(error: unknown): boolean {
  return error instanceof Neo4jError && /TransactionTimedOut|Transaction\.TransactionTimedOut/.test(error.code);
}

/**
 * A statement calling a Graph Data Science procedure or function on a Neo4j server without the GDS
 * plugin fails at compile time (unknown procedure / unknown function), not as a transient error: the
 * server will not gain GDS by retrying.
 */
export function isGraphDataScienceMissing(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    (error.code === 'Neo.ClientError.Procedure.ProcedureNotFound' || error.code === 'Neo.ClientError.Statement.SyntaxError') &&
    // Only "unknown": a real syntax error in a statement that uses GDS must surface as our bug.
    /(Unknown function|no procedure with the name|procedure .* not found)[^\n]*\bgds\./i.test(error.message)
  );
}

/** `extensions.reason` of the SERVICE_UNAVAILABLE error a GDS-backed field gives when the server has no GDS. */
export const GDS_NOT_INSTALLED = 'GDS_NOT_INSTALLED';

/** Maps a failure from the database layer into an API error; unknown errors pass through untouched. */
export function mapNeo4jError(error: unknown): unknown {
  if (error instanceof GraphQLError) return error;
  if (isGraphDataScienceMissing(error)) {
    return apiError(
      ErrorCode.SERVICE_UNAVAILABLE,
      'This field needs the Neo4j Graph Data Science library (GDS 2.13), which the Neo4j server this API uses does not have ' +
        '(docs/api-analytics.md, "Graph Data Science"). Every other field keeps working.',
      { reason: GDS_NOT_INSTALLED },
    );
  }
  if (isNeo4jUnavailable(error)) {
    return apiError(ErrorCode.SERVICE_UNAVAILABLE, 'The graph database is not available right now; try again shortly.');
  }
  if (isTransactionTimeout(error)) {
    return apiError(ErrorCode.SERVICE_UNAVAILABLE, 'The query took too long and was stopped.');
  }
  return error;
}
