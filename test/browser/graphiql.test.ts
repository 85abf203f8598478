/**
 * GraphiQL at /graphiql in a real browser: bundled (no request leaves the server), opened with the
 * example operations of each kind of client as tabs, and able to run a query against the real API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormattedExecutionResult } from 'graphql';
import type { Page } from 'playwright-core';
import type { AnalystGraphStatsQuery, EngineRecommendAndGapQuery } from '../../web/src/generated/graphql.js';
import type { HttpTestApi } from '../support/testApi.js';
import { openUiUnderTest, type BrowserSession, type UiUnderTest } from './browserSession.js';

let ui: UiUnderTest;
let http: HttpTestApi;
let browser: BrowserSession;
let page: Page;

beforeAll(async () => {
  ui = await openUiUnderTest();
  ({ http, browser } = ui);
  page = browser.page;
}, 900_000);

afterAll(async () => {
  await ui?.close();
});

/** The response pane's text (Monaco renders spaces as non-breaking ones). */
async function responseText(): Promise<string> {
  return (await page.locator('.graphiql-response').innerText()).replace(/\u00a0/g, ' ');
}

/** Presses GraphiQL's run button and returns the API's answer to that operation. */
/** Runs the open tab; TData is the generated result type of its operation (web/src/generated). */
async function run<TData = Record<string, unknown>>(operationName?: string): Promise<FormattedExecutionResult<TData>> {
  if (operationName) {
    // A tab switch reaches the editor before GraphiQL's operation name: wait until the tab is
    // selected and its document shown, or the run may post the previous tab's operation name.
    await expect.poll(() => page.getByRole('tab', { name: operationName }).getAttribute('aria-selected')).toBe('true');
    await page.locator('.graphiql-query-editor').getByText(operationName).first().waitFor();
    await page.waitForTimeout(300);
  }
  const answered = page.waitForResponse((response) => {
    const body = response.request().postData() ?? '';
    // GraphiQL also posts its introspection query: wait for the operation run.
    return response.url().endsWith('/graphql') && !body.includes('IntrospectionQuery') && (!operationName || body.includes(operationName));
  });
  await page.getByRole('button', { name: /^Execute query/ }).click();
  return (await (await answered).json()) as FormattedExecutionResult<TData>;
}

describe('GraphiQL', () => {
  it('loads at /graphiql with an example tab per client and runs a preloaded query', async () => {
    const query = '{ role(slug:"cloud-architect-ai-ml"){ title } }';
    await page.goto(`${http.url}/graphiql?query=${encodeURIComponent(query)}`);
    for (const example of ['ExplorerNextRoles', 'EngineRecommendAndGap', 'EngineRecommendBatch', 'AnalystGraphStats', 'AnalystSearch']) {
      await page.getByRole('tab', { name: example }).waitFor();
    }
    await page.locator('.graphiql-query-editor').getByText('cloud-architect-ai-ml').waitFor();
    expect(await run()).toEqual({ data: { role: { title: 'Cloud Architect (AI/ML Focus)' } } });
    await expect.poll(responseText, { timeout: 30_000 }).toContain('"title": "Cloud Architect (AI/ML Focus)"');
    await browser.screenshot('graphiql-preloaded-query');
  });

  it('runs the analyst and recommendation-engine examples as they are', async () => {
    await page.getByRole('tab', { name: 'AnalystGraphStats' }).click();
    const stats = await run<AnalystGraphStatsQuery>('AnalystGraphStats');
    expect(stats.errors).toBeUndefined();
    expect(stats.data!.graphStats.roles).toBeGreaterThan(0);
    await expect.poll(responseText, { timeout: 30_000 }).toMatch(/"graphStats": \{\s+"roles": \d+/);

    await page.getByRole('tab', { name: 'EngineRecommendAndGap' }).click();
    const engine = await run<EngineRecommendAndGapQuery>('EngineRecommendAndGap');
    expect(engine.errors).toBeUndefined();
    expect(engine.data!.recommendRoles).toEqual(expect.arrayContaining([expect.objectContaining({ role: expect.objectContaining({ slug: expect.any(String) }) })]));
    expect(engine.data!.skillGap.coverage).toBeGreaterThan(0);
    // The response pane shows it (Monaco renders only the visible lines).
    await expect.poll(responseText, { timeout: 30_000 }).toContain('"recommendRoles": [');
    await browser.screenshot('graphiql-engine-example');
  });

  it('loaded nothing from outside the server and threw no error', () => {
    expect(browser.externalRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
