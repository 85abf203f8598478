/**
 * POST /graphql on node:http's own request and response: body-parser's JSON reader, then Apollo's
 * executeHTTPGraphQLRequest, which is what @apollo/server/standalone does. Every client query comes
 * this way, so it skips what Express adds per request and GraphQL does not use: the router, the
 * request and response decoration, and res.send's ETag (a SHA-1 of every answer, useless on a POST).
 * What it saved is measured in docs/performance.md, "Fifth pass" (bench/alternating.ts). GET /graphql
 * (cacheable, conditional) stays on Express.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import bodyParser from 'body-parser';
import { sendRequestBodyError, type RequestBodyError } from './requestBodyErrors.js';

/**
 * Whether body-parser reads the body as JSON: its media type is application/json, parameters (charset)
 * aside, as body-parser's default check (type-is) decides too. type-is parses the header and
 * normalises the expected type on every request: ~2 % of the API's CPU on a role lookup, per CPU
 * profile (docs/performance.md). A body of another type is not read, and Apollo answers it as before
 * (CSRF prevention, or a 400 for a missing body).
 */
export function isJsonBody(req: IncomingMessage): boolean {
  const type = req.headers['content-type'];
  if (type === undefined) return false;
  const parameters = type.indexOf(';');
  return (parameters === -1 ? type : type.slice(0, parameters)).trim().toLowerCase() === 'application/json';
}

export interface GraphqlPostOptions<TContext extends BaseContext> {
  /** The largest body read, as body-parser takes it ('1mb'). */
  bodyLimit: string | number;
  production: boolean;
  context(req: IncomingMessage, res: ServerResponse): Promise<TContext>;
}

export function graphqlPostHandler<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  options: GraphqlPostOptions<TContext>,
): (req: IncomingMessage, res: ServerResponse) => void {
  apollo.assertStarted('graphqlPostHandler()');
  const readJson = bodyParser.json({ limit: options.bodyLimit, type: isJsonBody });
  const fail = (res: ServerResponse, error: RequestBodyError) => {
    if (res.headersSent) res.destroy();
    else sendRequestBodyError(res, error, options.production);
  };
  return (req, res) => {
    readJson(req, res, (error?: unknown) => {
      if (error) return fail(res, error as RequestBodyError);
      respond(apollo, options, req, res).catch((failure: unknown) => fail(res, failure as RequestBodyError));
    });
  };
}

async function respond<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  options: GraphqlPostOptions<TContext>,
  req: IncomingMessage & { body?: unknown },
  res: ServerResponse,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = req.url ?? '';
  const query = url.indexOf('?');
  const answer = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'POST', headers, search: query === -1 ? '' : url.slice(query), body: req.body },
    context: () => options.context(req, res),
  });
  for (const [key, value] of answer.headers) res.setHeader(key, value);
  res.statusCode = answer.status ?? 200;
  if (answer.body.kind === 'complete') {
    res.end(answer.body.string);
    return;
  }
  // Incremental delivery (@defer): not enabled on this server, but written out as Apollo sends it.
  for await (const chunk of answer.body.asyncIterator) res.write(chunk);
  res.end();
}
