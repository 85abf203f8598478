import { describe, expect, it } from 'vitest';
import type { SelectedField } from '../lookahead/selectedFields.js';
import { requirementSelection, selectedProperties } from './requirementSelection.js';

const field = (name: string, selections?: SelectedField[], args: Record<string, unknown> = {}): SelectedField =>
  selections ? { name, args, selections } : { name, args };
const requiredSkills = (minImportance: unknown, first: unknown, selections: SelectedField[]) => field('requiredSkills', selections, { minImportance, first });

describe('requirementSelection', () => {
  it('is null when no requiredSkills is selected, or none with valid arguments', () => {
    expect(requirementSelection([field('title'), field('salary', [field('medianUsd')])])).toBeNull();
    expect(requirementSelection([requiredSkills(1.5, 10, [field('importance')]), requiredSkills(0, 101, [field('importance')])])).toBeNull();
  });

  it('takes the widest window of the valid selections: the lowest threshold and the largest count', () => {
    const selection = requirementSelection([
      requiredSkills(0.7, 3, [field('importance')]),
      requiredSkills(0.2, 10, [field('level')]),
      requiredSkills(-1, 100, [field('essential')]), // invalid: its resolver reports it, nothing read for it
    ]);
    expect(selection).toMatchObject({ minImportance: 0.2, first: 10 });
    expect(selectedProperties(selection!).requirement).toEqual(['importance', 'level']);
  });

  it('projects the ratings and the skill identity always, other groups only when a field reads them', () => {
    const bare = requirementSelection([requiredSkills(0, 50, [field('skill', [field('slug')])])])!;
    expect(selectedProperties(bare)).toEqual({ requirement: ['importance', 'level'], skill: ['id', 'slug', 'name'] });

    const full = requirementSelection([
      requiredSkills(0, 50, [
        field('importanceScale'),
        field('provenance', [field('evidence')]),
        field('skill', [field('category'), field('aliases'), field('provenance', [field('source')]), field('roles', [field('importance')])]),
      ]),
    ])!;
    expect(selectedProperties(full)).toEqual({
      requirement: ['importance', 'level', 'importanceRaw', 'levelRaw', 'importanceScale', 'levelScale', 'source', 'sourceId', 'asOf', 'reference', 'method', 'evidence'],
      skill: ['id', 'slug', 'name', 'kind', 'category', 'source', 'sourceId', 'asOf', 'method', 'description', 'aliases'],
    });
  });

  it('reads every group for a field it does not know', () => {
    const selection = requirementSelection([requiredSkills(0, 5, [field('somethingNew'), field('skill', [field('alsoNew')])])])!;
    expect(selectedProperties(selection).requirement).toHaveLength(13);
    expect(selectedProperties(selection).skill).toHaveLength(11);
  });
});
