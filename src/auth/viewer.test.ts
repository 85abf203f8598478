import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { hashApiKey, parseApiKeys } from './apiKeys.js';
import { authenticate, requireEditor, type AuthConfig, type Viewer } from './viewer.js';

const auth: AuthConfig = {
  apiKeys: parseApiKeys(`ed:editor:${hashApiKey('editor-token')},rd:reader:${hashApiKey('reader-token')}`),
  allowAnonymousReads: true,
};

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions.code : 'not a GraphQLError';
  }
  return 'no error';
};

describe('authenticate', () => {
  it('maps a valid bearer token to its key name and role (scheme case-insensitive)', () => {
    expect(authenticate('Bearer editor-token', auth)).toEqual({ kind: 'apiKey', name: 'ed', role: 'editor' });
    expect(authenticate('bearer reader-token', auth)).toEqual({ kind: 'apiKey', name: 'rd', role: 'reader' });
  });

  it('is anonymous without a header when anonymous reads are allowed, rejected when not', () => {
    expect(authenticate(undefined, auth)).toEqual({ kind: 'anonymous' });
    expect(authenticate('', auth)).toEqual({ kind: 'anonymous' });
    expect(authenticate(undefined, { ...auth, allowAnonymousReads: false }).kind).toBe('rejected');
  });

  it('rejects an unknown token or a header that is not a bearer token', () => {
    expect(authenticate('Bearer nope', auth)).toMatchObject({ kind: 'rejected', reason: 'The API key is not valid.' });
    expect(authenticate('Basic ZWQ6eA==', auth).kind).toBe('rejected');
    expect(authenticate('Bearer', auth).kind).toBe('rejected');
    expect(authenticate('editor-token', auth).kind).toBe('rejected');
  });
});

describe('requireEditor', () => {
  it('returns the editor key name', () => {
    expect(requireEditor({ kind: 'apiKey', name: 'ed', role: 'editor' })).toBe('ed');
  });

  it.each<[Viewer, string]>([
    [{ kind: 'anonymous' }, 'UNAUTHENTICATED'],
    [{ kind: 'rejected', reason: 'bad' }, 'UNAUTHENTICATED'],
    [{ kind: 'apiKey', name: 'rd', role: 'reader' }, 'FORBIDDEN'],
  ])('refuses %o with %s', (viewer, code) => {
    expect(codeOf(() => requireEditor(viewer))).toBe(code);
  });
});
