/**
 * The per-request entry point of the paths domain: batches Role.nextRoles / previousRoles /
 * similarRoles over every role of a response level into one statement (a DataLoader per distinct
 * argument set), and answers careerPaths with one statement. Arguments arrive validated.
 */
import DataLoader from 'dataloader';
import { notFound } from '../errors.js';
import { buildCareerPaths } from './careerPaths.js';
import type { CareerPath, CareerPathQuery, Progression, ProgressionQuery, RoleSimilarity } from './model.js';
import { buildProgressions } from './progressions.js';
import type { PathRepository } from './repository.js';
import { buildSimilarRoles } from './similarRoles.js';

/**
 * How many candidates per role are read with their requirements and scored: the score needs each
 * candidate's skill gap, so Cypher pre-ranks by (hops, path confidence) and keeps this many.
 */
function progressionCandidates(first: number): number {
  return Math.max(first * 2, 20);
}

/**
 * Similarity candidates scored in TypeScript per role. Cypher's pre-rank is the same weighted
 * Jaccard (exact unless the role has more than SIMILARITY_ANCHOR_SKILLS skills), so a small margin
 * over `first` covers ties at the cut.
 */
function similarityPool(first: number): number {
  return first + 10;
}

export class PathService {
  private readonly progressionLoaders = new Map<string, DataLoader<string, Progression[]>>();
  private readonly similarityLoaders = new Map<number, DataLoader<string, RoleSimilarity[]>>();

  constructor(private readonly repository: PathRepository) {}

  progressions(roleId: string, query: ProgressionQuery): Promise<Progression[]> {
    if (query.first === 0) return Promise.resolve([]);
    const key = JSON.stringify([query.direction, query.maxHops, query.first, query.kinds]);
    let loader = this.progressionLoaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids: readonly string[]) => {
        const rows = await this.repository.loadProgressions(ids, {
          direction: query.direction,
          maxHops: query.maxHops,
          kinds: query.kinds,
          candidates: progressionCandidates(query.first),
        });
        return ids.map((id) => {
          const row = rows.get(id);
          return row ? buildProgressions(row, query) : [];
        });
      });
      this.progressionLoaders.set(key, loader);
    }
    return loader.load(roleId);
  }

  similarRoles(roleId: string, first: number): Promise<RoleSimilarity[]> {
    if (first === 0) return Promise.resolve([]);
    let loader = this.similarityLoaders.get(first);
    if (!loader) {
      loader = new DataLoader(async (ids: readonly string[]) => {
        const rows = await this.repository.loadSimilarityCandidates(ids, similarityPool(first));
        return ids.map((id) => {
          const row = rows.get(id);
          return row ? buildSimilarRoles(row, first) : [];
        });
      });
      this.similarityLoaders.set(first, loader);
    }
    return loader.load(roleId);
  }

  /** Throws NOT_FOUND for an unknown slug (the `from` slug is reported first). */
  async careerPaths(query: CareerPathQuery): Promise<CareerPath[]> {
    const rows = await this.repository.findCareerPaths(query.from, query.to, query.maxHops);
    if (!rows.fromFound) throw notFound('Role', query.from);
    if (!rows.toFound) throw notFound('Role', query.to);
    return buildCareerPaths(rows, query);
  }
}
