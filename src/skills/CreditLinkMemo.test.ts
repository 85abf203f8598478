import { describe, expect, it } from 'vitest';
import type { CreditLink } from '../scoring/skillCredit.js';
import { CreditLinkMemo, REMEMBERED_SKILLS } from './CreditLinkMemo.js';

const link = (to: string): CreditLink => [to, 'RELATED', 1];

describe('CreditLinkMemo', () => {
  it('knows the links of the skills profile keys resolved to, at the commit they were read', () => {
    const memo = new CreditLinkMemo();
    expect(memo.knownFor(['python'])).toEqual({ links: new Map(), commit: null, everyKey: false });
    memo.remember('c1', [['s:python', [link('s:numpy')]], ['s:sql', []]], [['python', 's:python'], ['SQL', 's:sql']]);
    expect(memo.knownFor(['python', 'SQL', 'go'])).toEqual({
      links: new Map([['s:python', [link('s:numpy')]], ['s:sql', []]]),
      commit: 'c1',
      everyKey: false, // "go" never resolved
    });
    // Two keys for one skill name it once.
    memo.remember('c1', [], [['Python', 's:python']]);
    expect([...memo.knownFor(['python', 'Python']).links.keys()]).toEqual(['s:python']);
  });

  it('knows every key only when each resolved to a skill whose links it holds', () => {
    const memo = new CreditLinkMemo();
    expect(memo.knownFor(['python']).everyKey).toBe(false);
    memo.remember('c1', [['s:python', [link('s:numpy')]], ['s:sql', []]], [['python', 's:python'], ['SQL', 's:sql'], ['go', 's:go']]);
    expect(memo.knownFor(['python', 'SQL']).everyKey).toBe(true);
    expect(memo.knownFor(['python', 'rust']).everyKey).toBe(false); // a key never resolved
    expect(memo.knownFor(['python', 'go']).everyKey).toBe(false); // resolved, but its skill's links not read
    memo.remember('c2', [], []);
    expect(memo.knownFor(['python']).everyKey).toBe(false); // another commit: nothing known
  });

  it('gives the links of skills by id only at the commit they were read, and names the ones it lacks', () => {
    const memo = new CreditLinkMemo();
    expect(memo.linksAt('c1', ['s:python'])).toEqual({ known: new Map(), missing: ['s:python'] });
    memo.remember('c1', [['s:python', [link('s:numpy')]], ['s:sql', []]], []);
    expect(memo.linksAt('c1', ['s:python', 's:sql', 's:go'])).toEqual({
      known: new Map([['s:python', [link('s:numpy')]], ['s:sql', []]]),
      missing: ['s:go'],
    });
    expect(memo.linksAt('c2', ['s:python', 's:sql'])).toEqual({ known: new Map(), missing: ['s:python', 's:sql'] });
  });

  it('tells which skill a profile key resolved to, only at the commit it was resolved', () => {
    const memo = new CreditLinkMemo();
    expect(memo.skillOfKeyAt('c1', 'k8s')).toBeUndefined();
    memo.remember('c1', [], [['k8s', 's:kubernetes']]);
    expect(memo.skillOfKeyAt('c1', 'k8s')).toBe('s:kubernetes');
    expect(memo.skillOfKeyAt('c1', 'docker')).toBeUndefined(); // never resolved
    expect(memo.skillOfKeyAt('c2', 'k8s')).toBeUndefined(); // another commit: the name may name another skill there
    memo.remember('c2', [], []);
    expect(memo.skillOfKeyAt('c1', 'k8s')).toBeUndefined(); // started over
  });

  it('forgets everything when links read at another commit arrive', () => {
    const memo = new CreditLinkMemo();
    memo.remember('c1', [['s:python', [link('s:numpy')]]], [['python', 's:python']]);
    memo.remember('c2', [['s:sql', []]], [['sql', 's:sql']]);
    expect(memo.knownFor(['python', 'sql'])).toEqual({ links: new Map([['s:sql', []]]), commit: 'c2', everyKey: false }); // "python" was forgotten
    expect(memo.size).toBe(1);
  });

  it('knows a key only while its skill is remembered', () => {
    const memo = new CreditLinkMemo();
    // A key whose skill's links were never read (an origin role's skill, say) is not known.
    memo.remember('c1', [], [['python', 's:python']]);
    expect(memo.knownFor(['python']).links.size).toBe(0);
  });

  it('keeps at most REMEMBERED_SKILLS skills, dropping the least recently used', () => {
    const memo = new CreditLinkMemo();
    const skills = Array.from({ length: REMEMBERED_SKILLS + 1 }, (_, i) => [`s:${i}`, [link('s:x')]] as const);
    memo.remember('c1', skills.slice(0, 1), [['first', 's:0']]);
    memo.remember('c1', skills.slice(1, 2), [['second', 's:1']]);
    expect(memo.knownFor(['first']).links.size).toBe(1); // s:0 is now the most recently used
    memo.remember('c1', skills.slice(2), []);
    expect(memo.size).toBe(REMEMBERED_SKILLS);
    expect(memo.knownFor(['first']).links.size).toBe(1);
    expect(memo.knownFor(['second']).links.size).toBe(0);
  });
});
