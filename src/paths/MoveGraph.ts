/**
 * The graph's moves (LEADS_TO) in the process's memory, as they were at one commit, and the route
 * searches of careerPaths and of nextRoles / previousRoles over them. Pure: no I/O
 * (paths/repository.ts reads the moves and checks the commit).
 *
 * Why: careerPaths ranks among the CAREER_PATH_ROUTE_CAP shortest routes between two roles, and
 * enumerating them in Cypher (SHORTEST k over a quantified path pattern) was most of a fresh answer's
 * time: ~1.9 × the HTTP floor's whole statement on O*NET / ESCO pairs (docs/performance.md,
 * "Fourteenth pass"). The moves of the served graph are ~53,000 edges between ~2,700 roles: ~1.5 MB
 * here as typed arrays and ~1 MB of arrays and maps, and a search over them is a few hundred
 * microseconds.
 *
 * Consistency is the memos': an answer searched here reads its routes' roles in one statement and
 * uses the routes only when that statement ran at this graph's commit (else it asks Cypher).
 */
import type { ProgressionKind } from '../graph/kinds.js';
import type { LeadsTo } from './model.js';

/** A role with moves as readMoveGraph returns it: id, slug, median salary, and its moves out. */
export type MoveGraphRow = [id: string, slug: string, medianSalaryUsd: number | null, moves: MoveTuple[]];
/** One move out of a role: [target id, kind, typicalYears, confidence, via]. */
export type MoveTuple = [targetId: string, kind: ProgressionKind, typicalYears: number | null, confidence: number | null, via: string | null];

/** Cypher's order of strings (by code unit, as for the ASCII ids here). */
const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A route found here: its roles' indexes (start first) and its moves' indexes, in order. */
export interface FoundRoute {
  roles: number[];
  moves: number[];
}

/**
 * How far back from the target MoveGraph.routes searches roles' distances to it: half the route
 * length, at most two moves. Any depth finds the same routes (a role beyond it counts as one move
 * further, which never cuts a route); on the served graph (52,572 moves between 2,691 roles) each
 * move back reaches ~20 times more moves, and the walk's cost of a looser bound far from the target
 * is smaller than the search's last layers: 1,000 fresh O*NET / ESCO pairs, maxHops 4, 497 µs a pair
 * searched to no depth, 59 to one, 43 to two, 100 to three; maxHops 6: 140, 54, 109, 196 and 259
 * µs to depths 1 to 5 (docs/performance.md, "Fifteenth pass").
 */
export const boundDepth = (maxHops: number) => Math.min(Math.floor(maxHops / 2), 2);

export class MoveGraph {
  /** Role ids by index; only roles with a move in or out are here. */
  readonly roleIds: readonly string[];
  private readonly indexBySlug = new Map<string, number>();
  private readonly salaries: Float64Array;
  /** Moves out of role i are moves[outStart[i] .. outStart[i + 1]) (compressed rows), most confident first. */
  private readonly outStart: Int32Array;
  private readonly targets: Int32Array;
  private readonly kinds: ProgressionKind[];
  private readonly typicalYears: Float64Array;
  private readonly confidences: Float64Array;
  private readonly vias: Array<string | null>;
  /** Each move's start role. */
  private readonly starts: Int32Array;
  /** Moves into role i are inMoves[inStart[i] .. inStart[i + 1]) (move indexes), in the order of the moves out of their starts. */
  private readonly inStart: Int32Array;
  private readonly inMoves: Int32Array;

