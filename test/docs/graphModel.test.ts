import { afterAll, describe, expect, it } from 'vitest';
import { findUndocumented } from '../support/graphModelDoc.js';
import { openTestDatabase } from '../support/testDatabase.js';

describe('docs/graph-model.md', () => {
  const database = openTestDatabase();
  afterAll(() => database.close());

  it('lists every label, relationship type, constraint and index in the seeded database', async () => {
    expect(await findUndocumented(database.db)).toEqual({ labels: [], relationshipTypes: [], schemaNames: [] });
  });
});
