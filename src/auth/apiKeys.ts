/**
 * API keys: bearer tokens an operator hands out. The configuration (API_KEYS) holds only their
 * SHA-256 digests, so a leaked config or log line never contains a usable secret. A presented
 * token is hashed and compared with every configured digest in constant time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const API_KEY_ROLES = ['reader', 'editor'] as const;
export type ApiKeyRole = (typeof API_KEY_ROLES)[number];

export interface ApiKey {
  /** Who holds the key; recorded as `updatedBy` on everything the key writes. */
  name: string;
  role: ApiKeyRole;
  /** SHA-256 of the token (32 bytes). */
  digest: Buffer;
}

/** Letters, digits, dot, dash and underscore: safe in the comma/colon config format and in logs. */
const KEY_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const SHA256_HEX = /^[0-9a-f]{64}$/i;
/** Prefix of generated keys, so a leaked one is recognisable (e.g. by secret scanners). */
const KEY_PREFIX = 'cgk_';

export class ApiKeyFormatError extends Error {
  override name = 'ApiKeyFormatError';
}

export function hashApiKey(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function isApiKeyRole(value: string): value is ApiKeyRole {
  return (API_KEY_ROLES as readonly string[]).includes(value);
}

export function checkApiKeyName(name: string): string {
  if (!KEY_NAME.test(name)) {
    throw new ApiKeyFormatError(`key name "${name}" must be 1-64 letters, digits, ".", "-" or "_", starting with a letter or digit`);
  }
  return name;
}

/**
 * Parses API_KEYS: comma-separated `<name>:<role>:<sha256hex>` entries (blank entries ignored).
 * Messages name the entry but never echo a digest.
 */
export function parseApiKeys(value: string): ApiKey[] {
  const keys: ApiKey[] = [];
  const entries = value.split(',').map((entry) => entry.trim()).filter((entry) => entry.length > 0);
  entries.forEach((entry, index) => {
    const where = `entry ${index + 1}`;
    const parts = entry.split(':');
    if (parts.length !== 3) throw new ApiKeyFormatError(`${where} must look like <name>:<role>:<sha256hex>`);
    const [name, role, hex] = parts.map((part) => part.trim()) as [string, string, string];
    checkApiKeyName(name);
    if (!isApiKeyRole(role)) throw new ApiKeyFormatError(`${where} ("${name}"): role must be one of ${API_KEY_ROLES.join(', ')}`);
    if (!SHA256_HEX.test(hex)) throw new ApiKeyFormatError(`${where} ("${name}"): the hash must be 64 hex digits (SHA-256)`);
    if (keys.some((key) => key.name === name)) throw new ApiKeyFormatError(`${where}: the name "${name}" is used twice`);
    const digest = Buffer.from(hex.toLowerCase(), 'hex');
    if (keys.some((key) => key.digest.equals(digest))) throw new ApiKeyFormatError(`${where} ("${name}"): the same key is configured twice`);
    keys.push({ name, role, digest });
  });
  return keys;
}

/** The key a bearer token belongs to, or null. */
export function findApiKey(keys: readonly ApiKey[], token: string): ApiKey | null {
  const digest = createHash('sha256').update(token, 'utf8').digest();
  let found: ApiKey | null = null;
  // Every digest is compared, without stopping at a match, so timing tells nothing about which
  // entry (or whether any) matched; timingSafeEqual keeps each comparison constant-time.
  for (const key of keys) {
    if (timingSafeEqual(digest, key.digest) && found === null) found = key;
  }
  return found;
}

export interface GeneratedApiKey {
  /** The secret: shown once, never stored. */
  token: string;
  /** The API_KEYS entry to add to the configuration. */
  entry: string;
}

export function generateApiKey(name: string, role: string): GeneratedApiKey {
  checkApiKeyName(name);
  if (!isApiKeyRole(role)) throw new ApiKeyFormatError(`role must be one of ${API_KEY_ROLES.join(', ')}`);
  const token = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { token, entry: `${name}:${role}:${hashApiKey(token)}` };
}
