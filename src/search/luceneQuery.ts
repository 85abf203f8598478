/**
 * Turns free text from a user into a Lucene query for Neo4j's fulltext indexes (role_search,
 * skill_search). User text never reaches Lucene as syntax: it is cut into words, every Lucene
 * special character is escaped and the operator keywords are neutralised, so `title:*`, `*:*`,
 * `a) AND (b` or a lone backslash can neither break the query nor widen it. Each word is searched
 * exactly (boosted), as a prefix and, from three characters on, fuzzily (`word~1` / `word~2`), so
 * "clod architect" still finds "Cloud Architect" while exact matches score highest.
 */

/** Characters with a meaning in Lucene's classic query syntax (`&&` and `||` are covered by & and |). */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const LUCENE_KEYWORDS = new Set(['AND', 'OR', 'NOT', 'TO']);

/** Words beyond this many are ignored: they add cost (fuzzy expansion per word) and rarely precision. */
export const MAX_QUERY_WORDS = 12;

/** Boosts: an exact word outranks a prefix, a prefix outranks an edit; the whole phrase outranks all. */
const EXACT_BOOST = 3;
const PREFIX_BOOST = 1.5;
const PHRASE_BOOST = 4;

/** Backslash-escapes every special character; a bare keyword (AND, OR, NOT, TO) becomes a plain term. */
export function escapeLucene(term: string): string {
  const escaped = term.replace(LUCENE_SPECIAL, (char) => `\\${char}`);
  return LUCENE_KEYWORDS.has(escaped) ? `\\${escaped}` : escaped;
}

/**
 * The searchable words of `text`: whitespace-separated chunks, lower-cased (the index analyser
 * lower-cases too, and lower case is never an operator), with leading and trailing punctuation
 * removed ("(b" -> "b", "title:*" -> "title"); chunks without a letter or digit are dropped.
 * Inner punctuation stays ("node.js", "ci/cd") and is escaped later.
 */
export function queryWords(text: string): string[] {
  const words: string[] = [];
  for (const chunk of text.normalize('NFKC').toLowerCase().split(/\s+/u)) {
    const core = chunk.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (core.length > 0) words.push(core);
  }
  return words.slice(0, MAX_QUERY_WORDS);
}

function wordClause(word: string): string {
  const term = escapeLucene(word);
  const length = [...word].length;
  const variants = [`${term}^${EXACT_BOOST}`];
  if (length >= 2) variants.push(length >= 3 ? `${term}*^${PREFIX_BOOST}` : `${term}*`);
  // One edit for short words (clod -> cloud), two for long ones; none below three characters,
  // where an edit would match almost any short term.
  if (length >= 3) variants.push(`${term}~${length >= 6 ? 2 : 1}`);
  return variants.length === 1 ? variants[0] : `(${variants.join(' OR ')})`;
}

/** A match in the primary field (title, name) counts this much more than in the others (alternate titles, aliases). */
const PRIMARY_FIELD_BOOST = 2;
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

export interface FulltextQueryOptions {
  /**
   * Every word must match (exactly, as a prefix or fuzzily): for filters, which must narrow.
   * Otherwise any word may match and more matching words rank higher: for search boxes. Default false.
   */
  matchAll?: boolean;
  /**
   * The index's fields, primary first (e.g. ['name', 'aliasesText']): each word is searched in each
   * field, the primary one boosted, so "kubernets" ranks the skill named Kubernetes above one that
   * only mentions it in an alias. Field names come from constants, never from users. Default: all
   * fields of the index, unweighted.
   */
  fields?: readonly string[];
}

/** `body` (a parenthesised group or a phrase) searched in each field, the primary one boosted. */
function inFields(body: string, boost: number, fields: readonly string[]): string {
  const boosted = (field: string, factor: number) => `${field}:${body}${factor === 1 ? '' : `^${factor}`}`;
  const [primary, ...others] = fields;
  return `(${[boosted(primary, boost * PRIMARY_FIELD_BOOST), ...others.map((field) => boosted(field, boost))].join(' OR ')})`;
}

/**
 * The Lucene query for `text`, or null when nothing searchable is left (empty, or only punctuation):
 * callers treat null as "matches nothing" rather than sending an empty query.
 */
export function buildFulltextQuery(text: string, options: FulltextQueryOptions = {}): string | null {
  for (const field of options.fields ?? []) {
    if (!FIELD_NAME.test(field)) throw new Error(`Not a fulltext field name: ${field}`);
  }
  const words = queryWords(text);
  if (words.length === 0) return null;
  const fields = options.fields && options.fields.length > 0 ? options.fields : null;
  const group = (word: string) => {
    const clause = wordClause(word);
    // A field applies to one term or to a parenthesised group.
    return fields ? inFields(clause.startsWith('(') ? clause : `(${clause})`, 1, fields) : clause;
  };
  const clauses = words.map((word) => (options.matchAll ? `+${group(word)}` : group(word)));
  if (words.length > 1) {
    const phrase = `"${words.map(escapeLucene).join(' ')}"`;
    clauses.push(fields ? inFields(phrase, PHRASE_BOOST, fields) : `${phrase}^${PHRASE_BOOST}`);
  }
  return clauses.join(' ');
}
