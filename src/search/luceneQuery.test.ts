import { describe, expect, it } from 'vitest';
import { buildFulltextQuery, escapeLucene, MAX_QUERY_WORDS, queryWords } from './luceneQuery.js';

/** One escaped term: escaped characters or anything that is neither whitespace nor Lucene syntax. */
const TERM = String.raw`(?:\\.|[^\s+\-&|!(){}\[\]^"~*?:\\/])+`;
const CLAUSE = String.raw`(?:\(${TERM}\^3(?: OR ${TERM}\*(?:\^1\.5)?)?(?: OR ${TERM}~[12])?\)|${TERM}\^3)`;
/** The whole grammar buildFulltextQuery may emit: clauses, optionally required, then an optional phrase. */
const QUERY = new RegExp(String.raw`^\+?${CLAUSE}(?: \+?${CLAUSE})*(?: "${TERM}(?: ${TERM})*"\^4)?$`);
/** The same with fields ['name', 'aliasesText']. */
const GROUP = String.raw`\(${TERM}\^3(?: OR ${TERM}\*(?:\^1\.5)?)?(?: OR ${TERM}~[12])?\)`;
const FIELDED_CLAUSE = String.raw`\(name:${GROUP}\^2 OR aliasesText:${GROUP}\)`;
const PHRASE = String.raw`"${TERM}(?: ${TERM})*"`;
const FIELDED_QUERY = new RegExp(
  String.raw`^\+?${FIELDED_CLAUSE}(?: \+?${FIELDED_CLAUSE})*(?: \(name:${PHRASE}\^8 OR aliasesText:${PHRASE}\^4\))?$`,
);

describe('escapeLucene', () => {
  it('backslash-escapes every character with a meaning in Lucene syntax', () => {
    expect(escapeLucene('+-&|!(){}[]^"~*?:\\/')).toBe('\\+\\-\\&\\|\\!\\(\\)\\{\\}\\[\\]\\^\\"\\~\\*\\?\\:\\\\\\/');
    expect(escapeLucene('a&&b||c')).toBe('a\\&\\&b\\|\\|c');
  });

  it('turns the operator keywords into plain terms', () => {
    expect(escapeLucene('AND')).toBe('\\AND');
    expect(escapeLucene('OR')).toBe('\\OR');
    expect(escapeLucene('NOT')).toBe('\\NOT');
    expect(escapeLucene('and')).toBe('and');
    expect(escapeLucene('ANDROID')).toBe('ANDROID');
  });
});

describe('queryWords', () => {
  it('lower-cases, splits on whitespace and trims punctuation from the ends of each word', () => {
    expect(queryWords('  Cloud   ARCHITECT ')).toEqual(['cloud', 'architect']);
    expect(queryWords('a) AND (b')).toEqual(['a', 'and', 'b']);
    expect(queryWords('title:* OR "')).toEqual(['title', 'or']);
    expect(queryWords('node.js c++ ci/cd')).toEqual(['node.js', 'c', 'ci/cd']);
  });

  it('drops chunks without a letter or digit', () => {
    expect(queryWords('*:* \\ && || "" ()')).toEqual([]);
  });

  it(`keeps at most ${MAX_QUERY_WORDS} words`, () => {
    expect(queryWords(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '))).toHaveLength(MAX_QUERY_WORDS);
  });
});

describe('buildFulltextQuery', () => {
  it('searches each word exactly (boosted), as a prefix and fuzzily, plus the phrase', () => {
    expect(buildFulltextQuery('clod architect')).toBe(
      '(clod^3 OR clod*^1.5 OR clod~1) (architect^3 OR architect*^1.5 OR architect~2) "clod architect"^4',
    );
  });

  it('requires every word with matchAll', () => {
    expect(buildFulltextQuery('Cloud Architect', { matchAll: true })).toBe(
      '+(cloud^3 OR cloud*^1.5 OR cloud~1) +(architect^3 OR architect*^1.5 OR architect~2) "cloud architect"^4',
    );
  });

  it('does not fuzz or expand very short words', () => {
    expect(buildFulltextQuery('a')).toBe('a^3');
    expect(buildFulltextQuery('ml')).toBe('(ml^3 OR ml*)');
    expect(buildFulltextQuery('k8s')).toBe('(k8s^3 OR k8s*^1.5 OR k8s~1)');
  });

  it('returns null when nothing searchable is left', () => {
    for (const text of ['', '   ', '*:*', '\\', '"', '() [] {}', '&& || !', '?~^']) expect(buildFulltextQuery(text)).toBeNull();
  });

  it('neutralises hostile input', () => {
    expect(buildFulltextQuery('title:* OR "')).toBe('(title^3 OR title*^1.5 OR title~1) (or^3 OR or*) "title or"^4');
    expect(buildFulltextQuery('a) AND (b')).toBe('a^3 (and^3 OR and*^1.5 OR and~1) b^3 "a and b"^4');
    expect(buildFulltextQuery('NOT java')).toBe('(not^3 OR not*^1.5 OR not~1) (java^3 OR java*^1.5 OR java~1) "not java"^4');
    expect(buildFulltextQuery('-java +python')).toBe('(java^3 OR java*^1.5 OR java~1) (python^3 OR python*^1.5 OR python~2) "java python"^4');
    expect(buildFulltextQuery('foo:bar/baz a\\b')).toBe(
      '(foo\\:bar\\/baz^3 OR foo\\:bar\\/baz*^1.5 OR foo\\:bar\\/baz~2) (a\\\\b^3 OR a\\\\b*^1.5 OR a\\\\b~1) "foo\\:bar\\/baz a\\\\b"^4',
    );
  });

  it('searches each word in every given field, the primary field boosted', () => {
    expect(buildFulltextQuery('kubernets', { matchAll: true, fields: ['name', 'aliasesText'] })).toBe(
      '+(name:(kubernets^3 OR kubernets*^1.5 OR kubernets~2)^2 OR aliasesText:(kubernets^3 OR kubernets*^1.5 OR kubernets~2))',
    );
    expect(buildFulltextQuery('a ml', { fields: ['title', 'alternateTitlesText'] })).toBe(
      '(title:(a^3)^2 OR alternateTitlesText:(a^3)) (title:(ml^3 OR ml*)^2 OR alternateTitlesText:(ml^3 OR ml*)) (title:"a ml"^8 OR alternateTitlesText:"a ml"^4)',
    );
    expect(buildFulltextQuery('title:x', { fields: ['title'] })).toBe('(title:(title\\:x^3 OR title\\:x*^1.5 OR title\\:x~2)^2)');
  });

  it('refuses a field name that is not an identifier (fields come from constants)', () => {
    expect(() => buildFulltextQuery('x', { fields: ['title:*'] })).toThrow();
  });

  it('only ever emits its own grammar, whatever the input', () => {
    const alphabet = 'aZ9é +-&|!(){}[]^"~*?:\\/ ANDORNOT\t';
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 40) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      for (const matchAll of [false, true]) {
        const query = buildFulltextQuery(text, { matchAll });
        if (query === null) expect(queryWords(text)).toEqual([]);
        else expect(query, JSON.stringify(text)).toMatch(QUERY);
        const fielded = buildFulltextQuery(text, { matchAll, fields: ['name', 'aliasesText'] });
        if (fielded !== null) expect(fielded, JSON.stringify(text)).toMatch(FIELDED_QUERY);
      }
    }
  });
});
