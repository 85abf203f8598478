import { describe, expect, it } from 'vitest';
import { BEHIND_RETRY_MS, SkillIdentityMemo } from './SkillIdentityMemo.js';

describe('SkillIdentityMemo', () => {
  it('gives a skill only at the commit every required skill was read at', () => {
    const memo = new SkillIdentityMemo();
    expect(memo.complete).toBe(false);
    expect(memo.at('c1', 's:python')).toBeUndefined();
    memo.remember('c1', [['s:python', 'python', 'Python'], ['s:sql', 'sql', 'SQL']]);
    expect(memo.complete).toBe(true);
    expect(memo.isAt('c1')).toBe(true);
    expect(memo.isAt('c2')).toBe(false);
    expect(memo.at('c1', 's:python')).toEqual({ id: 's:python', slug: 'python', name: 'Python' });
    expect(memo.at('c1', 's:go')).toBeUndefined(); // not required by any role at c1
    expect(memo.at('c2', 's:python')).toBeUndefined(); // another commit: the statement's graph may differ
    memo.remember('c2', [['s:go', 'go', 'Go']]);
    expect(memo.at('c2', 's:python')).toBeUndefined(); // started over
    expect(memo.at('c2', 's:go')).toEqual({ id: 's:go', slug: 'go', name: 'Go' });
    expect(memo.size).toBe(1);
  });

  it('finds a required skill by slug at its commit, and tells that commit', () => {
    const memo = new SkillIdentityMemo();
    expect(memo.commit).toBeNull();
    expect(memo.withSlug('c1', 'python')).toBeUndefined();
    memo.remember('c1', [['s:python', 'python', 'Python'], ['s:sql', 'sql', 'SQL']]);
    expect(memo.commit).toBe('c1');
    expect(memo.withSlug('c1', 'python')).toEqual({ id: 's:python', slug: 'python', name: 'Python' });
    expect(memo.withSlug('c1', 'Python')).toBeUndefined(); // slugs, not names
    expect(memo.withSlug('c1', 'go')).toBeUndefined();
    expect(memo.withSlug('c2', 'python')).toBeUndefined();
    memo.remember('c2', [['s:go', 'go', 'Go']]);
    expect(memo.withSlug('c2', 'python')).toBeUndefined(); // started over
    expect(memo.withSlug('c2', 'go')).toEqual({ id: 's:go', slug: 'go', name: 'Go' });
  });

  it('holds nothing when the graph requires more skills than it has room for', () => {
    const memo = new SkillIdentityMemo(2);
    memo.remember('c1', [['a', 'a', 'A'], ['b', 'b', 'B']]);
    expect(memo.complete).toBe(true);
    memo.remember('c2', [['a', 'a', 'A'], ['b', 'b', 'B'], ['c', 'c', 'C']]);
    expect(memo.complete).toBe(false);
    expect(memo.commit).toBeNull();
    expect(memo.at('c2', 'a')).toBeUndefined();
    expect(memo.withSlug('c2', 'a')).toBeUndefined();
    expect(memo.at('c1', 'a')).toBeUndefined();
  });

  it('serves only answers that show no more of a skill than its id, slug and name', () => {
    expect(SkillIdentityMemo.holdsAll(['id', 'slug', 'name'])).toBe(true);
    expect(SkillIdentityMemo.holdsAll(['id', 'slug'])).toBe(true);
    expect(SkillIdentityMemo.holdsAll(['id', 'slug', 'name', 'kind', 'category'])).toBe(false);
  });

  it('serves no one for a while after a reader found it behind the graph, and again once warmed at the new commit', () => {
    let now = 10_000;
    const memo = new SkillIdentityMemo(undefined, () => now);
    memo.noteBehind(); // nothing held: nothing to set aside
    expect(memo.serves).toBe(false);
    memo.remember('c1', [['s:python', 'python', 'Python']]);
    expect(memo.serves).toBe(true);
    memo.noteBehind();
    expect(memo.serves).toBe(false);
    expect(memo.complete).toBe(true); // still what it was at c1
    now += BEHIND_RETRY_MS - 1;
    expect(memo.serves).toBe(false);
    now += 1;
    expect(memo.serves).toBe(true); // one answer may try it again
    memo.noteBehind();
    expect(memo.serves).toBe(false);
    memo.remember('c2', [['s:go', 'go', 'Go']]); // the warming of the new version
    expect(memo.serves).toBe(true);
  });
});
