/**
 * GraphDatabase.forEachRowAtCommit against the real Neo4j: rows handed over one at a time as the
 * driver pulls them (what the memo warming and the search label index read large graphs with) must be
 * the rows and the commit readRowsAtCommit gives for the same statement, in the same order, past
 * the driver's batch of 1,000 records; a statement that fails after some rows were handed over fails
 * the call, and those rows were handed over once (no retry hands them again).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';

let database: TestDatabase;
beforeAll(() => {
  database = openTestDatabase();
});
afterAll(() => database.close());

describe('forEachRowAtCommit', () => {
  it('hands over the rows and commit of readRowsAtCommit, in order, across the driver’s batches', async () => {
    const statement = 'UNWIND range(1, $count) AS i RETURN i, [toString(i), i * 2] AS pair';
    const collected = await database.db.readRowsAtCommit<{ i: number; pair: [string, number] }>(statement, { count: 4_321 });
    const streamed: Array<{ i: number; pair: [string, number] }> = [];
    const { rows, commit } = await database.db.forEachRowAtCommit<{ i: number; pair: [string, number] }>(statement, { count: 4_321 }, (row) => streamed.push(row));
    expect(rows).toBe(4_321);
    expect(streamed).toEqual(collected.rows);
    expect(streamed.at(-1)).toEqual({ i: 4_321, pair: ['4321', 8_642] });
    expect(commit).toBe(collected.commit);
    expect(commit).not.toBe('');
  });

  it('hands over nothing and counts none for a statement without rows', async () => {
    let handed = 0;
    const { rows } = await database.db.forEachRowAtCommit('MATCH (nothing:NoSuchLabelAnywhere) RETURN nothing', {}, () => handed++);
    expect(rows).toBe(0);
    expect(handed).toBe(0);
  });

  it('fails when the statement fails after some rows, having handed those over once', async () => {
    const handed: number[] = [];
    // Division by zero at i = 2,500: past the first batches the driver pulled.
    const call = database.db.forEachRowAtCommit<{ i: number }>('UNWIND range(1, 3000) AS i RETURN i, 1 / (2500 - i) AS guard', {}, ({ i }) => handed.push(i));
    await expect(call).rejects.toThrow(/by zero/i);
    expect(handed.length).toBeGreaterThan(0);
    expect(handed.length).toBeLessThan(2_500);
    // 1, 2, 3, … once each: a retry would have started again at 1.
    expect(handed).toEqual(Array.from({ length: handed.length }, (_, index) => index + 1));
  });

  it('passes a failure of the row handler to the caller and stops reading', async () => {
    let handed = 0;
    const call = database.db.forEachRowAtCommit('UNWIND range(1, 5000) AS i RETURN i', {}, () => {
      handed++;
      if (handed === 10) throw new Error('the caller gave up');
    });
    await expect(call).rejects.toThrow('the caller gave up');
    expect(handed).toBe(10);
  });
});
