/**
 * Centrality of roles in the LEADS_TO graph, computed in TypeScript so that it works on every Neo4j
 * (Community has no Graph Data Science library unless the GDS plugin is installed; with it,
 * rankComputedCentrality turns GDS's raw scores into the same ranking). The graph is treated as simple and directed: parallel edges
 * (the same pair from two sources) count once and self-loops are ignored, so a measure describes
 * the shape of career moves, not how many sources agree on them.
 *
 * - degree: in- and out-degree (distinct neighbours);
 * - betweenness: Brandes (2001), "A faster algorithm for betweenness centrality", unweighted and
 *   directed, normalised by (n-1)(n-2) so graphs of different sizes compare (0..1);
 * - PageRank: Page et al. (1998) power iteration, damping 0.85, the mass of roles without a next
 *   role spread evenly over all roles (the usual dangling-node fix); scores sum to 1.
 */

export interface DirectedGraph {
  /** Node ids in a stable order (results come back in this order). */
  nodes: string[];
  /** out[i]: indexes of the distinct successors of node i. */
  out: number[][];
  /** in[i]: indexes of the distinct predecessors of node i. */
  in: number[][];
}

export interface CentralityScore {
  id: string;
  inDegree: number;
  outDegree: number;
  score: number;
}

export type CentralityMeasure = 'DEGREE' | 'IN_DEGREE' | 'OUT_DEGREE' | 'BETWEENNESS' | 'PAGERANK';

/** Builds the simple directed graph of the given edges; nodes are the edges' endpoints, sorted. */
export function directedGraph(edges: ReadonlyArray<readonly [from: string, to: string]>): DirectedGraph {
  const ids = new Set<string>();
  for (const [from, to] of edges) {
    if (from === to) continue;
    ids.add(from);
    ids.add(to);
  }
  const nodes = [...ids].sort();
  const index = new Map(nodes.map((id, i) => [id, i]));
  const outSets = nodes.map(() => new Set<number>());
  for (const [from, to] of edges) {
    if (from === to) continue;
    outSets[index.get(from)!].add(index.get(to)!);
  }
  const out = outSets.map((set) => [...set].sort((a, b) => a - b));
  const inLists: number[][] = nodes.map(() => []);
  out.forEach((successors, from) => successors.forEach((to) => inLists[to].push(from)));
  return { nodes, out, in: inLists };
}

/** Betweenness of every node (Brandes), normalised to 0..1 for directed graphs. */
export function betweenness(graph: DirectedGraph): number[] {
  const n = graph.nodes.length;
  const centrality = new Array<number>(n).fill(0);
  const sigma = new Float64Array(n);
  const distance = new Int32Array(n);
  const delta = new Float64Array(n);
  const predecessors: number[][] = Array.from({ length: n }, () => []);
  const order = new Int32Array(n); // nodes in non-decreasing distance from the source
  const queue = new Int32Array(n);

  for (let source = 0; source < n; source++) {
    sigma.fill(0);
    distance.fill(-1);
    delta.fill(0);
    for (const list of predecessors) list.length = 0;
    sigma[source] = 1;
    distance[source] = 0;
    let head = 0;
    let tail = 0;
    let visited = 0;
    queue[tail++] = source;
    while (head < tail) {
      const v = queue[head++];
      order[visited++] = v;
      for (const w of graph.out[v]) {
        if (distance[w] < 0) {
          distance[w] = distance[v] + 1;
          queue[tail++] = w;
        }
        if (distance[w] === distance[v] + 1) {
          sigma[w] += sigma[v];
          predecessors[w].push(v);
        }
      }
    }
    for (let i = visited - 1; i > 0; i--) {
      const w = order[i];
      for (const v of predecessors[w]) delta[v] += (sigma[v] / sigma[w]) * (1 + delta[w]);
      centrality[w] += delta[w];
    }
  }
  const scale = betweennessScale(n);
  return centrality.map((value) => value * scale);
}

/** What turns Brandes' raw directed betweenness on n nodes into the 0..1 share: 1 / ((n-1)(n-2)). */
export function betweennessScale(n: number): number {
  return n > 2 ? 1 / ((n - 1) * (n - 2)) : 0;
}

