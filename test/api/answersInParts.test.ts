/**
 * A statement whose answer carries requirement lists returns a large answer over several records of
 * about REQUIREMENTS_PER_RECORD requirement tuples each (src/neo4j/recordParts.ts), which the
 * repository joins back together. Split into a record per requirement tuple, an answer must be the
 * one it is in a single record: the same routes, requirements, skills, credits and scores, for
 * progressions both ways, careerPaths under every ranking, similarRoles and recommendRoles (several
 * profiles in one statement), with the credit links read in the statement and from the process's
 * memo alike.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { GraphDatabase } from '../../src/neo4j/GraphDatabase.js';
import { GapRepository } from '../../src/gaps/repository.js';
import { GapService } from '../../src/gaps/GapService.js';
import { readProfiles } from '../../src/gaps/profile.js';
import { readRecommendFilter } from '../../src/gaps/recommendFilter.js';
import { PathRepository } from '../../src/paths/repository.js';
import { PathService } from '../../src/paths/PathService.js';
import { CreditLinkMemo } from '../../src/skills/CreditLinkMemo.js';
import { RESPONSE_CACHE_OFF } from '../../src/responseCache/responseCache.js';
import { curatedPathAnswers } from '../support/pathAnswers.js';
import { openTestApi, type TestApi } from '../support/testApi.js';

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi('test', { responseCache: RESPONSE_CACHE_OFF });
});
afterAll(async () => {
  await api.close();
});

/** One tuple per record: every role of an answer in a record of its own, most records holding only shares of the other lists. */
const EVERY_ROLE_APART = 1;
/** More tuples than any answer here has: every answer in one record. */
const ONE_RECORD = 1_000_000;


/** The number of records of each statement `db` ran while `work` ran (readRows reads through readRowsAtCommit). */
async function recordsPerStatement(db: GraphDatabase, work: () => Promise<unknown>): Promise<number[]> {
  const readRowsAtCommit = vi.spyOn(db, 'readRowsAtCommit');
  try {
    await work();
    return Promise.all(readRowsAtCommit.mock.results.map(async (result) => ((await result.value) as { rows: unknown[] }).rows.length));
  } finally {
    readRowsAtCommit.mockRestore();
  }
}

describe('answers over several records', () => {
  it('are the answers of one record, with credit links from the statement and from the memo', async () => {
    const db = api.database.db;
    const service = (memo: CreditLinkMemo | null, requirementsPerRecord: number) => new PathService(new PathRepository(db, memo, requirementsPerRecord));

    const whole = await curatedPathAnswers(service(null, ONE_RECORD));
    expect(whole.next.length).toBeGreaterThan(5);
    expect(whole.previous.length).toBeGreaterThan(2);
    expect(whole.paths.every((ranked) => ranked.length > 0)).toBe(true);
    expect(whole.similar.length).toBeGreaterThan(0);
    // Bridging skills and credits are read lazily: compare them, not only the rankings.
    const shown = (answer: typeof whole) => JSON.parse(JSON.stringify(answer)) as unknown;

    const apart = await curatedPathAnswers(service(null, EVERY_ROLE_APART));
    expect(shown(apart)).toEqual(shown(whole));

    const memo = new CreditLinkMemo();
    const fromMemo = await curatedPathAnswers(service(memo, EVERY_ROLE_APART));
    expect(memo.size).toBeGreaterThan(0);
    expect(shown(fromMemo)).toEqual(shown(whole));
  });

  it('recommend the roles of one record, for several profiles at once', async () => {
    const db = api.database.db;
    const profiles = readProfiles([
      { skills: [{ skill: 'python', level: 5 }, { skill: 'sql', level: 4 }, { skill: 'machine-learning', level: 3 }] },
      { skills: [{ skill: 'kubernetes', level: 4 }, { skill: 'terraform' }] },
      { skills: [{ skill: 'no such skill anywhere' }] },
    ]);
    const recommend = (memo: CreditLinkMemo, requirementsPerRecord: number) =>
      new GapService(new GapRepository(db, memo, requirementsPerRecord)).recommendRoles(profiles, 10, readRecommendFilter(null));
    const shown = (answer: unknown) => JSON.parse(JSON.stringify(answer)) as unknown;

    const whole = await recommend(new CreditLinkMemo(), ONE_RECORD);
    expect(whole[0]!.matches.length).toBeGreaterThan(5);
    expect(whole[1]!.matches.length).toBeGreaterThan(5);
    expect(whole[2]!.unresolvedSkills).toEqual(['no such skill anywhere']);
    expect(shown(await recommend(new CreditLinkMemo(), EVERY_ROLE_APART))).toEqual(shown(whole));
    const memo = new CreditLinkMemo();
    await recommend(memo, ONE_RECORD);
    expect(shown(await recommend(memo, EVERY_ROLE_APART))).toEqual(shown(whole));
    const records = await recordsPerStatement(db, () => recommend(new CreditLinkMemo(), EVERY_ROLE_APART));
    expect(records.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(profiles.length * 10);
  });

  it('come in a record per tuple when a record holds one, and in one record when all fit', async () => {
    const db = api.database.db;
    const nextRoles = (requirementsPerRecord: number) =>
      new PathService(new PathRepository(db, null, requirementsPerRecord)).progressions({ slug: 'cloud-architect' }, 'NEXT', { maxHops: 2, first: 20 });

    const progressions = await nextRoles(ONE_RECORD);
    const roles = new Set(progressions.flatMap((progression) => progression.path.map((role) => role.id)));
    const apart = await recordsPerStatement(db, () => nextRoles(EVERY_ROLE_APART));
    expect(apart).toHaveLength(1);
    // Curated roles require ~10 skills each: many more tuples than roles.
    expect(apart[0]).toBeGreaterThan(roles.size * 5);
    expect(await recordsPerStatement(db, () => nextRoles(ONE_RECORD))).toEqual([1]);
  });

});
