/**
 * The career-path explorer at / in a real browser (Debian's Chromium through playwright-core) against
 * the real API and the seeded test Neo4j: role search → next-roles graph → target panel, the path
 * finder, the skill-gap checker and the role profile, driven mostly from the keyboard; the first
 * screen (example roles the graph holds, "continue with" the last role), on the curated graph and,
 * when ../shared/datasets has O*NET 29.3, with the example occupations imported from it.
 */
import type { FormattedExecutionResult } from 'graphql';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/config.js';
import { onetRoleSlug } from '../../src/graph/ids.js';
import { ONET_SOURCE } from '../../src/graph/sources.js';
import { removeImportedSource } from '../../src/import/importRun.js';
import { importOnet, ONET_FILES } from '../../src/import/onet/index.js';
import { EXAMPLE_ROLE_SLUGS } from '../../web/src/explorer/exampleRoles.js';
import { EXAMPLE_ROLES, exampleRolesVariables, examplesInGraph, type ExampleRolesResult } from '../../web/src/explorer/operations.js';
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

/** Types into an autocomplete and picks the suggestion whose label is exactly `label`. */
async function pick(comboboxName: string, text: string, label: string): Promise<void> {
  const input = page.getByRole('combobox', { name: comboboxName, exact: true });
  await input.fill(text);
  const option = page.getByRole('option').filter({ has: page.locator('.combo-option-label', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) });
  await option.click();
  await expect.poll(() => input.inputValue()).toBe(label);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('explorer page', () => {
  it('is served at / with its bundled assets, and GraphQL keeps working beside it', async () => {
    const response = await fetch(`${http.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).toContain('<title>Career Graph');
    const asset = /src="\.\/(assets\/explorer-[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeTruthy();
    const script = await fetch(`${http.url}/${asset}`);
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${http.url}/assets/no-such-file.js`)).status).toBe(404);
    // Apollo's landing page (which loads Sandbox from the internet) is off.
    const landing = await fetch(`${http.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await landing.text()).not.toContain('apollo-server-landing-page');
  });

  it('searches "Cloud Architect" from the keyboard and draws where it leads; a chosen move lists its bridging skills', async () => {
    await page.goto(`${http.url}/`);
    const search = page.getByRole('combobox', { name: 'Role', exact: true });
    // The role search has the focus when the page opens.
    await expect.poll(() => page.evaluate<boolean>("document.activeElement === document.querySelector('.role-bar [role=combobox]')")).toBe(true);
    await page.keyboard.type('Cloud Architect');
    await page.getByRole('listbox', { name: 'Role suggestions', exact: true }).getByRole('option').first().waitFor();
    await page.keyboard.press('Enter'); // the best hit: Cloud Architect
    await expect.poll(() => search.inputValue()).toBe('Cloud Architect');

    const reachable = page.getByRole('list', { name: 'Reachable roles' });
    await reachable.getByRole('button', { name: /^Chief Architect/ }).waitFor();
    await reachable.getByRole('button', { name: /^VP of Infrastructure/ }).waitFor();
    const graph = page.getByRole('img', { name: /^Career graph: Cloud Architect and \d+ roles/ });
    const drawn = ((await graph.getAttribute('data-roles')) ?? '').split(' ');
    expect(drawn).toEqual(expect.arrayContaining(['cloud-architect', 'chief-architect', 'vp-of-infrastructure']));
    await browser.screenshot('explorer-next-roles');

    // Open Chief Architect from the list with the keyboard.
    await reachable.getByRole('button', { name: /^Chief Architect/ }).focus();
    await page.keyboard.press('Enter');
    const target = page.getByRole('region', { name: 'Chief Architect', exact: true });
    await target.waitFor();
    await expect.poll(() => reachable.getByRole('button', { name: /^Chief Architect/ }).getAttribute('aria-pressed')).toBe('true');
    const skills = target.getByRole('table', { name: /^Bridging skills \(\d+\)/ });
    const rows = skills.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.first().locator('td').last().innerText()).toMatch(/^\+\d+\.\d$/);
    expect(await target.innerText()).toMatch(/Salary change\s+[+−]\$[\d,]+ \([+−][\d.]+ %\)/i);
    expect(await target.getByRole('list', { name: 'Route' }).innerText()).toContain('Chief Architect');
    await browser.screenshot('explorer-target-panel');

    // ArrowDown moves to the next role in the list; Enter opens it.
    const titles = await reachable.locator('.role-item-title').allInnerTexts();
    const following = titles[(titles.indexOf('Chief Architect') + 1) % titles.length]!;
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: following, exact: true }).getByRole('list', { name: 'Route' }).waitFor();
  });

  it('finds ranked career paths from Cloud Engineer to Chief Architect', async () => {
    await page.goto(`${http.url}/?tab=paths`);
    await pick('From role', 'Cloud Engineer', 'Cloud Engineer');
    await pick('To role', 'Chief Architect', 'Chief Architect');
    await page.keyboard.press('Enter'); // both chosen: Enter submits the form

    const paths = page.getByRole('list', { name: 'Career paths, best first' });
    const first = paths.getByRole('listitem').first();
    await first.waitFor();
    const heading = await first.getByRole('heading').innerText();
    expect(heading).toMatch(/^#1\s*Cloud Engineer → .+ → Chief Architect$/);
    expect(await first.innerText()).toMatch(/\d+ moves · [\d.]+ yrs · gap [\d.]+ · salary [+−]\$[\d,]+ · score [\d.]+/);
    expect(await first.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);

    // Another ranking re-runs the search: smallest total gap first.
    const rerun = page.waitForResponse((response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('SMALLEST_GAP'));
    await page.getByLabel('Rank by').selectOption('SMALLEST_GAP');
    await rerun;
    await expect.poll(() => page.getByRole('tabpanel', { name: 'Path finder' }).getAttribute('aria-busy')).toBeNull();
    const gaps = (await paths.locator('.path-totals').allInnerTexts()).map((totals) => Number(/gap ([\d.]+)/.exec(totals)?.[1]));
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps).toEqual([...gaps].sort((a, b) => a - b));
    await browser.screenshot('explorer-path-finder');
  });

  it('checks a skill gap: coverage, missing / partial / met skills, recommended roles and the skill to learn next', async () => {
    await page.goto(`${http.url}/?tab=gap`);
    await pick('Target role', 'Cloud Architect (AI', 'Cloud Architect (AI/ML Focus)');
    await pick('Skill', 'kubernetes', 'Kubernetes');
    await page.getByLabel('Level (0-7)').selectOption('4');
    await page.getByRole('button', { name: 'Add skill' }).click();
    // Keyboard: Enter chooses the best suggestion, a second Enter adds it.
    const skill = page.getByRole('combobox', { name: 'Skill', exact: true });
    await skill.fill('terraform');
    await page.getByRole('listbox', { name: 'Skill suggestions', exact: true }).getByRole('option').first().waitFor();
    await skill.press('Enter');
    await expect.poll(() => skill.inputValue()).toBe('Terraform');
    await page.getByLabel('Level (0-7)').selectOption('5');
    await skill.press('Enter');
    await page.getByLabel('Level of Terraform').waitFor();
    // AWS is narrower than the role's "Cloud platforms (AWS/GCP/Azure)": it earns gap credit (half of LV 4).
    await pick('Skill', 'aws', 'AWS');
    await page.getByLabel('Level (0-7)').selectOption('4');
    await page.getByRole('button', { name: 'Add skill' }).click();
    await page.getByLabel('Level of AWS').waitFor();
    await page.getByRole('button', { name: 'Check gap' }).press('Enter');

    const results = page.getByRole('region', { name: 'Skill gap results' });
    const coverage = results.getByTestId('coverage');
    await coverage.waitFor();
    const percent = Number((await coverage.innerText()).replace(/[^\d]/g, ''));
    expect(percent).toBeGreaterThan(0);
    expect(percent).toBeLessThan(100);
    expect(await results.getByRole('meter', { name: 'Coverage' }).getAttribute('aria-valuenow')).toBe(String(percent));
    expect(await results.getByRole('list', { name: /^Partial/ }).innerText()).toContain('Kubernetes');
    expect(await results.getByRole('list', { name: /^Met/ }).innerText()).toContain('Terraform');
    const credited = results.getByRole('list', { name: /^Partial/ }).getByRole('listitem').filter({ hasText: 'Cloud platforms (AWS/GCP/Azure)' });
    expect(await credited.locator('.credit').innerText()).toBe('credited by AWS, narrower skill 50 %');
    expect(await credited.locator('.credit').getAttribute('title')).toBe(
      'You hold AWS; it counts toward Cloud platforms (AWS/GCP/Azure) as a narrower skill (50 %).',
    );
    expect(await results.getByRole('list', { name: /^Missing/ }).getByRole('listitem').count()).toBeGreaterThan(0);
    const recommendations = results.getByRole('region', { name: 'Recommendations' });
    expect(await recommendations.getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await recommendations.innerText()).toMatch(/Best skill to learn next\s+.+ unlocks \d+ roles?/);
    await browser.screenshot('explorer-skill-gap');
  });

  it('shows a role profile: salary progression chart, typical day, getting started and FAQ', async () => {
    await page.goto(`${http.url}/?role=cloud-architect-ai-ml&tab=profile`);
    const profile = page.getByRole('tabpanel', { name: 'Role profile' });
    await profile.getByRole('heading', { name: 'Cloud Architect (AI/ML Focus)', level: 2 }).waitFor();
    const chart = profile.getByRole('img', { name: /^Salary by experience level/ });
    await chart.waitFor();
    expect(await chart.locator('rect.salary-bar').count()).toBe(4);
    expect(await chart.locator('text.salary-value').allTextContents()).toEqual(['$150,000', '$220,000', '$260,000', '$300,000+']);
    expect(await profile.getByRole('region', { name: 'A typical day' }).getByRole('listitem').count()).toBe(7);
    expect(await profile.getByRole('region', { name: 'Getting started' }).getByRole('listitem').count()).toBeGreaterThan(0);
    const faq = profile.getByRole('region', { name: 'Frequently asked questions' });
    expect(await faq.locator('details').count()).toBe(5);
    // A question opens from the keyboard.
    await faq.locator('summary').first().focus();
    await page.keyboard.press('Enter');
    expect(await faq.locator('details').first().getAttribute('open')).not.toBeNull();
    // Each fact says how it was obtained: the profile is copied from the page, the requirements say
    // per skill whether the page lists them or a curator added them, with the evidence on demand.
    expect(await profile.locator('.profile-header .provenance .badge').innerText()).toMatch(/from page/i);
    const requirements = profile.getByRole('region', { name: 'Required skills' });
    const items = requirements.getByRole('listitem');
    expect(await items.count()).toBe(18);
    const badges = (await requirements.locator('.provenance .badge').allInnerTexts()).map((text) => text.toLowerCase());
    expect(badges.filter((badge) => badge === 'from page')).toHaveLength(6);
    expect(badges.filter((badge) => badge !== 'from page')).toHaveLength(12);
    const pageSkill = items.filter({ hasText: 'Distributed systems' });
    await pageSkill.locator('details.evidence summary').click();
    expect(await pageSkill.locator('details.evidence p').innerText()).toMatch(/Key Skills/);
    await browser.screenshot('explorer-role-profile');
  });

  it('loaded nothing from outside the server and threw no error', () => {
    expect(browser.externalRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});

// ---- the first screen ----

const ONET_DIR = join(PROJECT_ROOT, '..', 'shared', 'datasets', 'onet', '29.3');
const FIRST_SCREEN = 'Explore where any occupation can lead';

interface ExampleInGraph {
  slug: string;
  title: string;
  field: string | null;
}

/** The examples the graph holds, asked of Neo4j directly (not through the API the page uses), in the list's order. */
async function examplesHeldByGraph(): Promise<ExampleInGraph[]> {
  const rows = await http.api.database.db.readRows<ExampleInGraph>(
    'MATCH (r:Role) WHERE r.slug IN $slugs OPTIONAL MATCH (r)-[:IN_FAMILY]->(f:RoleFamily) RETURN r.slug AS slug, r.title AS title, f.name AS field',
    { slugs: [...EXAMPLE_ROLE_SLUGS] },
  );
  return EXAMPLE_ROLE_SLUGS.flatMap((slug) => rows.filter((row) => row.slug === slug));
}

/** Opens `url` and waits until the first screen has asked the API for its examples and shown them. */
async function openFirstScreen(url = `${http.url}/`) {
  await page.goto(url);
  const screen = page.getByRole('region', { name: FIRST_SCREEN, exact: true });
  await screen.waitFor(); // shown, and loading (aria-busy) from the same task on
  await expect.poll(() => screen.getAttribute('aria-busy')).toBeNull();
  return screen;
}

/** The examples as the page lists them: title and field (the text under it) of each link. */
async function shownExamples(screen: ReturnType<Page['getByRole']>): Promise<{ title: string; field: string | null }[]> {
  const links = screen.getByRole('list', { name: 'Start with an example', exact: true }).getByRole('link');
  const shown = [];
  for (const link of await links.all()) {
    const meta = link.locator('.role-item-meta');
    shown.push({ title: await link.locator('.role-item-title').innerText(), field: (await meta.count()) ? await meta.innerText() : null });
  }
  return shown;
}

async function expectProfileOf(title: string): Promise<void> {
  const profile = page.getByRole('tabpanel', { name: 'Role profile' });
  await profile.getByRole('heading', { name: title, level: 2, exact: true }).waitFor();
  expect(await page.getByRole('tab', { name: 'Role profile' }).getAttribute('aria-selected')).toBe('true');
}

describe('first screen', () => {
  let expected: ExampleInGraph[];
  /** The example the tests open: the first the graph holds. */
  let opened: ExampleInGraph;

  beforeAll(async () => {
    expected = await examplesHeldByGraph();
    opened = expected[0]!;
  });

  it('says what the explorer does, offers the example roles the graph holds with their fields, and focuses the search', async () => {
    // The curated test graph holds the curated examples and no O*NET occupation.
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(EXAMPLE_ROLE_SLUGS.length);

    const screen = await openFirstScreen();
    expect(await screen.locator('.lead').innerText()).toMatch(/where it can lead/);
    expect(await shownExamples(screen)).toEqual(expected.map(({ title, field }) => ({ title, field })));
    expect(await page.evaluate<boolean>("document.activeElement === document.querySelector('.role-bar [role=combobox]')")).toBe(true);
    // The graph view is not drawn behind it: the first screen takes its place.
    expect(await page.getByRole('list', { name: 'Reachable roles' }).isVisible()).toBe(false);
    await browser.screenshot('explorer-first-screen');
  });

  it('opens an example\'s profile in one click, focus on the Role profile tab', async () => {
    const screen = await openFirstScreen();
    await screen.getByRole('link', { name: new RegExp(`^${escapeRegExp(opened.title)}`) }).click();
    await expectProfileOf(opened.title);
    expect(new URL(page.url()).searchParams.get('role')).toBe(opened.slug);
    expect(await page.evaluate<string | null>("document.activeElement?.getAttribute('role') ?? null")).toBe('tab');
    expect(await page.getByRole('region', { name: FIRST_SCREEN }).isVisible()).toBe(false);
  });

  it('offers to continue with the last role viewed, after a reload of the start page', async () => {
    // View another role from the search, then come back to the start page and reload it.
    await page.goto(`${http.url}/`);
    await pick('Role', 'Data Engineer', 'Data Engineer');
    await page.getByRole('list', { name: 'Reachable roles' }).getByRole('listitem').first().waitFor();
    await page.getByRole('link', { name: 'Explorer', exact: true }).click();
    await page.reload();
    let screen = page.getByRole('region', { name: FIRST_SCREEN, exact: true });
    await screen.waitFor();
    const again = screen.getByRole('link', { name: 'Continue with Data Engineer', exact: true });
    await again.waitFor();
    expect(await screen.getByRole('link', { name: /^Continue with/ }).count()).toBe(1);
    await browser.screenshot('explorer-first-screen-continue');
    await again.click();
    await expectProfileOf('Data Engineer');

    // The example opened before is the last role now.
    screen = await openFirstScreen();
    await screen.getByRole('link', { name: new RegExp(`^${escapeRegExp(opened.title)}`) }).click();
    await expectProfileOf(opened.title);
    screen = await openFirstScreen();
    expect(await screen.getByRole('link', { name: /^Continue with/ }).innerText()).toBe(`Continue with ${opened.title}`);
  });

  it('ignores a remembered role the graph no longer holds, without a word', async () => {
    await openFirstScreen();
    // Whatever the key, the remembered value is the slug of the role viewed last: make it stale.
    const keys = await page.evaluate<string[]>(`Object.keys(localStorage).filter((key) => localStorage.getItem(key) === ${JSON.stringify(opened.slug)})`);
    expect(keys).toHaveLength(1);
    for (const stale of ['no-such-role-any-more', 'onet-99-9999-99', `x${'y'.repeat(400)}`]) {
      await page.evaluate(`localStorage.setItem(${JSON.stringify(keys[0])}, ${JSON.stringify(stale)})`);
      const screen = await openFirstScreen();
      expect(await screen.getByRole('link', { name: /^Continue with/ }).count()).toBe(0);
      expect(await shownExamples(screen)).toHaveLength((await examplesHeldByGraph()).length);
      expect(await screen.locator('p.status').textContent()).toBe('');
    }
    // A link to a role the graph does not hold opens the first screen too.
    const screen = await openFirstScreen(`${http.url}/?role=no-such-role-any-more`);
    expect((await shownExamples(screen)).length).toBeGreaterThan(0);
  });

  it('loaded nothing from outside the server and threw no error', () => {
    expect(browser.externalRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});

/**
 * A release of O*NET 29.3 cut down to the example occupations: every row naming only those codes,
 * and the reference tables (content model, education categories) whole. It imports in seconds.
 */
async function writeOnetExamplesRelease(targetDir: string, codes: ReadonlySet<string>): Promise<void> {
  await mkdir(targetDir, { recursive: true });
  for (const file of Object.values(ONET_FILES)) {
    const [header, ...rows] = (await readFile(join(ONET_DIR, file), 'utf8')).split(/\r?\n/).filter((line) => line.length > 0);
    const kept = rows.filter((row) => (row.match(/\b\d{2}-\d{4}\.\d{2}\b/g) ?? []).every((code) => codes.has(code)));
    await writeFile(join(targetDir, file), `${[header, ...kept].join('\n')}\n`);
  }
}

/** The O*NET-SOC code an example slug is `onetRoleSlug` of, or null for a curated slug. */
function onetCodeOf(slug: string): string | null {
  const match = /^onet-(\d{2})-(\d{4})-(\d{2})$/.exec(slug);
  return match ? `${match[1]}-${match[2]}.${match[3]}` : null;
}

describe.runIf(existsSync(ONET_DIR))('first screen with the O*NET example occupations imported', () => {
  let releaseDir: string;

  beforeAll(async () => {
    const codes = EXAMPLE_ROLE_SLUGS.map(onetCodeOf).filter((code): code is string => code !== null);
    for (const code of codes) expect(EXAMPLE_ROLE_SLUGS).toContain(onetRoleSlug(code));
    releaseDir = await mkdtemp(join(tmpdir(), 'career-graph-onet-examples-'));
    await writeOnetExamplesRelease(releaseDir, new Set(codes));
    await removeImportedSource(http.api.database.db, ONET_SOURCE);
    await importOnet(http.api.database.db, releaseDir);
  }, 600_000);

  afterAll(async () => {
    await removeImportedSource(http.api.database.db, ONET_SOURCE);
    if (releaseDir) await rm(releaseDir, { recursive: true, force: true });
  }, 600_000);

  it('offers every example, O*NET occupations from different fields beside the curated roles, and opens one', async () => {
    const expected = await examplesHeldByGraph();
    // Every example is a real occupation: each O*NET slug is one the importer made from the dataset.
    expect(expected.map((example) => example.slug)).toEqual([...EXAMPLE_ROLE_SLUGS]);
    const fields = new Set(expected.map((example) => example.field));
    expect(fields.size).toBeGreaterThanOrEqual(5);
    // The API sees the import within one graph-change poll (its response cache is keyed on the graph version).
    await expect
      .poll(async () => {
        const response = await fetch(`${http.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: EXAMPLE_ROLES, variables: exampleRolesVariables() }),
        });
        return examplesInGraph(((await response.json()) as FormattedExecutionResult<ExampleRolesResult>).data!).length;
      })
      .toBe(expected.length);

    const screen = await openFirstScreen();
    expect(await shownExamples(screen)).toEqual(expected.map(({ title, field }) => ({ title, field })));
    await browser.screenshot('explorer-first-screen-onet');

    // From the keyboard: Enter on the link opens the occupation's profile, the focus on its tab.
    const occupation = expected.find((example) => onetCodeOf(example.slug) !== null)!;
    await screen.getByRole('link', { name: new RegExp(`^${escapeRegExp(occupation.title)}`) }).focus();
    await page.keyboard.press('Enter');
    await expectProfileOf(occupation.title);
    expect(await page.evaluate<string | null>('document.activeElement?.textContent ?? null')).toBe('Role profile');
    const again = await openFirstScreen();
    expect(await again.getByRole('link', { name: /^Continue with/ }).innerText()).toBe(`Continue with ${occupation.title}`);
  });

  it('threw no error in the page', () => {
    expect(browser.externalRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
