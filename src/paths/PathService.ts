/**
 * The per-request entry point of the paths domain: batches Role.nextRoles / previousRoles /
 * similarRoles over every role of a response level into one statement (a DataLoader per distinct
 * argument set), and answers careerPaths with one statement. Arguments arrive validated.
 */
import DataLoader from 'dataloader';
import type { SelectedField } from '../lookahead/selectedFields.js';
import { notFound } from '../errors.js';
import type { Role } from '../roles/model.js';
import { progressionQuery } from './arguments.js';
import { buildCareerPaths } from './careerPaths.js';
import type { CareerPath, CareerPathQuery, Progression, ProgressionQuery, RoleSimilarity } from './model.js';
import { buildProgressions } from './progressions.js';
import type { PathRepository, ProgressionOptions } from './repository.js';
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

const progressionKey = (query: ProgressionQuery) => JSON.stringify([query.direction, query.maxHops, query.first, query.kinds]);
const progressionOptions = (query: ProgressionQuery): ProgressionOptions => ({
  direction: query.direction,
  maxHops: query.maxHops,
  kinds: query.kinds,
  candidates: progressionCandidates(query.first),
});
const DIRECTION_OF_FIELD: Record<string, ProgressionQuery['direction']> = { nextRoles: 'NEXT', previousRoles: 'PREVIOUS' };

export class PathService {
  private readonly progressionLoaders = new Map<string, DataLoader<string, Progression[]>>();
  private readonly similarityLoaders = new Map<number, DataLoader<string, RoleSimilarity[]>>();
  /** Progressions started by prefetchForRole, by query key and role slug. */
  private readonly prefetched = new Map<string, Promise<Progression[]>>();

  constructor(private readonly repository: PathRepository) {}

  /**
   * role(slug:) calls this before its own lookup with the fields selected below it: the
   * nextRoles / previousRoles statements start at once, by slug, instead of after the role is
   * found, so the headline query costs the slower of two statements rather than their sum.
   */
  prefetchForRole(slug: string, selected: readonly SelectedField[]): void {
    for (const field of selected) {
      const direction = DIRECTION_OF_FIELD[field.name];
      if (!direction) continue;
      let query: ProgressionQuery;
      try {
        query = progressionQuery(direction, field.args);
      } catch {
        continue; // invalid arguments: Role.nextRoles reports them
      }
      const key = `${progressionKey(query)}|${slug}`;
      if (query.first === 0 || this.prefetched.has(key)) continue;
      const pending = this.repository.loadProgressionsBySlug(slug, progressionOptions(query)).then((row) => (row ? buildProgressions(row, query) : []));
      // Role.nextRoles consumes (and reports) a failure; when the role does not exist nobody asks.
      pending.catch(() => undefined);
      this.prefetched.set(key, pending);
    }
  }

  progressions(role: Pick<Role, 'id' | 'slug'>, query: ProgressionQuery): Promise<Progression[]> {
    if (query.first === 0) return Promise.resolve([]);
    const key = progressionKey(query);
    const prefetched = this.prefetched.get(`${key}|${role.slug}`);
    if (prefetched) return prefetched;
    let loader = this.progressionLoaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids: readonly string[]) => {
        const rows = await this.repository.loadProgressions(ids, progressionOptions(query));
        return ids.map((id) => {
          const row = rows.get(id);
          return row ? buildProgressions(row, query) : [];
        });
      });
      this.progressionLoaders.set(key, loader);
    }
    return loader.load(role.id);
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
