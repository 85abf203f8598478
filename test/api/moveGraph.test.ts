/**
 * careerPaths, nextRoles and previousRoles over the moves held in memory (src/paths/MoveGraph.ts)
 * against the real Neo4j and the curated seeds: their answers must be those of the Cypher route
 * searches (careerPaths: where at most 100 routes exist, so the two enumerate the same ones), they
 * must take one statement once the memos are warm,
 * and a move written straight to the database (no API mutation, so nothing in the process hears of
 * it) must show in the very next answer: that statement ran at another commit than the moves held,
 * so the answer is searched in Cypher and the stale moves are dropped.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { REQUIREMENTS_PER_RECORD } from '../../src/neo4j/recordParts.js';
import { MoveGapMemo } from '../../src/paths/MoveGapMemo.js';
import { MOVE_GRAPH_MAX_MOVES, MoveGraphMemo } from '../../src/paths/MoveGraph.js';
import { PathRepository } from '../../src/paths/repository.js';
import { PathService } from '../../src/paths/PathService.js';
import { pathSelection, WHOLE_PATHS } from '../../src/paths/pathSelection.js';
import { RequirementMemo, type RequirementTuple } from '../../src/roles/RequirementMemo.js';
import { CreditLinkMemo } from '../../src/skills/CreditLinkMemo.js';
import { rememberSkillIdentities, SkillIdentityMemo } from '../../src/skills/SkillIdentityMemo.js';
import { RESPONSE_CACHE_OFF } from '../../src/responseCache/responseCache.js';
import type { CareerPathQuery } from '../../src/paths/model.js';
import type { GraphDatabase } from '../../src/neo4j/GraphDatabase.js';
import { openTestApi, type TestApi } from '../support/testApi.js';

let api: TestApi;
const MARK = 'move-graph-test';
const cleanUp = () => api?.database.db.writeRows('MATCH ()-[move:LEADS_TO {testMark: $mark}]->() DELETE move', { mark: MARK });

beforeAll(async () => {
  api = await openTestApi('test', { responseCache: RESPONSE_CACHE_OFF, memoWarming: true });
});
beforeEach(cleanUp);
afterAll(async () => {
  await cleanUp();
  await api.close();
});

/** What a paths query shows when it reads no move's texts: routes, totals, moves' ranking properties and bridging skills. */
const SELECTION = pathSelection([
  { name: 'rank', args: {} },
  { name: 'roles', args: {}, type: 'Role', selections: [{ name: 'slug', args: {} }, { name: 'title', args: {} }] },
  {
    name: 'steps',
    args: {},
    type: 'CareerPathStep',
    selections: [
      { name: 'kind', args: {} },
      { name: 'confidence', args: {} },
      { name: 'bridgingSkills', args: {}, type: 'SkillGapItem', selections: [{ name: 'skill', args: {}, type: 'Skill', selections: [{ name: 'slug', args: {} }] }] },
    ],
  },
  { name: 'totals', args: {}, type: 'PathTotals', selections: [{ name: 'gap', args: {} }, { name: 'score', args: {} }] },
]);

const PAIRS = [
  { from: 'cloud-engineer', to: 'principal-cloud-architect' },
  { from: 'junior-software-engineer', to: 'staff-software-engineer' },
  { from: 'cloud-architect-ai-ml', to: 'chief-ai-officer' },
  { from: 'cloud-engineer', to: 'chief-architect' },
];
const QUESTIONS: Array<Omit<CareerPathQuery, 'from' | 'to'>> = [
  { maxHops: 4, first: 5, rankBy: 'FEWEST_STEPS' },
  { maxHops: 4, first: 3, rankBy: 'SMALLEST_GAP' },
  { maxHops: 4, first: 2, rankBy: 'HIGHEST_SALARY' },
  { maxHops: 2, first: 100, rankBy: 'FEWEST_STEPS' },
  { maxHops: 6, first: 1, rankBy: 'SMALLEST_GAP' },
];

/** A repository with every memo, the moves read into memory, and a count of the statements it runs. */
async function inMemory() {
  const statements: string[] = [];
  const db = api.database.db.withObserver({ onQuery: ({ cypher }) => void statements.push(cypher) });
  const moveGraphs = new MoveGraphMemo();
  const repository = new PathRepository(db, new CreditLinkMemo(), REQUIREMENTS_PER_RECORD, new RequirementMemo(), new MoveGapMemo(), moveGraphs);
  expect(await repository.warmMemos()).toEqual(expect.objectContaining({ moves: moveGraphs.current?.moveCount }));
  expect(moveGraphs.current!.moveCount).toBeGreaterThan(100);
  return { paths: new PathService(repository), moveGraphs, statements };
}

