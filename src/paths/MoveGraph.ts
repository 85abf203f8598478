/**
 * The graph's moves (LEADS_TO) in the process's memory, as they were at one commit, and the route
 * searches of careerPaths and of nextRoles / previousRoles over them. Pure: no I/O
 * (paths/repository.ts reads the moves and checks the commit).
 *
 * Why: careerPaths ranks among the CAREER_PATH_ROUTE_CAP shortest routes between two roles, and
 * enumerating them in Cypher (SHORTEST k over a quantified path pattern) was most of a fresh answer's
 * time: ~1.9 × the HTTP floor's whole statement on O*NET / ESCO pairs (docs/performance.md,
 * "Fourteenth pass"). The moves of the served graph are ~53,000 edges between ~2,700 roles, ~1 MB
 * here (below), and a search over them is a few hundred microseconds.
 *
 * Consistency is the memos': an answer searched here reads its routes' roles in one statement and
 * uses the routes only when that statement ran at this graph's commit (else it asks Cypher).
 */
import type { ProgressionKind } from '../graph/kinds.js';
import type { LeadsTo } from './model.js';
import { PackedStrings } from './PackedStrings.js';

/** A role with moves as readMoveGraph returns it: id, slug, median salary, and its moves out. */
export type MoveGraphRow = [id: string, slug: string, medianSalaryUsd: number | null, moves: MoveTuple[]];
/** One move out of a role: [target id, kind, typicalYears, confidence, via]. */
export type MoveTuple = [targetId: string, kind: ProgressionKind, typicalYears: number | null, confidence: number | null, via: string | null];

/**
 * The most moves memo warming holds in a MoveGraph by default (`MOVE_GRAPH_MAX_MOVES`); a graph with
 * more is searched in Cypher. Built, a move takes 14 bytes and a role ~80 (typed arrays, and its id
 * and slug packed in UTF-8 buffers: PackedStrings), outside the V8 heap but for the graph's distinct
 * move properties (58 on the 100k graph, more on O*NET's measured confidences): the bench's 100,000
 * synthetic roles with 300,345 moves hold 11.7 MiB and the O*NET + ESCO graph's 52,572 moves 0.98,
 * where the first layout (33 bytes a move, ~160 a role, half of it heap) held 24.7 MiB for the 100k
 * graph and took the API's peak RSS over its 250 MiB budget (docs/performance.md, "Twenty-second
 * pass" and "Twenty-sixth pass").
 */
export const MOVE_GRAPH_MAX_MOVES = 500_000;

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

/**
 * A move's ranking properties, the same for many moves: the synthetic graphs' 300,345 moves have 58
 * distinct ones. Moves hold the index of theirs (MoveGraph.moveAt).
 */
interface MoveProperties {
  kinds: ProgressionKind[];
  /** NaN: none. */
  typicalYears: number[];
  /** NaN: none. */
  confidences: number[];
  vias: Array<string | null>;
}

/**
 * Collects readMoveGraph's rows, a page at a time, for a MoveGraph: a large graph's moves (300,000 on
 * the bench's 100,000 synthetic roles) arrive in pages, a row at a time (addRow), so no decoded
 * record outlives its row (reading them whole ran the API out of its heap: docs/performance.md,
 * "Twenty-second pass"; holding a page's records until its last came promoted them to the old
 * generation: "Twenty-seventh pass"). Each move goes straight into typed arrays as its start, its
 * target and the index of its properties.
 */
export class MoveGraphRows {
  private readonly indexById = new Map<string, number>();
  /** Roles by index, numbered in the order they are first seen (as a row or a move's target); MoveGraph renumbers them by id. */
  readonly ids: string[] = [];
  /** Each role's slug, once its row came (a role only seen as a target has none). */
  readonly slugs: Array<string | undefined> = [];
  readonly salaries: number[] = [];
  /** Moves added: the first `moveCount` entries of the columns, in the order their rows came, each row's moves in route order. */
  moveCount = 0;
  starts: Int32Array;
  targets: Int32Array;
  /** Each move's index in `properties`. */
  propertyCodes: Int32Array;
  readonly properties: MoveProperties = { kinds: [], typicalYears: [], confidences: [], vias: [] };
  private readonly propertyCode = new Map<string, number>();