  constructor(
    /** The bookmark of the commit the moves were read at (GraphDatabase.readRowsAtCommit). */
    readonly commit: string,
    rows: readonly MoveGraphRow[],
  ) {
    const indexById = new Map<string, number>();
    const ids: string[] = [];
    const add = (id: string) => {
      let index = indexById.get(id);
      if (index === undefined) {
        index = ids.length;
        indexById.set(id, index);
        ids.push(id);
      }
      return index;
    };
    for (const [id] of rows) add(id);
    for (const [, , , moves] of rows) for (const [targetId] of moves) add(targetId);
    this.roleIds = ids;
    this.salaries = new Float64Array(ids.length).fill(Number.NaN);
    for (const [id, slug, salary] of rows) {
      const index = indexById.get(id)!;
      this.indexBySlug.set(slug, index);
      if (salary !== null) this.salaries[index] = salary;
    }
    const count = rows.reduce((total, row) => total + row[3].length, 0);
    this.outStart = new Int32Array(ids.length + 1);
    this.targets = new Int32Array(count);
    this.kinds = new Array<ProgressionKind>(count);
    this.typicalYears = new Float64Array(count);
    this.confidences = new Float64Array(count);
    this.vias = new Array<string | null>(count);
    const outOf = new Map(rows.map((row) => [indexById.get(row[0])!, row[3]]));
    let next = 0;
    for (let role = 0; role < ids.length; role += 1) {
      this.outStart[role] = next;
      // Most confident first, then by target id: the order routes are found in, the same every time.
      const moves = [...(outOf.get(role) ?? [])].sort((a, b) => (b[3] ?? -1) - (a[3] ?? -1) || compareIds(a[0], b[0]));
      for (const [targetId, kind, typicalYears, confidence, via] of moves) {
        this.targets[next] = indexById.get(targetId)!;
        this.kinds[next] = kind;
        this.typicalYears[next] = typicalYears ?? Number.NaN;
        this.confidences[next] = confidence ?? Number.NaN;
        this.vias[next] = via;
        next += 1;
      }
    }
    this.outStart[ids.length] = next;
    const inCount = new Int32Array(ids.length + 1);
    for (let move = 0; move < count; move += 1) inCount[this.targets[move]! + 1]! += 1;
    for (let role = 0; role < ids.length; role += 1) inCount[role + 1]! += inCount[role]!;
    this.inStart = inCount;
    this.starts = new Int32Array(count);
    this.inMoves = new Int32Array(count);
    const filled = new Int32Array(ids.length);
    for (let role = 0; role < ids.length; role += 1) {
      for (let move = this.outStart[role]!; move < this.outStart[role + 1]!; move += 1) {
        const target = this.targets[move]!;
        this.starts[move] = role;
        this.inMoves[this.inStart[target]! + filled[target]!] = move;
        filled[target]! += 1;
      }
    }
  }

  /** Moves held. */
  get moveCount(): number {
    return this.targets.length;
  }

  /** The index of the role with this slug, when it has a move in or out. */
  indexOf(slug: string): number | undefined {
    return this.indexBySlug.get(slug);
  }

  /** A role's median salary (null when unknown). */
  salaryOf(role: number): number | null {
    const salary = this.salaries[role]!;
    return Number.isNaN(salary) ? null : salary;
  }

  /** A move's ranking properties (pathSelection.ts, STEP_RANKING_PROPERTIES), as the Cypher statements return them. */
  moveAt(move: number): LeadsTo {
    const typicalYears = this.typicalYears[move]!;
    const confidence = this.confidences[move]!;
    return {
      kind: this.kinds[move]!,
      typicalYears: Number.isNaN(typicalYears) ? null : typicalYears,
      confidence: Number.isNaN(confidence) ? null : confidence,
      via: this.vias[move]!,
    } as LeadsTo;
  }

  /**
   * Up to `cap` routes from `from` to `to` of at most `maxHops` moves that visit no role twice, the
   * shortest first: every route of a length before any longer one, and of the last length taken the
   * first found (each role's most confident moves first). Two moves between the same roles make two
   * routes, as they do in Cypher. Only roles within reach of `to` are walked: their distance to it
   * is found first, backwards, to `boundDepth(maxHops)` moves, and every role further away counts
   * as one move further (at least that far): the bound stays exact where it matters most, near the
   * target, and the backward search skips its largest layers.
   */
  routes(from: number, to: number, maxHops: number, cap: number): FoundRoute[] {
    const found: FoundRoute[] = [];
    if (from === to || cap <= 0) return found;
    const distance = this.distancesTo(to, boundDepth(maxHops));
    // At most the fewest moves from `from` to `to`: lengths below it hold no route.
    const shortest = distance[from]!;
    if (shortest > maxHops) return found;
    const onRoute = new Uint8Array(this.roleIds.length);
    const roles = [from];
    const moves: number[] = [];
    onRoute[from] = 1;
    // Depth-first, one route length at a time; `left` is the moves the route may still take.
    const walk = (role: number, left: number): void => {
      for (let move = this.outStart[role]!; move < this.outStart[role + 1]! && found.length < cap; move += 1) {
        const next = this.targets[move]!;
        if (next === to) {
          if (left === 1) found.push({ roles: [...roles, next], moves: [...moves, move] });
          continue;
        }
        if (left === 1 || onRoute[next] || distance[next]! > left - 1) continue;
        onRoute[next] = 1;
        roles.push(next);
        moves.push(move);
        walk(next, left - 1);
        roles.pop();
        moves.pop();
        onRoute[next] = 0;
      }
    };
    for (let length = shortest; length <= maxHops && found.length < cap; length += 1) walk(from, length);
    return found;
  }

