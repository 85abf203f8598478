/**
 * The "Role profile" tab: salary progression, a typical day, how to get started, the FAQ and the
 * required skills, each fact with its provenance (how it was obtained, from where, as of when).
 */
import { createSalaryChart } from './salaryChart.js';
import {
  ROLE_PROFILE,
  type FactProvenance,
  type ProfileRequirement,
  type ProfileStep,
  type RoleProfile,
  type RoleProfileResult,
  type RoleRef,
} from './operations.js';
import { h } from '../shared/dom.js';
import { formatUsd } from '../shared/format.js';
import { errorMessage, graphqlRequest, isAbortError } from '../shared/graphqlRequest.js';

export interface RoleProfileView {
  panel: HTMLElement;
  load(role: RoleRef): Promise<void>;
}

export function createRoleProfileView(): RoleProfileView {
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' }, 'Search for a role to see its profile.');
  const body = h('div', { class: 'profile-body' });
  const panel = h('section', { class: 'role-profile' }, status, body);
  let controller: AbortController | undefined;
  let loaded: string | null = null;

  async function load(role: RoleRef): Promise<void> {
    if (loaded === role.slug) return;
    controller?.abort();
    controller = new AbortController();
    status.textContent = `Loading ${role.title}…`;
    panel.setAttribute('aria-busy', 'true');
    try {
      const data = await graphqlRequest(ROLE_PROFILE, { slug: role.slug }, controller.signal);
      if (!data.role) {
        status.textContent = `No role has the slug “${role.slug}”.`;
        body.replaceChildren();
        return;
      }
      loaded = role.slug;
      status.textContent = '';
      body.replaceChildren(...renderProfile(data.role));
    } catch (error) {
      if (isAbortError(error)) return;
      status.textContent = `Could not load the profile: ${errorMessage(error)}`;
    } finally {
      panel.removeAttribute('aria-busy');
    }
  }

  return { panel, load };
}

function renderProfile(role: RoleProfile): HTMLElement[] {
  const facts = [role.family?.name, role.experienceLevel, role.growth ? `growth: ${role.growth.rating}` : null].filter(Boolean).join(' · ');
  const salary = role.salary;
  return [
    h(
      'header',
      { class: 'profile-header' },
      h('h2', { class: 'panel-title' }, role.title),
      facts ? h('p', { class: 'muted' }, facts) : null,
      role.summary ? h('p', { class: 'summary' }, role.summary) : null,
      h('p', { class: 'note' }, 'Profile: ', provenanceLine(role.provenance)),
    ),
    h(
      'div',
      { class: 'profile-grid' },
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'salary-heading' },
        h('h3', { id: 'salary-heading' }, 'Salary progression'),
        salary && salary.byExperience.length
          ? createSalaryChart(salary.byExperience, salary.medianUsd)
          : h('p', { class: 'muted' }, salary?.medianUsd ? `Median ${formatUsd(salary.medianUsd)}; no breakdown by level.` : 'No salary data for this role.'),
        salary?.estimate ? h('p', { class: 'note' }, 'Career Graph estimate.') : null,
      ),
      stepsSection('typical-day-heading', 'A typical day', role.typicalDay),
      stepsSection('getting-started-heading', 'Getting started', role.gettingStarted),
      h(
        'section',
        { class: 'card faq', 'aria-labelledby': 'faq-heading' },
        h('h3', { id: 'faq-heading' }, 'Frequently asked questions'),
        role.faq.length
          ? h('div', { class: 'faq-list' }, ...role.faq.map((item) => h('details', {}, h('summary', {}, item.question), h('p', {}, item.answer))))
          : h('p', { class: 'muted' }, 'No questions recorded for this role.'),
      ),
      requirementsSection(role.requiredSkills),
    ),
  ];
}

/** Badge words per method: short enough to sit beside every fact. */
const METHOD_LABELS: Record<FactProvenance['method'], string> = {
  VERBATIM_FROM_PAGE: 'from page',
  DERIVED_FROM_DATASET: 'derived',
  CURATED_ESTIMATE: 'estimate',
};

/** A fact's provenance, compactly: method badge, source and date; the evidence opens on demand (and shows on hover). */
export function provenanceLine(provenance: FactProvenance): HTMLElement {
  const where = [provenance.reference ?? provenance.sourceTag, provenance.asOf].filter(Boolean).join(' · ');
  return h(
    'span',
    { class: 'provenance', title: provenance.evidence ?? where },
    h('span', { class: `badge method-${provenance.method.toLowerCase().replaceAll('_', '-')}` }, METHOD_LABELS[provenance.method]),
    ' ',
    h('span', { class: 'provenance-where' }, where),
    provenance.evidence ? h('details', { class: 'evidence' }, h('summary', {}, 'evidence'), h('p', {}, provenance.evidence)) : null,
  );
}

function requirementsSection(requirements: ProfileRequirement[]): HTMLElement {
  return h(
    'section',
    { class: 'card requirements', 'aria-labelledby': 'required-skills-heading' },
    h('h3', { id: 'required-skills-heading' }, 'Required skills'),
    requirements.length
      ? h(
          'ul',
          { class: 'requirement-list' },
          ...requirements.map((requirement) =>
            h(
              'li',
              {},
              h('strong', {}, requirement.skill.name),
              ` importance ${Math.round(requirement.importance * 100)} %`,
              requirement.importanceScale ? h('span', { class: 'muted' }, ` (${requirement.importanceScale})`) : null,
              h('br', {}),
              provenanceLine(requirement.provenance),
            ),
          ),
        )
      : h('p', { class: 'muted' }, 'No skills recorded for this role.'),
  );
}

function stepsSection(id: string, title: string, steps: ProfileStep[]): HTMLElement {
  return h(
    'section',
    { class: 'card', 'aria-labelledby': id },
    h('h3', { id }, title),
    steps.length
      ? h(
          'ol',
          { class: 'steps' },
          ...[...steps].sort((a, b) => a.order - b.order).map((step) => h('li', {}, h('strong', {}, `${step.title}:`), ' ', h('span', {}, step.description))),
        )
      : h('p', { class: 'muted' }, 'Not recorded for this role.'),
  );
}
