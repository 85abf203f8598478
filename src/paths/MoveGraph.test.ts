import { describe, expect, it } from 'vitest';
import { primaryRankKey, rankableByPrimaryKey } from '../scoring/pathRanking.js';
import { MoveGraph, MoveGraphMemo, type MoveGraphRow, type MoveTuple } from './MoveGraph.js';

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
const graph = new MoveGraph('commit-1', ROWS);
const slugs = (roles: number[]) => roles.map((role) => graph.roleIds[role]!.slice(3)).join('');
const routes = (from: string, to: string, maxHops: number, cap = 100) => graph.routes(graph.indexOf(from)!, graph.indexOf(to)!, maxHops, cap).map((route) => slugs(route.roles));

describe('MoveGraph', () => {
  it('finds every route that visits no role twice, shortest first, most confident moves first', () => {
    expect(routes('a', 'e', 4)).toEqual(['ae', 'abde', 'acde', 'acde', 'acbde', 'acbde']);
    expect(routes('a', 'e', 1)).toEqual(['ae']);
    expect(routes('a', 'e', 2)).toEqual(['ae']);
    expect(routes('a', 'd', 4)).toEqual(['abd', 'acd', 'acd', 'acbd', 'acbd']);
    expect(routes('b', 'c', 3)).toEqual(['bac', 'bac', 'bdc']);
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
  });

  it('is held by the memo until forgotten', () => {
    const memo = new MoveGraphMemo();
    expect(memo.current).toBeNull();
    memo.remember(graph);
    expect(memo.current?.commit).toBe('commit-1');
    memo.forget();
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
