/**
 * Express middleware: gives every HTTP request an id (the caller's `x-request-id` when it is a
 * sane token, else a fresh UUID), echoes it in the response, and writes one log line when the
 * response is finished, with what the GraphQL plugin learnt about the operation.
 */
import { randomUUID } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
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

export function requestObservation(res: Response): RequestObservation | undefined {
  return res.locals.observation as RequestObservation | undefined;
}

export function requestLogging(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const incoming = req.get(REQUEST_ID_HEADER);
    const requestId = incoming && ACCEPTED_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    const observation: RequestObservation = { requestId, errorCodes: [] };
    res.locals.observation = observation;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const started = performance.now();
    const path = req.path; // read now: routers mounted on a prefix rewrite it; the query string is never logged
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
    next();
  };
}
