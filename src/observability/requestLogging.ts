/**
 * Gives every HTTP request an id (the caller's `x-request-id` when it is a sane token, else a fresh
 * UUID), echoes it in the response, and writes one log line when the response is finished, with what
 * the GraphQL plugin learnt about the operation. It works on node:http's own request and response,
 * because POST /graphql is served without Express (http/graphqlPost.ts) and the other routes with it.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from './createLogger.js';

export const REQUEST_ID_HEADER = 'x-request-id';
/** Ids are logged verbatim, so only short, printable tokens are honoured. */
const ACCEPTED_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
/** Probes and scrapes are logged at debug, so they do not drown the request log. */
const QUIET_PATHS = new Set(['/health', '/ready', '/metrics']);

/** Filled in while a request is handled (by the GraphQL plugin), read when it is logged. */
export interface RequestObservation {
  requestId: string;
  operationName?: string;
  operationType?: string;
  errorCodes: string[];
  /** True when the response came from the response cache (no Cypher ran). */
  cacheHit?: boolean;
}

const observations = new WeakMap<ServerResponse, RequestObservation>();

export function requestObservation(res: ServerResponse): RequestObservation | undefined {
  return observations.get(res);
}

/** The path of a request URL, without its query string (which is never logged). */
export function pathOf(url: string | undefined): string {
  if (!url) return '/';
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

/** Call first for every request, before any route answers it. */
export function requestLogging(logger: Logger): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const incoming = req.headers[REQUEST_ID_HEADER];
    const requestId = typeof incoming === 'string' && ACCEPTED_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    const observation: RequestObservation = { requestId, errorCodes: [] };
    observations.set(res, observation);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const started = performance.now();
    const path = pathOf(req.url); // read now: Express's routers rewrite req.url under a mount path
    res.once('finish', () => {
      const line = {
        event: 'request',
        requestId,
        method: req.method,
        path,
        status: res.statusCode,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        ...(observation.operationName !== undefined && { operationName: observation.operationName }),
        ...(observation.operationType !== undefined && { operationType: observation.operationType }),
        ...(observation.errorCodes.length > 0 && { errorCodes: observation.errorCodes }),
        ...(observation.cacheHit && { cacheHit: true }),
      };
      if (QUIET_PATHS.has(path)) logger.debug(line, 'request');
      else logger.info(line, 'request');
    });
  };
}
