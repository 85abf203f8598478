/**
 * role(slug:|id:) fetches what the query selects below it in the same statement (requirements,
 * profile) or at the same time (nextRoles / previousRoles by slug). The answers must be exactly
 * those of the per-level loaders, which other paths (role lists) still use.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/requestLimits/limits.js';
import { openTestApi, type TestApi } from '../support/testApi.js';

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi();
});
afterAll(async () => {
  await api.close();
});

const SOURCE = 'cloud-architect-ai-ml';
const ROLE_PAGE = `requiredSkills { skill { slug name } importance level essential }
  salary { medianUsd byExperience { label annualUsd } } family { slug } typicalDay { title } faq { question } crosswalk { taxonomy code }`;

describe('role lookahead', () => {
  it('answers a role page (requirements and profile) in one statement, equal to the loaders of a role list', async () => {
    const page = await api.execute<{ role: Record<string, unknown> & { requiredSkills: unknown[] } }>(`{ role(slug: "${SOURCE}") { slug ${ROLE_PAGE} } }`);
    expect(page.errors).toBeUndefined();
    expect(page.statements).toBe(1);
    expect(page.data!.role.requiredSkills.length).toBeGreaterThan(10);

    // The same fields through roles(): the role list resolves them with the batched loaders.
    const list = await api.data<{ roles: { edges: Array<{ node: Record<string, unknown> }> } }>(`{ roles(first: ${LIMITS.maxFirst}) { edges { node { slug ${ROLE_PAGE} } } } }`);
    const fromList = list.roles.edges.map((edge) => edge.node).find((node) => node.slug === SOURCE);
    expect(page.data!.role).toEqual(fromList);

    const byId = await api.execute<{ role: Record<string, unknown> }>(`query($id: ID!) { role(id: $id) { slug ${ROLE_PAGE} } }`, {
      id: (await api.data<{ role: { id: string } }>(`{ role(slug: "${SOURCE}") { id } }`)).role.id,
    });
    expect(byId.statements).toBe(1);
    expect(byId.data!.role).toEqual(page.data!.role);
  });

  it('fetches only what is selected: a bare lookup stays one small statement, fragments and @skip are honoured', async () => {
    const bare = await api.execute(`{ role(slug: "${SOURCE}") { title } }`);
    expect(bare.statements).toBe(1);
    const skipped = await api.execute<{ role: Record<string, unknown> }>(
      `query($skip: Boolean!) { role(slug: "${SOURCE}") { title ...Skills @skip(if: $skip) } } fragment Skills on Role { requiredSkills { skill { slug } } }`,
      { skip: true },
    );
    expect(skipped.statements).toBe(1);
    expect(skipped.data!.role).toEqual({ title: 'Cloud Architect (AI/ML Focus)' });
    const included = await api.execute<{ role: { requiredSkills: unknown[] } }>(
      `query($skip: Boolean!) { role(slug: "${SOURCE}") { title ...Skills @skip(if: $skip) } } fragment Skills on Role { requiredSkills { skill { slug } } }`,
      { skip: false },
    );
    expect(included.statements).toBe(1);
    expect(included.data!.role.requiredSkills.length).toBeGreaterThan(10);
  });

  it('starts nextRoles and previousRoles by slug alongside the lookup, with the answers of the per-role loaders', async () => {
    const fields = `nextRoles(maxHops: 2) { role { slug } hops score salaryChange { absoluteUsd } bridgingSkills { skill { slug } levelGap } path { slug } }
      previousRoles { role { slug } score }
      soon: nextRoles(maxHops: 1, first: 3) { role { slug } }`;
    const bySlug = await api.execute<{ role: Record<string, unknown[]> }>(`{ role(slug: "${SOURCE}") { ${fields} } }`);
    expect(bySlug.errors).toBeUndefined();
    expect(bySlug.statements).toBe(4); // the lookup and three progression statements, all started at once
    expect(bySlug.data!.role.nextRoles!.length).toBeGreaterThan(2);

    // role(id:) has no slug to start from, so it goes through the loaders after the lookup.
    const { role } = await api.data<{ role: { id: string } }>(`{ role(slug: "${SOURCE}") { id } }`);
    const byId = await api.execute<{ role: Record<string, unknown[]> }>(`query($id: ID!) { role(id: $id) { ${fields} } }`, { id: role.id });
    expect(byId.data).toEqual(bySlug.data);
  });

  it('an unknown slug is null without errors, and invalid arguments are reported by the field without a statement', async () => {
    const unknown = await api.execute(`{ role(slug: "no-such-role") { title nextRoles(maxHops: 2) { role { slug } } requiredSkills { importance } } }`);
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data).toEqual({ role: null });

    const invalid = await api.execute(`{ role(slug: "${SOURCE}") { title nextRoles(maxHops: ${LIMITS.maxHops + 1}) { hops } } }`);
    expect(invalid.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(invalid.statements).toBe(1);
  });
});