  /** `expectedMoves`: room made at once (readMoveGraph counts them first); more grows the arrays. */
  constructor(expectedMoves = 0) {
    const length = Math.max(expectedMoves, 1);
    this.starts = new Int32Array(length);
    this.targets = new Int32Array(length);
    this.propertyCodes = new Int32Array(length);
  }

  /** The index of the role with this id. */
  private indexOf(id: string): number {
    let index = this.indexById.get(id);
    if (index === undefined) {
      index = this.ids.length;
      this.indexById.set(id, index);
      this.ids.push(id);
      this.slugs.push(undefined);
      this.salaries.push(Number.NaN);
    }
    return index;
  }

  private propertiesOf(kind: ProgressionKind, typicalYears: number | null, confidence: number | null, via: string | null): number {
    const key = JSON.stringify([kind, typicalYears, confidence, via]);
    let code = this.propertyCode.get(key);
    if (code === undefined) {
      code = this.properties.kinds.length;
      this.propertyCode.set(key, code);
      this.properties.kinds.push(kind);
      this.properties.typicalYears.push(typicalYears ?? Number.NaN);
      this.properties.confidences.push(confidence ?? Number.NaN);
      this.properties.vias.push(via);
    }
    return code;
  }

  /** Room for `more` moves. */
  private reserve(more: number): void {
    const needed = this.moveCount + more;
    if (needed <= this.starts.length) return;
    const length = Math.max(needed, this.starts.length * 2);
    const grown = (column: Int32Array) => {
      const larger = new Int32Array(length);
      larger.set(column);
      return larger;
    };
    this.starts = grown(this.starts);
    this.targets = grown(this.targets);
    this.propertyCodes = grown(this.propertyCodes);
  }

  /** Adds rows of roles not added before (each role's row holds all its moves out). */
  add(rows: readonly MoveGraphRow[]): this {
    for (const row of rows) this.addRow(row);
    return this;
  }

  /** Adds the row of a role not added before, as readMoveGraph streams them (GraphDatabase.forEachRowAtCommit). */
  addRow([id, slug, salary, moves]: MoveGraphRow): void {
    const start = this.indexOf(id);
    this.slugs[start] = slug;
    if (salary !== null) this.salaries[start] = salary;
    this.reserve(moves.length);
    // Most confident first, then by target id: the order routes are found in, the same every time.
    const ordered = [...moves].sort((a, b) => (b[3] ?? -1) - (a[3] ?? -1) || compareIds(a[0], b[0]));
    for (const [targetId, kind, typicalYears, confidence, via] of ordered) {
      const at = this.moveCount++;
      this.starts[at] = start;
      this.targets[at] = this.indexOf(targetId);
      this.propertyCodes[at] = this.propertiesOf(kind, typicalYears, confidence, via);
    }
  }
}

export class MoveGraph {
  /** Role ids by index, in id order (so comparing two roles' indexes compares their ids); only roles with a move in or out are here. */
  private readonly ids: PackedStrings;
  /** Role slugs by index ('' for a role whose row never came). */
  private readonly slugs: PackedStrings;
  private readonly salaries: Float64Array;
  /** Moves out of role i are moves[outStart[i] .. outStart[i + 1]) (compressed rows), most confident first. */
  private readonly outStart: Int32Array;
  private readonly targets: Int32Array;
  /** Each move's index into `properties`: 2 bytes a move while there are few enough. */
  private readonly propertyCodes: Uint16Array | Int32Array;
  private readonly properties: MoveProperties;
  /** Each move's start role. */
  private readonly starts: Int32Array;
  /** Moves into role i are inMoves[inStart[i] .. inStart[i + 1]) (move indexes), in the order of the moves out of their starts. */
  private readonly inStart: Int32Array;
  private readonly inMoves: Int32Array;
  /**
   * Scratch space of the searches, one entry a role, reused by every search (they are synchronous):
   * on 100,000 roles, fresh arrays would be ~0.5 MB to allocate and zero for every search. A role's entry is
   * valid while its stamp is the search's.
   */
  private readonly scratch: Int32Array;
  private readonly stamps: Uint32Array;
  /** The roles on the route routes() is walking: the search's stamp while on it. */
  private readonly onRoute: Uint32Array;
  private stamp = 0;

  /** A graph of rows given as one list (tests, small graphs); readMoveGraph collects its pages in a MoveGraphRows. */
  static of(commit: string, rows: readonly MoveGraphRow[]): MoveGraph {
    return new MoveGraph(commit, new MoveGraphRows().add(rows));
  }

