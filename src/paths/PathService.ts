/**
 * The per-request entry point of the paths domain: batches Role.nextRoles / previousRoles /
 * similarRoles over every role of a response level into one statement (a DataLoader per distinct
 * argument set), and answers careerPaths with one statement.
 *
 * Progressions are loaded by role slug, so that role(slug:) can start them before its own lookup has
 * found the role (prefetchForSlug, registered with RoleLookup in src/context.ts): the headline query
 * then costs the slower of two concurrent statements rather than their sum, and what the prefetch
 * starts is the loader's own entry, which Role.nextRoles reads back. That statement returns the
 * source role too, so when role(slug:) reads nothing more of the role, it takes the role from there
 * and the headline query costs one statement.
 */
import DataLoader from 'dataloader';
import type { SelectedField } from '../lookahead/selectedFields.js';
import { notFound } from '../errors.js';
import type { Role } from '../graph/model.js';
import type { PrefetchedRole, RoleSlugPrefetch } from '../roles/RoleLookup.js';
import { progressionQuery, type ProgressionArguments } from './arguments.js';
import { buildCareerPaths } from './careerPaths.js';
import type { CareerPath, CareerPathQuery, Progression, ProgressionDirection, ProgressionQuery, RoleSimilarity } from './model.js';
import { buildProgressions } from './progressions.js';
import { pathSelection, pathSelectionKey, WHOLE_PATHS, type PathSelection } from './pathSelection.js';
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

const progressionKey = (query: ProgressionQuery, selection: PathSelection) =>
  JSON.stringify([query.direction, query.maxHops, query.first, query.kinds, pathSelectionKey(selection)]);
const progressionOptions = (query: ProgressionQuery, selection: PathSelection): ProgressionOptions => ({
  direction: query.direction,
  maxHops: query.maxHops,
  kinds: query.kinds,
  candidates: progressionCandidates(query.first),
  selection,
});
const DIRECTION_OF_FIELD: Record<string, ProgressionDirection> = { nextRoles: 'NEXT', previousRoles: 'PREVIOUS' };

/** A source role's progressions, and the source as their statement read it (null: no role has the slug). */
interface SourceProgressions {
  source: Role;
  progressions: Progression[];
}

/** A converted argument set: the query, or the BAD_USER_INPUT error to report. */
type Converted = { query: ProgressionQuery } | { error: unknown };

export class PathService implements RoleSlugPrefetch {
  private readonly progressionLoaders = new Map<string, DataLoader<string, SourceProgressions | null>>();
  private readonly similarityLoaders = new Map<number, DataLoader<string, RoleSimilarity[]>>();
  /**
   * nextRoles / previousRoles arguments are converted once per argument set and request: the
   * prefetch sees them before the field does, and every role of a list shares them.
   */
  private readonly progressionQueries = new Map<string, Converted>();

  constructor(private readonly repository: PathRepository) {}

  /**
   * Starts the nextRoles / previousRoles selected below role(slug:) while the role is still being
   * looked up. Invalid arguments start nothing: Role.nextRoles reports them.
   */
  prefetchForSlug(slug: string, selected: readonly SelectedField[]): PrefetchedRole | undefined {
    let prefetched: PrefetchedRole | undefined;
    for (const field of selected) {
      const direction = DIRECTION_OF_FIELD[field.name];
      if (!direction) continue;
      // The lookahead coerced them against the field's definition, SDL defaults applied.
      const converted = this.convert(direction, field.args as ProgressionArguments);
      if ('error' in converted || converted.query.first === 0) continue;
      // Role.nextRoles consumes (and reports) a failure; when the role does not exist nobody asks.
      // Its resolver sees the same selection (selectedFields), so it finds this load in the same loader.
      const selection = pathSelection(field.selections ?? []);
      const load = this.progressionLoader(converted.query, selection).load(slug);
      load.catch(() => undefined);
      // The statement reads the source role too: role(slug:) may take it from here (RoleLookup).
      prefetched ??= { properties: selection.roleProperties, role: load.then((loaded) => loaded?.source ?? null) };
    }
    return prefetched;
  }

  /**
   * Role.nextRoles / previousRoles. Invalid arguments are BAD_USER_INPUT, before any Cypher.
   * `selection`: what the query shows of each Progression (pathSelection.ts).
   */
  async progressions(role: Pick<Role, 'slug'>, direction: ProgressionDirection, args: ProgressionArguments, selection: PathSelection = WHOLE_PATHS): Promise<Progression[]> {
    const converted = this.convert(direction, args);
    if ('error' in converted) throw converted.error;
    if (converted.query.first === 0) return [];
    return (await this.progressionLoader(converted.query, selection).load(role.slug))?.progressions ?? [];
  }

  private convert(direction: ProgressionDirection, args: ProgressionArguments): Converted {
    const key = JSON.stringify([direction, args.maxHops, args.first, args.kinds ?? null]);
    let converted = this.progressionQueries.get(key);
    if (!converted) {
      try {
        converted = { query: progressionQuery(direction, args) };
      } catch (error) {
        converted = { error };
      }
      this.progressionQueries.set(key, converted);
    }
    return converted;
  }

  private progressionLoader(query: ProgressionQuery, selection: PathSelection): DataLoader<string, SourceProgressions | null> {
    const key = progressionKey(query, selection);
    let loader = this.progressionLoaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (slugs: readonly string[]) => {
        try {
          const rows = await this.repository.loadProgressions(slugs, progressionOptions(query, selection));
          return slugs.map((slug) => {
            const row = rows.get(slug);
            return row ? { source: row.source, progressions: buildProgressions(row, query) } : null;
          });
        } catch (failure) {
          // Failed per key, not per batch: DataLoader forgets a failed batch, and Role.nextRoles asking
          // after a prefetch failed would run the statement again (after a timeout: wait twice).
          const error = failure instanceof Error ? failure : new Error(String(failure));
          return slugs.map(() => error);
        }
      });
      this.progressionLoaders.set(key, loader);
    }
    return loader;
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
  async careerPaths(query: CareerPathQuery, selection: PathSelection = WHOLE_PATHS): Promise<CareerPath[]> {
    const rows = await this.repository.findCareerPaths(query, selection);
    if (!rows.fromFound) throw notFound('Role', query.from);
    if (!rows.toFound) throw notFound('Role', query.to);
    return buildCareerPaths(rows, query);
  }
}
