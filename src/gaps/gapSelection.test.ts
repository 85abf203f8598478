import { describe, expect, it } from 'vitest';
import type { SelectedField } from '../lookahead/selectedFields.js';
import { gapSelection, WHOLE_GAP } from './gapSelection.js';

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
