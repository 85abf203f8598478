/**
 * What an upsert leaves in the tracked fields of a role or skill (src/graph/curatedEdits.ts), from
 * the state before and the validated input: the audit entry's "after" and the marks the change
 * leaves are computed from it, without a read after the write. Omitted input fields keep their value.
 */
import { EXISTS_FIELD, TRACKED_FIELDS, type TrackedState } from '../graph/curatedEdits.js';
import type { RoleUpsert, SkillUpsert } from './model.js';

function applyDefined(before: TrackedState, fields: readonly string[], properties: object): Record<string, TrackedState[string]> {
  const after: Record<string, TrackedState[string]> = { ...before, [EXISTS_FIELD]: true };
  const given = properties as Record<string, TrackedState[string]>;
  for (const field of fields) if (field !== EXISTS_FIELD && given[field] !== undefined) after[field] = given[field];
  return after;
}

export function roleStateAfter(before: TrackedState, change: RoleUpsert): TrackedState {
  const after = applyDefined(before, TRACKED_FIELDS.ROLE, change.properties);
  if (change.family !== undefined) after.family = change.family;
  return after;
}

export function skillStateAfter(before: TrackedState, change: SkillUpsert): TrackedState {
  return applyDefined(before, TRACKED_FIELDS.SKILL, change.properties);
}
