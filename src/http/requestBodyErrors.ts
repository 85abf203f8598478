/**
 * How a request body that cannot be read is answered: malformed JSON → 400, too large → 413, as
 * GraphQL-shaped JSON errors, never Express's HTML page with a stack trace. One answer for both ways
 * in (graphqlPost.ts, and Express's error handler for the other routes).
 */
import type { ServerResponse } from 'node:http';

/** What body-parser (and http-errors) put on the errors they raise. */
export interface RequestBodyError {
  status?: number;
  type?: string;
  message?: string;
}

export function requestBodyErrorAnswer(error: RequestBodyError, production: boolean): { status: number; body: string } {
  const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
  const message =
    error.type === 'entity.too.large' ? 'Request body too large.'
    : error.type === 'entity.parse.failed' ? 'Malformed JSON in request body.'
    : status < 500 ? (error.message ?? 'Bad request.')
    : production ? 'Internal server error' : (error.message ?? 'Internal server error');
  const body = JSON.stringify({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }] });
  return { status, body };
}

export function sendRequestBodyError(res: ServerResponse, error: RequestBodyError, production: boolean): void {
  const { status, body } = requestBodyErrorAnswer(error, production);
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(body);
}