/** Scores rescaled to sum to 1 (all zeros stay zeros): PageRank as a share of all careers' flow. */
export function toShares(scores: readonly number[]): number[] {
  const total = scores.reduce((sum, score) => sum + score, 0);
  return total > 0 ? scores.map((score) => score / total) : scores.map(() => 0);
}

export interface PageRankOptions {
  /** Probability of following a LEADS_TO edge rather than jumping anywhere. Default 0.85. */
  damping?: number;
  /** Stop when the L1 change of an iteration falls below this. Default 1e-10. */
  tolerance?: number;
  /** Default 200; PageRank on graphs of this size converges in well under 100. */
  maxIterations?: number;
}

export function pageRank(graph: DirectedGraph, options: PageRankOptions = {}): number[] {
  const damping = options.damping ?? 0.85;
  const tolerance = options.tolerance ?? 1e-10;
  const maxIterations = options.maxIterations ?? 200;
  const n = graph.nodes.length;
  if (n === 0) return [];
  let rank = new Float64Array(n).fill(1 / n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let dangling = 0;
    for (let v = 0; v < n; v++) if (graph.out[v].length === 0) dangling += rank[v];
    const next = new Float64Array(n).fill((1 - damping) / n + (damping * dangling) / n);
    for (let v = 0; v < n; v++) {
      const successors = graph.out[v];
      if (successors.length === 0) continue;
      const share = (damping * rank[v]) / successors.length;
      for (const w of successors) next[w] += share;
    }
    let change = 0;
    for (let v = 0; v < n; v++) change += Math.abs(next[v] - rank[v]);
    rank = next;
    if (change < tolerance) break;
  }
  return [...rank];
}

/**
 * Every node's degrees and its score under `measure`, best first; ties by in-degree, then id,
 * so the order is deterministic.
 */
export function rankCentrality(graph: DirectedGraph, measure: CentralityMeasure): CentralityScore[] {
  const inDegree = (i: number) => graph.in[i].length;
  const outDegree = (i: number) => graph.out[i].length;
  let scores: number[];
  switch (measure) {
    case 'DEGREE':
      scores = graph.nodes.map((_, i) => inDegree(i) + outDegree(i));
      break;
    case 'IN_DEGREE':
      scores = graph.nodes.map((_, i) => inDegree(i));
      break;
    case 'OUT_DEGREE':
      scores = graph.nodes.map((_, i) => outDegree(i));
      break;
    case 'BETWEENNESS':
      scores = betweenness(graph);
      break;
    case 'PAGERANK':
      scores = pageRank(graph);
      break;
  }
  return orderCentrality(graph.nodes.map((id, i) => ({ id, inDegree: inDegree(i), outDegree: outDegree(i), score: scores[i] })));
}

/**
 * Scores computed elsewhere (Graph Data Science) on the same simple directed graph, made what
 * rankCentrality returns: `raw` is the measure's raw value per node (betweenness unnormalised,
 * PageRank unscaled; ignored for the degree measures), normalised as rankCentrality's, best first.
 */
export function rankComputedCentrality(
  nodes: ReadonlyArray<{ id: string; inDegree: number; outDegree: number }>,
  measure: CentralityMeasure,
  raw: readonly number[] | null,
): CentralityScore[] {
  const rawScores = () => {
    if (!raw || raw.length !== nodes.length) throw new Error(`${measure} needs one raw score per node`);
    return raw;
  };
  let scores: number[];
  switch (measure) {
    case 'DEGREE':
      scores = nodes.map((node) => node.inDegree + node.outDegree);
      break;
    case 'IN_DEGREE':
      scores = nodes.map((node) => node.inDegree);
      break;
    case 'OUT_DEGREE':
      scores = nodes.map((node) => node.outDegree);
      break;
    case 'BETWEENNESS': {
      const scale = betweennessScale(nodes.length);
      scores = rawScores().map((value) => value * scale);
      break;
    }
    case 'PAGERANK':
      scores = toShares(rawScores());
      break;
  }
  return orderCentrality(nodes.map((node, i) => ({ id: node.id, inDegree: node.inDegree, outDegree: node.outDegree, score: scores[i] })));
}

/** Best first; ties by in-degree, then id, so the order is deterministic. */
function orderCentrality(scores: CentralityScore[]): CentralityScore[] {
  return scores.sort((a, b) => b.score - a.score || b.inDegree - a.inDegree || a.id.localeCompare(b.id));
}
