import { describe, expect, it } from 'vitest';
import { primaryRankKey, rankableByPrimaryKey } from '../scoring/pathRanking.js';
import { MoveGraph, MoveGraphMemo, MoveGraphRows, type MoveGraphRow, type MoveTuple } from './MoveGraph.js';

const move = (targetId: string, confidence: number | null = 0.5, via: string | null = null): MoveTuple => [targetId, 'PROMOTION', 2, confidence, via];

/**
 *   a → b → d → e
 *   a → c → d
 *   a → e (confidence 0.1)       b → a (a loop back to the start)
 *   c → b                        d → c (a loop inside)
 *   a ⇉ c twice (two moves between the same roles make two routes)
 */
const ROWS: MoveGraphRow[] = [
  ['id-a', 'a', 100, [move('id-b', 0.9), move('id-c', 0.8), move('id-c', 0.3, 'id-x'), move('id-e', 0.1)]],
  ['id-b', 'b', 200, [move('id-d', 0.7), move('id-a', 0.9)]],
  ['id-c', 'c', null, [move('id-d', 0.6), move('id-b', null)]],
  ['id-d', 'd', 400, [move('id-e', 0.5), move('id-c', 0.5)]],
  ['id-e', 'e', 500, []],
];
const graph = MoveGraph.of('commit-1', ROWS);
const slugs = (roles: number[]) => roles.map((role) => graph.roleId(role).slice(3)).join('');
const routes = (from: string, to: string, maxHops: number, cap = 100) => graph.routes(graph.indexOf(from)!, graph.indexOf(to)!, maxHops, cap).map((route) => slugs(route.roles));

