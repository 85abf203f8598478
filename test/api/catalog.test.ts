/**
 * roles / skills connections, skill lookups and Skill's catalog fields against the real Neo4j and
 * the curated seeds. Expected sets are computed from the seed files (readSeeds), so the tests
 * follow the seeds without copying their numbers. A handful of O*NET-like test roles (ids
 * "test-catalog:…", removed afterwards) add what the seeds lack: job zones, roles without a salary
 * or job zone, and ties on the sort keys. Statement counts are asserted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/requestLimits/limits.js';
import { encodeCursor } from '../../src/pagination/cursor.js';
import { readSeeds, type SeedData } from '../../src/import/seeds/readSeeds.js';
import { editDistance } from '../../src/scoring/searchRank.js';
import { testConfig } from '../support/testDatabase.js';
import { graphql } from '../generated/index.js';
import type { CatalogRolesQuery, CatalogRolesQueryVariables, CatalogSkillsQuery, CatalogSkillsQueryVariables, RoleFilter, RoleOrder } from '../generated/graphql.js';
import { openTestApi, type OperationResult, type TestApi } from '../support/testApi.js';

let api: TestApi;
let seeds: SeedData;

/** Test occupations: O*NET-like (source onet-29.3), in their own family, mixing missing values and ties. */
const TEST_FAMILY = 'test-catalog-family';
const TEST_ROLES = [
  { key: 'a', title: 'Catalog Test Twin', salary: 90000, jobZone: 2 },
  { key: 'b', title: 'Catalog Test Twin', salary: 90000, jobZone: 2 },
  { key: 'c', title: 'Catalog Test Gamma', salary: null, jobZone: 4 },
  { key: 'd', title: 'Catalog Test Delta', salary: 120000, jobZone: null },
  { key: 'e', title: 'Catalog Test Epsilon', salary: null, jobZone: null },
  { key: 'f', title: 'Catalog Test Zeta', salary: 60000, jobZone: 5 },
];
const testSlug = (key: string) => `test-catalog-${key}`;

beforeAll(async () => {
  api = await openTestApi();
  seeds = await readSeeds(testConfig().seedsDir);
  await api.database.db.writeRows(
    `CREATE (family:RoleFamily {id: 'test-catalog:family', slug: $family, name: 'Catalog test family', source: 'onet-29.3', method: 'derived'})
     WITH family
     UNWIND $roles AS r
     CREATE (role:Role:OnetOccupation {id: 'test-catalog:role:' + r.key, slug: 'test-catalog-' + r.key, title: r.title,
       titleSort: toLower(r.title), alternateTitles: [], alternateTitlesText: '', medianSalaryUsd: r.salary,
       jobZone: r.jobZone, source: 'onet-29.3', method: 'derived', sourceId: 'test-catalog-' + r.key})
     CREATE (role)-[:IN_FAMILY {source: 'onet-29.3', method: 'derived'}]->(family)`,
    { family: TEST_FAMILY, roles: TEST_ROLES },
  );
});

afterAll(async () => {
  await api.database.db.writeRows(
    `MATCH (n) WHERE (n:Role OR n:RoleFamily) AND n.id STARTS WITH 'test-catalog:' DETACH DELETE n`,
  );
  await api.close();
});