  /**
   * nextRoles / previousRoles' candidates from `source`, as progressionStatement (paths/repository.ts)
   * finds them: breadth-first, one layer per move, each role reached once, by its fewest-moves route
   * and of those the most confident (a move's confidence `defaultConfidence` when it has none; ties
   * to the route from the role of lowest id); a layer ordered by confidence, then role id; layers
   * only while fewer than `candidates` roles are found, and the first `candidates` kept. Moves of
   * `kinds` only (null: every kind). A route runs from its earlier role to its later one: for
   * PREVIOUS, from the feeder to `source`.
   */
  progressions(source: number, direction: 'NEXT' | 'PREVIOUS', maxHops: number, kinds: ReadonlySet<string> | null, candidates: number, defaultConfidence: number): FoundRoute[] {
    interface Entry {
      role: number;
      /** Roles and moves from `source` outwards (reversed into route order at the end for NEXT's sake: see below). */
      roles: number[];
      moves: number[];
      confidence: number;
    }
    const next = direction === 'NEXT';
    const visited = new Uint8Array(this.roleIds.length);
    visited[source] = 1;
    let frontier: Entry[] = [{ role: source, roles: [source], moves: [], confidence: 1 }];
    const found: Entry[] = [];
    for (let hop = 0; hop < maxHops && found.length < candidates && frontier.length > 0; hop += 1) {
      const best = new Map<number, Entry>();
      for (const entry of frontier) {
        const first = next ? this.outStart[entry.role]! : this.inStart[entry.role]!;
        const end = next ? this.outStart[entry.role + 1]! : this.inStart[entry.role + 1]!;
        for (let edge = first; edge < end; edge += 1) {
          const move = next ? edge : this.inMoves[edge]!;
          const reached = next ? this.targets[move]! : this.starts[move]!;
          if (visited[reached] || (kinds !== null && !kinds.has(this.kinds[move]!))) continue;
          const stated = this.confidences[move]!;
          const confidence = entry.confidence * (Number.isNaN(stated) ? defaultConfidence : stated);
          const held = best.get(reached);
          // The most confident route; of equally confident ones, the one from the role of lowest id.
          if (held && (held.confidence > confidence || (held.confidence === confidence && this.roleIds[held.roles.at(-2)!]! <= this.roleIds[entry.role]!))) continue;
          best.set(reached, { role: reached, roles: [...entry.roles, reached], moves: [...entry.moves, move], confidence });
        }
      }
      const layer = [...best.values()].sort((a, b) => b.confidence - a.confidence || compareIds(this.roleIds[a.role]!, this.roleIds[b.role]!));
      for (const entry of layer) visited[entry.role] = 1;
      found.push(...layer);
      frontier = layer;
    }
    return found.slice(0, candidates).map((entry) =>
      next ? { roles: entry.roles, moves: entry.moves } : { roles: [...entry.roles].reverse(), moves: [...entry.moves].reverse() },
    );
  }

  /**
   * Each role's fewest moves to `to` (breadth-first over moves in reverse) for those within `depth`
   * moves; `depth + 1` for every other role (at least that far).
   */
  private distancesTo(to: number, depth: number): Int32Array {
    const distance = new Int32Array(this.roleIds.length).fill(depth + 1);
    distance[to] = 0;
    let layer = [to];
    for (let hops = 1; hops <= depth && layer.length > 0; hops += 1) {
      const nextLayer: number[] = [];
      for (const role of layer) {
        for (let edge = this.inStart[role]!; edge < this.inStart[role + 1]!; edge += 1) {
          const source = this.starts[this.inMoves[edge]!]!;
          if (distance[source]! > hops) {
            distance[source] = hops;
            nextLayer.push(source);
          }
        }
      }
      layer = nextLayer;
    }
    return distance;
  }
}

/**
 * The process's MoveGraph: the latest one read. Answers use it only when a statement of theirs
 * confirms its commit, so a stale one costs one statement, never a wrong answer.
 */
export class MoveGraphMemo {
  private graph: MoveGraph | null = null;

  /** The latest graph read, whatever its commit (null before any). */
  get current(): MoveGraph | null {
    return this.graph;
  }

  remember(graph: MoveGraph): void {
    this.graph = graph;
  }

  /**
   * Drops `stale` (found out of date by an answer's statement), unless a warming has put a newer one
   * in its place meanwhile; without an argument, whatever is held.
   */
  forget(stale?: MoveGraph): void {
    if (stale === undefined || this.graph === stale) this.graph = null;
  }
}
