/**
 * The "Path finder" tab: ranked routes between two roles (`careerPaths`), each with its totals and,
 * per move, the kind, typical years and the skills to gain.
 */
import { createRoleSearch, roleOption } from './roleSearch.js';
import { CAREER_PATHS, type CareerPath, type PathRanking, type RoleRef } from './operations.js';
import { h, uniqueId } from '../shared/dom.js';
import { formatKind, formatLevel, formatSalaryChange, formatScore, formatYears } from '../shared/format.js';
import { errorMessage, graphqlRequest, isAbortError } from '../shared/graphqlRequest.js';
import { creditLabel } from './creditLabel.js';

export interface PathFinder {
  panel: HTMLElement;
  /** Prefills the form; runs the search when both ends are given. */
  prefill(from: RoleRef | null, to: RoleRef | null): void;
}

const RANKINGS: { value: PathRanking; label: string }[] = [
  { value: 'FEWEST_STEPS', label: 'Fewest moves' },
  { value: 'SMALLEST_GAP', label: 'Smallest skill gap' },
  { value: 'HIGHEST_SALARY', label: 'Highest salary' },
];

const SKILLS_PER_STEP = 5;

export function createPathFinder(): PathFinder {
  const from = createRoleSearch({ label: 'From role', name: 'path-from', placeholder: 'e.g. Cloud Engineer' });
  const to = createRoleSearch({ label: 'To role', name: 'path-to', placeholder: 'e.g. Chief Architect' });
  const maxHopsId = uniqueId('max-hops');
  const maxHops = h('select', { id: maxHopsId, name: 'maxHops' }, ...[1, 2, 3, 4, 5, 6].map((n) => h('option', { value: n, selected: n === 4 }, String(n))));
  const rankId = uniqueId('rank-by');
  const rankBy = h('select', { id: rankId, name: 'rankBy' }, ...RANKINGS.map((ranking) => h('option', { value: ranking.value }, ranking.label)));
  const firstId = uniqueId('first');
  const first = h('select', { id: firstId, name: 'first' }, ...[3, 5, 10].map((n) => h('option', { value: n, selected: n === 5 }, String(n))));
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' }, 'Choose two roles and press Enter or “Find paths”.');
  const results = h('ol', { class: 'path-list', 'aria-label': 'Career paths, best first' });

  const form = h(
    'form',
    { class: 'toolbar path-form', 'aria-label': 'Find career paths' },
    from.element,
    to.element,
    h('div', { class: 'field small' }, h('label', { for: maxHopsId }, 'Max moves'), maxHops),
    h('div', { class: 'field' }, h('label', { for: rankId }, 'Rank by'), rankBy),
    h('div', { class: 'field small' }, h('label', { for: firstId }, 'Paths'), first),
    h('button', { type: 'submit', class: 'primary' }, 'Find paths'),
  );
  const panel = h('section', { class: 'path-finder' }, h('h2', { class: 'panel-title' }, 'Path finder'), form, status, results);

  let controller: AbortController | undefined;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  for (const select of [maxHops, rankBy, first]) select.addEventListener('change', () => void (from.selected && to.selected && run()));

  async function run(): Promise<void> {
    const start = from.selected?.value;
    const end = to.selected?.value;
    if (!start || !end) {
      status.textContent = !start ? 'Choose the role to start from (pick a suggestion).' : 'Choose the role to reach (pick a suggestion).';
      (!start ? from : to).input.focus();
      return;
    }
    if (start.slug === end.slug) {
      status.textContent = 'Pick two different roles.';
      return;
    }
    controller?.abort();
    controller = new AbortController();
    status.textContent = 'Searching…';
    panel.setAttribute('aria-busy', 'true');
    try {
      const data = await graphqlRequest(
        CAREER_PATHS,
        { from: start.slug, to: end.slug, maxHops: Number(maxHops.value), first: Number(first.value), rankBy: selectedRanking(rankBy.value) },
        controller.signal,
      );
      results.replaceChildren(...data.careerPaths.map(renderPath));
      status.textContent = data.careerPaths.length
        ? `${data.careerPaths.length} ${data.careerPaths.length === 1 ? 'path' : 'paths'} from ${start.title} to ${end.title}.`
        : `No path from ${start.title} to ${end.title} within ${maxHops.value} moves.`;
    } catch (error) {
      if (isAbortError(error)) return;
      results.replaceChildren();
      status.textContent = `Could not find paths: ${errorMessage(error)}`;
    } finally {
      panel.removeAttribute('aria-busy');
    }
  }

  function prefill(start: RoleRef | null, end: RoleRef | null): void {
    if (start) from.select(roleOption(start));
    if (end) to.select(roleOption(end));
    if (start && end) void run();
  }

  return { panel, prefill };
}

function renderPath(path: CareerPath): HTMLElement {
  const titleId = uniqueId('path');
  const { totals } = path;
  return h(
    'li',
    { class: 'path-card', 'aria-labelledby': titleId },
    h(
      'div',
      { class: 'path-head' },
      h('h3', { id: titleId }, `#${path.rank}`, h('span', { class: 'chain' }, path.roles.map((role) => role.title).join(' → '))),
      h(
        'p',
        { class: 'path-totals' },
        `${totals.hops} ${totals.hops === 1 ? 'move' : 'moves'} · ${formatYears(totals.typicalYears)} · gap ${totals.gap.toFixed(2)} · salary ${formatSalaryChange(totals.salaryChange)} · score ${formatScore(totals.score)}`,
      ),
    ),
    h(
      'table',
      { class: 'data-table steps-table' },
      h('caption', { class: 'visually-hidden' }, `Moves of path ${path.rank}`),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Move'), h('th', { scope: 'col' }, 'Kind'), h('th', { scope: 'col' }, 'Years'), h('th', { scope: 'col' }, 'Skills to gain (level gap, 0-7)'))),
      h(
        'tbody',
        {},
        ...path.steps.map((step) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, `${step.from.title} → ${step.to.title}`),
            h('td', {}, h('span', { class: `kind ${step.kind.toLowerCase()}` }, formatKind(step.kind))),
            h('td', { class: 'num' }, step.typicalYears === null ? '?' : String(step.typicalYears)),
            h(
              'td',
              {},
              step.bridgingSkills.length === 0
                ? 'none'
                : [
                    ...step.bridgingSkills
                      .slice(0, SKILLS_PER_STEP)
                      .map((item) => `${item.skill.name} (+${formatLevel(item.levelGap)}${item.credit ? `; ${creditLabel(item.credit)}` : ''})`),
                    ...(step.bridgingSkills.length > SKILLS_PER_STEP ? [`and ${step.bridgingSkills.length - SKILLS_PER_STEP} more`] : []),
                  ].join(', '),
            ),
          ),
        ),
      ),
    ),
  );
}

/** The select's value as the API's enum: its options are RANKINGS, so any other value cannot occur. */
function selectedRanking(value: string): PathRanking {
  const ranking = RANKINGS.find((candidate) => candidate.value === value);
  if (!ranking) throw new Error(`Unknown path ranking ${value}`);
  return ranking.value;
}