  constructor(
    /** The bookmark of the commit the moves were read at (GraphDatabase.readRowsAtCommit). */
    readonly commit: string,
    /** Every row readMoveGraph returned, collected page by page. */
    read: MoveGraphRows,
  ) {
    const roleCount = read.ids.length;
    // Roles renumbered in id order: the searches' ties go to the lower id, now the lower index.
    const byId = Int32Array.from(read.ids.keys()).sort((a, b) => compareIds(read.ids[a]!, read.ids[b]!));
    const renumbered = new Int32Array(roleCount);
    byId.forEach((seen, index) => (renumbered[seen] = index));
    this.ids = new PackedStrings(Array.from(byId, (seen) => read.ids[seen]!), false);
    this.slugs = new PackedStrings(Array.from(byId, (seen) => read.slugs[seen] ?? ''), true);
    this.salaries = Float64Array.from(byId, (seen) => read.salaries[seen]!);
    this.properties = read.properties;
    const count = read.moveCount;
    this.outStart = new Int32Array(roleCount + 1);
    for (let move = 0; move < count; move += 1) this.outStart[renumbered[read.starts[move]!]! + 1]! += 1;
    for (let role = 0; role < roleCount; role += 1) this.outStart[role + 1]! += this.outStart[role]!;
    // In the order of outStart: a role's moves came together, in route order, and keep it.
    const placed = new Int32Array(roleCount);
    this.starts = new Int32Array(count);
    this.targets = new Int32Array(count);
    this.propertyCodes = read.properties.kinds.length <= 1 << 16 ? new Uint16Array(count) : new Int32Array(count);
    for (let move = 0; move < count; move += 1) {
      const start = renumbered[read.starts[move]!]!;
      const at = this.outStart[start]! + placed[start]!;
      placed[start]! += 1;
      this.starts[at] = start;
      this.targets[at] = renumbered[read.targets[move]!]!;
      this.propertyCodes[at] = read.propertyCodes[move]!;
    }
    const inCount = new Int32Array(roleCount + 1);
    for (let move = 0; move < count; move += 1) inCount[this.targets[move]! + 1]! += 1;
    for (let role = 0; role < roleCount; role += 1) inCount[role + 1]! += inCount[role]!;
    this.inStart = inCount;
    this.inMoves = new Int32Array(count);
    const filled = new Int32Array(roleCount);
    for (let move = 0; move < count; move += 1) {
      const target = this.targets[move]!;
      this.inMoves[this.inStart[target]! + filled[target]!] = move;
      filled[target]! += 1;
    }
    this.scratch = new Int32Array(roleCount);
    this.stamps = new Uint32Array(roleCount);
    this.onRoute = new Uint32Array(roleCount);
  }

  /** Roles held (those with a move in or out). */
  get roleCount(): number {
    return this.ids.length;
  }

  /** The id of role `index`. */
  roleId(index: number): string {
    return this.ids.at(index);
  }

  /** Bytes the graph holds, all outside the V8 heap but its few distinct move properties. */
  get byteSize(): number {
    const arrays = [this.salaries, this.outStart, this.targets, this.propertyCodes, this.starts, this.inStart, this.inMoves, this.scratch, this.stamps, this.onRoute];
    return this.ids.byteSize + this.slugs.byteSize + arrays.reduce((sum, array) => sum + array.byteLength, 0);
  }

  /** Moves held. */
  get moveCount(): number {
    return this.targets.length;
  }

  /** The index of the role with this slug, when it has a move in or out. */
  indexOf(slug: string): number | undefined {
    // A role only seen as a move's target (its row came in no page) has the slug ''.
    return slug === '' ? undefined : this.slugs.indexOf(slug);
  }

  /** A role's median salary (null when unknown). */
  salaryOf(role: number): number | null {
    const salary = this.salaries[role]!;
    return Number.isNaN(salary) ? null : salary;
  }

