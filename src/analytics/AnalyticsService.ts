/**
 * Analytics for a request: graph statistics straight from the repository; centrality and bridge
 * skills computed in TypeScript (src/scoring) over the whole LEADS_TO graph, or centrality and career
 * clusters by Neo4j Graph Data Science (src/graphScience), cached per process by graph fingerprint
 * (AnalyticsCache), then the top entries' roles or skills loaded in one statement. Statements per
 * call: graphStats 1; roleCentrality and bridgeSkills 2 when cached, 3 after a change (GDS
 * centrality: 7 after a change: fingerprint, projection, two degrees, the measure, drop, roles; 6 for
 * the degree measures); careerClusters 3 when cached (fingerprint, roles, families), 7 after a change
 * (PROGRESSIONS) or 9 (SKILLS: two projections to make and drop).
 */
import type { GraphStats, SourceCount } from '../generated/graphql.js';
import { toSource } from '../provenance/toProvenance.js';
import type { RoleRepository } from '../roles/repository.js';
import { orderBridgeSkills, tallyBridgeSkills, type BridgeSkillOrder, type BridgeSkillTallies } from '../scoring/bridgeSkillRanking.js';
import {
  directedGraph,
  rankCentrality,
  rankComputedCentrality,
  type CentralityMeasure,
  type CentralityScore,
  type DirectedGraph,
} from '../scoring/centrality.js';
import { rankClusters, type RankedCluster } from '../scoring/clusters.js';
import type { ClusterBasis } from '../graphScience/model.js';
import type { GraphScienceRepository } from '../graphScience/repository.js';
import type { AnalyticsCache } from './AnalyticsCache.js';
import type { AnalyticsEngine, BridgeSkillEntry, CareerClusterEntry, FamilyFlow, KindCount, RoleCentralityEntry, TagCount } from './model.js';
import type { AnalyticsRepository } from './repository.js';

const bySize = <T extends { count: number }>(counts: T[]) => [...counts].sort((a, b) => b.count - a.count);
const sourceCounts = (counts: TagCount[]): SourceCount[] =>
  bySize(counts).map(({ tag, count }) => ({ source: toSource(tag), sourceTag: tag, count }));
/** Kinds as stored; a value outside the enum would be our data bug, so it is dropped, not served. */
const kindCounts = <K extends string>(counts: KindCount[], kinds: readonly K[]) =>
  bySize(counts).filter((entry): entry is { kind: K; count: number } => (kinds as readonly string[]).includes(entry.kind));

export class AnalyticsService {
  constructor(
    private readonly repository: AnalyticsRepository,
    private readonly cache: AnalyticsCache,
    private readonly roles: RoleRepository,
    private readonly graphScience: GraphScienceRepository,
  ) {}

  async graphStats(): Promise<GraphStats> {
    const row = await this.repository.graphStats();
    const rolesWithSkills = row.roles - row.rolesWithoutSkills;
    return {
      roles: row.roles,
      rolesBySource: sourceCounts(row.rolesBySource),
      rolesWithoutSkills: row.rolesWithoutSkills,
      rolesWithoutProgressions: row.rolesWithoutProgressions,
      skills: row.skills,
      skillsBySource: sourceCounts(row.skillsBySource),
      skillsByKind: kindCounts(row.skillsByKind, ['SKILL', 'KNOWLEDGE', 'TECHNOLOGY', 'ABILITY'] as const),
      families: row.families,
      familiesBySource: sourceCounts(row.familiesBySource),
      skillNames: row.skillNames,
      learningResources: row.learningResources,
      requirements: row.requirements,
      requirementsBySource: sourceCounts(row.requirementsBySource),
      averageSkillsPerRole: row.roles > 0 ? row.requirements / row.roles : 0,
      averageSkillsPerRoleWithSkills: rolesWithSkills > 0 ? row.requirements / rolesWithSkills : 0,
      progressions: row.progressions,
      progressionsBySource: sourceCounts(row.progressionsBySource),
      progressionsByKind: kindCounts(row.progressionsByKind, ['PROMOTION', 'LATERAL', 'PIVOT'] as const),
      relationships: row.relationships,
      curation: { revision: row.curationRevision ?? 0, lastChangeAt: row.lastChangeAt, lastChangeBy: row.lastChangeBy },
    };
  }

