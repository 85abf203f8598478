/**
 * The per-request context: repositories bound to a database view that counts this request's
 * statements, and DataLoaders so fan-out reads are batched (one query per level, not per item).
 * A fresh context per request: loaders never cache across requests.
 */
import DataLoader from 'dataloader';
import type { GraphDatabase } from './neo4j/GraphDatabase.js';
import type { Role, RoleProfile } from './roles/model.js';
import { MetaRepository } from './meta/repository.js';
import { RoleRepository } from './roles/repository.js';
import type { SkillRequirement } from './skills/model.js';

export interface GraphContext {
  meta: MetaRepository;
  roles: RoleRepository;
  loaders: {
    roleProfile: DataLoader<Role, RoleProfile | null, string>;
    requirements: DataLoader<string, SkillRequirement[]>;
  };
  /** Cypher statements run so far for this request (tests assert it stays bounded). */
  statementCount(): number;
}

export function createContext(db: GraphDatabase): GraphContext {
  let statements = 0;
  const requestDb = db.withObserver({ onQuery: () => void statements++ });
  const roles = new RoleRepository(requestDb);
  return {
    meta: new MetaRepository(requestDb),
    roles,
    loaders: {
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
    },
    statementCount: () => statements,
  };
}
