/**
 * Fills the requirement, credit-link and skill-identity memos (roles/RequirementMemo.ts,
 * skills/CreditLinkMemo.ts, skills/SkillIdentityMemo.ts) and the moves in memory (paths/MoveGraph.ts)
 * ahead of requests, once for every version of the graph: at
 * start, and again after a write. The memos only learn from answers, so each new version of the graph
 * began with every paths answer paying one or two more statements for what they lacked: on fresh
 * O*NET / ESCO careerPaths, 61 % of pairs after 300 others had been asked (docs/performance.md,
 * "Tenth pass"). What is read is keyed by the commit it was read at, like anything a request
 * remembers, so warming changes no answer, only how many statements it takes.
 *
 * The schedule is OncePerGraphVersion's, as the search label index's: one warming at a time, at most
 * one start per `minIntervalMs`, and a warming the graph moved under stops at its next batch (the
 * new version gets its own). A failed warming is not tried again until the graph moves: requests
 * fill the memos themselves meanwhile.
 */
import { OncePerGraphVersion, type GraphVersion } from '../responseCache/OncePerGraphVersion.js';

export interface MemoWarmingOptions {
  /** Least time between the starts of two warmings. Default 10 s. */
  minIntervalMs?: number;
  /** Told when a warming finished: roles and skills read, milliseconds taken, the version warmed. */
  onWarmed?: (warmed: Warmed & { ms: number; version: string }) => void;
  /** Told when a warming failed (requests fill the memos themselves, as without warming). */
  onError?: (error: unknown) => void;
}

/** What a warming read: roles' requirements, skills' credit links, moves, required skills' identities (skills/SkillIdentityMemo.ts). */
export interface Warmed {
  roles: number;
  skills: number;
  moves: number;
  skillIdentities: number;
}

/** One warming for the graph as it is now: what it read, or null when the graph moved meanwhile. */
export type WarmMemos = () => Promise<Warmed | null>;

export class MemoWarming {
  private readonly schedule: OncePerGraphVersion;

  constructor(warm: WarmMemos, graph: GraphVersion, options: MemoWarmingOptions = {}) {
    this.schedule = new OncePerGraphVersion(
      async (version) => {
        const started = Date.now();
        try {
          const warmed = await warm();
          if (warmed) options.onWarmed?.({ ...warmed, ms: Date.now() - started, version });
        } catch (error) {
          options.onError?.(error);
        }
        return true;
      },
      graph,
      options.minIntervalMs ?? 10_000,
    );
  }

  /** The graph version may have moved: warms for a version not warmed yet, when the schedule allows. */
  check(): void {
    this.schedule.check();
  }

  /** The warming in progress, if any (tests, and a shutdown that waits for it). */
  get inProgress(): Promise<void> | undefined {
    return this.schedule.inProgress;
  }

  stop(): void {
    this.schedule.stop();
  }
}