  /** A move's ranking properties (pathSelection.ts, STEP_RANKING_PROPERTIES), as the Cypher statements return them. */
  moveAt(move: number): LeadsTo {
    const code = this.propertyCodes[move]!;
    const typicalYears = this.properties.typicalYears[code]!;
    const confidence = this.properties.confidences[code]!;
    return {
      kind: this.properties.kinds[code]!,
      typicalYears: Number.isNaN(typicalYears) ? null : typicalYears,
      confidence: Number.isNaN(confidence) ? null : confidence,
      via: this.properties.vias[code]!,
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
    const depth = boundDepth(maxHops);
    const { distanceTo, stamp } = this.distancesTo(to, depth);
    // At most the fewest moves from `from` to `to`: lengths below it hold no route.
    const shortest = distanceTo(from);
    if (shortest > maxHops) return found;
    const onRoute = this.onRoute;
    const roles = [from];
    const moves: number[] = [];
    // Depth-first, one route length at a time; `left` is the moves the route may still take.
    const walk = (role: number, left: number): void => {
      for (let move = this.outStart[role]!; move < this.outStart[role + 1]! && found.length < cap; move += 1) {
        const next = this.targets[move]!;
        if (next === to) {
          if (left === 1) found.push({ roles: [...roles, next], moves: [...moves, move] });
          continue;
        }
        if (left === 1 || onRoute[next] === stamp || distanceTo(next) > left - 1) continue;
        onRoute[next] = stamp;
        roles.push(next);
        moves.push(move);
        walk(next, left - 1);
        roles.pop();
        moves.pop();
        onRoute[next] = 0;
      }
    };
    onRoute[from] = stamp;
    for (let length = shortest; length <= maxHops && found.length < cap; length += 1) walk(from, length);
    onRoute[from] = 0;
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
    // The roles reached carry this search's stamp.
    const stamp = this.nextStamp();
    const visited = this.stamps;
    visited[source] = stamp;
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
          if (visited[reached] === stamp || (kinds !== null && !kinds.has(this.properties.kinds[this.propertyCodes[move]!]!))) continue;
          const stated = this.properties.confidences[this.propertyCodes[move]!]!;
          const confidence = entry.confidence * (Number.isNaN(stated) ? defaultConfidence : stated);
          const held = best.get(reached);
          // The most confident route; of equally confident ones, the one from the role of lowest id.
          if (held && (held.confidence > confidence || (held.confidence === confidence && held.roles.at(-2)! <= entry.role))) continue;
          best.set(reached, { role: reached, roles: [...entry.roles, reached], moves: [...entry.moves, move], confidence });
        }
      }
      const layer = [...best.values()].sort((a, b) => b.confidence - a.confidence || a.role - b.role);
      for (const entry of layer) visited[entry.role] = stamp;
      found.push(...layer);
      frontier = layer;
    }
    return found.slice(0, candidates).map((entry) =>
      next ? { roles: entry.roles, moves: entry.moves } : { roles: [...entry.roles].reverse(), moves: [...entry.moves].reverse() },
    );
  }

  /**
   * Each role's fewest moves to `to` (breadth-first over moves in reverse) for those within `depth`
   * moves; `depth + 1` for every other role (at least that far). The distances live in the scratch
   * space until the next search (the stamp of this one is returned with them).
   */
  private distancesTo(to: number, depth: number): { distanceTo: (role: number) => number; stamp: number } {
    const stamp = this.nextStamp();
    const { scratch: distance, stamps } = this;
    const far = depth + 1;
    distance[to] = 0;
    stamps[to] = stamp;
    let layer = [to];
    for (let hops = 1; hops <= depth && layer.length > 0; hops += 1) {
      const nextLayer: number[] = [];
      for (const role of layer) {
        for (let edge = this.inStart[role]!; edge < this.inStart[role + 1]!; edge += 1) {
          const source = this.starts[this.inMoves[edge]!]!;
          if (stamps[source] !== stamp) {
            distance[source] = hops;
            stamps[source] = stamp;
            nextLayer.push(source);
          }
        }
      }
      layer = nextLayer;
    }
    return { distanceTo: (role) => (stamps[role] === stamp ? distance[role]! : far), stamp };
  }

  /** A new stamp for a search's scratch space: every entry of an earlier search becomes invalid at once. */
  private nextStamp(): number {
    this.stamp = (this.stamp + 1) >>> 0;
    if (this.stamp === 0) {
      // After 2^32 searches an old entry could carry the new stamp: start the count again.
      this.stamps.fill(0);
      this.onRoute.fill(0);
      this.stamp = 1;
    }
    return this.stamp;
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
