import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor.js';

const TITLE = { ordering: 'role:TITLE:ASC', valueType: 'string' } as const;
const SALARY = { ordering: 'role:MEDIAN_SALARY:DESC', valueType: 'number' } as const;

function codeOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return (error as { extensions?: { code?: unknown } }).extensions?.code;
  }
  return 'no error';
}

describe('keyset cursors', () => {
  it('round-trip the sort value and id, as URL-safe opaque text', () => {
    const cursor = { ordering: 'role:TITLE:ASC', value: 'cloud architect (ai/ml focus) — é', tieBreak: 'curated:role:cloud-architect-ai-ml' };
    const text = encodeCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(text, TITLE)).toEqual(cursor);
  });

  it('round-trip numbers exactly and null (rows without a sort value)', () => {
    for (const value of [0, 185000, 0.1 + 0.2, 12.345678901234567, null]) {
      const cursor = { ordering: SALARY.ordering, value, tieBreak: 'x' };
      expect(decodeCursor(encodeCursor(cursor), SALARY)).toEqual(cursor);
    }
  });

  it('reject a cursor issued for another ordering', () => {
    const text = encodeCursor({ ordering: 'role:TITLE:DESC', value: 'a', tieBreak: 'x' });
    expect(codeOf(() => decodeCursor(text, TITLE))).toBe('BAD_USER_INPUT');
  });

  it('reject a sort value of the wrong type', () => {
    expect(codeOf(() => decodeCursor(encodeCursor({ ordering: TITLE.ordering, value: 5, tieBreak: 'x' }), TITLE))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => decodeCursor(encodeCursor({ ordering: SALARY.ordering, value: '5', tieBreak: 'x' }), SALARY))).toBe('BAD_USER_INPUT');
  });

  it('reject garbage as BAD_USER_INPUT, never another error', () => {
    const b64 = (json: string) => Buffer.from(json).toString('base64url');
    const garbage = [
      '',
      'not a cursor!',
      'abc',
      '====',
      b64('{"a":1}'),
      b64('[1,2,3]'),
      b64('["role:TITLE:ASC","a"]'),
      b64('["role:TITLE:ASC","a",""]'),
      b64('["role:TITLE:ASC","a",7]'),
      b64('not json'),
      `${encodeCursor({ ordering: TITLE.ordering, value: 'a', tieBreak: 'x' })}=`,
      'A'.repeat(5000),
    ];
    for (const text of garbage) expect(codeOf(() => decodeCursor(text, TITLE)), text).toBe('BAD_USER_INPUT');
  });
});
