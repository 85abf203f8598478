import { describe, expect, it } from 'vitest';
import { RequirementMemo, type RequirementTuple } from './RequirementMemo.js';

const python: RequirementTuple = ['s:python', 0.9, 0.6, true];
const sql: RequirementTuple = ['s:sql', 0.5, null, false];
const input = ([skillId, importance, level, essential]: RequirementTuple) => ({ skillId, importance, level, essential });

/** RequirementMemo.at with what it knows as a Map (RoleRequirements unpacks on demand). */
const atAsMap = (memo: RequirementMemo, commit: string, roleIds: string[]) => {
  const { known, missing } = memo.at(commit, roleIds);
  return { known: new Map(known), missing };
};

describe('RequirementMemo', () => {
  it('gives the requirements of roles only at the commit they were read, and names the roles it lacks', () => {
    const memo = new RequirementMemo();
    expect(atAsMap(memo, 'c1', ['r:engineer'])).toEqual({ known: new Map(), missing: ['r:engineer'] });
    const remembered = memo.remember('c1', [['r:engineer', [python, sql]], ['r:intern', []]]);
    expect(new Map(remembered)).toEqual(new Map([['r:engineer', [input(python), input(sql)]], ['r:intern', []]]));
    expect(atAsMap(memo, 'c1', ['r:engineer', 'r:intern', 'r:architect', 'r:engineer'])).toEqual({
      known: new Map([['r:engineer', [input(python), input(sql)]], ['r:intern', []]]),
      missing: ['r:architect'],
    });
    // Each answer gets lists of its own, and the same list each time it asks.
    const known = memo.at('c1', ['r:engineer']).known;
    expect(known.get('r:engineer')).not.toBe(remembered.get('r:engineer'));
    expect(known.get('r:engineer')).toBe(known.get('r:engineer'));
    expect(atAsMap(memo, 'c2', ['r:engineer', 'r:intern'])).toEqual({ known: new Map(), missing: ['r:engineer', 'r:intern'] });
  });

  it('forgets everything when requirements read at another commit arrive', () => {
    const memo = new RequirementMemo();
    memo.remember('c1', [['r:engineer', [python]]]);
    memo.remember('c2', [['r:intern', [sql]]]);
    expect(memo.size).toBe(1);
    expect(atAsMap(memo, 'c2', ['r:engineer', 'r:intern'])).toEqual({ known: new Map([['r:intern', [input(sql)]]]), missing: ['r:engineer'] });
  });

  it('gives an answer the requirements it was handed, unpacked when asked for, even after the memo moved on', () => {
    const memo = new RequirementMemo(9);
    memo.remember('c1', [['r:a', [python, sql]], ['r:b', [sql]]]);
    const known = memo.at('c1', ['r:a', 'r:b']).known;
    expect(known.has('r:a') && known.has('r:b') && !known.has('r:c')).toBe(true);
    // Another answer starts the memo over at a newer commit, numbering skills afresh, then fills it.
    memo.remember('c2', [['r:x', [sql, python]], ['r:y', [python]], ['r:z', [python]]]);
    expect(known.get('r:a')).toEqual([input(python), input(sql)]);
    expect(known.get('r:b')).toEqual([input(sql)]);
    expect(known.get('r:c')).toBeUndefined();
    expect(known.size).toBe(2);
  });

  it('holds at most the requirements it is sized for, dropping the least recently used roles first', () => {
    // Each role costs its requirements + 1: three roles of two requirements fill nine.
    const memo = new RequirementMemo(9);
    memo.remember('c1', [['r:a', [python, sql]], ['r:b', [python, sql]], ['r:c', [python, sql]]]);
    expect(memo.size).toBe(3);
    memo.at('c1', ['r:a']); // now more recently used than r:b
    memo.remember('c1', [['r:d', [python]]]);
    expect(memo.at('c1', ['r:a', 'r:b', 'r:c', 'r:d']).missing).toEqual(['r:b']);
  });

  it('remembers without making room when told to, so a full memo keeps the roles it holds', () => {
    const memo = new RequirementMemo(9);
    memo.remember('c1', [['r:a', [python, sql]], ['r:b', [python, sql]]]);
    // Three left: r:c (3) fits, r:d after it does not, and both are returned all the same.
    const read = memo.remember('c1', [['r:c', [python, sql]], ['r:d', [python]]], { makeRoom: false });
    expect(new Map(read)).toEqual(new Map([['r:c', [input(python), input(sql)]], ['r:d', [input(python)]]]));
    expect(memo.at('c1', ['r:a', 'r:b', 'r:c', 'r:d']).missing).toEqual(['r:d']);
    // A role it holds is updated in place; making room (the default) drops the least recently used.
    memo.remember('c1', [['r:a', [python]]], { makeRoom: false });
    expect(memo.at('c1', ['r:a']).known.get('r:a')).toEqual([input(python)]);
    memo.remember('c1', [['r:d', [python, sql]]]);
    expect(memo.at('c1', ['r:a', 'r:b', 'r:c', 'r:d']).missing).toEqual(['r:b']);
  });

  it('says it is outgrown once it has dropped or turned away a role at its commit, and not at a new one', () => {
    const memo = new RequirementMemo(9);
    memo.remember('c1', [['r:a', [python, sql]], ['r:b', [python, sql]], ['r:c', [python, sql]]]);
    expect(memo.outgrown).toBe(false); // full, nothing dropped
    memo.remember('c1', [['r:d', [python]]], { makeRoom: false });
    expect(memo.outgrown).toBe(true);
    memo.remember('c2', [['r:a', [python, sql]]]);
    expect(memo.outgrown).toBe(false);
    memo.remember('c2', [['r:b', [python, sql]], ['r:c', [python, sql]], ['r:d', [python]]]);
    expect(memo.outgrown).toBe(true);
  });

  it('keeps each reader\'s recent share of needed roles it lacked, weighting the latest answer by a fifth, and counts every role as lacking at another commit', () => {
    const memo = new RequirementMemo();
    memo.remember('c1', [['r:engineer', [python]], ['r:intern', []]]);
    expect(memo.missShare('paths')).toBe(0);
    memo.noteNeeded('paths', 'c1', ['r:engineer', 'r:intern', 'r:architect', 'r:lead', 'r:engineer']);
    expect(memo.missShare('paths')).toBeCloseTo(0.5);
    memo.noteNeeded('paths', 'c1', ['r:engineer']);
    expect(memo.missShare('paths')).toBeCloseTo(0.4);
    memo.noteNeeded('paths', 'c2', ['r:engineer', 'r:intern']);
    expect(memo.missShare('paths')).toBeCloseTo(0.52);
    // An answer that needed no role changes nothing; readers are kept apart.
    memo.noteNeeded('paths', 'c1', []);
    expect(memo.missShare('paths')).toBeCloseTo(0.52);
    expect(memo.missShare('other')).toBe(0);
    // Noting does not touch recency: the least recently remembered role is still dropped first.
    const small = new RequirementMemo(4);
    small.remember('c1', [['r:a', [python]], ['r:b', [sql]]]);
    small.noteNeeded('paths', 'c1', ['r:a']);
    small.remember('c1', [['r:c', [python]]]);
    expect(small.at('c1', ['r:a', 'r:b', 'r:c']).missing).toEqual(['r:a']);
  });
});

