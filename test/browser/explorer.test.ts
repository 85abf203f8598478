/**
 * The career-path explorer at / in a real browser (Debian's Chromium through playwright-core) against
 * the real API and the seeded test Neo4j: role search → next-roles graph → target panel, the path
 * finder, the skill-gap checker and the role profile, driven mostly from the keyboard.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
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
