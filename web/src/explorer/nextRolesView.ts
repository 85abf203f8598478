/**
 * The "Next roles" tab: the graph of roles reachable from the chosen role within N moves, the same
 * roles as a keyboard-friendly list, and the target panel for the role picked in either. Before any
 * role is chosen it can show an intro (the first screen) in their place.
 */
import { createCareerGraph, SALARY_GRADIENT, type CareerGraph } from './careerGraph.js';
import { NEXT_ROLES, type NextRole, type NextRolesResult, type RoleRef } from './operations.js';
import { h, uniqueId } from '../shared/dom.js';
import { meter } from '../shared/meter.js';
import { formatKind, formatLevel, formatPercent, formatSalaryChange, formatScore, formatUsd, formatYears } from '../shared/format.js';
import { errorMessage, graphqlRequest, isAbortError } from '../shared/graphqlRequest.js';
import { creditLabel } from './creditLabel.js';

export interface NextRolesActions {
  showProfile(role: RoleRef): void;
  findPaths(from: RoleRef, to: RoleRef): void;
}

export interface NextRolesView {
  panel: HTMLElement;
  load(role: RoleRef, maxHops: number): Promise<void>;
  /** Called when the tab becomes visible (the canvas needs its size). */
  shown(): void;
  /** Shows the intro instead of the graph, list and target panel, until the next load. */
  showIntro(): void;
}

/** At most this many reachable roles are drawn (the API caps `first` at 100). */
const MAX_ROLES = 40;

