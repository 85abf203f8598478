/**
 * An in-memory index of every search label (role titles and alternate titles, skill names and
 * aliases) for type-ahead: which nodes have a label in which every word of the text is the start
 * of a label word ("registered n" → "Registered Nurse") or, typed in the plural, is the label word
 * ("network architects" → "Network Architect"), answered in about a millisecond where the
 * fulltext indexes take tens (docs/api-catalog.md, "search"). It only picks candidates and gives
 * each an index score; scoring/searchRank.ts ranks them, as it ranks fulltext hits. Typos are not
 * its job: when nothing matches as typed, search asks the fulltext indexes.
 *
 * Memory: the labels are held once per node as one string (joined by LABEL_SEPARATOR) and every
 * other structure is a typed array over a sorted vocabulary (docs/api-catalog.md, "search", gives its size).
 */
import { FixedReverseHeap } from 'mnemonist';
import { matchWords, singularOf } from '../scoring/searchRank.js';
import type { SearchKind } from './model.js';

/** One searchable node: its id, kind and labels, primary label (title / name) first. */
export interface LabelEntry {
  id: string;
  kind: SearchKind;
  labels: readonly string[];
}

/** Builds a LabelIndex from entries added one at a time (LabelIndex.builder); `finish` once, after the last. */
export interface LabelIndexBuilder {
  add(entry: LabelEntry): void;
  finish(): LabelIndex;
}

/** A node whose label matched, with what ranking needs. */
export interface LabelCandidate {
  id: string;
  kind: SearchKind;
  /** The node's labels that match (every word a prefix), primary first: rankSearchHits picks matchedOn among them. */
  labels: string[];
  /**
   * How well the best matching label fits, 0..1, in the place of the Lucene score: a title / name
   * counts twice an alternate title / alias (as the fulltext query's field boost), a label the
   * text starts counts more (type-ahead types from the start), and fewer other words count more.
   */
  indexScore: number;
}

/** Never occurs in a label: labels are one line of text. */
const LABEL_SEPARATOR = '\n';
const KINDS: readonly SearchKind[] = ['ROLE', 'SKILL'];

/**
 * The vocabulary ids a typed word matches: the words it starts, [from, to) over the sorted vocabulary;
 * among them the whole word (-1 if absent); and its singular when it reads as a plural (-1 if absent
 * or not a plural): "architects" matches "architect", as ranking takes it (searchRank.ts singularOf).
 */
interface WordRange {
  from: number;
  to: number;
  whole: number;
  singular: number;
}

function inRange(word: number, range: WordRange): boolean {
  return (word >= range.from && word < range.to) || word === range.singular;
}

/**
 * A copy of `word` that holds nothing else: V8 may represent a word split from a label as a slice
 * of the whole (normalised, lower-cased) label, which would keep that label alive in the vocabulary.
 */
function ownCopy(word: string): string {
  return Buffer.from(word, 'utf8').toString('utf8');
}

/** An append-only list of 32-bit integers: 4 bytes an item where a number[] takes 8, and no boxing. */
class Int32List {
  private items = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = value;
  }

  /** The items, in an array of their own size. */
  toArray(): Int32Array {
    return this.items.slice(0, this.length);
  }
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

export class LabelIndex {
  /** Per node, its best label's score during a match; 0 otherwise. Reused across calls (match never awaits). */
  private readonly nodeScores: Float64Array;
  /** The nodes a match has scored, in a buffer reused across calls: a common word touches most of a 100k-role graph. */
  private readonly touchedNodes: Int32Array;
  /** Per node, the length of its primary label (the tie-break after the score). */
  private readonly primaryLengths: Int32Array;

  private constructor(
    private readonly ids: string[],
    private readonly kinds: Uint8Array,
    private readonly joinedLabels: string[],
    /** Label ids of node n: nodeLabelStart[n] .. nodeLabelStart[n + 1]; the first is the primary label. */
    private readonly nodeLabelStart: Int32Array,
    private readonly labelNode: Int32Array,
    /** Word ids of label l, in order: labelWords[labelWordStart[l] .. labelWordStart[l + 1]]. */
    private readonly labelWordStart: Int32Array,
    private readonly labelWords: Int32Array,
    private readonly vocabulary: string[],
    /** Labels containing word w: postings[postingStart[w] .. postingStart[w + 1]]. */
    private readonly postingStart: Int32Array,
    private readonly postings: Int32Array,
  ) {
    this.nodeScores = new Float64Array(ids.length);
    this.touchedNodes = new Int32Array(ids.length);
    this.primaryLengths = Int32Array.from(joinedLabels, (joined) => {
      const end = joined.indexOf(LABEL_SEPARATOR);
      return end === -1 ? joined.length : end;
    });
  }

