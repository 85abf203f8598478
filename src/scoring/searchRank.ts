/**
 * Ranking of search hits across kinds (docs/scoring.md). Lucene scores from two indexes are
 * not comparable (different fields, lengths and term statistics), so each hit gets
 *   score = 0.7 × matchQuality + 0.3 × luceneScore / (best Lucene score of its kind in this search)
 * where matchQuality (0..1) says how well the best of the hit's labels (title or alternate titles,
 * name or aliases) matches the text: 1 for an exact match, less for whole words, prefixes and typos,
 * scaled by how much of the label the text covers. The label it came from is reported as matchedOn.
 * The last of several words may be a prefix from its first character, as it is typed ("registered n").
 * A word typed in the plural matches its singular as a whole word ("network architects" → "Network Architect").
 */
import pluralize from 'pluralize';
import { round } from './normalise.js';

export const QUALITY_WEIGHT = 0.7;
export const LUCENE_WEIGHT = 0.3;

/** Tier scores before the coverage factor; an exact label match is always 1. */
const WHOLE_WORDS = 0.85;
const PREFIXES = 0.75;
const FUZZY = 0.6;

/** Lower-cased words without accents or punctuation: what two labels are compared on. */
export function matchWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** Singular forms already worked out: search compares the same few query words with many labels. */
const singulars = new Map<string, string>();
const SINGULARS_KEPT = 10_000;

/**
 * The singular of a (matchWords) word when it reads as an English plural ("architects" → "architect",
 * "technologies" → "technology"), else the word itself. A word is the same word as its singular: a
 * text typed in the plural finds the titles written in the singular. Words under four characters are
 * kept as they are: "aws", "k8s" and "os" are names, not plurals.
 */
export function singularOf(word: string): string {
  if (word.length < 4) return word;
  let singular = singulars.get(word);
  if (singular === undefined) {
    if (singulars.size >= SINGULARS_KEPT) singulars.clear();
    singular = pluralize.singular(word);
    // Only an ending taken off ("architects", "processes"), -ies for -y ("technologies") or -ves for -f(e)
    // ("midwives"): pluralize also knows Latin plurals ("data" → "datum"), not what anyone typing "data" means.
    const stem = word.slice(0, -3);
    const endingOff =
      word.startsWith(singular) ||
      (word.endsWith('ies') && singular === `${stem}y`) ||
      (word.endsWith('ves') && (singular === `${stem}f` || singular === `${stem}fe`));
    if (!endingOff || singular.length < 3) singular = word;
    singulars.set(word, singular);
  }
  return singular;
}

/** Edits allowed for a word, as the Lucene query allows them (luceneQuery.ts): none below 3 characters. */
function allowedEdits(word: string): number {
  return word.length >= 6 ? 2 : word.length >= 3 ? 1 : 0;
}

/** editDistance's rows; grown when a longer word comes along (single-threaded, so sharing is safe). */
let scratch: Uint32Array[] = [0, 1, 2].map(() => new Uint32Array(64));

/**
 * Optimal-string-alignment distance (Damerau-Levenshtein without repeated edits), like Lucene's fuzzy
 * terms. With a `cap`, anything above it is reported as cap + 1 as soon as a whole row exceeds it:
 * search ranking compares every query word with every word of up to thousands of labels (O*NET and
 * ESCO titles carry dozens of alternate titles), and only "within 1 or 2 edits" matters there.
 */
export function editDistance(a: string, b: string, cap = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  // Three rolling rows (i - 2, i - 1, i) instead of the whole matrix, reused across calls.
  if (scratch[0].length <= b.length) scratch = [0, 1, 2].map(() => new Uint32Array(2 * (b.length + 1)));
  let [beforePrevious, previous, current] = scratch;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, beforePrevious[j - 2] + 1);
      current[j] = best;
      if (best < rowMinimum) rowMinimum = best;
    }
    // A transposition reaches back two rows, so stop only when both the last two rows exceed the cap.
    if (rowMinimum > cap && i > 1 && Math.min(...previous.subarray(0, b.length + 1)) > cap) return cap + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return Math.min(previous[b.length], cap === Number.POSITIVE_INFINITY ? Number.POSITIVE_INFINITY : cap + 1);
}

type WordMatch = 'exact' | 'prefix' | 'fuzzy' | null;

function wordMatch(queryWord: string, labelWord: string): WordMatch {
  if (queryWord === labelWord || singularOf(queryWord) === labelWord) return 'exact';
  if (queryWord.length >= 2 && labelWord.startsWith(queryWord)) return 'prefix';
  const edits = allowedEdits(queryWord);
  if (edits > 0 && editDistance(queryWord, labelWord, edits) <= edits) return 'fuzzy';
  return null;
}

