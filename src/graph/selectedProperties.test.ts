import { describe, expect, it } from 'vitest';
import { ROLE_SUMMARY_PROPERTY_NAMES, SKILL_PROPERTY_NAMES } from './model.js';
import { ROLE_PROPERTY_GROUPS, rolePropertiesReadBy, SKILL_PROPERTY_GROUPS, skillPropertiesReadBy } from './selectedProperties.js';

const fields = (...names: string[]) => names.map((name) => ({ name }));

describe('selectedProperties', () => {
  it('groups every summary property of a role and every property of a skill exactly once', () => {
    expect(Object.values(ROLE_PROPERTY_GROUPS).flat().sort()).toEqual([...ROLE_SUMMARY_PROPERTY_NAMES].sort());
    expect(Object.values(SKILL_PROPERTY_GROUPS).flat().sort()).toEqual([...SKILL_PROPERTY_NAMES].sort());
  });

  it('reads the identity always, and each group a selected field needs, in the groups’ order', () => {
    expect(rolePropertiesReadBy([])).toEqual(['id', 'slug', 'title']);
    expect(rolePropertiesReadBy(fields('provenance', 'growth'))).toEqual(['id', 'slug', 'title', 'growthRating', 'source', 'sourceId', 'asOf', 'reference', 'method']);
    expect(skillPropertiesReadBy(fields('slug', 'kind'))).toEqual(['id', 'slug', 'name', 'kind', 'category']);
  });

  it('reads the declared codes for every field answered from the profile, which is built with them', () => {
    for (const name of ['salary', 'family', 'typicalDay', 'gettingStarted', 'faq', 'crosswalk']) {
      expect(rolePropertiesReadBy(fields(name)), name).toEqual(expect.arrayContaining(['onetCodes', 'escoUris']));
    }
  });

  it('reads everything for a field it does not know', () => {
    expect(rolePropertiesReadBy(fields('slug', 'somethingNew'))).toEqual([...ROLE_SUMMARY_PROPERTY_NAMES]);
    expect(skillPropertiesReadBy(fields('somethingNew'))).toHaveLength(SKILL_PROPERTY_NAMES.length);
  });
});