graphql(`
  fragment CatalogRoleFields on Role {
    slug title alternateTitles jobZone experienceLevel growth { rating } family { slug } salary { medianUsd } provenance { source }
  }
`);
const ROLES = graphql(`
  query CatalogRoles($filter: RoleFilter, $orderBy: RoleOrder, $first: Int, $after: String) {
    roles(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      edges { cursor node { ...CatalogRoleFields } }
      nodes { slug }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      totalCount
    }
  }
`);
const ROLE_PAGE = graphql(`
  query CatalogRolePage($filter: RoleFilter, $orderBy: RoleOrder, $first: Int, $after: String) {
    roles(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      edges { cursor node { slug } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
const ROLES_COUNTED = graphql(`
  query CatalogRolesCounted($first: Int) { roles(first: $first) { totalCount nodes { slug } } }
`);

type RoleNode = CatalogRolesQuery['roles']['edges'][number]['node'];
type Variables = CatalogRolesQueryVariables;

async function rolesPage(variables: Variables) {
  const result = await api.execute(ROLES, variables);
  if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return { connection: result.data!.roles, statements: result.statements };
}

/** Walks every page (`first` rows each) and returns the nodes in order, checking the page invariants. */
async function walkRoles(variables: Variables, first = 7): Promise<{ nodes: RoleNode[]; totalCount: number }> {
  const nodes: RoleNode[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (let page = 0; page < 200; page++) {
    const { connection, statements } = await rolesPage({ ...variables, first, after });
    // The page, its total count, and Role.family/salary (one batched profile statement).
    expect(statements).toBeLessThanOrEqual(3);
    if (totalCount === -1) totalCount = connection.totalCount;
    expect(connection.totalCount).toBe(totalCount);
    expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
    expect(connection.nodes.map((n) => n.slug)).toEqual(connection.edges.map((e) => e.node.slug));
    expect(connection.pageInfo.startCursor).toBe(connection.edges[0]?.cursor ?? null);
    expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1)?.cursor ?? null);
    nodes.push(...connection.edges.map((edge) => edge.node));
    if (!connection.pageInfo.hasNextPage) return { nodes, totalCount };
    expect(connection.edges).toHaveLength(first);
    after = connection.pageInfo.endCursor;
  }
  throw new Error('paging did not end');
}

/** Values in order, those without a value last, whatever the direction. */
function expectOrdered<T extends string | number>(values: (T | null)[], direction: 'ASC' | 'DESC') {
  const firstNull = values.indexOf(null);
  if (firstNull >= 0) expect(values.slice(firstNull).every((v) => v === null)).toBe(true);
  const present = values.filter((v): v is T => v !== null);
  const sorted = [...present].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  expect(present).toEqual(direction === 'ASC' ? sorted : sorted.reverse());
}

const curatedSlugs = () => seeds.roles.map((role) => role.slug).sort();
const slugsOf = (nodes: { slug: string }[]) => nodes.map((node) => node.slug).sort();
const codeOf = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;

describe('roles: paging', () => {
  const orderings = [
    { field: 'TITLE', direction: 'ASC' },
    { field: 'TITLE', direction: 'DESC' },
    { field: 'MEDIAN_SALARY', direction: 'ASC' },
    { field: 'MEDIAN_SALARY', direction: 'DESC' },
    { field: 'JOB_ZONE', direction: 'ASC' },
    { field: 'JOB_ZONE', direction: 'DESC' },
    { field: 'RELEVANCE', direction: 'DESC' },
  ] as const;

  for (const orderBy of orderings) {
    it(`walks every curated role exactly once by ${orderBy.field} ${orderBy.direction}`, async () => {
      const { nodes, totalCount } = await walkRoles({ filter: { sources: ['CURATED'] }, orderBy });
      const slugs = nodes.map((node) => node.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
      expect([...slugs].sort()).toEqual(curatedSlugs());
      expect(totalCount).toBe(seeds.roles.length);
      if (orderBy.field === 'MEDIAN_SALARY') expectOrdered(nodes.map((n) => n.salary?.medianUsd ?? null), orderBy.direction);
      if (orderBy.field === 'TITLE' || orderBy.field === 'RELEVANCE') {
        expectOrdered(nodes.map((n) => n.title.toLowerCase()), orderBy.field === 'RELEVANCE' ? 'ASC' : orderBy.direction);
      }
    });
  }

  for (const orderBy of orderings.slice(0, 6)) {
    it(`walks all roles (index walk, missing values and ties) exactly once by ${orderBy.field} ${orderBy.direction}`, async () => {
      const { nodes, totalCount } = await walkRoles({ orderBy }, 9);
      const slugs = nodes.map((node) => node.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
      expect(slugs.length).toBe(totalCount);
      for (const slug of [...curatedSlugs(), ...TEST_ROLES.map((r) => testSlug(r.key))]) expect(slugs).toContain(slug);
      if (orderBy.field === 'JOB_ZONE') expectOrdered(nodes.map((n) => n.jobZone), orderBy.direction);
      if (orderBy.field === 'MEDIAN_SALARY') expectOrdered(nodes.map((n) => n.salary?.medianUsd ?? null), orderBy.direction);
      if (orderBy.field === 'TITLE') expectOrdered(nodes.map((n) => n.title.toLowerCase()), orderBy.direction);
    });
  }

  it('walks an anchored listing (a family) with missing values and ties exactly once', async () => {
    for (const orderBy of [{ field: 'JOB_ZONE', direction: 'DESC' }, { field: 'MEDIAN_SALARY', direction: 'ASC' }, { field: 'TITLE' }] satisfies RoleOrder[]) {
      const { nodes, totalCount } = await walkRoles({ filter: { families: [TEST_FAMILY] }, orderBy }, 2);
      expect(nodes.map((n) => n.slug).sort()).toEqual(TEST_ROLES.map((r) => testSlug(r.key)).sort());
      expect(totalCount).toBe(TEST_ROLES.length);
      if (orderBy.field === 'JOB_ZONE') expect(nodes.map((n) => n.jobZone)).toEqual([5, 4, 2, 2, null, null]);
      if (orderBy.field === 'MEDIAN_SALARY') expect(nodes.map((n) => n.salary?.medianUsd ?? null)).toEqual([60000, 90000, 90000, 120000, null, null]);
    }
  });

  it('runs one statement for a page, two with totalCount, and none for bad arguments', async () => {
    const page = await api.execute(ROLE_PAGE, { first: 5 });
    expect(page.errors).toBeUndefined();
    expect(page.statements).toBe(1);
    const counted = await api.execute(ROLES_COUNTED, { first: 5 });
    expect(counted.statements).toBe(2);
    const deep = await api.execute(ROLE_PAGE, { first: 5, after: page.data!.roles.pageInfo.endCursor });
    expect(deep.statements).toBe(1);
  });

  it('rejects first over the cap, or negative, before any statement', async () => {
    for (const first of [LIMITS.maxFirst + 1, -1]) {
      const result = await api.execute(ROLE_PAGE, { first });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.statements).toBe(0);
    }
    const atCap = await api.execute(ROLE_PAGE, { first: LIMITS.maxFirst });
    expect(atCap.errors).toBeUndefined();
  });

  it('rejects malformed cursors and cursors of another ordering as BAD_USER_INPUT, before any statement', async () => {
    const foreign = encodeCursor({ ordering: 'role:TITLE:DESC:id', value: 'm', tieBreak: 'x' });
    const wrongType = encodeCursor({ ordering: 'role:MEDIAN_SALARY:DESC:id', value: 'not a number', tieBreak: 'x' });
    for (const [after, orderBy] of [
      ['not-a-cursor', undefined],
      ['%%%', undefined],
      [foreign, { field: 'TITLE', direction: 'ASC' }],
      [wrongType, { field: 'MEDIAN_SALARY' }],
    ] as const) {
      const result = await api.execute(ROLE_PAGE, { first: 5, after, orderBy });
      expect(codeOf(result), String(after)).toBe('BAD_USER_INPUT');
      expect(result.statements).toBe(0);
    }
    // A cursor of an anchored listing (here a family's roles) does not page the whole catalogue.
    const family = await api.data(ROLE_PAGE, { first: 2, filter: { families: ['cloud-infrastructure'] } });
    const mixed = await api.execute(ROLE_PAGE, { first: 2, after: family.roles.pageInfo.endCursor });
    expect(codeOf(mixed)).toBe('BAD_USER_INPUT');
    expect(mixed.statements).toBe(0);
  });

  it('pages fulltext relevance stably: every hit once, best first', async () => {
    const { nodes, totalCount } = await walkRoles({ filter: { text: 'engineer' }, orderBy: { field: 'RELEVANCE' } }, 4);
    const slugs = nodes.map((n) => n.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs.length).toBe(totalCount);
    expect(totalCount).toBeGreaterThan(10);
    const byTitle = await walkRoles({ filter: { text: 'engineer' }, orderBy: { field: 'TITLE' } }, 50);
    expect([...slugs].sort()).toEqual(slugsOf(byTitle.nodes));
    // The exact title outranks longer ones.
    const exact = nodes.findIndex((n) => n.slug === 'software-engineer');
    expect(exact).toBeGreaterThanOrEqual(0);
    expect(exact).toBeLessThan(nodes.findIndex((n) => n.slug === 'senior-software-engineer'));
  });
});

describe('roles: filters', () => {
  const all = async (filter: RoleFilter, orderBy?: RoleOrder) => walkRoles({ filter, orderBy }, 50);

  it('families', async () => {
    const { nodes, totalCount } = await all({ families: ['cloud-infrastructure'] });
    const expected = seeds.roles.filter((r) => r.family === 'cloud-infrastructure').map((r) => r.slug);
    expect(expected.length).toBeGreaterThan(3);
    expect(slugsOf(nodes)).toEqual(expected.sort());
    expect(totalCount).toBe(expected.length);
    expect(nodes.every((n) => n.family?.slug === 'cloud-infrastructure')).toBe(true);
  });

  it('salary range (inclusive)', async () => {
    const { nodes, totalCount } = await all({ minSalaryUsd: 150000, maxSalaryUsd: 200000 });
    const expected = seeds.roles.filter((r) => r.medianSalaryUsd >= 150000 && r.medianSalaryUsd <= 200000).map((r) => r.slug);
    expect(expected.length).toBeGreaterThan(3);
    expect(expected.length).toBeLessThan(seeds.roles.length);
    expect(slugsOf(nodes)).toEqual(expected.sort());
    expect(totalCount).toBe(expected.length);
    const min = await all({ minSalaryUsd: 200000 }, { field: 'MEDIAN_SALARY', direction: 'ASC' });
    expect(min.nodes.every((n) => (n.salary?.medianUsd ?? 0) >= 200000)).toBe(true);
    expect(slugsOf(min.nodes)).toEqual(seeds.roles.filter((r) => r.medianSalaryUsd >= 200000).map((r) => r.slug).sort());
  });

  it('requiresSkills by alias: all must be required', async () => {
    const requiring = (...skills: string[]) =>
      seeds.roles.filter((r) => skills.every((skill) => r.skills.some((req) => req.skill === skill))).map((r) => r.slug).sort();
    const k8s = await all({ requiresSkills: ['k8s'] });
    expect(requiring('kubernetes').length).toBeGreaterThan(3);
    expect(slugsOf(k8s.nodes)).toEqual(requiring('kubernetes'));
    expect(k8s.totalCount).toBe(requiring('kubernetes').length);
    const both = await all({ requiresSkills: ['K8s', 'Amazon Web Services'] });
    expect(requiring('kubernetes', 'aws').length).toBeGreaterThan(0);
    expect(requiring('kubernetes', 'aws').length).toBeLessThan(requiring('kubernetes').length);
    expect(slugsOf(both.nodes)).toEqual(requiring('kubernetes', 'aws'));
    const unknown = await all({ requiresSkills: ['k8s', 'no-such-skill-anywhere'] });
    expect(unknown.nodes).toEqual([]);
    expect(unknown.totalCount).toBe(0);
  });

  it('text: every word must match, typos tolerated, titles and alternate titles', async () => {
    const architectWord = (text: string) =>
      text.toLowerCase().split(/[^a-z0-9]+/).some((w) => w.startsWith('architect') || editDistance(w, 'architect') <= 2);
    const { nodes, totalCount } = await all({ text: 'architect' });
    const expected = seeds.roles.filter((r) => [r.title, ...r.alternateTitles].some((t) => /\barchitect/i.test(t))).map((r) => r.slug);
    expect(expected).toContain('cloud-architect');
    for (const slug of expected) expect(slugsOf(nodes)).toContain(slug);
    expect(nodes.every((n) => [n.title, ...n.alternateTitles].some(architectWord))).toBe(true);
    expect(totalCount).toBe(nodes.length);
    expect(totalCount).toBeLessThan(seeds.roles.length);

    const typo = await api.data(ROLES, { filter: { text: 'clod architect' }, first: 5 });
    expect(typo.roles.edges[0].node.slug).toBe('cloud-architect');
    const narrowed = await all({ text: 'cloud architect' });
    expect(narrowed.nodes.length).toBeLessThan(nodes.length);
    expect(narrowed.nodes.every((n) => [n.title, ...n.alternateTitles].some((t) => /cloud/i.test(t)))).toBe(true);
  });

  it('text: blank means no condition; only punctuation matches nothing without a statement; too long is BAD_USER_INPUT', async () => {
    const blank = await api.execute(ROLES, { filter: { text: '   ', sources: ['CURATED'] }, first: 1 });
    expect(blank.data!.roles.totalCount).toBe(seeds.roles.length);
    const punctuation = await api.execute(ROLES, { filter: { text: '*:* && ()' }, first: 5 });
    expect(punctuation.errors).toBeUndefined();
    expect(punctuation.data!.roles.edges).toEqual([]);
    expect(punctuation.data!.roles.totalCount).toBe(0);
    expect(punctuation.statements).toBe(0);
    const long = await api.execute(ROLE_PAGE, { filter: { text: 'x'.repeat(LIMITS.maxSearchTextLength + 1) } });
    expect(codeOf(long)).toBe('BAD_USER_INPUT');
    expect(long.statements).toBe(0);
  });

  it('text with Lucene syntax neither fails nor widens', async () => {
    for (const text of ['title:* OR "', 'a) AND (b', '\\', '*:*', 'architect OR *', 'cloud~ -engineer']) {
      const result = await api.execute(ROLES, { filter: { text }, first: 100 });
      expect(result.errors, text).toBeUndefined();
      expect(result.data!.roles.totalCount, text).toBeLessThan(seeds.roles.length);
    }
    const hostileArchitects = await all({ text: 'architect OR *' });
    // "or" is just a word that must match too, so this is narrower than "architect", not wider.
    expect(hostileArchitects.totalCount).toBeLessThanOrEqual((await all({ text: 'architect' })).totalCount);
  });

  it('sources, job zones, experience level and growth', async () => {
    const onet = await all({ sources: ['ONET'] });
    expect(slugsOf(onet.nodes)).toEqual(TEST_ROLES.map((r) => testSlug(r.key)).sort());
    expect(onet.nodes.every((n) => n.provenance.source === 'ONET')).toBe(true);

    const zones = await all({ jobZones: [2, 5] });
    expect(slugsOf(zones.nodes)).toEqual(['a', 'b', 'f'].map(testSlug));
    const range = await all({ minJobZone: 3, maxJobZone: 5 });
    expect(slugsOf(range.nodes)).toEqual(['c', 'f'].map(testSlug));

    const rank = { ENTRY: 0, MID: 1, SENIOR: 2, LEADERSHIP: 3, EXECUTIVE: 3 } as Record<string, number>;
    const covers = (level: string, wanted: number) => {
      const words = level.toUpperCase().split(' TO ');
      return rank[words[0].trim()] <= wanted && wanted <= rank[words.at(-1)!.trim()];
    };
    const senior = await all({ experienceLevel: 'SENIOR' });
    const expectedSenior = seeds.roles.filter((r) => covers(r.experienceLevel, 2)).map((r) => r.slug).sort();
    expect(expectedSenior.length).toBeGreaterThan(3);
    expect(expectedSenior.length).toBeLessThan(seeds.roles.length);
    expect(slugsOf(senior.nodes)).toEqual(expectedSenior);

    const high = await all({ minGrowth: 'HIGH' });
    expect(slugsOf(high.nodes)).toEqual(seeds.roles.filter((r) => ['High', 'Very High'].includes(r.growth.rating)).map((r) => r.slug).sort());
    const some = await all({ growth: ['STABLE', 'DECLINING'] });
    expect(slugsOf(some.nodes)).toEqual(seeds.roles.filter((r) => ['Stable', 'Declining'].includes(r.growth.rating)).map((r) => r.slug).sort());
  });

  it('combines filters with AND and pages them', async () => {
    const { nodes } = await walkRoles({ filter: { families: ['cloud-infrastructure'], minSalaryUsd: 150000, requiresSkills: ['k8s'] }, orderBy: { field: 'MEDIAN_SALARY' } }, 1);
    const expected = seeds.roles
      .filter((r) => r.family === 'cloud-infrastructure' && r.medianSalaryUsd >= 150000 && r.skills.some((s) => s.skill === 'kubernetes'))
      .sort((a, b) => b.medianSalaryUsd - a.medianSalaryUsd);
    expect(expected.length).toBeGreaterThan(0);
    expect(nodes.map((n) => n.salary?.medianUsd)).toEqual(expected.map((r) => r.medianSalaryUsd));
    expect(slugsOf(nodes)).toEqual(expected.map((r) => r.slug).sort());
  });

  it('rejects contradictory or out-of-range filters before any statement', async () => {
    for (const filter of [
      { minSalaryUsd: 200000, maxSalaryUsd: 100000 },
      { jobZones: [0] },
      { minJobZone: 6 },
      { families: Array.from({ length: LIMITS.maxFilterValues + 1 }, (_, i) => `f${i}`) },
    ]) {
      const result = await api.execute(ROLE_PAGE, { filter });
      expect(codeOf(result), JSON.stringify(filter).slice(0, 80)).toBe('BAD_USER_INPUT');
      expect(result.statements).toBe(0);
    }
  });
});

const SKILLS = graphql(`
  query CatalogSkills($filter: SkillFilter, $orderBy: SkillOrder, $first: Int, $after: String) {
    skills(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      edges { cursor node { id slug name kind category roleCount } }
      pageInfo { hasNextPage hasPreviousPage endCursor }
      totalCount
    }
  }
`);
type SkillNode = CatalogSkillsQuery['skills']['edges'][number]['node'];

async function walkSkills(variables: CatalogSkillsQueryVariables, first = 50): Promise<{ nodes: SkillNode[]; totalCount: number }> {
  const nodes: SkillNode[] = [];
  let after: string | null = null;
  for (let page = 0; page < 100; page++) {
    const result: OperationResult<CatalogSkillsQuery> = await api.execute(SKILLS, { ...variables, first, after });
    if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
    // The page, its total count, and roleCount for the whole page (one batched statement).
    expect(result.statements).toBe(3);
    const connection = result.data!.skills;
    nodes.push(...connection.edges.map((edge) => edge.node));
    if (!connection.pageInfo.hasNextPage) return { nodes, totalCount: connection.totalCount };
    after = connection.pageInfo.endCursor;
  }
  throw new Error('paging did not end');
}

const roleCountFromSeeds = (slug: string) => seeds.roles.filter((r) => r.skills.some((s) => s.skill === slug)).length;

describe('skills: connection', () => {
  for (const orderBy of [{ field: 'NAME', direction: 'ASC' }, { field: 'NAME', direction: 'DESC' }, { field: 'ROLE_COUNT' }, { field: 'ROLE_COUNT', direction: 'ASC' }] as const) {
    it(`walks every curated skill exactly once by ${orderBy.field} ${orderBy.direction ?? ''}`, async () => {
      const { nodes, totalCount } = await walkSkills({ filter: { sources: ['CURATED'] }, orderBy });
      const slugs = nodes.map((n) => n.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
      expect([...slugs].sort()).toEqual(seeds.skills.map((s) => s.slug).sort());
      expect(totalCount).toBe(seeds.skills.length);
      if (orderBy.field === 'ROLE_COUNT') {
        expectOrdered(nodes.map((n) => n.roleCount), orderBy.direction ?? 'DESC');
        for (const node of nodes.slice(0, 5)) expect(node.roleCount).toBe(roleCountFromSeeds(node.slug));
      } else {
        expectOrdered(nodes.map((n) => n.name.toLowerCase()), orderBy.direction);
      }
    });
  }

  it('filters by kind, category (case-insensitive), text and required-by-role', async () => {
    const tech = await walkSkills({ filter: { kinds: ['TECHNOLOGY'], sources: ['CURATED'] } });
    expect(slugsOf(tech.nodes)).toEqual(seeds.skills.filter((s) => s.kind === 'TECHNOLOGY').map((s) => s.slug).sort());
    const category = await walkSkills({ filter: { category: 'CLOUD PLATFORMS & SERVICES' } });
    const inCategory = seeds.skills.filter((s) => s.category === 'Cloud platforms & services').map((s) => s.slug).sort();
    expect(inCategory.length).toBeGreaterThan(2);
    expect(slugsOf(category.nodes)).toEqual(inCategory);
    const byRole = await walkSkills({ filter: { requiredByRole: 'cloud-architect' } });
    expect(slugsOf(byRole.nodes)).toEqual(seeds.roles.find((r) => r.slug === 'cloud-architect')!.skills.map((s) => s.skill).sort());
    const text = await walkSkills({ filter: { text: 'kubernets' } });
    expect(text.nodes[0].slug).toBe('kubernetes');
  });

  it('rejects first over the cap before any statement', async () => {
    const result = await api.execute(SKILLS, { first: LIMITS.maxFirst + 1 });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.statements).toBe(0);
  });
});

describe('skill and its catalog fields', () => {
  const SKILL = graphql(`
    query CatalogSkill($slug: String, $id: ID) { skill(slug: $slug, id: $id) { id slug name aliases } }
  `);

  it('finds a skill by slug, name or alias, or id; null when absent', async () => {
    const bySlug = await api.data(SKILL, { slug: 'kubernetes' });
    expect(bySlug.skill!.name).toBe('Kubernetes');
    for (const slug of ['k8s', 'K8s', ' Kubernetes ']) {
      expect((await api.data(SKILL, { slug })).skill!.slug).toBe('kubernetes');
    }
    expect((await api.data(SKILL, { id: bySlug.skill!.id })).skill!.slug).toBe('kubernetes');
    const absent = await api.execute(SKILL, { slug: 'no-such-skill-anywhere' });
    expect(absent.errors).toBeUndefined();
    expect(absent.data!.skill).toBeNull();
    expect(absent.statements).toBe(1);
    for (const variables of [{}, { slug: 'kubernetes', id: bySlug.skill!.id }]) {
      const result = await api.execute(SKILL, variables);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.statements).toBe(0);
    }
  });

  const DETAIL = graphql(`
    query CatalogSkillDetail($slug: String!, $first: Int, $min: Float) {
      skill(slug: $slug) {
        slug roleCount
        roles(first: $first, minImportance: $min) { role { slug } importance level essential provenance { source } }
        relatedSkills(first: 100) { skill { slug } relation weight sharedRoleCount provenance { source } }
        learningResources { id title kind provider url provenance { source } }
      }
    }
  `);
  const NESTED = graphql(`
    query CatalogSkillsNested {
      skills(first: 40, filter: { sources: [CURATED] }, orderBy: { field: ROLE_COUNT }) {
        nodes { slug roleCount roles(first: 3) { role { slug } importance } relatedSkills(first: 3) { skill { slug } relation weight }
                learningResources { title kind } }
      }
    }
  `);

  it('lists the roles requiring a skill, most important first, with roleCount', async () => {
    const skill = (await api.data(DETAIL, { slug: 'kubernetes', first: 100, min: 0 })).skill!;
    const expected = seeds.roles.filter((r) => r.skills.some((s) => s.skill === 'kubernetes'));
    expect(skill.roleCount).toBe(expected.length);
    expect(slugsOf(skill.roles.map((u) => u.role))).toEqual(expected.map((r) => r.slug).sort());
    expectOrdered(skill.roles.map((u) => u.importance), 'DESC');
    for (const usage of skill.roles) {
      const seed = expected.find((r) => r.slug === usage.role.slug)!.skills.find((s) => s.skill === 'kubernetes')!;
      expect(usage.importance).toBeCloseTo((seed.importance - 1) / 4);
      expect(usage.essential).toBe(seed.essential);
      expect(usage.provenance.source).toBe('CURATED');
    }
    const important = await api.data(DETAIL, { slug: 'kubernetes', first: 2, min: 0.75 });
    expect(important.skill!.roles.length).toBeLessThanOrEqual(2);
    expect(important.skill!.roles.every((u) => u.importance >= 0.75)).toBe(true);
  });

  it('lists related, broader, narrower and co-required skills, strongest first', async () => {
    const skill = (await api.data(DETAIL, { slug: 'kubernetes', first: 5 })).skill!;
    const kubernetes = seeds.skills.find((s) => s.slug === 'kubernetes')!;
    const relation = (slug: string) => skill.relatedSkills.find((r) => r.skill.slug === slug)?.relation;
    for (const slug of kubernetes.related) expect(relation(slug), slug).toBe('RELATED');
    for (const other of seeds.skills.filter((s) => s.related.includes('kubernetes'))) expect(relation(other.slug), other.slug).toBe('RELATED');
    expect(relation(kubernetes.broader!)).toBe('BROADER');
    for (const narrower of seeds.skills.filter((s) => s.broader === 'kubernetes' && !s.related.includes('kubernetes') && !kubernetes.related.includes(s.slug))) {
      expect(relation(narrower.slug), narrower.slug).toBe('NARROWER');
    }
    const coRequired = skill.relatedSkills.filter((r) => r.relation === 'CO_REQUIRED');
    expect(coRequired.length).toBeGreaterThan(0);
    for (const r of coRequired) {
      expect(r.weight).toBeGreaterThan(0);
      expect(r.weight).toBeLessThanOrEqual(1);
      expect(r.sharedRoleCount).toBeGreaterThan(0);
      expect(r.provenance.source).toBe('COMPUTED');
    }
    expect(new Set(skill.relatedSkills.map((r) => r.skill.slug)).size).toBe(skill.relatedSkills.length);
    expect(skill.relatedSkills.map((r) => r.skill.slug)).not.toContain('kubernetes');
    expectOrdered(skill.relatedSkills.map((r) => r.weight), 'DESC');
  });

  it('lists learning resources: a cloud certification on a cloud skill', async () => {
    const skill = (await api.data(DETAIL, { slug: 'aws' })).skill!;
    const seeded = seeds.skills.find((s) => s.slug === 'aws')!.resources;
    expect(skill.learningResources).toHaveLength(seeded.length);
    const cert = skill.learningResources.find((r) => r.title === 'AWS Certified Solutions Architect – Associate');
    expect(cert).toMatchObject({ kind: 'CERTIFICATION', provider: 'Amazon Web Services', provenance: { source: 'CURATED' } });
    expect(cert!.url).toMatch(/^https:\/\/aws\.amazon\.com\//);
  });

  it('batches the nested fields of a list of skills: one statement per field', async () => {
    const result = await api.execute(NESTED);
    expect(result.errors).toBeUndefined();
    expect(result.data!.skills.nodes).toHaveLength(40);
    expect(result.statements).toBe(5);
    const withRoles = result.data!.skills.nodes.filter((n) => n.roleCount > 0);
    expect(withRoles.length).toBeGreaterThan(0);
    for (const node of withRoles) expect(node.roles.length).toBe(Math.min(3, node.roleCount));
  });

  it('rejects over-cap first on nested fields', async () => {
    const result = await api.execute(`{ skill(slug: "kubernetes") { roles(first: ${LIMITS.maxFirst + 1}) { importance } } }`);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.statements).toBe(1);
  });
});
