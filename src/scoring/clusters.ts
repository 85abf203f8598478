/**
 * Career clusters from community detection: the communities a detector (GDS Leiden) assigned to
 * roles, grouped and ordered so that the answer is deterministic and readable — largest cluster
 * first, and within a cluster the best-tied roles first (ties: how strongly a role is tied to the
 * rest of the graph it was clustered in).
 */

export interface CommunityMember {
  roleId: string;
  /** The detector's community id: an opaque label, only equality matters. */
  community: number;
  /** Distinct neighbours, or the sum of similarity weights. */
  ties: number;
}

export interface RankedCluster {
  /** 1 for the largest cluster. */
  rank: number;
  size: number;
  /** Every role of the cluster, most ties first, then by id. */
  roleIds: string[];
}

/** Groups members by community: clusters by size (ties: the first role's id), roles by ties, then id. */
export function rankClusters(members: readonly CommunityMember[]): RankedCluster[] {
  const byCommunity = new Map<number, CommunityMember[]>();
  for (const member of members) {
    const list = byCommunity.get(member.community);
    if (list) list.push(member);
    else byCommunity.set(member.community, [member]);
  }
  const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...byCommunity.values()]
    .map((list) => list.sort((a, b) => b.ties - a.ties || compareIds(a.roleId, b.roleId)).map((member) => member.roleId))
    .sort((a, b) => b.length - a.length || compareIds(a[0], b[0]))
    .map((roleIds, index) => ({ rank: index + 1, size: roleIds.length, roleIds }));
}
