import { describe, expect, it } from 'vitest';
import { betweenness, directedGraph, pageRank, rankCentrality, rankComputedCentrality } from './centrality.js';

const scoresById = (graph: ReturnType<typeof directedGraph>, scores: number[]) =>
  Object.fromEntries(graph.nodes.map((id, i) => [id, scores[i]]));

describe('directedGraph', () => {
  it('keeps each pair once and drops self-loops', () => {
    const graph = directedGraph([
      ['a', 'b'],
      ['a', 'b'],
      ['b', 'b'],
      ['b', 'c'],
    ]);
    expect(graph.nodes).toEqual(['a', 'b', 'c']);
    expect(graph.out).toEqual([[1], [2], []]);
    expect(graph.in).toEqual([[], [0], [1]]);
  });
});

describe('betweenness', () => {
  it('gives the middle of a chain all shortest paths: raw 1, normalised 1/((n-1)(n-2))', () => {
    const graph = directedGraph([
      ['a', 'b'],
      ['b', 'c'],
    ]);
    expect(scoresById(graph, betweenness(graph))).toEqual({ a: 0, b: 0.5, c: 0 });
  });

  it('splits a pair of equally short routes between their middles', () => {
    // a -> {b, c} -> d: two shortest a->d paths, each middle carries half (raw 0.5 of 6 ordered pairs).
    const graph = directedGraph([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'd'],
      ['c', 'd'],
    ]);
    const scores = scoresById(graph, betweenness(graph));
    expect(scores.b).toBeCloseTo(0.5 / 6, 12);
    expect(scores.c).toBeCloseTo(0.5 / 6, 12);
    expect(scores.a).toBe(0);
    expect(scores.d).toBe(0);
  });

  it('gives nothing to a node that a shortcut bypasses', () => {
    const graph = directedGraph([
      ['a', 'b'],
      ['b', 'c'],
      ['a', 'c'],
    ]);
    expect(scoresById(graph, betweenness(graph)).b).toBe(0);
  });

  it('counts every pair a hub connects (star through a centre)', () => {
    // x1, x2 -> hub -> y1, y2: the hub is on all 4 cross paths; n = 5, (n-1)(n-2) = 12.
    const graph = directedGraph([
      ['x1', 'hub'],
      ['x2', 'hub'],
      ['hub', 'y1'],
      ['hub', 'y2'],
    ]);
    expect(scoresById(graph, betweenness(graph)).hub).toBeCloseTo(4 / 12, 12);
  });
});

describe('pageRank', () => {
  it('matches the closed form for a -> b with b dangling (20/57, 37/57)', () => {
    const graph = directedGraph([['a', 'b']]);
    const scores = scoresById(graph, pageRank(graph));
    expect(scores.a).toBeCloseTo(20 / 57, 9);
    expect(scores.b).toBeCloseTo(37 / 57, 9);
  });

  it('is uniform on a cycle and sums to 1', () => {
    const graph = directedGraph([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'a'],
    ]);
    const scores = pageRank(graph);
    for (const score of scores) expect(score).toBeCloseTo(0.25, 9);
  });

  it('ranks the node everything flows into first', () => {
    const graph = directedGraph([
      ['a', 'top'],
      ['b', 'top'],
      ['c', 'top'],
      ['c', 'a'],
    ]);
    const scores = pageRank(graph);
    expect(scores.reduce((sum, score) => sum + score, 0)).toBeCloseTo(1, 9);
    expect(rankCentrality(graph, 'PAGERANK')[0].id).toBe('top');
  });

  it('returns nothing for an empty graph', () => {
    expect(pageRank(directedGraph([]))).toEqual([]);
  });
});

describe('rankCentrality', () => {
  const graph = directedGraph([
    ['junior', 'mid'],
    ['mid', 'senior'],
    ['other', 'senior'],
    ['senior', 'staff'],
  ]);

  it('ranks by in + out degree and reports both', () => {
    expect(rankCentrality(graph, 'DEGREE').slice(0, 2)).toEqual([
      { id: 'senior', inDegree: 2, outDegree: 1, score: 3 },
      { id: 'mid', inDegree: 1, outDegree: 1, score: 2 },
    ]);
  });

  it('ranks by in-degree or out-degree alone', () => {
    expect(rankCentrality(graph, 'IN_DEGREE')[0]).toMatchObject({ id: 'senior', score: 2 });
    expect(rankCentrality(graph, 'OUT_DEGREE').map((entry) => entry.score)).toEqual([1, 1, 1, 1, 0]);
  });

  it('ranks the role most paths go through first by betweenness', () => {
    const ranked = rankCentrality(graph, 'BETWEENNESS');
    expect(ranked[0].id).toBe('senior');
    // senior lies on junior->staff, mid->staff and other->staff: 3 of the 12 ordered pairs without it.
    expect(ranked[0].score).toBeCloseTo(3 / 12, 12);
  });
});

describe('rankComputedCentrality (scores computed by Graph Data Science)', () => {
  const nodes = [
    { id: 'a', inDegree: 0, outDegree: 1 },
    { id: 'b', inDegree: 1, outDegree: 1 },
    { id: 'c', inDegree: 1, outDegree: 0 },
  ];

  it('normalises raw betweenness as the TypeScript ranking does, so both engines agree', () => {
    const graph = directedGraph([
      ['a', 'b'],
      ['b', 'c'],
    ]);
    // GDS gives Brandes' raw value: the middle of a chain carries the one a -> c pair.
    expect(rankComputedCentrality(nodes, 'BETWEENNESS', [0, 1, 0])).toEqual(rankCentrality(graph, 'BETWEENNESS'));
  });

  it('rescales PageRank to shares that sum to 1, best first', () => {
    const ranked = rankComputedCentrality(nodes, 'PAGERANK', [0.15, 0.2775, 0.385875]);
    expect(ranked.map((entry) => entry.id)).toEqual(['c', 'b', 'a']);
    expect(ranked.reduce((sum, entry) => sum + entry.score, 0)).toBeCloseTo(1, 12);
    expect(ranked[2].score).toBeCloseTo(0.15 / (0.15 + 0.2775 + 0.385875), 12);
  });

  it('derives the degree measures from the degrees and breaks ties by in-degree, then id', () => {
    expect(rankComputedCentrality(nodes, 'DEGREE', null).map((entry) => [entry.id, entry.score])).toEqual([
      ['b', 2],
      ['c', 1],
      ['a', 1],
    ]);
    expect(rankComputedCentrality(nodes, 'OUT_DEGREE', null).map((entry) => entry.id)).toEqual(['b', 'a', 'c']);
  });

  it('refuses a measure without one raw score per node (our bug, not bad input)', () => {
    expect(() => rankComputedCentrality(nodes, 'PAGERANK', [1])).toThrow(/one raw score per node/);
  });
});
