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
import { AuditRepository } from './curation/auditRepository.js';
import { CurationRepository } from './curation/repository.js';
import { GapRepository } from './gaps/repository.js';
import { CreditLinkMemo } from './skills/CreditLinkMemo.js';
import { RequirementMemo } from './roles/RequirementMemo.js';
import { REQUIREMENTS_PER_RECORD } from './neo4j/recordParts.js';
import { GapService } from './gaps/GapService.js';
import { GraphScienceRepository } from './graphScience/repository.js';
import type { GraphDatabase } from './neo4j/GraphDatabase.js';
import type { RoleProfile } from './roles/model.js';
import type { Role, RoleDetailProperty, SkillRequirement } from './graph/model.js';
import { MetaRepository } from './meta/repository.js';
import { PathRepository } from './paths/repository.js';
import { MoveGapMemo } from './paths/MoveGapMemo.js';
import { SkillIdentityMemo } from './skills/SkillIdentityMemo.js';
import { MoveGraphMemo } from './paths/MoveGraph.js';
import { PathService } from './paths/PathService.js';
import { RoleRequirements } from './roles/RoleRequirements.js';
import { RoleLookup } from './roles/RoleLookup.js';
import { RoleRepository } from './roles/repository.js';
import { SearchRepository } from './search/repository.js';
import { SearchLabels, type SearchLabelsOptions } from './search/SearchLabels.js';
import type { GraphVersion } from './responseCache/OncePerGraphVersion.js';
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
  /** The process's type-ahead label index (null from `current()` while stale or building). */
  searchLabels: SearchLabels;
  gaps: GapService;
  paths: PathService;
  loaders: {
    roleProfile: DataLoader<Role, RoleProfile | null, string>;
    /** Role.requiredSkills: a looked-up role's window, else all of a role's requirements, batched. */
    requirements: RoleRequirements;
    /** Detail properties of roles a list statement projected without them (graph/details.ts). */
    roleDetails: DataLoader<string, Pick<Role, RoleDetailProperty> | null>;
  };
  analytics: AnalyticsService;
  curation: CurationRepository;
  /** The curation audit trail and the curator-edit marks (reads). */
  audit: AuditRepository;
  /** Who is calling (from the Authorization header); anonymous when no token was sent. */
  viewer: Viewer;
  /** Cypher statements run so far for this request (tests assert it stays bounded). */
  statementCount(): number;
}

/** What outlives a request: one per server process (createServer makes it). */
export interface ProcessCaches {
  analytics: AnalyticsCache;
  searchLabels: SearchLabels;
  /** Gap-credit links of recently held skills, for one commit at a time (skills/CreditLinkMemo.ts). */
  creditLinks: CreditLinkMemo;
  /** Requirements of roles that paths and recommendation answers read recently, for one commit at a time (roles/RequirementMemo.ts). */
  requirements: RequirementMemo;
  /** Gaps of moves that paths answers computed, for one commit at a time (paths/MoveGapMemo.ts). */
  moveGaps: MoveGapMemo;
  /** The graph's moves in memory, where careerPaths, nextRoles and previousRoles find their routes (paths/MoveGraph.ts); filled by memo warming. */
  moveGraphs: MoveGraphMemo;
  /** Every required skill's id, slug and name, for one commit (skills/SkillIdentityMemo.ts); filled by memo warming. */
  skillIdentities: SkillIdentityMemo;
}

/** A graph whose version is never known: what is keyed by version is never served. */
const UNKNOWN_VERSION: GraphVersion = { version: null };

/**
 * `db` (the process's, so loading labels counts as no request's statement) and `graph` (its version)
 * enable the search label index; without them search always uses the fulltext indexes.
 */
export function createProcessCaches(db?: GraphDatabase, graph: GraphVersion = UNKNOWN_VERSION, searchLabelsOptions: SearchLabelsOptions = {}): ProcessCaches {
  const labelSource = db ? new SearchRepository(db) : { forEachSearchLabel: async () => undefined };
  return {
    analytics: new AnalyticsCache(),
    searchLabels: new SearchLabels(labelSource, db ? graph : UNKNOWN_VERSION, searchLabelsOptions),
    creditLinks: new CreditLinkMemo(),
    requirements: new RequirementMemo(),
    moveGaps: new MoveGapMemo(),
    moveGraphs: new MoveGraphMemo(),
    skillIdentities: new SkillIdentityMemo(),
  };
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
  const caches = options.caches ?? createProcessCaches();
  const roles = new RoleRepository(requestDb, { requirements: caches.requirements, skillIdentities: caches.skillIdentities });
  const skills = new SkillRepository(requestDb);
  const loaders: GraphContext['loaders'] = {
    roleProfile: new DataLoader(
      async (keys: readonly Role[]) => {
        const profiles = await roles.loadProfiles(keys);
        return keys.map((role) => profiles.get(role.id) ?? null);
      },
      { cacheKeyFn: (role) => role.id },
    ),
    requirements: new RoleRequirements(
      new DataLoader(async (ids: readonly string[]) => {
        const byRole = await roles.loadRequirements(ids);
        return ids.map((id) => byRole.get(id) ?? []);
      }),
    ),
    roleDetails: new DataLoader(async (ids: readonly string[]) => {
      const details = await roles.loadDetails(ids);
      return ids.map((id) => details.get(id) ?? null);
    }),
  };
  const paths = new PathService(new PathRepository(requestDb, caches.creditLinks, REQUIREMENTS_PER_RECORD, caches.requirements, caches.moveGaps, caches.moveGraphs, caches.skillIdentities));
  return {
    meta: new MetaRepository(requestDb),
    roles,
    // role(slug:) starts nextRoles / previousRoles at the same time as its lookup.
    roleLookup: new RoleLookup(roles, loaders, [paths]),
    skills,
    skillLoaders: createSkillLoaders(skills),
    search: new SearchRepository(requestDb),
    searchLabels: caches.searchLabels,
    gaps: new GapService(new GapRepository(requestDb, caches.creditLinks, REQUIREMENTS_PER_RECORD, caches.requirements, caches.skillIdentities)),
    paths,
    analytics: new AnalyticsService(new AnalyticsRepository(requestDb), caches.analytics, roles, new GraphScienceRepository(requestDb)),
    curation: new CurationRepository(requestDb),
    audit: new AuditRepository(requestDb),
    viewer: options.viewer ?? ANONYMOUS_VIEWER,
    loaders,
    statementCount: () => statements,
  };
}