describe('careerPaths over the moves in memory', () => {
  it('gives the answers of the Cypher route search, in one statement once the memos are warm', async () => {
    const cypher = new PathService(new PathRepository(api.database.db));
    const { paths, statements } = await inMemory();
    let routes = 0;
    for (const pair of PAIRS) {
      for (const question of QUESTIONS) {
        const expected = await cypher.careerPaths({ ...pair, ...question }, SELECTION);
        const before = statements.length;
        const answer = await paths.careerPaths({ ...pair, ...question }, SELECTION);
        expect(answer, `${pair.from} → ${pair.to} ${JSON.stringify(question)}`).toEqual(expected);
        // One statement, for the routes' roles: no route search in Cypher.
        expect(statements.slice(before)).toHaveLength(1);
        expect(statements.at(-1)).not.toMatch(/SHORTEST|LEADS_TO/);
        routes += answer.length;
      }
    }
    expect(routes).toBeGreaterThan(PAIRS.length * QUESTIONS.length);
  });

  it('gives nextRoles and previousRoles the answers of the Cypher search, all sources of a batch in one statement', async () => {
    const cypher = new PathService(new PathRepository(api.database.db));
    const { paths, statements } = await inMemory();
    const sources = ['cloud-architect', 'junior-software-engineer', 'principal-cloud-architect', 'data-scientist', 'no-such-role'];
    const questions = [
      { direction: 'NEXT', args: { maxHops: 2, first: 20 } },
      { direction: 'NEXT', args: { maxHops: 1, first: 5 } },
      { direction: 'NEXT', args: { maxHops: 4, first: 3, kinds: ['PROMOTION'] } },
      { direction: 'PREVIOUS', args: { maxHops: 3, first: 20 } },
      { direction: 'PREVIOUS', args: { maxHops: 2, first: 10, kinds: ['LATERAL', 'PIVOT'] } },
    ] as const;
    let progressions = 0;
    for (const { direction, args } of questions) {
      const ask = (service: PathService) => Promise.all(sources.map((slug) => service.progressions({ slug }, direction, { ...args, kinds: 'kinds' in args ? [...args.kinds] : null }, SELECTION)));
      const expected = await ask(cypher);
      const before = statements.length;
      const answers = await ask(paths);
      expect(answers, `${direction} ${JSON.stringify(args)}`).toEqual(expected);
      expect(statements.slice(before)).toHaveLength(1);
      expect(statements.at(-1)).not.toMatch(/LEADS_TO/);
      progressions += answers.flat().length;
    }
    expect(progressions).toBeGreaterThan(questions.length * 3);
  });

  it('reports unknown roles and routeless pairs as the Cypher search does', async () => {
    const cypher = new PathService(new PathRepository(api.database.db));
    const { paths } = await inMemory();
    const question = { maxHops: 4, first: 5, rankBy: 'FEWEST_STEPS' } as const;
    const unknown = { from: 'cloud-engineer', to: 'no-such-role', ...question };
    await expect(paths.careerPaths(unknown, SELECTION)).rejects.toThrow(/no-such-role/);
    await expect(cypher.careerPaths(unknown, SELECTION)).rejects.toThrow(/no-such-role/);
    // A pair the other way round (senior to junior).
    const backwards = { from: 'chief-architect', to: 'junior-software-engineer', ...question };
    expect(await paths.careerPaths(backwards, SELECTION)).toEqual(await cypher.careerPaths(backwards, SELECTION));
  });

  it('shows a move written straight to the database in the next answers', async () => {
    const { paths, moveGraphs, statements } = await inMemory();
    const pair = { from: 'junior-software-engineer', to: 'chief-architect', maxHops: 4, first: 5, rankBy: 'FEWEST_STEPS' } as const;
    const earlier = await paths.careerPaths(pair, SELECTION);
    expect(earlier.every((path) => path.roles.length > 2)).toBe(true);
    await api.database.db.writeRows(
      `MATCH (from:Role {slug: $from}), (to:Role {slug: $to})
       CREATE (from)-[:LEADS_TO {kind: 'PIVOT', confidence: 0.5, source: 'curated', testMark: $mark}]->(to)`,
      { from: pair.from, to: pair.to, mark: MARK },
    );
    const before = statements.length;
    const next = await paths.progressions({ slug: pair.from }, 'NEXT', { maxHops: 1, first: 50 }, SELECTION);
    expect(next.map((progression) => progression.role.slug)).toContain(pair.to);
    // The roles of the routes held found the write's commit; the routes were searched again in Cypher,
    // and the stale moves dropped: searched in Cypher until the next warming.
    expect(statements.slice(before).filter((cypher) => cypher.includes('LEADS_TO'))).toHaveLength(1);
    expect(moveGraphs.current).toBeNull();
    const after = await paths.careerPaths(pair, SELECTION);
    expect(after[0]!.roles.map((role) => role.slug)).toEqual([pair.from, pair.to]);
    expect(after).toEqual(await new PathService(new PathRepository(api.database.db)).careerPaths(pair, SELECTION));
    await cleanUp();
    expect(await paths.careerPaths(pair, SELECTION)).toEqual(earlier);
  });

  it('reads the moves page by page at one commit, none when a write lands between two pages or they are more than the cap', async () => {
    const pages: string[] = [];
    const db = api.database.db.withObserver({ onQuery: ({ cypher }) => void (cypher.includes('$after') && pages.push(cypher)) });
    const whole = await new PathRepository(db).readMoveGraph(MOVE_GRAPH_MAX_MOVES);
    expect(pages).toHaveLength(1);
    pages.length = 0;
    // Pages of 7 roles: the curated graph's ~100 roles with moves come in many.
    const paged = await new PathRepository(db).readMoveGraph(MOVE_GRAPH_MAX_MOVES, 7);
    expect(pages.length).toBeGreaterThan(10);
    expect(paged!.commit).toBe(whole!.commit);
    expect(paged!.moveCount).toBe(whole!.moveCount);
    expect(paged!.roleCount).toBe(whole!.roleCount);
    const answers = (graph: NonNullable<typeof whole>) =>
      PAIRS.flatMap(({ from, to }) => [
        graph.routes(graph.indexOf(from)!, graph.indexOf(to)!, 4, 100).map((route) => route.roles.map((role) => graph.roleId(role)).join(' ') + route.moves.map((move) => JSON.stringify(graph.moveAt(move))).join()),
        graph.progressions(graph.indexOf(from)!, 'NEXT', 2, null, 20, 0.5).map((route) => route.roles.map((role) => graph.roleId(role)).join(' ')),
        graph.progressions(graph.indexOf(to)!, 'PREVIOUS', 3, null, 20, 0.5).map((route) => route.roles.map((role) => graph.roleId(role)).join(' ')),
        [String(graph.salaryOf(graph.indexOf(to)!))],
      ]);
    expect(answers(paged!)).toEqual(answers(whole!));
    expect(answers(whole!).flat().length).toBeGreaterThan(PAIRS.length * 4);
    // A graph with more moves than the cap is not held: memo warming forgets what it held.
    expect(await new PathRepository(db).readMoveGraph(whole!.moveCount - 1)).toBeNull();
    const moveGraphs = new MoveGraphMemo();
    moveGraphs.remember(whole!);
    const repository = new PathRepository(db, new CreditLinkMemo(), REQUIREMENTS_PER_RECORD, new RequirementMemo(), new MoveGapMemo(), moveGraphs);
    expect(await repository.warmMemos(whole!.moveCount - 1)).toEqual(expect.objectContaining({ moves: 0 }));
    expect(moveGraphs.current).toBeNull();
    expect(await repository.warmMemos(whole!.moveCount)).toEqual(expect.objectContaining({ moves: whole!.moveCount }));
    expect(moveGraphs.current?.commit).toBe(whole!.commit);
    // A write straight to the database after the second page: the pages are not of one graph.
    let read = 0;
    const moving = Object.create(db) as GraphDatabase;
    moving.forEachRowAtCommit = async (cypher, parameters, onRow) => {
      const result = await db.forEachRowAtCommit(cypher, parameters, onRow);
      if (cypher.includes('$after') && ++read === 2) {
        await db.writeRows(
          `MATCH (from:Role {slug: 'junior-software-engineer'}), (to:Role {slug: 'chief-architect'})
           CREATE (from)-[:LEADS_TO {kind: 'PIVOT', confidence: 0.5, source: 'curated', testMark: $mark}]->(to)`,
          { mark: MARK },
        );
      }
      return result as never;
    };
    expect(await new PathRepository(moving).readMoveGraph(MOVE_GRAPH_MAX_MOVES, 7)).toBeNull();
    expect(read).toBeGreaterThan(2);
  });

  it('reads its routes\' requirements in the roles statement while an outgrown memo lacks most of what they need, with the same answers', async () => {
    const sent: string[] = [];
    const db = api.database.db.withObserver({ onQuery: ({ cypher }) => void sent.push(cypher) });
    const readsRequirements = (cypher: string) => cypher.includes('requirements: COLLECT');
    const cypher = new PathService(new PathRepository(api.database.db));
    const moveGraphs = new MoveGraphMemo();
    moveGraphs.remember((await new PathRepository(db).readMoveGraph(MOVE_GRAPH_MAX_MOVES))!);
    // Room for 400 requirements, filled with other roles before each answer: every answer's roles are missing.
    const tiny = new RequirementMemo(400);
    const links = new CreditLinkMemo();
    const filler: RequirementTuple[] = Array.from({ length: 19 }, (_, index) => [`test:skill-${index}`, 0.5, null, false]);
    const crowdOut = () => tiny.remember(moveGraphs.current!.commit, Array.from({ length: 20 }, (_, index) => [`test:role-${index}`, filler] as const));
    const paths = () => new PathService(new PathRepository(db, links, REQUIREMENTS_PER_RECORD, tiny, new MoveGapMemo(), moveGraphs));
    const question = { maxHops: 4, first: 5, rankBy: 'SMALLEST_GAP' } as const;
    const ask = async (pair: (typeof PAIRS)[number]) => {
      crowdOut();
      sent.length = 0;
      expect(await paths().careerPaths({ ...pair, ...question }, SELECTION)).toEqual(await cypher.careerPaths({ ...pair, ...question }, SELECTION));
      return [...sent];
    };
    const turns: string[][] = [];
    for (const pair of PAIRS) turns.push(await ask(pair));
    expect(tiny.outgrown).toBe(true);
    // None searched its routes in Cypher; the first read its requirements after its statement, the
    // others in it once the misses showed (a turn may still read credit links after it).
    expect(turns.flat().some((statement) => statement.includes('LEADS_TO'))).toBe(false);
    expect(turns[0]!.length).toBeGreaterThan(1);
    expect(readsRequirements(turns[0]![0]!)).toBe(false);
    expect(turns.slice(1).every((statements) => readsRequirements(statements[0]!))).toBe(true);
    // nextRoles on its own share, likewise.
    const sources = ['cloud-architect', 'junior-software-engineer', 'data-scientist', 'cloud-engineer'];
    const nextTurns: string[][] = [];
    for (const slug of sources) {
      crowdOut();
      sent.length = 0;
      const args = { maxHops: 2, first: 20, kinds: null };
      expect(await paths().progressions({ slug }, 'NEXT', args, SELECTION)).toEqual(await cypher.progressions({ slug }, 'NEXT', args, SELECTION));
      nextTurns.push([...sent]);
    }
    expect(nextTurns.flat().some((statement) => statement.includes('LEADS_TO'))).toBe(false);
    expect(readsRequirements(nextTurns[0]![0]!)).toBe(false);
    expect(nextTurns.slice(1).every((statements) => readsRequirements(statements[0]!))).toBe(true);
  });

  it('reads no requirement for an answer that shows no gap or score, when route lengths or salaries alone order its routes', async () => {
    const sent: string[] = [];
    const db = api.database.db.withObserver({ onQuery: ({ cypher }) => void sent.push(cypher) });
    const cypher = new PathService(new PathRepository(api.database.db));
    const moveGraphs = new MoveGraphMemo();
    moveGraphs.remember((await new PathRepository(db).readMoveGraph(MOVE_GRAPH_MAX_MOVES))!);
    // A memo crowded out before each answer: an answer that needs requirements has to read them.
    const tiny = new RequirementMemo(400);
    const filler: RequirementTuple[] = Array.from({ length: 19 }, (_, index) => [`test:skill-${index}`, 0.5, null, false]);
    const crowdOut = () => tiny.remember(moveGraphs.current!.commit, Array.from({ length: 20 }, (_, index) => [`test:role-${index}`, filler] as const));
    const paths = new PathService(new PathRepository(db, new CreditLinkMemo(), REQUIREMENTS_PER_RECORD, tiny, new MoveGapMemo(), moveGraphs));
    const readsRequirements = (statements: string[]) => statements.length > 1 || statements.some((statement) => statement.includes('REQUIRES'));
    const lean = pathSelection([
      { name: 'rank', args: {} },
      { name: 'roles', args: {}, type: 'Role', selections: [{ name: 'slug', args: {} }] },
      { name: 'totals', args: {}, type: 'PathTotals', selections: [{ name: 'hops', args: {} }, { name: 'averageSalaryUsd', args: {} }] },
    ]);
    expect(lean.routeScores).toBe(false);
    const shown = (answer: Awaited<ReturnType<PathService['careerPaths']>>) =>
      answer.map((path) => [path.rank, path.roles.map((role) => role.slug).join('>'), path.totals.hops, path.totals.averageSalaryUsd]);
    const questions = [...QUESTIONS, { maxHops: 4, first: 1, rankBy: 'FEWEST_STEPS' }, { maxHops: 3, first: 1, rankBy: 'HIGHEST_SALARY' }] as const;
    const unscored: string[] = [];
    const scored: string[] = [];
    for (const pair of [...PAIRS, { from: 'cloud-engineer', to: 'cloud-architect' }, { from: 'data-analyst', to: 'data-scientist' }]) {
      for (const question of questions) {
        const name = `${pair.from} → ${pair.to} ${JSON.stringify(question)}`;
        crowdOut();
        sent.length = 0;
        const answer = await paths.careerPaths({ ...pair, ...question }, lean);
        // The routes, their order and what is shown of them: those of the Cypher search, which reads every requirement.
        expect(shown(answer), name).toEqual(shown(await cypher.careerPaths({ ...pair, ...question }, WHOLE_PATHS)));
        expect(sent.some((statement) => statement.includes('LEADS_TO')), name).toBe(false);
        if (answer.length > 0 && Number.isNaN(answer[0]!.totals.score)) {
          // Not read: one statement, for the routes' roles; the gap and score are unknown, not made up.
          expect(readsRequirements(sent), name).toBe(false);
          expect(question.rankBy, name).not.toBe('SMALLEST_GAP');
          expect(answer.every((path) => Number.isNaN(path.totals.gap) && Number.isNaN(path.totals.score)), name).toBe(true);
          unscored.push(name);
        } else if (answer.length > 0) {
          expect(readsRequirements(sent), name).toBe(true);
          scored.push(name);
        }
      }
    }
    expect(unscored.length).toBeGreaterThan(3);
    expect(scored.length).toBeGreaterThan(3);
    // The same question showing the score reads the requirements and ranks alike.
    const [first] = unscored;
    const pair = PAIRS.find((candidate) => first!.startsWith(`${candidate.from} → ${candidate.to} `)) ?? { from: 'cloud-engineer', to: 'cloud-architect' };
    const question = questions.find((candidate) => first!.endsWith(JSON.stringify(candidate)))!;
    crowdOut();
    sent.length = 0;
    const withScores = await paths.careerPaths({ ...pair, ...question }, SELECTION);
    expect(readsRequirements(sent)).toBe(true);
    expect(withScores.every((path) => Number.isFinite(path.totals.score))).toBe(true);
    expect(withScores.map((path) => path.roles.map((role) => role.slug))).toEqual((await paths.careerPaths({ ...pair, ...question }, lean)).map((path) => path.roles.map((role) => role.slug)));
  });

  it('answers over GraphQL with the score when it is asked for, and without reading it when not', async () => {
    const query = (fields: string) => `{ careerPaths(from: "cloud-engineer", to: "cloud-architect", first: 1) { rank roles { slug } totals { hops ${fields} } } }`;
    type Answer = { careerPaths: Array<{ rank: number; roles: Array<{ slug: string }>; totals: { hops: number; score?: number } }> };
    const commit = await api.database.db.latestCommit();
    await vi.waitFor(() => expect(api.server.caches.moveGraphs.current?.commit).toBe(commit), { timeout: 30_000, interval: 200 });
    const lean = await api.execute<Answer>(query(''));
    const scored = await api.execute<Answer>(query('score'));
    expect(lean.errors).toBeUndefined();
    expect(scored.errors).toBeUndefined();
    expect(scored.data!.careerPaths[0]!.totals.score).toBeGreaterThan(0);
    expect(lean.data!.careerPaths.map(({ rank, roles, totals }) => [rank, roles, totals.hops])).toEqual(scored.data!.careerPaths.map(({ rank, roles, totals }) => [rank, roles, totals.hops]));
    expect(lean.statements).toBe(1);
  });

  it('takes the skills an answer shows from the skill-identity memo when it shows only their id, slug and name', async () => {
    const sent: string[] = [];
    const db = api.database.db.withObserver({ onQuery: ({ cypher }) => void sent.push(cypher) });
    const cypher = new PathService(new PathRepository(api.database.db));
    const readsSkills = (statement: string) => statement.includes('WITH DISTINCT skill');
    const moveGraphs = new MoveGraphMemo();
    const repository = (identities: SkillIdentityMemo) =>
      new PathService(new PathRepository(db, new CreditLinkMemo(), REQUIREMENTS_PER_RECORD, new RequirementMemo(), new MoveGapMemo(), moveGraphs, identities));
    const warm = new PathRepository(db, new CreditLinkMemo(), REQUIREMENTS_PER_RECORD, new RequirementMemo(), new MoveGapMemo(), moveGraphs);
    const { commit } = (await warm.warmMemos())!;
    const identities = new SkillIdentityMemo();
    expect(await rememberSkillIdentities(db, identities, commit)).toBe(true);
    const headline = pathSelection([
      { name: 'role', args: {}, type: 'Role', selections: [{ name: 'slug', args: {} }] },
      { name: 'bridgingSkills', args: {}, type: 'SkillGapItem', selections: [{ name: 'skill', args: {}, type: 'Skill', selections: [{ name: 'slug', args: {} }, { name: 'name', args: {} }] }, { name: 'levelGap', args: {} }] },
    ]);
    const described = pathSelection([
      { name: 'role', args: {}, type: 'Role', selections: [{ name: 'slug', args: {} }] },
      { name: 'bridgingSkills', args: {}, type: 'SkillGapItem', selections: [{ name: 'skill', args: {}, type: 'Skill', selections: [{ name: 'slug', args: {} }, { name: 'category', args: {} }] }] },
    ]);
    const args = { maxHops: 2, first: 20, kinds: null };
    let items = 0;
    for (const slug of ['cloud-architect', 'junior-software-engineer', 'data-scientist']) {
      const paths = repository(identities);
      sent.length = 0;
      const answer = await paths.progressions({ slug }, 'NEXT', args, headline);
      expect(answer).toEqual(await cypher.progressions({ slug }, 'NEXT', args, headline));
      expect(sent.filter((statement) => statement.includes('$roleIds'))).toHaveLength(1);
      expect(sent.some(readsSkills)).toBe(false);
      items += answer.flatMap((progression) => progression.bridgingSkills).length;
      // A skill property the memo does not hold: the statement reads the skills.
      sent.length = 0;
      expect(await paths.progressions({ slug }, 'NEXT', args, described)).toEqual(await cypher.progressions({ slug }, 'NEXT', args, described));
      expect(sent.filter(readsSkills)).toHaveLength(1);
    }
    expect(items).toBeGreaterThan(10);
    for (const pair of PAIRS) {
      sent.length = 0;
      const question = { ...pair, maxHops: 4, first: 3, rankBy: 'SMALLEST_GAP' } as const;
      expect(await repository(identities).careerPaths(question, SELECTION)).toEqual(await cypher.careerPaths(question, SELECTION));
      expect(sent.some(readsSkills)).toBe(false);
    }
    // A memo of another commit (the graph moved since it was warmed): the skills are read again in the
    // statement, with the same answer, and the memo stands aside for a while.
    const behind = new SkillIdentityMemo();
    behind.remember('an-older-commit', [['curated:skill:python', 'python', 'Python']]);
    sent.length = 0;
    const slug = 'cloud-architect';
    expect(await repository(behind).progressions({ slug }, 'NEXT', args, headline)).toEqual(await cypher.progressions({ slug }, 'NEXT', args, headline));
    const roleStatements = sent.filter((statement) => statement.includes('$roleIds'));
    expect(roleStatements.map(readsSkills)).toEqual([false, true]);
    expect(behind.serves).toBe(false);
  });

  it('is read by a server started with memo warming, for the graph as it is now', async () => {
    const commit = await api.database.db.latestCommit();
    await vi.waitFor(() => expect(api.server.caches.moveGraphs.current?.commit).toBe(commit), { timeout: 30_000, interval: 200 });
  });
});
