import { describe, expect, it } from 'vitest';
import { ABSENT, changedFields, editMarks, encodeValue, entityTypeOf, requirementEntity, roleEntity } from './curatedEdits.js';

describe('changedFields', () => {
  it('lists only fields whose value differs, as canonical JSON, in tracked order', () => {
    const before = { exists: true, title: 'A', summary: 'S', alternateTitles: ['x'], medianSalaryUsd: 100 };
    const after = { ...before, summary: 'T', alternateTitles: ['x'], description: undefined, medianSalaryUsd: null };
    expect(changedFields('ROLE', before, after)).toEqual([
      { field: 'summary', before: '"S"', after: '"T"' },
      { field: 'medianSalaryUsd', before: '100', after: 'null' },
    ]);
  });

  it('records a creation and a deletion through the exists field', () => {
    const state = { exists: true, importance: 4, level: 5, essential: true };
    expect(changedFields('REQUIREMENT', ABSENT, state).map((change) => change.field)).toEqual(['exists', 'importance', 'level', 'essential']);
    expect(changedFields('REQUIREMENT', state, ABSENT)).toContainEqual({ field: 'exists', before: 'true', after: 'false' });
  });
});

describe('editMarks', () => {
  it('keeps the baseline of an earlier edit, else takes the value before', () => {
    const entity = roleEntity('a');
    const changes = [
      { field: 'title', before: '"Curator 1"', after: '"Curator 2"' },
      { field: 'summary', before: '"Seed"', after: '"Curator"' },
    ];
    expect(editMarks(entity, changes, [{ field: 'title', seedValue: '"Seed title"' }])).toEqual([
      { id: 'ROLE:a#title', entity, field: 'title', value: '"Curator 2"', seedValue: '"Seed title"' },
      { id: 'ROLE:a#summary', entity, field: 'summary', value: '"Curator"', seedValue: '"Seed"' },
    ]);
  });
});

describe('entity keys', () => {
  it('name their type', () => {
    expect(entityTypeOf(requirementEntity('role', 'skill'))).toBe('REQUIREMENT');
    expect(entityTypeOf('NODE:x')).toBeNull();
    expect(encodeValue(undefined)).toBe('null');
  });
});