  async roleCentrality(args: { first: number; measure: CentralityMeasure; sourceTag: string | null; engine: AnalyticsEngine }): Promise<RoleCentralityEntry[]> {
    const key = `centrality:${args.engine}:${args.measure}:${args.sourceTag ?? '*'}`;
    const ranked = await this.cached<CentralityScore[]>(key, async (fingerprint) => {
      if (args.engine === 'TYPESCRIPT') return rankCentrality(await this.progressionGraph(args.sourceTag, fingerprint), args.measure);
      const columns = await this.graphScience.centrality(args.measure, args.sourceTag);
      const nodes = columns.ids.map((id, i) => ({ id, inDegree: columns.inDegrees[i], outDegree: columns.outDegrees[i] }));
      return rankComputedCentrality(nodes, args.measure, columns.scores);
    });
    const top = ranked.slice(0, args.first);
    const roles = await this.roles.findByIds(top.map((entry) => entry.id));
    // A role deleted since the computation is skipped (the next request recomputes anyway).
    return top.flatMap((entry, index) => {
      const role = roles.get(entry.id);
      return role ? [{ rank: index + 1, role, score: entry.score, inDegree: entry.inDegree, outDegree: entry.outDegree }] : [];
    });
  }

  async bridgeSkills(args: { first: number; order: BridgeSkillOrder; sourceTag: string | null }): Promise<BridgeSkillEntry[]> {
    const tallies = await this.cached<BridgeSkillTallies>(`bridgeSkills:${args.sourceTag ?? '*'}`, async () => {
      const inputs = await this.repository.bridgeInputs(args.sourceTag);
      return tallyBridgeSkills(inputs.edges, inputs.requirementsByRole, inputs.credits);
    });
    const top = orderBridgeSkills(tallies.skills, args.order).slice(0, args.first);
    const skills = await this.repository.findSkillsByIds(top.map((entry) => entry.skillId));
    return top.flatMap((entry) => {
      const skill = skills.get(entry.skillId);
      return skill
        ? [{ skill, progressions: entry.progressions, missingInSource: entry.missing, totalWeight: entry.totalWeight, averageGap: entry.averageGap }]
        : [];
    });
  }

  /** The largest clusters, each with its best-tied roles and its families (one statement each for roles and families). */
  async careerClusters(args: { basis: ClusterBasis; sourceTag: string | null; first: number; rolesPerCluster: number }): Promise<CareerClusterEntry[]> {
    const clusters = await this.cached<RankedCluster[]>(`clusters:${args.basis}:${args.sourceTag ?? '*'}`, async () =>
      rankClusters(await this.graphScience.clusterMemberships(args.basis, args.sourceTag)),
    );
    const top = clusters.slice(0, args.first);
    const [roles, families] = await Promise.all([
      this.roles.findByIds(top.flatMap((cluster) => cluster.roleIds.slice(0, args.rolesPerCluster))),
      this.graphScience.familiesOfClusters(top.map((cluster) => cluster.roleIds)),
    ]);
    return top.map((cluster, index) => ({
      rank: cluster.rank,
      size: cluster.size,
      // A role deleted since the computation is skipped (the next request recomputes anyway).
      roles: cluster.roleIds.slice(0, args.rolesPerCluster).flatMap((id) => roles.get(id) ?? []),
      families: families[index] ?? [],
    }));
  }

  familyMobility(args: { first: number; sourceTag: string | null }): Promise<FamilyFlow[]> {
    return this.repository.familyMobility(args.sourceTag, args.first);
  }

  /** The LEADS_TO graph of one source (or all), shared by every centrality measure. */
  private progressionGraph(sourceTag: string | null, fingerprint: string): Promise<DirectedGraph> {
    return this.cache.get(`graph:${sourceTag ?? '*'}`, fingerprint, async () => directedGraph(await this.repository.progressionEdges(sourceTag)));
  }

  /** One fingerprint statement per call; `compute` runs only when the graph changed since the cached result. */
  private async cached<T>(key: string, compute: (fingerprint: string) => Promise<T>): Promise<T> {
    const fingerprint = JSON.stringify(await this.repository.fingerprint());
    return this.cache.get(key, fingerprint, () => compute(fingerprint));
  }
}
