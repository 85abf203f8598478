/** MoveGapMemo without a database: gaps are served only at the commit they were remembered at. */
import { describe, expect, it } from 'vitest';
import { MoveGapMemo, moveKey, pinKnownGaps } from './MoveGapMemo.js';

describe('MoveGapMemo', () => {
  it('serves a gap at the commit it was remembered at, and none at another', () => {
    const memo = new MoveGapMemo();
    memo.at('c1').set('a>b', { gap: 1.25, maxGap: 4 });
    expect(memo.at('c1').get('a>b')).toEqual({ gap: 1.25, maxGap: 4 });
    expect(memo.at('c1').get('b>a')).toBeUndefined();
    expect(memo.at('c2').get('a>b')).toBeUndefined();
  });

  it('starts over when an answer at another commit remembers a gap', () => {
    const memo = new MoveGapMemo();
    const older = memo.at('c1');
    older.set('a>b', { gap: 1, maxGap: 2 });
    const newer = memo.at('c2');
    newer.set('a>c', { gap: 2, maxGap: 3 });
    expect(memo.size).toBe(1);
    expect(older.get('a>b')).toBeUndefined();
    expect(newer.get('a>c')).toEqual({ gap: 2, maxGap: 3 });
    expect(newer.get('a>b')).toBeUndefined();
  });

  it('keeps at most its capacity, least recently used dropped first', () => {
    const memo = new MoveGapMemo(2);
    const known = memo.at('c1');
    known.set('a>b', { gap: 1, maxGap: 1 });
    known.set('a>c', { gap: 2, maxGap: 2 });
    expect(known.get('a>b')).toEqual({ gap: 1, maxGap: 1 }); // now the most recently used
    known.set('a>d', { gap: 3, maxGap: 3 });
    expect(memo.size).toBe(2);
    expect(known.get('a>c')).toBeUndefined();
    expect(known.get('a>b')).toEqual({ gap: 1, maxGap: 1 });
    expect(known.get('a>d')).toEqual({ gap: 3, maxGap: 3 });
  });

  it('pins the gaps an answer found remembered, and names the starts of the moves it must compare', () => {
    const memo = new MoveGapMemo(2);
    memo.at('c1').set(moveKey('a', 'b'), { gap: 1, maxGap: 2 });
    const { known, startsToCompare } = pinKnownGaps(memo.at('c1'), [['a', 'b'], ['c', 'd'], ['a', 'b'], ['e', 'b']]);
    expect([...startsToCompare]).toEqual(['c', 'e']);
    // Another answer starts the memo over at a newer commit: the pinned gap stays this answer's.
    memo.at('c2').set(moveKey('x', 'y'), { gap: 3, maxGap: 3 });
    expect(known.get(moveKey('a', 'b'))).toEqual({ gap: 1, maxGap: 2 });
    expect(known.get(moveKey('c', 'd'))).toBeUndefined();
    // What the answer computes goes to the memo (at the answer's commit, so it starts over again).
    known.set(moveKey('c', 'd'), { gap: 4, maxGap: 5 });
    expect(memo.at('c1').get(moveKey('c', 'd'))).toEqual({ gap: 4, maxGap: 5 });
    expect(memo.at('c2').get(moveKey('x', 'y'))).toBeUndefined();
  });
});