  /**
   * The order of candidates within a kind during a match: the better score first; ties, the shorter
   * primary label, then the id, so the cut at perKind is deterministic.
   */
  private readonly ranksBefore = (a: number, b: number): number =>
    this.nodeScores[b] - this.nodeScores[a] || this.primaryLengths[a] - this.primaryLengths[b] || (this.ids[a] < this.ids[b] ? -1 : 1);

  /**
   * Builds the index in one pass over `entries`, holding only the compact result and one word list
   * at a time: the words of every label are interned (a map of the ~27k distinct words, not a string
   * per word occurrence: ~725k on O*NET + ESCO) and numbered as they come, then renumbered in sorted
   * order. A build that kept every label's word strings needed ~100 MiB at its peak for a 33 MiB
   * index (docs/performance.md, "Memory under the mixed load").
   */
  static build(entries: Iterable<LabelEntry>): LabelIndex {
    const builder = LabelIndex.builder();
    for (const entry of entries) builder.add(entry);
    return builder.finish();
  }

  /**
   * build, an entry at a time: SearchLabels hands each entry over as its row arrives
   * (GraphDatabase.forEachRowAtCommit), so no decoded row outlives its turn.
   */
  static builder(): LabelIndexBuilder {
    const ids: string[] = [];
    const kindCodes: number[] = [];
    const joinedLabels: string[] = [];
    const nodeLabelStart = new Int32List();
    nodeLabelStart.push(0);
    const labelNode = new Int32List();
    const labelWordStart = new Int32List();
    /** Word ids in first-seen order (renumbered below, once the vocabulary is sorted). */
    const labelWords = new Int32List();
    const wordIds = new Map<string, number>();
    const add = (entry: LabelEntry): void => {
      const labels = entry.labels.filter((label) => label.trim() !== '').map((label) => label.replaceAll(LABEL_SEPARATOR, ' '));
      if (labels.length === 0) return;
      const node = ids.length;
      ids.push(entry.id);
      kindCodes.push(KINDS.indexOf(entry.kind));
      joinedLabels.push(labels.join(LABEL_SEPARATOR));
      for (const label of labels) {
        labelWordStart.push(labelWords.length);
        labelNode.push(node);
        for (const word of matchWords(label)) {
          let id = wordIds.get(word);
          if (id === undefined) {
            id = wordIds.size;
            wordIds.set(ownCopy(word), id);
          }
          labelWords.push(id);
        }
      }
      nodeLabelStart.push(labelNode.length);
    };
    const finish = (): LabelIndex => {
      labelWordStart.push(labelWords.length);
      const firstSeen = [...wordIds.keys()];
      wordIds.clear();
      const order = firstSeen.map((_, id) => id).sort((a, b) => (firstSeen[a] < firstSeen[b] ? -1 : firstSeen[a] > firstSeen[b] ? 1 : 0));
      const vocabulary = order.map((id) => firstSeen[id]);
      const sortedId = new Int32Array(order.length);
      order.forEach((id, rank) => (sortedId[id] = rank));
      const words = labelWords.toArray();
      for (let i = 0; i < words.length; i++) words[i] = sortedId[words[i]];
      const wordStart = labelWordStart.toArray();
      const labelCount = labelNode.length;
      // Postings: each label once per distinct word; `lastLabel` spots a word repeated within a label.
      const lastLabel = new Int32Array(vocabulary.length).fill(-1);
      const postingStart = new Int32Array(vocabulary.length + 1);
      for (let label = 0; label < labelCount; label++) {
        for (let i = wordStart[label]; i < wordStart[label + 1]; i++) {
          const id = words[i];
          if (lastLabel[id] !== label) postingStart[id + 1]++, (lastLabel[id] = label);
        }
      }
      for (let w = 0; w < vocabulary.length; w++) postingStart[w + 1] += postingStart[w];
      const postings = new Int32Array(postingStart[vocabulary.length]);
      const fill = postingStart.slice(0, vocabulary.length);
      lastLabel.fill(-1);
      for (let label = 0; label < labelCount; label++) {
        for (let i = wordStart[label]; i < wordStart[label + 1]; i++) {
          const id = words[i];
          if (lastLabel[id] !== label) postings[fill[id]++] = label, (lastLabel[id] = label);
        }
      }
      return new LabelIndex(
        ids,
        Uint8Array.from(kindCodes),
        joinedLabels,
        nodeLabelStart.toArray(),
        labelNode.toArray(),
        wordStart,
        words,
        vocabulary,
        postingStart,
        postings,
      );
    };
    return { add, finish };
  }

  /** Nodes indexed. */
  get size(): number {
    return this.ids.length;
  }

