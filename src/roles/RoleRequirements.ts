/**
 * Role.requiredSkills' reads, per request. A role found by `role(slug:|id:)` arrives with the window
 * of requirements its query's selections read, fetched in the lookup's own statement and shaped by
 * them (requirementSelection.ts); any other role (lists, progressions, crosswalks) reads all of its
 * requirements through the batched loader.
 *
 * Windows are kept per role object, not per id: a window holds only the properties its own
 * selection asked for, and another selection of the same role elsewhere in the query (another
 * lookup, a role in a list) may ask for more.
 */
import type DataLoader from 'dataloader';
import type { Role, SkillRequirement } from '../graph/model.js';
import type { RequirementSelection } from './requirementSelection.js';

interface Window {
  minImportance: number;
  first: number;
  requirements: SkillRequirement[];
}

export class RoleRequirements {
  private readonly windows = new WeakMap<Role, Window>();

  constructor(private readonly all: DataLoader<string, SkillRequirement[]>) {}

  /** `requirements`: those of `role` with importance ≥ selection.minImportance, the first selection.first, in requiredSkills' order. */
  keepWindow(role: Role, selection: Pick<RequirementSelection, 'minImportance' | 'first'>, requirements: SkillRequirement[]): void {
    this.windows.set(role, { minImportance: selection.minImportance, first: selection.first, requirements });
  }

  /**
   * The requirements of `role` with importance ≥ minImportance, at most `first`, most important
   * first. The order starts with importance, so those at or above a threshold are a prefix of the
   * list: a window answers every threshold ≥ its own and every count ≤ its own.
   */
  async read(role: Role, minImportance: number, first: number): Promise<SkillRequirement[]> {
    const window = this.windows.get(role);
    const requirements = window && minImportance >= window.minImportance && first <= window.first ? window.requirements : await this.all.load(role.id);
    return requirements.filter((req) => req.importance >= minImportance).slice(0, first);
  }
}
