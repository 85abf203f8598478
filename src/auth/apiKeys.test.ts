import { describe, expect, it } from 'vitest';
import { ApiKeyFormatError, findApiKey, generateApiKey, hashApiKey, parseApiKeys } from './apiKeys.js';

const hexOf = (token: string) => hashApiKey(token);

describe('hashApiKey', () => {
  it('is the lower-case hex SHA-256 of the token', () => {
    // SHA-256("abc"), FIPS 180-2 appendix B.1.
    expect(hashApiKey('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('parseApiKeys', () => {
  it('reads comma-separated name:role:sha256 entries, ignoring blanks and spaces', () => {
    const keys = parseApiKeys(` alice:editor:${hexOf('a')} , ,bob:reader:${hexOf('b').toUpperCase()}`);
    expect(keys.map(({ name, role }) => ({ name, role }))).toEqual([
      { name: 'alice', role: 'editor' },
      { name: 'bob', role: 'reader' },
    ]);
    expect(keys[1].digest.toString('hex')).toBe(hexOf('b'));
  });

  it('treats an empty value as no keys', () => {
    expect(parseApiKeys('')).toEqual([]);
  });

  it.each([
    ['alice:editor', /<name>:<role>:<sha256hex>/],
    [`alice:admin:${hexOf('a')}`, /role must be one of reader, editor/],
    ['alice:editor:abc123', /64 hex digits/],
    [`al ice:editor:${hexOf('a')}`, /key name/],
    [`alice:editor:${hexOf('a')},alice:reader:${hexOf('b')}`, /used twice/],
    [`alice:editor:${hexOf('a')},bob:reader:${hexOf('a')}`, /configured twice/],
  ])('rejects %s', (value, message) => {
    expect(() => parseApiKeys(value)).toThrow(ApiKeyFormatError);
    expect(() => parseApiKeys(value)).toThrow(message);
  });

  it('never echoes a hash in its messages', () => {
    const digest = hexOf('secret');
    expect(() => parseApiKeys(`x:root:${digest}`)).toThrow(expect.objectContaining({ message: expect.not.stringContaining(digest) }));
  });
});

describe('findApiKey', () => {
  const keys = parseApiKeys(`alice:editor:${hexOf('token-a')},bob:reader:${hexOf('token-b')}`);

  it('finds the key whose hash matches the token', () => {
    expect(findApiKey(keys, 'token-a')?.name).toBe('alice');
    expect(findApiKey(keys, 'token-b')?.role).toBe('reader');
  });

  it('finds nothing for an unknown, empty or near-miss token', () => {
    expect(findApiKey(keys, 'token-c')).toBeNull();
    expect(findApiKey(keys, '')).toBeNull();
    expect(findApiKey(keys, 'token-a ')).toBeNull();
    expect(findApiKey([], 'token-a')).toBeNull();
  });
});

describe('generateApiKey', () => {
  it('makes a random key whose config entry verifies it', () => {
    const first = generateApiKey('ci-bot', 'editor');
    const second = generateApiKey('ci-bot', 'editor');
    expect(first.token).not.toBe(second.token);
    expect(first.token).toMatch(/^cgk_[A-Za-z0-9_-]{43}$/);
    expect(first.entry).toBe(`ci-bot:editor:${hashApiKey(first.token)}`);
    expect(first.entry).not.toContain(first.token);
    expect(findApiKey(parseApiKeys(first.entry), first.token)).toMatchObject({ name: 'ci-bot', role: 'editor' });
  });

  it('refuses a bad name or role', () => {
    expect(() => generateApiKey('bad:name', 'editor')).toThrow(ApiKeyFormatError);
    expect(() => generateApiKey('ok', 'owner')).toThrow(/role/);
  });
});
