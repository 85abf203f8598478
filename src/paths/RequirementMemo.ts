/**
 * The requirements of roles that paths answers read recently, remembered by the process for one
 * commit of the graph, so a paths statement returns its routes and roles without their requirements
 * and only the roles the memo lacks are read, in one more statement. Fresh questions (a pair of roles
 * nobody asked about, a role nobody browsed) still cross the same roles: on the O*NET + ESCO graph
 * the requirements of the roles on a careerPaths route set were about two thirds of its statement's
 * time, though other answers had just read them (docs/performance.md, "Ninth pass").
 *
 * Consistency is CreditLinkMemo's (skills/CreditLinkMemo.ts): every entry was read at one commit,
 * an answer uses them only when its own statement ran at that commit, and the memo starts over at a
 * new commit.
 */
import { LRUCache } from 'lru-cache';
import type { RequirementInput } from '../scoring/skillGap.js';

/** A requirement as the paths statements return it: no keys, so ~150 of them per O*NET role stay small on the wire. */
export type RequirementTuple = [skillId: string, importance: number, level: number | null, essential: boolean];

/**
 * Requirements remembered at most (least recently used roles dropped first): about two thirds of the
 * O*NET + ESCO graph's ~217,000 (1,016 O*NET occupations with ~91 each, 3,007 ESCO ones with ~41),
 * ~6 MiB of heap packed. Fresh careerPaths and headlines ran as fast with 100,000 as with the whole
 * graph, and what the memo holds live raises the API's peak memory under load by more than its size
 * (V8 lets the heap grow in proportion to what survives), against a budget of 250 MiB.
 */
export const REMEMBERED_REQUIREMENTS = 150_000;

/**
 * A role's requirements packed into parallel arrays: ~43 bytes of heap a requirement, the typed
 * arrays' own overhead and the shared skill ids included, where RequirementInput objects took ~84
 * (measured on the O*NET + ESCO graph: the whole graph's in ~9 MiB against ~17). An answer unpacks
 * the roles it uses: a few thousand short-lived objects.
 */
interface PackedRequirements {
  skillIds: readonly string[];
  importance: Float64Array;
  /** NaN where the requirement names no level. */
  level: Float64Array;
  essential: Uint8Array;
}

function pack(tuples: readonly RequirementTuple[], shared: (skillId: string) => string): PackedRequirements {
  const packed: PackedRequirements = {
    skillIds: tuples.map(([skillId]) => shared(skillId)),
    importance: new Float64Array(tuples.length),
    level: new Float64Array(tuples.length),
    essential: new Uint8Array(tuples.length),
  };
  tuples.forEach(([, importance, level, essential], index) => {
    packed.importance[index] = importance;
    packed.level[index] = level ?? Number.NaN;
    packed.essential[index] = essential ? 1 : 0;
  });
  return packed;
}

function unpack({ skillIds, importance, level, essential }: PackedRequirements): RequirementInput[] {
  return skillIds.map((skillId, index) => ({
    skillId,
    importance: importance[index]!,
    level: Number.isNaN(level[index]) ? null : level[index]!,
    essential: essential[index] === 1,
  }));
}

export class RequirementMemo {
  private commit: string | null = null;
  private readonly byRole: LRUCache<string, PackedRequirements>;
  /** One string per skill id, however many roles require the skill (the driver decodes a new one each time). */
  private readonly skillIds = new Map<string, string>();

  constructor(
    /** Requirements held at most (a role counts its requirements + 1). */
    readonly capacity = REMEMBERED_REQUIREMENTS,
  ) {
    // + 1: a role without requirements still takes an entry.
    this.byRole = new LRUCache({ maxSize: capacity, sizeCalculation: (packed) => packed.skillIds.length + 1 });
  }

  /** The remembered requirements of these roles if the memo is at `commit`, and the roles it has none for. */
  at(commit: string, roleIds: Iterable<string>): { known: Map<string, readonly RequirementInput[]>; missing: string[] } {
    const known = new Map<string, readonly RequirementInput[]>();
    const missing: string[] = [];
    for (const id of new Set(roleIds)) {
      const packed = commit === this.commit ? this.byRole.get(id) : undefined;
      if (packed === undefined) missing.push(id);
      else known.set(id, unpack(packed));
    }
    return { known, missing };
  }

  /** Requirements read by a statement that ran at `commit`, remembered and returned as scoring takes them. */
  remember(commit: string, read: Iterable<readonly [roleId: string, requirements: readonly RequirementTuple[]]>): Map<string, readonly RequirementInput[]> {
    if (commit !== this.commit) {
      this.byRole.clear();
      this.skillIds.clear();
      this.commit = commit;
    }
    const remembered = new Map<string, readonly RequirementInput[]>();
    for (const [roleId, tuples] of read) {
      const packed = pack(tuples, (skillId) => this.shared(skillId));
      this.byRole.set(roleId, packed);
      remembered.set(roleId, unpack(packed));
    }
    return remembered;
  }

  private shared(skillId: string): string {
    const known = this.skillIds.get(skillId);
    if (known !== undefined) return known;
    this.skillIds.set(skillId, skillId);
    return skillId;
  }

  /** Roles remembered. */
  get size(): number {
    return this.byRole.size;
  }
}
