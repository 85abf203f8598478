/** What the Graph Data Science repository returns: plain values keyed by our ids (never GDS node ids). */
import type { RoleFamily } from '../graph/model.js';

/** What ties two roles when clusters are detected (the ClusterBasis enum of the schema). */
export type ClusterBasis = 'PROGRESSIONS' | 'SKILLS';

/** Per role of the LEADS_TO projection: its distinct successors and predecessors, and a measure's raw GDS score. */
export interface GdsCentralityColumns {
  /** Nodes in the projection (the endpoints of the edges): betweenness is normalised by it. */
  nodeCount: number;
  ids: string[];
  outDegrees: number[];
  inDegrees: number[];
  /** Raw scores of the measure (GDS betweenness or PageRank); null for the degree measures. */
  scores: number[] | null;
}

/** One role's community and how well it is tied inside the projected graph. */
export interface ClusterMembership {
  roleId: string;
  community: number;
  /** Distinct neighbours (PROGRESSIONS) or the sum of the similarity weights (SKILLS). */
  ties: number;
}

export interface FamilyCount {
  family: RoleFamily;
  roles: number;
}