  private range(prefix: string): WordRange {
    const from = lowerBound(this.vocabulary, prefix);
    // Every word starting with `prefix` sorts before prefix + the highest code unit.
    const to = lowerBound(this.vocabulary, `${prefix}\uffff`);
    const singular = singularOf(prefix);
    const singularAt = singular === prefix ? -1 : lowerBound(this.vocabulary, singular);
    return {
      from,
      to,
      whole: from < to && this.vocabulary[from] === prefix ? from : -1,
      singular: singularAt >= 0 && this.vocabulary[singularAt] === singular && !(singularAt >= from && singularAt < to) ? singularAt : -1,
    };
  }

  /** Labels holding a word of `range`, counted once per word (a label may hold two of them). */
  private postingsOf(range: WordRange): number {
    const singular = range.singular >= 0 ? this.postingStart[range.singular + 1] - this.postingStart[range.singular] : 0;
    return this.postingStart[range.to] - this.postingStart[range.from] + singular;
  }

  /** The [start, end) runs of `postings` that list the labels of `range`'s words. */
  private postingRuns(range: WordRange): Array<[number, number]> {
    const runs: Array<[number, number]> = [[this.postingStart[range.from], this.postingStart[range.to]]];
    if (range.singular >= 0) runs.push([this.postingStart[range.singular], this.postingStart[range.singular + 1]]);
    return runs;
  }

  /**
   * The best `perKind` nodes of each wanted kind having a label in which every word of `text` starts
   * a label word or is its plural (the same words as ranking compares: scoring/searchRank.ts matchWords), best index
   * score first, each with only its labels that match so (type-ahead ranks what matches as typed);
   * [] when no label matches every word (a typo, or nothing searchable).
   */
  match(text: string, kinds: ReadonlySet<SearchKind>, perKind: number): LabelCandidate[] {
    const words = matchWords(text);
    if (words.length === 0 || perKind <= 0) return [];
    const ranges = words.map((word) => this.range(word));
    if (ranges.some((range) => range.from === range.to && range.singular === -1)) return [];
    // Walk the labels of the rarest word; check the others by word id, which is a range test.
    const rarest = ranges.reduce((best, range) => (this.postingsOf(range) < this.postingsOf(best) ? range : best));
    // Best label score per node, in buffers reused across calls (match never awaits) and zeroed after use.
    const bestScore = this.nodeScores;
    const touched = this.touchedNodes;
    let touchedCount = 0;
    for (const [start, end] of this.postingRuns(rarest)) {
      for (let p = start; p < end; p++) {
        const label = this.postings[p];
        const node = this.labelNode[label];
        if (!kinds.has(KINDS[this.kinds[node]])) continue;
        const score = this.labelScore(label, node, ranges);
        if (score > bestScore[node]) {
          if (bestScore[node] === 0) touched[touchedCount++] = node;
          bestScore[node] = score;
        }
      }
    }
    // Only the best perKind of each kind are kept, in a bounded heap: a common word matches tens of
    // thousands of nodes on a 100k-role graph, and sorting them all was most of a search's time there
    // (docs/performance.md, "Twentieth pass").
    const best = KINDS.map((kind) => (kinds.has(kind) ? new FixedReverseHeap<number>(Int32Array, this.ranksBefore, perKind) : null));
    for (let t = 0; t < touchedCount; t++) best[this.kinds[touched[t]]]?.push(touched[t]);
    const candidates: LabelCandidate[] = [];
    try {
      KINDS.forEach((kind, kindCode) => {
        for (const node of best[kindCode]?.consume() ?? []) {
          const all = this.joinedLabels[node].split(LABEL_SEPARATOR);
          const first = this.nodeLabelStart[node];
          const labels = all.filter((_, offset) => this.labelScore(first + offset, node, ranges) > 0);
          candidates.push({ id: this.ids[node], kind, labels, indexScore: bestScore[node] });
        }
      });
    } finally {
      for (let t = 0; t < touchedCount; t++) bestScore[touched[t]] = 0;
    }
    return candidates;
  }

  /** 0 when some word of the text starts no word of the label; else the index score (LabelCandidate). */
  private labelScore(label: number, node: number, ranges: readonly WordRange[]): number {
    const start = this.labelWordStart[label];
    const end = this.labelWordStart[label + 1];
    let whole = true;
    for (const range of ranges) {
      let found = false;
      let foundWhole = false;
      for (let i = start; i < end; i++) {
        const word = this.labelWords[i];
        if (inRange(word, range)) {
          found = true;
          if (word === range.whole || word === range.singular) foundWhole = true;
        }
      }
      if (!found) return 0;
      whole &&= foundWhole;
    }
    const first = this.labelWords[start];
    const startsWithText = inRange(first, ranges[0]);
    const coverage = Math.min(1, ranges.length / (end - start));
    const primary = this.nodeLabelStart[node] === label ? 1 : 0.5;
    return primary * (0.5 + 0.5 * coverage) * (startsWithText ? 1 : 0.8) * (whole ? 1 : 0.9);
  }
}