export function createNextRolesView(actions: NextRolesActions, intro: HTMLElement): NextRolesView {
  const heading = h('h2', { class: 'panel-title' }, 'Next roles');
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' }, 'Search for a role to see where it leads.');
  const graphContainer = h('div', { class: 'graph-canvas', role: 'img', 'aria-label': 'Career graph (the list of next roles offers the same choices)' });
  const legend = h('div', { class: 'graph-legend', 'aria-hidden': 'true' });
  const listId = uniqueId('next-roles');
  const listHeading = h('h3', { id: `${listId}-label` }, 'Reachable roles');
  const list = h('ul', { class: 'role-list', role: 'list', 'aria-labelledby': `${listId}-label` });
  const targetTitleId = uniqueId('target-title');
  const target = h('section', { class: 'target-panel', role: 'region', 'aria-labelledby': targetTitleId, tabindex: '-1' });

  const columns = [
    h('div', { class: 'graph-column' }, h('div', { class: 'panel-head' }, heading, status), graphContainer, legend),
    h('div', { class: 'list-column' }, listHeading, list),
    target,
  ];
  intro.hidden = true;
  const panel = h('section', { class: 'next-roles' }, intro, ...columns);

  function setIntro(shown: boolean): void {
    intro.hidden = !shown;
    for (const column of columns) column.hidden = shown;
    panel.classList.toggle('showing-intro', shown);
  }

  const graph: CareerGraph = createCareerGraph(graphContainer, (slug) => selectTarget(slug, false));
  let start: RoleRef | null = null;
  let nextRoles: NextRole[] = [];
  let selectedSlug: string | null = null;
  let controller: AbortController | undefined;

  renderEmptyTarget('Pick a role in the graph or the list to see what the move takes.');

  function renderEmptyTarget(text: string): void {
    target.replaceChildren(h('h3', { id: targetTitleId }, 'Target role'), h('p', { class: 'muted' }, text));
  }

  async function load(role: RoleRef, maxHops: number): Promise<void> {
    controller?.abort();
    controller = new AbortController();
    start = role;
    selectedSlug = null;
    setIntro(false); // before rendering: cytoscape measures its container
    heading.textContent = `Next roles from ${role.title}`;
    status.textContent = 'Loading…';
    panel.setAttribute('aria-busy', 'true');
    try {
      const data = await graphqlRequest(NEXT_ROLES, { slug: role.slug, maxHops, first: MAX_ROLES }, controller.signal);
      if (!data.role) {
        status.textContent = `No role has the slug “${role.slug}”.`;
        nextRoles = [];
      } else {
        nextRoles = [...data.role.nextRoles].sort((a, b) => a.hops - b.hops || b.score - a.score);
        const scale = graph.render({ start: { slug: data.role.slug, title: data.role.title, salaryUsd: data.role.salary?.medianUsd ?? null }, nextRoles });
        renderLegend(scale);
        status.textContent =
          nextRoles.length === 0 ? `${data.role.title} leads nowhere within ${maxHops} ${maxHops === 1 ? 'move' : 'moves'}.` : `${nextRoles.length} roles within ${maxHops} ${maxHops === 1 ? 'move' : 'moves'}.`;
      }
      renderList();
      renderEmptyTarget(nextRoles.length ? 'Pick a role in the graph or the list to see what the move takes.' : 'No reachable role to show.');
    } catch (error) {
      if (isAbortError(error)) return;
      status.textContent = `Could not load next roles: ${errorMessage(error)}`;
    } finally {
      panel.removeAttribute('aria-busy');
    }
  }

  function renderLegend(scale: { min: number; max: number } | null): void {
    legend.replaceChildren(
      h(
        'span',
        { class: 'legend-item' },
        'Median salary',
        h('span', { class: 'legend-gradient', style: `background:${SALARY_GRADIENT}` }),
        scale ? `${formatUsd(scale.min)} – ${formatUsd(scale.max)}` : 'unknown',
      ),
      h('span', { class: 'legend-item' }, h('span', { class: 'legend-line promotion' }), 'Promotion'),
      h('span', { class: 'legend-item' }, h('span', { class: 'legend-line lateral' }), 'Lateral'),
      h('span', { class: 'legend-item' }, h('span', { class: 'legend-line pivot' }), 'Pivot'),
    );
  }

  function renderList(): void {
    list.replaceChildren(
      ...nextRoles.map((next) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'role-item',
              'data-slug': next.role.slug,
              'aria-pressed': String(next.role.slug === selectedSlug),
              onclick: () => selectTarget(next.role.slug, true),
            },
            h('span', { class: 'role-item-title' }, next.role.title),
            h(
              'span',
              { class: 'role-item-meta' },
              `${next.hops} ${next.hops === 1 ? 'move' : 'moves'} · ${formatUsd(next.role.salary?.medianUsd)} · score ${formatScore(next.score)}`,
            ),
          ),
        ),
      ),
    );
  }

  // ArrowUp/ArrowDown move between the list's buttons (Tab still works too).
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [...list.querySelectorAll<HTMLButtonElement>('button.role-item')];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    event.preventDefault();
    buttons[(index + (event.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length]?.focus();
  });

  function selectTarget(slug: string, fromList: boolean): void {
    const next = nextRoles.find((candidate) => candidate.role.slug === slug);
    if (!next || !start) return;
    selectedSlug = slug;
    graph.highlight(slug);
    for (const button of list.querySelectorAll<HTMLButtonElement>('button.role-item')) {
      button.setAttribute('aria-pressed', String(button.dataset.slug === slug));
    }
    renderTarget(start, next);
    if (!fromList) target.focus();
  }

  function renderTarget(from: RoleRef, next: NextRole): void {
    const route = h(
      'ol',
      { class: 'route', 'aria-label': 'Route' },
      ...next.path.map((role, index) => {
        const step = index > 0 ? next.steps[index - 1] : undefined;
        return h(
          'li',
          {},
          step ? h('span', { class: `route-step ${step.kind.toLowerCase()}` }, `${formatKind(step.kind)}, ${formatYears(step.typicalYears)}`) : null,
          h('span', { class: 'route-role' }, role.title),
        );
      }),
    );

    const skills = next.bridgingSkills;
    const table = skills.length
      ? h(
          'table',
          { class: 'data-table skills-table' },
          h('caption', {}, `Bridging skills (${skills.length}), largest gap first`),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, 'Skill'),
              h('th', { scope: 'col' }, 'Importance'),
              h('th', { scope: 'col', title: 'O*NET level 0-7: held now → required' }, 'Level'),
              h('th', { scope: 'col' }, 'Gap'),
            ),
          ),
          h(
            'tbody',
            {},
            ...skills.map((item) =>
              h(
                'tr',
                {},
                h(
                  'th',
                  { scope: 'row' },
                  item.skill.name,
                  h('span', { class: `badge ${item.status.toLowerCase()}` }, item.status.toLowerCase()),
                  item.credit ? h('span', { class: 'credit', title: item.credit.explanation }, creditLabel(item.credit)) : null,
                ),
                h('td', {}, meter(item.importance), formatPercent(item.importance)),
                h('td', { class: 'num' }, `${formatLevel(item.currentLevel)} → ${formatLevel(item.requiredLevel)}`),
                h('td', { class: 'num' }, `+${formatLevel(item.levelGap)}`),
              ),
            ),
          ),
        )
      : h('p', { class: 'muted' }, 'No bridging skills: the current role already covers what this one requires.');

    target.replaceChildren(
      h('h3', { id: targetTitleId }, next.role.title),
      h(
        'dl',
        { class: 'facts' },
        h('div', {}, h('dt', {}, 'Salary change'), h('dd', { class: signClass(next.salaryChange?.absoluteUsd) }, formatSalaryChange(next.salaryChange))),
        h('div', {}, h('dt', {}, 'Median salary'), h('dd', {}, formatUsd(next.role.salary?.medianUsd))),
        h('div', {}, h('dt', {}, 'Moves'), h('dd', {}, String(next.hops))),
        h('div', {}, h('dt', {}, 'Typical time'), h('dd', {}, formatYears(next.typicalYears))),
        h('div', {}, h('dt', {}, 'Score'), h('dd', {}, formatScore(next.score))),
      ),
      h('h4', {}, 'Path'),
      route,
      table,
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', onclick: () => actions.showProfile(next.role) }, `${next.role.title} profile`),
        h('button', { type: 'button', onclick: () => actions.findPaths(from, next.role) }, 'Compare paths'),
      ),
    );
  }

  return { panel, load, shown: () => graph.refit(), showIntro: () => setIntro(true) };
}

function signClass(value: number | undefined): string {
  return value === undefined ? '' : value >= 0 ? 'positive' : 'negative';
}
