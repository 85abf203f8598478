/**
 * The vocabulary of curator edits, shared by the curation API (which records them, with the audit
 * trail) and the seed loader (which keeps them): the entities a curator edits, the key each is
 * known by, the fields tracked on each, and how a field's value is compared and stored.
 *
 * A field a curator changed carries a mark, `(:CuratedEdit)`: who and when, the curator's value, and
 * the seed value it overrode (the baseline). A seed reload leaves marked fields alone; a marked field
 * whose seed value has changed since the baseline is a conflict, reported, never silently decided.
 * Neo4j properties cannot hold maps or mixed lists, so values are stored as canonical JSON text.
 */

/** What a curator edits through the API (families, salary bands, FAQ... stay seed-managed). */
export const CURATED_ENTITY_TYPES = ['ROLE', 'SKILL', 'REQUIREMENT', 'PROGRESSION'] as const;
export type CuratedEntityType = (typeof CURATED_ENTITY_TYPES)[number];

/**
 * The pseudo-field that says whether the entity exists: a curator's creation (false -> true) or
 * deletion (true -> false) is an edit like any other, so a seed reload neither re-creates what a
 * curator deleted nor reports a conflict unless the seed changed.
 */
export const EXISTS_FIELD = 'exists';

/**
 * The fields tracked per entity, as the API names them (RoleInput, SkillInput, the requirement's raw
 * IM/LV and the progression's arguments). Companion properties (titleSort, alternateTitlesText,
 * normalised importance, SkillName keys...) follow their field.
 */
export const TRACKED_FIELDS = {
  ROLE: [
    EXISTS_FIELD,
    'title',
    'summary',
    'description',
    'family',
    'alternateTitles',
    'medianSalaryUsd',
    'growthRating',
    'growthReason',
    'experienceLevel',
    'progressionSummary',
    'onetCodes',
    'escoUris',
  ],
  SKILL: [EXISTS_FIELD, 'name', 'kind', 'category', 'description', 'aliases'],
  REQUIREMENT: [EXISTS_FIELD, 'importance', 'level', 'essential'],
  PROGRESSION: [EXISTS_FIELD, 'kind', 'typicalYears', 'rationale', 'confidence'],
} as const satisfies Record<CuratedEntityType, readonly string[]>;

/** A tracked value as the graph and the seeds hold it (lists are lists of strings). */
export type TrackedValue = string | number | boolean | null | readonly string[];
/** An entity's tracked fields; a missing field reads as null. */
export type TrackedState = Readonly<Record<string, TrackedValue | undefined>>;

/** The state of an entity that does not exist. */
export const ABSENT: TrackedState = { [EXISTS_FIELD]: false };

// ---- entity keys: "<type>:<slug>" or "<type>:<from slug>/<to slug>" ------------------------------

export const roleEntity = (slug: string) => `ROLE:${slug}`;
export const skillEntity = (slug: string) => `SKILL:${slug}`;
export const requirementEntity = (role: string, skill: string) => `REQUIREMENT:${role}/${skill}`;
export const progressionEntity = (from: string, to: string) => `PROGRESSION:${from}/${to}`;

/** The id of one field's mark. */
export const curatedEditId = (entity: string, field: string) => `${entity}#${field}`;

export function entityTypeOf(entity: string): CuratedEntityType | null {
  const type = entity.slice(0, entity.indexOf(':'));
  return (CURATED_ENTITY_TYPES as readonly string[]).includes(type) ? (type as CuratedEntityType) : null;
}

// ---- values ------------------------------------------------------------------------------------

/** Canonical JSON of a tracked value (undefined reads as null), so equal values compare equal as text. */
export function encodeValue(value: TrackedValue | undefined): string {
  return JSON.stringify(value ?? null);
}

export function decodeValue(text: string | null | undefined): TrackedValue {
  return text === null || text === undefined ? null : (JSON.parse(text) as TrackedValue);
}

/** One tracked field whose value a change alters: what the audit trail records. */
export interface FieldChange {
  field: string;
  /** Canonical JSON (encodeValue). */
  before: string;
  after: string;
}

/** The tracked fields whose value differs between two states of one entity, in TRACKED_FIELDS order. */
export function changedFields(type: CuratedEntityType, before: TrackedState, after: TrackedState): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of TRACKED_FIELDS[type]) {
    const was = encodeValue(before[field]);
    const is = encodeValue(after[field]);
    if (was !== is) changes.push({ field, before: was, after: is });
  }
  return changes;
}

/** A field's mark as stored on (:CuratedEdit). */
export interface CuratedEdit {
  entity: string;
  field: string;
  /** The curator's value (canonical JSON). */
  value: string;
  /** The value the field held before the first curator edit since the seeds owned it (canonical JSON). */
  seedValue: string;
  editedBy: string;
  /** ISO date-time of the latest edit. */
  editedAt: string;
  /** The changed seed value of an open conflict (canonical JSON), null when there is none. */
  conflictSeedValue: string | null;
}

/** What a mutation writes on the marks of the fields it changed. */
export interface CuratedEditWrite {
  id: string;
  entity: string;
  field: string;
  value: string;
  seedValue: string;
}

/**
 * The marks a change leaves: every changed field gets one with the curator's value; its baseline
 * stays the one of an earlier mark (the seed value first overridden), else the value before.
 */
export function editMarks(entity: string, changes: readonly FieldChange[], existing: readonly Pick<CuratedEdit, 'field' | 'seedValue'>[]): CuratedEditWrite[] {
  const baseline = new Map(existing.map((mark) => [mark.field, mark.seedValue]));
  return changes.map((change) => ({
    id: curatedEditId(entity, change.field),
    entity,
    field: change.field,
    value: change.after,
    seedValue: baseline.get(change.field) ?? change.before,
  }));
}
