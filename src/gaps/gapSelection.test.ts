import { describe, expect, it } from 'vitest';
import type { SelectedField } from '../lookahead/selectedFields.js';
import { gapSelection, recommendListSelection, recommendSelection, WHOLE_GAP, WHOLE_RECOMMENDATION } from './gapSelection.js';
import { ROLE_SUMMARY_PROPERTY_NAMES, SKILL_SUMMARY_PROPERTY_NAMES } from '../graph/model.js';

const leaf = (name: string): SelectedField => ({ name, args: {} });
const object = (name: string, type: string, selections: SelectedField[]): SelectedField => ({ name, args: {}, type, selections });

describe('gapSelection', () => {
  it('reads the identity of skills only, no resources and no target details, for a lean answer', () => {
    const selection = gapSelection([leaf('coverage'), object('missing', 'SkillGapItem', [object('skill', 'Skill', [leaf('slug')]), leaf('levelGap')])]);
    expect(selection).toEqual({ skillProperties: ['id', 'slug', 'name'], resources: false, targetProperties: ['id', 'slug', 'title'], targetDetails: false });
  });

  it('adds what any Skill in the answer shows (credited held skills and resources included), the resources and the target details', () => {
    const selection = gapSelection([
      object('target', 'Role', [leaf('slug'), leaf('description'), object('salary', 'Salary', [leaf('medianUsd')])]),
      object('partial', 'SkillGapItem', [object('credit', 'SkillCredit', [object('heldSkill', 'Skill', [leaf('kind')])])]),
      object('learningResources', 'SkillResources', [object('skill', 'Skill', [object('provenance', 'Provenance', [leaf('source')])])]),
    ]);
    expect(selection).toEqual({
      skillProperties: ['id', 'slug', 'name', 'kind', 'category', 'source', 'sourceId', 'asOf', 'method'],
      resources: true,
      // The salary's bands come with the profile, which reads the role's declared codes.
      targetProperties: ['id', 'slug', 'title', 'medianSalaryUsd', 'salaryBasis', 'onetCodes', 'escoUris'],
      targetDetails: true,
    });
  });

  it('reads everything when nothing is known of the selection', () => {
    expect(WHOLE_GAP.skillProperties).toHaveLength(11);
    expect(WHOLE_GAP.targetProperties).toHaveLength(15);
    expect(WHOLE_GAP).toMatchObject({ resources: true, targetDetails: true });
  });
});

describe('recommendSelection', () => {
  it('reads the roles\' identity and no skill for a ranking (role slugs, scores, gap totals)', () => {
    const selection = recommendSelection([
      object('role', 'Role', [leaf('slug')]),
      leaf('score'),
      leaf('coverage'),
      object('gap', 'SkillGapSummary', [leaf('gap'), leaf('missingCount')]),
    ]);
    expect(selection).toEqual({ roleProperties: ['id', 'slug', 'title'], gapItems: false, skillProperties: ['id', 'slug', 'name'] });
  });

  it('reads the gap items\' skills, with what any of them shows, when gap.missing or gap.partial is selected', () => {
    const partialOnly = recommendSelection([object('gap', 'SkillGapSummary', [object('partial', 'SkillGapItem', [leaf('weight')])])]);
    expect(partialOnly.gapItems).toBe(true);
    expect(partialOnly.skillProperties).toEqual(['id', 'slug', 'name']);
    const selection = recommendSelection([
      object('role', 'Role', [object('salary', 'Salary', [leaf('medianUsd')])]),
      object('gap', 'SkillGapSummary', [
        object('missing', 'SkillGapItem', [object('skill', 'Skill', [leaf('kind')])]),
        object('partial', 'SkillGapItem', [object('credit', 'SkillCredit', [object('heldSkill', 'Skill', [object('provenance', 'Provenance', [leaf('source')])])])]),
      ]),
    ]);
    expect(selection).toEqual({
      roleProperties: ['id', 'slug', 'title', 'medianSalaryUsd', 'salaryBasis', 'onetCodes', 'escoUris'],
      gapItems: true,
      skillProperties: ['id', 'slug', 'name', 'kind', 'category', 'source', 'sourceId', 'asOf', 'method'],
    });
  });

  it('merges every alias of a field, and reads a batch\'s matches the same way', () => {
    const match = [object('role', 'Role', [leaf('slug')]), object('role', 'Role', [leaf('jobZone')]), object('gap', 'SkillGapSummary', [leaf('gap')])];
    const expected = { roleProperties: ['id', 'slug', 'title', 'experienceLevel', 'jobZone'], gapItems: false, skillProperties: ['id', 'slug', 'name'] };
    expect(recommendSelection(match)).toEqual(expected);
    expect(recommendListSelection([object('matches', 'RoleMatch', match), leaf('unresolvedSkills')])).toEqual(expected);
  });

  it('reads every summary property of roles and skills, with the items, when nothing is known of the selection', () => {
    expect(WHOLE_RECOMMENDATION).toEqual({ roleProperties: ROLE_SUMMARY_PROPERTY_NAMES, gapItems: true, skillProperties: SKILL_SUMMARY_PROPERTY_NAMES });
  });
});
