import { describe, expect, it } from 'vitest';
import { rankClusters } from './clusters.js';

describe('rankClusters', () => {
  it('puts the largest cluster first and its best-tied roles first', () => {
    const clusters = rankClusters([
      { roleId: 'x', community: 7, ties: 1 },
      { roleId: 'a', community: 3, ties: 1 },
      { roleId: 'b', community: 3, ties: 3 },
      { roleId: 'c', community: 3, ties: 1 },
      { roleId: 'y', community: 7, ties: 2 },
    ]);
    expect(clusters).toEqual([
      { rank: 1, size: 3, roleIds: ['b', 'a', 'c'] },
      { rank: 2, size: 2, roleIds: ['y', 'x'] },
    ]);
  });

  it('orders clusters of one size by their first role, whatever the community labels', () => {
    const members = (labels: [number, number]) => [
      { roleId: 'q', community: labels[0], ties: 1 },
      { roleId: 'p', community: labels[1], ties: 1 },
    ];
    const expected = [
      { rank: 1, size: 1, roleIds: ['p'] },
      { rank: 2, size: 1, roleIds: ['q'] },
    ];
    expect(rankClusters(members([1, 2]))).toEqual(expected);
    expect(rankClusters(members([2, 1]))).toEqual(expected);
  });

  it('gives no cluster for no member', () => {
    expect(rankClusters([])).toEqual([]);
  });
});
