/**
 * What it takes to move from one role to another, from the two roles' requirements: the bridging
 * skills (scoring/skillGap.ts is the one gap definition, with the gap credit the earlier role's
 * skills earn), the gap, the largest possible gap (for the readiness part of the score) and the
 * skills both roles share.
 */
import type { Skill } from '../graph/model.js';
import { CreditIndex, type CreditLinks } from '../scoring/skillCredit.js';
import { computeSkillGap, heldFromRequirements, maxSkillGap, skillGapTotal, type RequirementInput } from '../scoring/skillGap.js';
import { resolveGapItem } from '../skills/resolveGapItem.js';
import type { SkillGapItem } from './model.js';
import type { RequirementsByRole } from '../roles/RequirementMemo.js';
import { moveKey, type KnownMoveGaps, type MoveGap } from './MoveGapMemo.js';
import type { RouteSet, SkillsById } from './repository.js';

export interface Bridge {
  /** MISSING and PARTIAL skills of the later role, heaviest first. */
  bridgingSkills: SkillGapItem[];
  gap: number;
  /** The gap of someone holding none of the later role's skills. */
  maxGap: number;
  /** Skills both roles require, by importance to the later role. */
  sharedSkills: Skill[];
}

/** An earlier role as every move from it sees it: its held levels and their credit index. */
interface StartProfile {
  held: Map<string, number | null>;
  index: CreditIndex;
}

/** A later role: its requirements, and the gap of someone holding none of them. */
interface Target {
  inputs: readonly RequirementInput[];
  maxGap: number;
}

/**
 * The moves of one statement's rows, each computed once. Routes share their start profiles (every
 * nextRoles candidate starts at the source or at one of its crosswalk proxies) and their moves
 * (careerPaths: ~250 steps but ~100 distinct moves on O*NET / ESCO pairs), and ranking needs only
 * each move's gap: so a start profile's held levels and credit index are built once, a move's gap
 * is computed once without its items (skillGapTotal), and the items and bridging skills (skills
 * resolved, credits explained in words) only for the moves an answer returns. The arithmetic is
 * computeSkillGap's, as for any other gap. Gaps other answers computed at the same commit of the
 * graph come from the process's memo (RouteSet.knownGaps, MoveGapMemo.ts), and those computed here
 * go to it.
 *
 * Moves are named by role ids: the earlier role (or the proxy whose profile stands in for it:
 * moveStart.ts, startProfileId) and the later one; both must have come back with their
 * requirements (a role without any compares as holding or requiring nothing), and every skill
 * they require with them (`skills`).
 */
export class MoveBridges {
  private readonly starts = new Map<string, StartProfile>();
  private readonly targets = new Map<string, Target>();
  private readonly gaps = new Map<string, MoveGap>();
  private readonly bridges = new Map<string, Bridge>();

  private readonly requirementsByRole: RequirementsByRole;
  private readonly skills: SkillsById;
  private readonly credits: CreditLinks;
  private readonly knownGaps: KnownMoveGaps | null;

  constructor(rows: Pick<RouteSet, 'requirementsByRole' | 'skills' | 'credits' | 'knownGaps'>) {
    ({ requirementsByRole: this.requirementsByRole, skills: this.skills, credits: this.credits } = rows);
    this.knownGaps = rows.knownGaps ?? null;
  }

  /** Ranking reads this of every candidate move: the gap alone (skillGapTotal), no items built. */
  gapOf(startId: string, targetId: string): MoveGap {
    const key = moveKey(startId, targetId);
    let gap = this.gaps.get(key) ?? this.knownGaps?.get(key);
    if (gap === undefined) {
      const start = this.startOf(startId);
      const target = this.targetOf(targetId);
      gap = { gap: skillGapTotal(start.held, target.inputs, start.index), maxGap: target.maxGap };
      this.knownGaps?.set(key, gap);
    }
    this.gaps.set(key, gap);
    return gap;
  }

  bridgeOf(startId: string, targetId: string): Bridge {
    const key = moveKey(startId, targetId);
    let bridge = this.bridges.get(key);
    if (!bridge) {
      const start = this.startOf(startId);
      const target = this.targetOf(targetId);
      const result = computeSkillGap(start.held, target.inputs, start.index);
      bridge = {
        bridgingSkills: result.items.filter((item) => item.status !== 'MET').map((item) => resolveGapItem(item, (id) => this.skills.get(id))),
        gap: result.gap,
        maxGap: target.maxGap,
        // Requirements arrive ordered by importance (repository), and filter keeps that order.
        sharedSkills: target.inputs.filter((req) => start.held.has(req.skillId)).map((req) => this.skillOf(req.skillId)),
      };
      this.bridges.set(key, bridge);
    }
    return bridge;
  }

  /** The statement returns every skill of the requirements when the answer shows any (PathSelection.skills); a miss is our bug. */
  private skillOf(id: string): Skill {
    const skill = this.skills.get(id);
    if (!skill) throw new Error(`Skill ${id} of a move was not loaded with it`);
    return skill;
  }

  private startOf(roleId: string): StartProfile {
    let start = this.starts.get(roleId);
    if (!start) {
      const held = heldFromRequirements(this.requirementsByRole.get(roleId) ?? []);
      start = { held, index: new CreditIndex(held, this.credits) };
      this.starts.set(roleId, start);
    }
    return start;
  }

  private targetOf(roleId: string): Target {
    let target = this.targets.get(roleId);
    if (!target) {
      const inputs = this.requirementsByRole.get(roleId) ?? [];
      target = { inputs, maxGap: maxSkillGap(inputs) };
      this.targets.set(roleId, target);
    }
    return target;
  }
}

/**
 * The skills of one move of an answer as its results show them, built when first read
 * (MoveBridges.bridgeOf): an answer showing only the roles never builds them. Getters of a class,
 * not `get` closures of an object literal: each such literal (one per result) made V8's young
 * collections keep what its closures capture, here the MoveBridges with every requirement and gap
 * the answer read, until the next full collection, so every answer's data was promoted to the old
 * generation (docs/performance.md, *Twenty-eighth pass*).
 */
export class MoveSkills {
  constructor(
    private readonly moves: MoveBridges,
    private readonly startId: string,
    private readonly targetId: string,
  ) {}

  get bridgingSkills(): SkillGapItem[] {
    return this.moves.bridgeOf(this.startId, this.targetId).bridgingSkills;
  }

  get sharedSkills(): Skill[] {
    return this.moves.bridgeOf(this.startId, this.targetId).sharedSkills;
  }
}
