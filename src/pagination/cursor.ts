/**
 * Opaque keyset cursors for the catalog connections: base64url of `[ordering, sortValue, tieBreak]`.
 * The ordering tag (e.g. "role:TITLE:ASC:id") is checked on decode, so a cursor taken under one
 * ordering cannot silently page another. Clients must treat cursors as opaque.
 */
import { badInput } from '../errors.js';

/** The sort key of the last row a page returned; `value` is null for rows without one (they sort last). */
export type CursorValue = string | number | null;

export interface KeysetCursor {
  ordering: string;
  value: CursorValue;
  /** The row's unique tie-breaker (keysetQuery.ts): its id, or its element id. */
  tieBreak: string;
}

/** Longer strings are rejected before decoding: no legitimate cursor comes near it. */
const MAX_CURSOR_LENGTH = 1024;

export function encodeCursor(cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify([cursor.ordering, cursor.value, cursor.tieBreak]), 'utf8').toString('base64url');
}

/**
 * Decodes a client's cursor for `ordering`; anything malformed, from another ordering, or with a
 * sort value of the wrong type is the client's mistake (BAD_USER_INPUT), never a 500.
 */
export function decodeCursor(
  text: string,
  expected: { ordering: string; valueType: 'string' | 'number' },
  argument = 'after',
): KeysetCursor {
  const invalid = (why: string) => badInput(`${argument} is not a valid cursor for this ordering (${why}).`, argument);
  if (text.length === 0 || text.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(text)) throw invalid('not a cursor');
  const bytes = Buffer.from(text, 'base64url');
  // Buffer.from skips characters it cannot decode; a round trip catches truncated or padded text.
  if (bytes.toString('base64url') !== text) throw invalid('not a cursor');
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw invalid('not a cursor');
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw invalid('not a cursor');
  const [ordering, value, tieBreak] = parsed as unknown[];
  if (typeof ordering !== 'string' || typeof tieBreak !== 'string' || tieBreak.length === 0) throw invalid('not a cursor');
  if (ordering !== expected.ordering) throw invalid(`it was issued for ${ordering}, not ${expected.ordering}`);
  const valueOk =
    value === null ||
    (expected.valueType === 'string' && typeof value === 'string') ||
    (expected.valueType === 'number' && typeof value === 'number' && Number.isFinite(value));
  if (!valueOk) throw invalid('unexpected sort value');
  return { ordering, value: value as CursorValue, tieBreak };
}
