/**
 * Who is calling: the Viewer is derived once per request from the Authorization header and put on
 * the context. Authentication (is the token valid, may anonymous callers read at all) happens here
 * and in the authentication plugin; authorisation (may this viewer write) in the resolvers that write.
 */
import type { Config } from '../config.js';
import { apiError, ErrorCode } from '../errors.js';
import { findApiKey, type ApiKeyRole } from './apiKeys.js';

export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'apiKey'; name: string; role: ApiKeyRole }
  /** A token was presented but is not valid (or is required and missing): every operation is refused. */
  | { kind: 'rejected'; reason: string };

/** API_KEYS and ALLOW_ANONYMOUS_READS (src/config.ts); anonymous reads default to on: the graph is public data. */
export type AuthConfig = Config['auth'];

export const ANONYMOUS_VIEWER: Viewer = { kind: 'anonymous' };

/** Used when a server is created without auth settings: no keys, public reads. */
export const DEFAULT_AUTH_CONFIG: AuthConfig = { apiKeys: [], allowAnonymousReads: true };

const BEARER = /^Bearer +(\S+) *$/i;

export function authenticate(authorization: string | undefined, auth: AuthConfig): Viewer {
  if (authorization === undefined || authorization.trim() === '') {
    return auth.allowAnonymousReads ? ANONYMOUS_VIEWER : { kind: 'rejected', reason: 'An API key is required: send "Authorization: Bearer <key>".' };
  }
  const token = BEARER.exec(authorization)?.[1];
  if (!token) return { kind: 'rejected', reason: 'The Authorization header must be "Bearer <key>".' };
  const key = findApiKey(auth.apiKeys, token);
  return key ? { kind: 'apiKey', name: key.name, role: key.role } : { kind: 'rejected', reason: 'The API key is not valid.' };
}

function unauthenticated(message: string) {
  // 401 with a challenge (RFC 6750) when the whole operation is refused over HTTP.
  return apiError(ErrorCode.UNAUTHENTICATED, message, {
    http: { status: 401, headers: new Map([['www-authenticate', 'Bearer realm="career-graph"']]) },
  });
}

/** Refuses the operation of a viewer whose token was rejected. */
export function assertAuthenticated(viewer: Viewer): void {
  if (viewer.kind === 'rejected') throw unauthenticated(viewer.reason);
}

/** The name of the editor making a change (recorded as `updatedBy`), or the reason they may not. */
export function requireEditor(viewer: Viewer): string {
  switch (viewer.kind) {
    case 'rejected':
      throw unauthenticated(viewer.reason);
    case 'anonymous':
      throw unauthenticated('Changing the graph needs an editor API key: send "Authorization: Bearer <key>".');
    case 'apiKey':
      if (viewer.role !== 'editor') {
        throw apiError(ErrorCode.FORBIDDEN, `The API key "${viewer.name}" is a ${viewer.role} key; changing the graph needs an editor key.`);
      }
      return viewer.name;
  }
}