const MATCH_RANK: Record<Exclude<WordMatch, null>, number> = { exact: 3, prefix: 2, fuzzy: 1 };

/**
 * Word comparisons of one search, by query word and label word: the labels of one result list
 * repeat their words a lot (O*NET's dozens of alternate titles per occupation), and each distinct
 * pair needs comparing only once.
 */
export type WordMatchCache = Map<string, WordMatch>;

function cachedWordMatch(queryWord: string, labelWord: string, cache: WordMatchCache | undefined): WordMatch {
  if (!cache) return wordMatch(queryWord, labelWord);
  const key = `${queryWord}\u0000${labelWord}`;
  let match = cache.get(key);
  if (match === undefined) cache.set(key, (match = wordMatch(queryWord, labelWord)));
  return match;
}

/** How well `label` matches the query words, 0..1 (see the module comment). */
export function matchQuality(queryWords: readonly string[], label: string, cache?: WordMatchCache): number {
  const labelWords = matchWords(label);
  if (queryWords.length === 0 || labelWords.length === 0) return 0;
  if (queryWords.join(' ') === labelWords.join(' ')) return 1;
  const covered = new Set<number>();
  let worst = 3;
  let matched = 0;
  queryWords.forEach((queryWord, position) => {
    // Type-ahead: the last word of several is being typed, so even one character of it is a prefix ("registered n").
    const typing = position > 0 && position === queryWords.length - 1 && queryWord.length === 1;
    let best: WordMatch = null;
    let bestIndex = -1;
    labelWords.forEach((labelWord, index) => {
      const match = typing && labelWord.startsWith(queryWord) && labelWord !== queryWord ? 'prefix' : cachedWordMatch(queryWord, labelWord, cache);
      if (match && (!best || MATCH_RANK[match] > MATCH_RANK[best])) {
        best = match;
        bestIndex = index;
      }
    });
    if (best) {
      matched++;
      covered.add(bestIndex);
      worst = Math.min(worst, MATCH_RANK[best]);
    } else {
      worst = 0;
    }
  });
  if (matched === 0) return 0;
  const coverage = 0.75 + 0.25 * (covered.size / labelWords.length);
  const tier = worst === 3 ? WHOLE_WORDS : worst === 2 ? PREFIXES : FUZZY * (matched / queryWords.length);
  return round(tier * coverage);
}

/** The label that matches best (the first, i.e. the title or name, on ties) and its quality. */
export function bestLabel(text: string, labels: readonly string[], cache: WordMatchCache = new Map()): { matchedOn: string | null; quality: number } {
  const queryWords = matchWords(text);
  let matchedOn: string | null = null;
  let quality = 0;
  for (const label of labels) {
    const value = matchQuality(queryWords, label, cache);
    if (value > quality) {
      quality = value;
      matchedOn = label;
      if (quality >= 1) break; // an exact match cannot be beaten; the rest of the aliases need no look
    }
  }
  return { matchedOn, quality };
}

export interface SearchCandidate<T> {
  kind: string;
  luceneScore: number;
  /** Primary label first (title / name), then alternates (alternate titles / aliases). */
  labels: readonly string[];
  item: T;
}

export interface RankedHit<T> {
  kind: string;
  score: number;
  matchedOn: string | null;
  item: T;
}

/** Scores candidates of all kinds on one scale and returns the best `first`, best first. */
export function rankSearchHits<T>(text: string, candidates: readonly SearchCandidate<T>[], first: number): RankedHit<T>[] {
  const bestByKind = new Map<string, number>();
  for (const candidate of candidates) {
    bestByKind.set(candidate.kind, Math.max(bestByKind.get(candidate.kind) ?? 0, candidate.luceneScore));
  }
  const cache: WordMatchCache = new Map();
  const ranked = candidates.map((candidate) => {
    const { matchedOn, quality } = bestLabel(text, candidate.labels, cache);
    const best = bestByKind.get(candidate.kind) ?? 0;
    const relative = best > 0 ? candidate.luceneScore / best : 0;
    return {
      kind: candidate.kind,
      score: round(QUALITY_WEIGHT * quality + LUCENE_WEIGHT * relative),
      matchedOn,
      item: candidate.item,
      label: candidate.labels[0] ?? '',
    };
  });
  ranked.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label) || a.kind.localeCompare(b.kind));
  return ranked.slice(0, first).map(({ label: _label, ...hit }) => hit);
}
