/** Role and skill autocompletes over `search(text, kinds: [ROLE] | [SKILL])`. */
import { SEARCH_ROLES, SEARCH_SKILLS, type RoleRef } from './operations.js';
import { createCombobox, type Combobox, type ComboboxOption } from '../shared/combobox.js';
import { graphqlRequest } from '../shared/graphqlRequest.js';
import type { ExplorerSearchSkillsQuery } from '../generated/graphql.js';

const SUGGESTIONS = 8;

export interface SearchFieldOptions<T> {
  label: string;
  name: string;
  placeholder?: string;
  onSelect?(option: ComboboxOption<T>): void;
}

export function createRoleSearch(options: SearchFieldOptions<RoleRef>): Combobox<RoleRef> {
  return createCombobox<RoleRef>({
    ...options,
    async search(text, signal) {
      const data = await graphqlRequest(SEARCH_ROLES, { text, first: SUGGESTIONS }, signal);
      return data.search.flatMap((hit) =>
        hit.role ? [{ value: hit.role, label: hit.role.title, detail: hit.matchedOn && hit.matchedOn !== hit.role.title ? `matched “${hit.matchedOn}”` : undefined }] : [],
      );
    },
  });
}

/** A skill as the skill search suggests it. */
export type SkillRef = NonNullable<ExplorerSearchSkillsQuery['search'][number]['skill']>;

export function createSkillSearch(options: SearchFieldOptions<SkillRef>): Combobox<SkillRef> {
  return createCombobox<SkillRef>({
    ...options,
    async search(text, signal) {
      const data = await graphqlRequest(SEARCH_SKILLS, { text, first: SUGGESTIONS }, signal);
      return data.search.flatMap((hit) =>
        hit.skill ? [{ value: hit.skill, label: hit.skill.name, detail: hit.matchedOn && hit.matchedOn !== hit.skill.name ? `matched “${hit.matchedOn}”` : undefined }] : [],
      );
    },
  });
}

export function roleOption(role: RoleRef): ComboboxOption<RoleRef> {
  return { value: role, label: role.title };
}
