/**
 * `role(slug:|id:)` as one round trip: looks at what the query selects below the role and fetches
 * the requirements and the profile in the lookup's own statement, priming the per-request loaders
 * that Role.requiredSkills, Role.salary, Role.faq … read from. Without this, a role page costs a
 * statement per level (role, then requirements and profile). It fetches only what the selection
 * reads: the role's long detail texts when a field shows them, and of the requirements the window
 * and properties requiredSkills' selections ask for (requirementSelection.ts).
 *
 * Other domains' Role fields can start their own work when the role is looked up by slug (paths:
 * nextRoles / previousRoles), through RoleSlugPrefetch, registered in src/context.ts: roles/ does
 * not depend on them.
 */
import type DataLoader from 'dataloader';
import type { SelectedField } from '../lookahead/selectedFields.js';
import type { Role } from '../graph/model.js';
import { ROLE_FIELDS_READING_DETAILS, rolePropertiesReadBy } from '../graph/selectedProperties.js';
import type { RoleProfile } from './model.js';
import type { RoleRepository } from './repository.js';
import { requirementSelection } from './requirementSelection.js';
import type { RoleRequirements } from './RoleRequirements.js';

/** Role fields resolved from the profile loader (src/roles/resolvers.ts). */
const PROFILE_FIELDS = new Set(['family', 'salary', 'typicalDay', 'gettingStarted', 'faq', 'crosswalk']);

export interface RoleLoaders {
  roleProfile: DataLoader<Role, RoleProfile | null, string>;
  requirements: RoleRequirements;
}

/**
 * The role as a prefetch's own statement reads it (with these summary properties), or null when no
 * role has the slug.
 */
export interface PrefetchedRole {
  properties: readonly string[];
  role: Promise<Role | null>;
}

/**
 * Work that starts for a role looked up by slug, given the fields selected below it, before the
 * lookup has found the role: it runs at the same time as the lookup instead of after it. Errors are
 * for the fields that read the work to report; when the role does not exist nobody reads it.
 * When the work's statement reads the role too, the prefetch says so, and a lookup that needs no
 * more of the role than that takes it from there instead of running a statement of its own.
 */
export interface RoleSlugPrefetch {
  prefetchForSlug(slug: string, selected: readonly SelectedField[]): PrefetchedRole | undefined;
}

export class RoleLookup {
  constructor(
    private readonly repository: RoleRepository,
    private readonly loaders: RoleLoaders,
    private readonly prefetches: readonly RoleSlugPrefetch[] = [],
  ) {}

  async find(key: { slug: string } | { id: string }, selected: readonly SelectedField[]): Promise<Role | null> {
    const prefetched = 'slug' in key ? this.prefetches.map((prefetch) => prefetch.prefetchForSlug(key.slug, selected)) : [];
    const include = {
      properties: rolePropertiesReadBy(selected),
      details: selected.some((field) => (ROLE_FIELDS_READING_DETAILS as ReadonlySet<string>).has(field.name)),
      requirements: requirementSelection(selected),
      profile: selected.some((field) => PROFILE_FIELDS.has(field.name)),
    };
    if (!include.details && !include.requirements && !include.profile) {
      // The headline query (role(slug:) { nextRoles { … } }) reads nothing of the role but what its
      // progressions statement returns anyway: one statement instead of two.
      const covering = prefetched.find((offer) => offer && include.properties.every((property) => offer.properties.includes(property)));
      if (covering) return covering.role;
    }
    const found = await this.repository.findOne(key, include);
    if (!found) return null;
    if (include.requirements && found.requirements) this.loaders.requirements.keepWindow(found.role, include.requirements, found.requirements);
    if (found.profile) this.loaders.roleProfile.prime(found.role, found.profile);
    return found.role;
  }
}
