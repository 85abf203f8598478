/**
 * The gaps of moves between roles that earlier paths answers computed, remembered by the process for
 * one commit of the graph. A move's gap (scoring/skillGap.ts, skillGapTotal) depends only on the two
 * roles' requirements and the credit links of the skills the earlier one holds, all facts of the
 * graph at a commit; and fresh questions cross the same moves: 200 fresh O*NET / ESCO careerPaths
 * pairs rank ~20,000 moves, of which ~4,500 distinct. Ranking was most of the time an answer spent
 * in TypeScript after its statement (docs/performance.md, "Tenth pass").
 *
 * Consistency is the requirement memo's: an answer uses the gaps remembered at the commit its own
 * facts were read at (RouteSet.knownGaps), and the memo starts over when an answer at another commit
 * remembers one.
 */
import { LRUCache } from 'lru-cache';

/**
 * Moves remembered at most (least recently used dropped first): ~4 times the distinct moves of 200
 * fresh careerPaths pairs on the O*NET + ESCO graph; a move's key (two role ids) and its two numbers
 * take ~170 bytes, so ~3.5 MiB.
 */
export const REMEMBERED_MOVE_GAPS = 20_000;

/** A move's gap and largest gap: all that ranking needs of it. */
export interface MoveGap {
  gap: number;
  maxGap: number;
}

/** A move's key in the memo: the role whose requirements its start is compared on, and its target. */
export const moveKey = (startId: string, targetId: string) => `${startId}>${targetId}`;

/** The gaps remembered for one answer, at the commit its facts were read at. Keys: moveKey. */
export interface KnownMoveGaps {
  get(move: string): MoveGap | undefined;
  set(move: string, gap: MoveGap): void;
}

export class MoveGapMemo {
  private commit: string | null = null;
  private readonly gaps: LRUCache<string, MoveGap>;

  constructor(capacity = REMEMBERED_MOVE_GAPS) {
    this.gaps = new LRUCache({ max: capacity });
  }

  /** The gaps as known at `commit`: none while the memo is at another commit; remembering one starts it over at `commit`. */
  at(commit: string): KnownMoveGaps {
    return {
      get: (move) => (this.commit === commit ? this.gaps.get(move) : undefined),
      set: (move, gap) => {
        if (this.commit !== commit) {
          this.gaps.clear();
          this.commit = commit;
        }
        this.gaps.set(move, gap);
      },
    };
  }

  /** Moves remembered. */
  get size(): number {
    return this.gaps.size;
  }
}

/**
 * Of an answer's moves ([start profile id, target id]), those whose gaps `known` holds now, pinned for
 * this answer, and the start roles of the rest: only those are compared on their requirements and
 * credit links (paths/repository.ts reads no others). Pinned, because another answer may start the
 * memo over at a newer commit, or push these gaps out, before this one ranks its routes; the
 * returned KnownMoveGaps gives the pinned gaps first and remembers new ones in the memo.
 */
export function pinKnownGaps(known: KnownMoveGaps, moves: Iterable<readonly [startId: string, targetId: string]>): { known: KnownMoveGaps; startsToCompare: Set<string> } {
  const pinned = new Map<string, MoveGap>();
  const startsToCompare = new Set<string>();
  for (const [startId, targetId] of moves) {
    const move = moveKey(startId, targetId);
    const gap = pinned.get(move) ?? known.get(move);
    if (gap === undefined) startsToCompare.add(startId);
    else pinned.set(move, gap);
  }
  return { known: { get: (move) => pinned.get(move) ?? known.get(move), set: (move, gap) => known.set(move, gap) }, startsToCompare };
}
