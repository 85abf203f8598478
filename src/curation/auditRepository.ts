/**
 * Reads of the curation audit trail ((:AuditEntry), written by repository.ts in the transaction of
 * each change) and of the curator-edit marks ((:CuratedEdit)) the seed loader keeps.
 */
import neo4j from 'neo4j-driver';
import { decodeCursor } from '../pagination/cursor.js';
import type { Connection } from '../pagination/model.js';
import { toConnection } from '../pagination/connection.js';
import type { GraphDatabase } from '../neo4j/GraphDatabase.js';
import { entityTypeOf, type CuratedEntityType } from '../graph/curatedEdits.js';
import type { AuditEntryRecord, AuditFilter, CuratedEditRecord } from './model.js';

/** The trail is read newest first; a cursor carries the sequence of the last entry shown. */
const AUDIT_ORDERING = 'audit:sequence:DESC';

const AUDIT_PAGE = `
MATCH (entry:AuditEntry)
WHERE ($entity IS NULL OR entry.entity = $entity)
  AND ($entityType IS NULL OR entry.entityType = $entityType)
  AND ($editor IS NULL OR entry.editor = $editor)
  AND ($since IS NULL OR entry.at >= datetime($since))
  AND ($until IS NULL OR entry.at < datetime($until))
  AND ($beforeSequence IS NULL OR entry.sequence < $beforeSequence)
RETURN entry.id AS id, entry.sequence AS sequence, entry.at AS at, entry.editor AS editor, entry.mutation AS mutation,
  entry.entityType AS entityType, entry.entity AS entity, entry.fields AS fields, entry.before AS before, entry.after AS after
ORDER BY entry.sequence DESC
LIMIT $limit`;

const CURATED_EDITS = `
MATCH (edit:CuratedEdit)
WHERE ($entity IS NULL OR edit.entity = $entity) AND (NOT $conflictsOnly OR edit.conflictSeedValue IS NOT NULL)
RETURN edit.entity AS entity, edit.field AS field, edit.value AS value, edit.seedValue AS seedValue,
  edit.conflictSeedValue AS conflictSeedValue, edit.editedBy AS editedBy, edit.editedAt AS editedAt
ORDER BY edit.entity, edit.field
LIMIT $limit`;

interface AuditRow {
  id: string;
  sequence: number;
  at: string;
  editor: string;
  mutation: string;
  entityType: CuratedEntityType;
  entity: string;
  fields: string[];
  before: string[];
  after: string[];
}

export class AuditRepository {
  constructor(private readonly db: GraphDatabase) {}

  /** One page of the trail; `after` is validated (BAD_USER_INPUT) before any Cypher runs. */
  async auditPage(filter: AuditFilter, first: number, after: string | null): Promise<Connection<AuditEntryRecord>> {
    const cursor = after === null ? null : decodeCursor(after, { ordering: AUDIT_ORDERING, valueType: 'number' });
    const rows = await this.db.readRows<AuditRow>(AUDIT_PAGE, {
      ...filter,
      beforeSequence: cursor?.value ?? null,
      // One more than asked for: it tells whether there is a next page.
      limit: neo4j.int(first + 1),
    });
    const entries = rows.map((row) => ({
      node: {
        id: row.id,
        sequence: row.sequence,
        at: row.at,
        editor: row.editor,
        mutation: row.mutation,
        entityType: row.entityType,
        entity: row.entity,
        changes: row.fields.map((field, index) => ({ field, before: row.before[index], after: row.after[index] })),
      },
      sortValue: row.sequence,
      tieBreak: row.id,
    }));
    // The trail has no totalCount field: nothing selects it.
    return toConnection(entries, { first, ordering: AUDIT_ORDERING, hasAfter: cursor !== null }, async () => entries.length);
  }

  async curatedEdits(entity: string | null, conflictsOnly: boolean, first: number): Promise<CuratedEditRecord[]> {
    const rows = await this.db.readRows<Omit<CuratedEditRecord, 'entityType'>>(CURATED_EDITS, { entity, conflictsOnly, limit: neo4j.int(first) });
    // Marks are only written under keys of the known types (curatedEdits.ts).
    return rows.map((row) => ({ ...row, entityType: entityTypeOf(row.entity)! }));
  }
}

