/**
 * The per-request context: repositories bound to a database view that counts this request's
 * statements, and DataLoaders so fan-out reads are batched (one query per level, not per item).
 * A fresh context per request: loaders never cache across requests.
 */
import DataLoader from 'dataloader';
import { AnalyticsCache } from './analytics/AnalyticsCache.js';
import { AnalyticsRepository } from './analytics/repository.js';
import { AnalyticsService } from './analytics/AnalyticsService.js';
import { ANONYMOUS_VIEWER, type Viewer } from './auth/viewer.js';
import { CurationRepository } from './curation/repository.js';
import { GapRepository } from './gaps/repository.js';
import { GapService } from './gaps/GapService.js';
import { GraphScienceRepository } from './graphScience/repository.js';
import type { GraphDatabase } from './neo4j/GraphDatabase.js';
import type { RoleProfile } from './roles/model.js';
import type { Role, SkillRequirement } from './graph/model.js';
import { MetaRepository } from './meta/repository.js';
import { PathRepository } from './paths/repository.js';
import { PathService } from './paths/PathService.js';
import { RoleLookup } from './roles/RoleLookup.js';
import { RoleRepository } from './roles/repository.js';
import { SearchRepository } from './search/repository.js';
import { createSkillLoaders, type SkillLoaders } from './skills/loaders.js';
import { SkillRepository } from './skills/repository.js';

export interface GraphContext {
  meta: MetaRepository;
  roles: RoleRepository;
  /** `role(slug:|id:)` with what the query selects below it fetched in the same statement. */
  roleLookup: RoleLookup;
  skills: SkillRepository;
  /** Batched loads of Skill's fields (roles, related skills, resources, role count). */
  skillLoaders: SkillLoaders;
  search: SearchRepository;
  gaps: GapService;
  paths: PathService;
  loaders: {
    roleProfile: DataLoader<Role, RoleProfile | null, string>;
    requirements: DataLoader<string, SkillRequirement[]>;
  };
  analytics: AnalyticsService;
  curation: CurationRepository;
  /** Who is calling (from the Authorization header); anonymous when no token was sent. */
  viewer: Viewer;
  /** Cypher statements run so far for this request (tests assert it stays bounded). */
  statementCount(): number;
}

/** What outlives a request: one per server process (createServer makes it). */
export interface ProcessCaches {
  analytics: AnalyticsCache;
}

export function createProcessCaches(): ProcessCaches {
  return { analytics: new AnalyticsCache() };
}

export interface ContextOptions {
  /** Default: anonymous. */
  viewer?: Viewer;
  /** Default: fresh caches, i.e. nothing reused across requests. */
  caches?: ProcessCaches;
}

export function createContext(db: GraphDatabase, options: ContextOptions = {}): GraphContext {
  let statements = 0;
  const requestDb = db.withObserver({ onQuery: () => void statements++ });
  const roles = new RoleRepository(requestDb);
  const skills = new SkillRepository(requestDb);
  const loaders: GraphContext['loaders'] = {
    roleProfile: new DataLoader(
      async (keys: readonly Role[]) => {
        const profiles = await roles.loadProfiles(keys);
        return keys.map((role) => profiles.get(role.id) ?? null);
      },
      { cacheKeyFn: (role) => role.id },
    ),
    requirements: new DataLoader(async (ids: readonly string[]) => {
      const byRole = await roles.loadRequirements(ids);
      return ids.map((id) => byRole.get(id) ?? []);
    }),
  };
  const paths = new PathService(new PathRepository(requestDb));
  return {
    meta: new MetaRepository(requestDb),
    roles,
    // role(slug:) starts nextRoles / previousRoles at the same time as its lookup.
    roleLookup: new RoleLookup(roles, loaders, [paths]),
    skills,
    skillLoaders: createSkillLoaders(skills),
    search: new SearchRepository(requestDb),
    gaps: new GapService(new GapRepository(requestDb)),
    paths,
    analytics: new AnalyticsService(
      new AnalyticsRepository(requestDb),
      (options.caches ?? createProcessCaches()).analytics,
      roles,
      new GraphScienceRepository(requestDb),
    ),
    curation: new CurationRepository(requestDb),
    viewer: options.viewer ?? ANONYMOUS_VIEWER,
    loaders,
    statementCount: () => statements,
  };
}