describe('MoveGraph', () => {
  it('finds every route that visits no role twice, shortest first, most confident moves first', () => {
    expect(routes('a', 'e', 4)).toEqual(['ae', 'abde', 'acde', 'acde', 'acbde', 'acbde']);
    expect(routes('a', 'e', 1)).toEqual(['ae']);
    expect(routes('a', 'e', 2)).toEqual(['ae']);
    expect(routes('a', 'd', 4)).toEqual(['abd', 'acd', 'acd', 'acbd', 'acbd']);
    expect(routes('b', 'c', 3)).toEqual(['bac', 'bac', 'bdc']);
  });

  it('finds the same routes as walking every route without bounds, on a dense graph', () => {
    // A seeded random graph dense enough that most roles are within a few moves of each other: the
    // bound (each role's distance to the target, searched back boundDepth(maxHops) moves) may only
    // cut dead ends, at every route length the API accepts.
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const count = 30;
    const ids = Array.from({ length: count }, (_, index) => `r${String(index).padStart(2, '0')}`);
    const rows = ids.map((id): MoveGraphRow => [id, id, null,
      Array.from({ length: 2 + Math.floor(random() * 4) }, () => move(ids[Math.floor(random() * count)]!, Math.round(random() * 100) / 100))]);
    const dense = MoveGraph.of('commit-d', rows);
    const name = (role: number) => dense.roleId(role);
    const unbounded = (from: string, to: string, maxHops: number): string[] => {
      const found: string[] = [];
      const walk = (route: string[]): void => {
        for (const [next] of rows.find(([id]) => id === route[route.length - 1])![3]) {
          if (next === to) found.push([...route, next].join('-'));
          else if (route.length < maxHops && !route.includes(next)) walk([...route, next]);
        }
      };
      walk([from]);
      return found;
    };
    let compared = 0;
    for (let from = 0; from < count; from += 3) {
      for (let to = 1; to < count; to += 4) {
        if (from === to) continue;
        for (const maxHops of [1, 2, 3, 4, 5, 6]) {
          const found = dense.routes(from, to, maxHops, 100_000).map((route) => route.roles.map(name).join('-'));
          expect([...found].sort()).toEqual(unbounded(name(from), name(to), maxHops).sort());
          const lengths = found.map((route) => route.split('-').length);
          expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
          compared += found.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(5_000);
  });

  it('keeps the moves of each route, so two moves between the same roles stay apart', () => {
    const found = graph.routes(graph.indexOf('a')!, graph.indexOf('d')!, 2, 100);
    const firstMoves = found.filter((route) => slugs(route.roles) === 'acd').map((route) => graph.moveAt(route.moves[0]!));
    expect(firstMoves).toEqual([
      { kind: 'PROMOTION', typicalYears: 2, confidence: 0.8, via: null },
      { kind: 'PROMOTION', typicalYears: 2, confidence: 0.3, via: 'id-x' },
    ]);
    expect(found.every((route) => route.moves.length === route.roles.length - 1)).toBe(true);
  });

  it('stops at the cap, taking whole shorter lengths first', () => {
    expect(routes('a', 'e', 4, 2)).toEqual(['ae', 'abde']);
    expect(routes('a', 'e', 4, 0)).toEqual([]);
  });

  it('finds nothing where no route is short enough, and none from a role to itself', () => {
    expect(routes('e', 'a', 4)).toEqual([]);
    expect(routes('c', 'e', 1)).toEqual([]);
    expect(routes('a', 'a', 4)).toEqual([]);
  });

  it('knows roles by slug with their salaries, and moves as the statements return them', () => {
    expect(graph.indexOf('nobody')).toBeUndefined();
    expect(graph.salaryOf(graph.indexOf('b')!)).toBe(200);
    expect(graph.salaryOf(graph.indexOf('c')!)).toBeNull();
    expect(graph.moveCount).toBe(10);
    const [fromC] = graph.routes(graph.indexOf('c')!, graph.indexOf('b')!, 1, 1);
    expect(graph.moveAt(fromC!.moves[0]!)).toEqual({ kind: 'PROMOTION', typicalYears: 2, confidence: null, via: null });
    // Roles are numbered in id order, so the searches' ties to the lower id compare indexes.
    expect(Array.from({ length: graph.roleCount }, (_, role) => graph.roleId(role))).toEqual(['id-a', 'id-b', 'id-c', 'id-d', 'id-e']);
    expect(graph.roleId(graph.indexOf('d')!)).toBe('id-d');
  });

  it('finds progressions breadth-first: each role once, by its fewest moves and then its most confident route', () => {
    const progressions = (from: string, direction: 'NEXT' | 'PREVIOUS', maxHops: number, candidates = 20, kinds: ReadonlySet<string> | null = null) =>
      graph.progressions(graph.indexOf(from)!, direction, maxHops, kinds, candidates, 0.5).map((route) => slugs(route.roles));
    // Layer 1 from a: b (0.9), c (0.8; the 0.3 move loses), e (0.1); layer 2: d, best through b (0.9 × 0.7).
    expect(progressions('a', 'NEXT', 1)).toEqual(['ab', 'ac', 'ae']);
    expect(progressions('a', 'NEXT', 3)).toEqual(['ab', 'ac', 'ae', 'abd']);
    // Layers stop once enough candidates are found, and only the first ones are kept.
    expect(progressions('a', 'NEXT', 3, 2)).toEqual(['ab', 'ac']);
    expect(progressions('a', 'NEXT', 3, 3)).toEqual(['ab', 'ac', 'ae']);
    // A move without confidence counts as the default (c → b: 0.5, so a at 0.45 comes before e at 0.3).
    expect(progressions('c', 'NEXT', 2)).toEqual(['cd', 'cb', 'cba', 'cde']);
    // Backwards: routes run from the feeder to the source.
    expect(progressions('e', 'PREVIOUS', 2)).toEqual(['de', 'ae', 'bde', 'cde']);
    expect(progressions('a', 'NEXT', 3, 20, new Set(['PIVOT']))).toEqual([]);
    expect(progressions('e', 'NEXT', 3)).toEqual([]);
    const [viaMove] = graph.progressions(graph.indexOf('b')!, 'PREVIOUS', 1, null, 20, 0.5);
    expect(graph.moveAt(viaMove!.moves[0]!)).toEqual({ kind: 'PROMOTION', typicalYears: 2, confidence: 0.9, via: null });
  });

  it('takes, of equally confident routes to a role, the one from the role of lowest id', () => {
    // y's route is found first (y is the more confident first move); x's id is lower than y's.
    const tied = MoveGraph.of('commit-2', [
      ['id-s', 's', null, [move('id-x', 0.6), move('id-y', 0.8)]],
      ['id-y', 'y', null, [move('id-a', 0.6)]],
      ['id-x', 'x', null, [move('id-a', 0.8)]],
      ['id-a', 'a', null, []],
    ]);
    const [, , toA] = tied.progressions(tied.indexOf('s')!, 'NEXT', 2, null, 20, 0.5);
    expect(toA!.roles.map((role) => tied.roleId(role))).toEqual(['id-s', 'id-x', 'id-a']);
    // Backwards alike: a's feeders s → y and s → x tie, the one through x wins.
    const [, , fromS] = tied.progressions(tied.indexOf('a')!, 'PREVIOUS', 2, null, 20, 0.5);
    expect(fromS!.roles.map((role) => tied.roleId(role))).toEqual(['id-s', 'id-x', 'id-a']);
  });

  it('answers the same when its rows come in pages, targets before their own rows, and search after search', () => {
    // Pages as readMoveGraph reads a large graph: e's and d's rows come after moves into them, and
    // room made for fewer moves than come.
    const paged = new MoveGraph('commit-1', new MoveGraphRows(2).add([ROWS[2]!, ROWS[0]!]).add([ROWS[1]!]).add([ROWS[4]!, ROWS[3]!]));
    const answers = (of: MoveGraph) => {
      const named = (found: Array<{ roles: number[]; moves: number[] }>) =>
        found.map((route) => [route.roles.map((role) => of.roleId(role)).join('-'), route.moves.map((move) => JSON.stringify(of.moveAt(move))).join(' ')].join(' '));
      const all: string[][] = [];
      // Routes and progressions interleaved, each pair of ends and sources twice: the scratch
      // space one search leaves must not change the next one's answer.
      for (let round = 0; round < 2; round += 1) {
        for (const from of ['a', 'b', 'c', 'd', 'e']) {
          for (const to of ['a', 'b', 'c', 'd', 'e']) {
            for (const maxHops of [1, 2, 4]) all.push(named(of.routes(of.indexOf(from)!, of.indexOf(to)!, maxHops, 3)), named(of.routes(of.indexOf(from)!, of.indexOf(to)!, maxHops, 100)));
          }
          for (const direction of ['NEXT', 'PREVIOUS'] as const) all.push(named(of.progressions(of.indexOf(from)!, direction, 3, null, 20, 0.5)));
          all.push([String(of.salaryOf(of.indexOf(from)!))]);
        }
      }
      return all;
    };
    const whole = answers(graph);
    expect(whole.flat().length).toBeGreaterThan(100);
    expect(whole.slice(whole.length / 2)).toEqual(whole.slice(0, whole.length / 2));
    expect(answers(paged)).toEqual(whole);
    expect(answers(graph)).toEqual(whole);
    expect(paged.moveCount).toBe(graph.moveCount);
  });

  it('knows a role seen only as a target by id, not by slug', () => {
    // A write between two pages makes readMoveGraph drop the graph, but a row may still be missing
    // for a role the moves point at: it has no slug to be found by.
    const partial = MoveGraph.of('commit-p', [['id-q', 'q', null, [move('id-z', 0.4)]]]);
    expect(partial.roleCount).toBe(2);
    expect(partial.indexOf('')).toBeUndefined();
    const [route] = partial.routes(partial.indexOf('q')!, 1, 1, 10);
    expect(route!.roles.map((role) => partial.roleId(role))).toEqual(['id-q', 'id-z']);
  });

  it('gives every move its own properties, however many distinct ones the graph has', () => {
    // More distinct properties than a 2-byte code can number: each move keeps its exact values.
    const count = 70_000;
    const rows: MoveGraphRow[] = Array.from({ length: count }, (_, index) => [
      `id-${String(index).padStart(6, '0')}`,
      `s${index}`,
      index,
      [[`id-${String((index + 1) % count).padStart(6, '0')}`, index % 2 ? 'PROMOTION' : 'PIVOT', index / 7, 1 / (index + 2), index % 3 ? null : `via-${index}`]],
    ]);
    const large = MoveGraph.of('commit-l', rows);
    for (const index of [0, 1, 2, 3, 65_535, 65_536, 65_537, count - 1]) {
      const [route] = large.routes(large.indexOf(`s${index}`)!, large.indexOf(`s${(index + 1) % count}`)!, 1, 1);
      expect(large.moveAt(route!.moves[0]!)).toEqual({ kind: index % 2 ? 'PROMOTION' : 'PIVOT', typicalYears: index / 7, confidence: 1 / (index + 2), via: index % 3 ? null : `via-${index}` });
      expect(large.salaryOf(route!.roles[0]!)).toBe(index);
    }
  });

  it('is held by the memo until forgotten, and only a stale one is dropped', () => {
    const memo = new MoveGraphMemo();
    expect(memo.current).toBeNull();
    memo.remember(graph);
    expect(memo.current?.commit).toBe('commit-1');
    memo.forget();
    expect(memo.current).toBeNull();
    // An answer that found its graph stale drops that one only, not a newer one warmed meanwhile.
    const newer = MoveGraph.of('commit-3', ROWS);
    memo.remember(newer);
    memo.forget(graph);
    expect(memo.current).toBe(newer);
    memo.forget(newer);
    expect(memo.current).toBeNull();
  });
});

describe('primary rank keys', () => {
  it('orders by fewer moves, the mean known salary after the start, or nothing', () => {
    expect(primaryRankKey('FEWEST_STEPS', 3, [])).toBe(-3);
    expect(primaryRankKey('SMALLEST_GAP', 3, [1, 2])).toBe(0);
    expect(primaryRankKey('HIGHEST_SALARY', 2, [100_000, null, 50_000])).toBe(75_000);
    expect(primaryRankKey('HIGHEST_SALARY', 2, [null])).toBe(-1);
  });

  it('keeps the routes that can reach the first cut + 1 places, ties at the cut included', () => {
    expect(rankableByPrimaryKey([-2, -3, -2, -4, -3], 0)).toEqual([0, 2]);
    expect(rankableByPrimaryKey([-2, -3, -2, -4, -3], 2)).toEqual([0, 1, 2, 4]);
    expect(rankableByPrimaryKey([-2, -3], 5)).toEqual([0, 1]);
    // Averages a cent apart may round to the same one: both stay.
    expect(rankableByPrimaryKey([100.004, 100.0, 90], 0)).toEqual([0, 1]);
  });
});
