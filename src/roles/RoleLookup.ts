/**
 * `role(slug:|id:)` as one round trip: looks at what the query selects below the role and fetches
 * the requirements and the profile in the lookup's own statement, priming the per-request loaders
 * that Role.requiredSkills, Role.salary, Role.faq … read from. Without this, a role page costs a
 * statement per level (role, then requirements and profile).
 */
import type DataLoader from 'dataloader';
import type { SelectedField } from '../lookahead/selectedFields.js';
import type { SkillRequirement } from '../skills/model.js';
import type { Role, RoleProfile } from './model.js';
import type { RoleRepository } from './repository.js';

/** Role fields resolved from the profile loader (src/roles/resolvers.ts). */
const PROFILE_FIELDS = new Set(['family', 'salary', 'typicalDay', 'gettingStarted', 'faq', 'crosswalk']);

export interface RoleLoaders {
  roleProfile: DataLoader<Role, RoleProfile | null, string>;
  requirements: DataLoader<string, SkillRequirement[]>;
}

export class RoleLookup {
  constructor(
    private readonly repository: RoleRepository,
    private readonly loaders: RoleLoaders,
  ) {}

  async find(key: { slug: string } | { id: string }, selected: readonly SelectedField[]): Promise<Role | null> {
    const include = {
      requirements: selected.some((field) => field.name === 'requiredSkills'),
      profile: selected.some((field) => PROFILE_FIELDS.has(field.name)),
    };
    const found = await this.repository.findOne(key, include);
    if (!found) return null;
    if (found.requirements) this.loaders.requirements.prime(found.role.id, found.requirements);
    if (found.profile) this.loaders.roleProfile.prime(found.role, found.profile);
    return found.role;
  }
}
