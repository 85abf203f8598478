import { describe, expect, it } from 'vitest';
import { keysetCountStatement, keysetPageStatement, tieBreakOf, usesIndexWalk, type KeysetQuery } from './keysetQuery.js';

const base: KeysetQuery = {
  variable: 'role',
  label: 'Role',
  anchor: null,
  filters: ['role.source IN $sources'],
  sort: { expression: 'role.titleSort', valueType: 'string', nullable: true, indexedProperty: 'titleSort' },
  direction: 'ASC',
  after: null,
  projection: 'role {.id}',
};

describe('keyset statements', () => {
  it('walk the sort index when nothing anchors the listing', () => {
    const statement = keysetPageStatement(base);
    expect(usesIndexWalk(base)).toBe(true);
    expect(statement).toContain('role.titleSort IS NOT NULL');
    expect(statement).toContain('ORDER BY role.titleSort ASC, role.id LIMIT toInteger($limit)');
    expect(statement).toContain('role.titleSort IS NULL');
    expect(statement).not.toContain('SKIP');
  });

  it('seek from the cursor, in the requested direction', () => {
    const asc = keysetPageStatement({ ...base, after: { value: 'm' } });
    expect(asc).toContain('role.titleSort >= $afterValue AND (role.titleSort > $afterValue OR role.id > $afterTie)');
    const desc = keysetPageStatement({ ...base, direction: 'DESC', after: { value: 'm' } });
    expect(desc).toContain('role.titleSort <= $afterValue AND (role.titleSort < $afterValue OR role.id > $afterTie)');
  });

  it('page through the rows without a value by id once the cursor is among them', () => {
    const statement = keysetPageStatement({ ...base, after: { value: null } });
    expect(statement).toContain('WITH [] AS valued');
    expect(statement).toContain('role.id > $afterTie');
    expect(statement).not.toContain('$afterValue');
  });

  it('never put cursor values into the text: two cursors, one statement', () => {
    expect(keysetPageStatement({ ...base, after: { value: "x' OR 1=1 //" } })).toBe(keysetPageStatement({ ...base, after: { value: 'a' } }));
    const anchored = { ...base, anchor: 'MATCH (role:Role)' };
    expect(keysetPageStatement({ ...anchored, after: { value: 'zzz' } })).toBe(keysetPageStatement({ ...anchored, after: { value: 'a' } }));
  });

  it('sort anchored candidates with rows lacking a value last in either direction', () => {
    const anchored: KeysetQuery = { ...base, anchor: 'MATCH (family:RoleFamily)<-[:IN_FAMILY]-(role:Role)', direction: 'DESC', after: { value: 'm' } };
    const statement = keysetPageStatement(anchored);
    expect(usesIndexWalk(anchored)).toBe(false);
    expect(statement).toContain('ORDER BY sortValue IS NULL, sortValue DESC, tieBreak');
    expect(statement).toContain('(sortValue IS NULL OR sortValue < $afterValue OR (sortValue = $afterValue AND tieBreak > $afterTie))');
    expect(statement).toContain('elementId(role) AS tieBreak');
    expect(tieBreakOf(anchored)).toBe('elementId');
    expect(tieBreakOf(base)).toBe('id');
  });

  it('count with the same anchor and filters, without ordering', () => {
    expect(keysetCountStatement(base)).toBe('MATCH (role:Role)\nWHERE role.source IN $sources\nRETURN count(*) AS total');
  });
});
