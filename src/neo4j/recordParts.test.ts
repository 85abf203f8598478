import { describe, expect, it } from 'vitest';
import { joinParts } from './recordParts.js';

interface Row {
  part: number;
  slug: string;
  routes: string[] | null;
  roles: string[];
  skills: string[];
}

describe('joinParts', () => {
  it('takes the head from part 0 and concatenates every list in part order, per answer', () => {
    const rows: Row[] = [
      { part: 1, slug: 'b', routes: null, roles: ['b2'], skills: [] },
      { part: 0, slug: 'a', routes: ['a>x'], roles: ['a0'], skills: ['s1'] },
      { part: 0, slug: 'b', routes: ['b>y'], roles: ['b0', 'b1'], skills: ['s2'] },
      { part: 1, slug: 'a', routes: null, roles: ['a1'], skills: ['s3'] },
      { part: 2, slug: 'a', routes: null, roles: [], skills: ['s4'] },
    ];
    expect(joinParts(rows, (row) => row.slug, ['roles', 'skills'])).toEqual([
      { part: 0, slug: 'a', routes: ['a>x'], roles: ['a0', 'a1'], skills: ['s1', 's3', 's4'] },
      { part: 0, slug: 'b', routes: ['b>y'], roles: ['b0', 'b1', 'b2'], skills: ['s2'] },
    ]);
  });

  it('leaves the rows it was given as they were', () => {
    const head: Row = { part: 0, slug: 'a', routes: [], roles: ['a0'], skills: [] };
    joinParts([head, { part: 1, slug: 'a', routes: null, roles: ['a1'], skills: ['s'] }], (row) => row.slug, ['roles', 'skills']);
    expect(head).toEqual({ part: 0, slug: 'a', routes: [], roles: ['a0'], skills: [] });
  });

  it('fails on a part whose answer has no part 0', () => {
    expect(() => joinParts([{ part: 1, slug: 'a', routes: null, roles: [], skills: [] }], (row) => row.slug, ['roles'])).toThrow('Part 1 of answer "a" came without its part 0');
  });
});
