/**
 * Every fact of the career page this product started from (../shared/source) is in the graph and
 * retrievable through the API. The expected facts are parsed from the page itself, not retyped.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { graphql } from '../generated/index.js';
import type { SourcePageRoleQuery } from '../generated/graphql.js';
import { openTestApi, type TestApi } from '../support/testApi.js';

interface PageFacts {
  title: string;
  summary: string;
  medianSalary: string;
  growth: string;
  experienceLevel: string;
  salaryRows: Array<{ label: string; amount: string }>;
  description: string;
  typicalDay: Array<{ title: string; description: string }>;
  keySkills: string[];
  progression: string;
  gettingStarted: Array<{ title: string; description: string }>;
  faq: Array<{ question: string; answer: string }>;
  lastUpdated: string;
}

export function parseSourcePage(text: string): PageFacts {
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
  const after = (heading: string) => lines[lines.findIndex((line) => line === heading) + 1]!;
  const between = (start: string, end: (line: string) => boolean) => {
    const from = lines.findIndex((line) => line === start || line.startsWith(start)) + 1;
    const to = lines.findIndex((line, index) => index >= from && end(line));
    return lines.slice(from, to);
  };
  const numberedSteps = (section: string[]) =>
    section
      .filter((line) => !/^\d+$/.test(line))
      .map((line) => {
        const [title, ...rest] = line.split(': ');
        return { title: title!, description: rest.join(': ') };
      });
  const faqLines = between('Frequently Asked Questions', (line) => line.startsWith('Ready to Apply'));
  const faq: PageFacts['faq'] = [];
  for (let index = 0; index < faqLines.length; index += 2) faq.push({ question: faqLines[index]!, answer: faqLines[index + 1]! });
  return {
    title: lines[1]!,
    summary: lines[2]!,
    medianSalary: after('Median Salary'),
    growth: after('Job Growth'),
    experienceLevel: after('Experience Level'),
    salaryRows: between('Experience LevelAnnual Salary', (line) => line.startsWith('What Does')).map((line) => {
      const match = /^(.*?)(\$[\d,]+\+?)$/.exec(line)!;
      return { label: match[1]!, amount: match[2]! };
    }),
    description: lines[lines.findIndex((line) => line.startsWith('What Does')) + 1]!,
    typicalDay: numberedSteps(between('A Typical Day', (line) => line === 'Key Skills')),
    keySkills: between('Key Skills', (line) => line === 'Career Progression'),
    progression: after('Career Progression'),
    gettingStarted: numberedSteps(between('How to Get Started', (line) => line === 'Frequently Asked Questions')),
    faq,
    lastUpdated: /Last updated: (\d{4}-\d{2}-\d{2})/.exec(text)![1]!,
  };
}

const ROLE_QUERY = graphql(`
  query SourcePageRole($slug: String!) {
  role(slug: $slug) {
    title summary description experienceLevel progressionSummary
    provenance { source asOf reference }
    growth { rating reason }
    salary { medianUsd estimate byExperience { label annualUsd openEnded display yearsMin yearsMax } }
    typicalDay { order title description }
    gettingStarted { order title description }
    faq { order question answer }
    provenance { method evidence }
    requiredSkills(first: 100) { skill { name } importance essential importanceScale provenance { method asOf reference evidence } }
    nextRoles(maxHops: 1) { role { slug title } hops steps { kind provenance { method asOf reference evidence } } }
  }
}
`);

let api: TestApi;
let page: PageFacts;
let role: NonNullable<SourcePageRoleQuery['role']>;
beforeAll(async () => {
  page = parseSourcePage(await readFile(join(PROJECT_ROOT, '..', 'shared', 'source', 'cloud-architect-ai-ml.txt'), 'utf8'));
  api = await openTestApi();
  const found = (await api.data(ROLE_QUERY, { slug: 'cloud-architect-ai-ml' })).role;
  if (!found) throw new Error('cloud-architect-ai-ml is not in the graph');
  role = found;
});
afterAll(() => api.close());

describe('Cloud Architect (AI/ML Focus), as on the source page', () => {
  it('parses the page (guards the parser itself)', () => {
    expect(page.typicalDay).toHaveLength(7);
    expect(page.gettingStarted).toHaveLength(7);
    expect(page.keySkills).toHaveLength(6);
    expect(page.faq).toHaveLength(5);
    expect(page.salaryRows).toHaveLength(4);
  });

  it('has the title, summary, description and experience level', () => {
    expect(role.title).toBe(page.title);
    expect(role.summary).toBe(page.summary);
    expect(role.description).toBe(page.description);
    expect(role.experienceLevel).toBe(page.experienceLevel);
  });

  it('has the median salary and the salary progression with the page labels and amounts', () => {
    expect(`$${role.salary!.medianUsd!.toLocaleString('en-US')}`).toBe(page.medianSalary);
    expect(role.salary!.estimate).toBe(false);
    expect(role.salary!.byExperience.map((band) => ({ label: band.label, amount: band.display }))).toEqual(page.salaryRows);
    expect(role.salary!.byExperience.at(-1)!.openEnded).toBe(true);
    expect(role.salary!.byExperience[1]).toMatchObject({ yearsMin: 5, yearsMax: 8 });
    expect(role.salary!.byExperience[2]).toMatchObject({ yearsMin: 8, yearsMax: 12 });
  });

  it('has the job growth and its reason', () => {
    expect(`${role.growth!.rating} — ${role.growth!.reason}`).toBe(page.growth);
  });

  it('has the 7 typical-day steps and the 7 getting-started steps, in order', () => {
    expect(role.typicalDay.map(({ title, description }) => ({ title, description }))).toEqual(page.typicalDay);
    expect(role.gettingStarted.map(({ title, description }) => ({ title, description }))).toEqual(page.gettingStarted);
    expect(role.typicalDay.map((step) => step.order)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('requires the 6 key skills', () => {
    const names = role.requiredSkills.map((requirement) => requirement.skill.name);
    for (const skill of page.keySkills) expect(names).toContain(skill);
    for (const requirement of role.requiredSkills.filter((r) => page.keySkills.includes(r.skill.name))) {
      expect(requirement.essential).toBe(true);
      expect(requirement.importance).toBeGreaterThanOrEqual(0.75);
    }
  });

  it('has the 5 FAQ questions with their answers', () => {
    expect(role.faq.map(({ question, answer }) => ({ question, answer }))).toEqual(page.faq);
  });

  it('progresses to Chief Architect and VP of Infrastructure, as the page says', () => {
    expect(role.progressionSummary).toBe(page.progression);
    const next = role.nextRoles.filter((progression) => progression.hops === 1).map((progression) => progression.role.slug);
    expect(next).toEqual(expect.arrayContaining(['chief-architect', 'vp-of-infrastructure']));
    const titles = role.nextRoles.map((progression) => progression.role.title.toLowerCase());
    expect(titles).toEqual(expect.arrayContaining(['chief architect', 'vp of infrastructure']));
  });

  it('says per fact what the page says and what was added by hand', () => {
    expect(role.provenance.method).toBe('VERBATIM_FROM_PAGE');
    const onPage = role.requiredSkills.filter((r) => page.keySkills.includes(r.skill.name));
    const added = role.requiredSkills.filter((r) => !page.keySkills.includes(r.skill.name));
    expect(onPage).toHaveLength(page.keySkills.length);
    expect(added.length).toBeGreaterThan(0);
    for (const requirement of onPage) {
      expect(requirement.provenance).toMatchObject({ method: 'VERBATIM_FROM_PAGE', asOf: page.lastUpdated });
      // The page lists the skill, not how important it is: the number is labelled a curated estimate.
      expect(requirement.importanceScale).toBe('curated estimate on IM 1-5');
    }
    for (const requirement of added) {
      expect(requirement.provenance.method).not.toBe('VERBATIM_FROM_PAGE');
      expect(requirement.provenance.asOf).not.toBe(page.lastUpdated);
      expect(requirement.provenance.reference ?? '').not.toMatch(/hirekit/i);
    }
    const moves = role.nextRoles.filter((p) => p.hops === 1).map((p) => p.steps[0]!.provenance);
    for (const move of moves) {
      expect(move).toMatchObject({ method: 'VERBATIM_FROM_PAGE', asOf: page.lastUpdated });
      expect(move.evidence).toMatch(/typicalYears and confidence are curated estimates/);
    }
  });

  it("carries the page's date as provenance", () => {
    expect(role.provenance).toMatchObject({ source: 'CURATED', asOf: page.lastUpdated });
    expect(role.provenance.reference).toMatch(/hirekit/i);
  });
});
