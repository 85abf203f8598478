/**
 * The "Skill gap" tab: a profile of skills with levels (O*NET LV 0-7), checked against a target role
 * (`skillGap`) together with the roles that fit it (`recommendRoles`) and the skill worth learning
 * next (`skillLeverage`). Without a target only the recommendations are shown.
 */
import { createRoleSearch, createSkillSearch, roleOption, type SkillRef } from './roleSearch.js';
import {
  RECOMMENDATIONS_ONLY,
  SKILL_GAP,
  type GapItem,
  type RecommendationsResult,
  type RoleRef,
  type SkillGapResult,
  type SkillProfileInput,
} from './operations.js';
import { h, uniqueId } from '../shared/dom.js';
import { formatLevel, formatPercent, formatScore } from '../shared/format.js';
import { errorMessage, graphqlRequest, isAbortError } from '../shared/graphqlRequest.js';
import { meter } from '../shared/meter.js';
import { creditLabel } from './creditLabel.js';

export interface SkillGapActions {
  explore(role: RoleRef): void;
}

export interface SkillGapChecker {
  panel: HTMLElement;
  setTarget(role: RoleRef): void;
}

const LEVELS: { value: number; label: string }[] = [
  { value: 0, label: '0 · none' },
  { value: 1, label: '1 · beginner' },
  { value: 2, label: '2 · basic' },
  { value: 3, label: '3 · working' },
  { value: 4, label: '4 · intermediate' },
  { value: 5, label: '5 · advanced' },
  { value: 6, label: '6 · expert' },
  { value: 7, label: '7 · top' },
];

interface ProfileEntry {
  skill: SkillRef;
  level: number;
}

function levelSelect(id: string, value: number, label?: string): HTMLSelectElement {
  return h(
    'select',
    { id, 'aria-label': label },
    ...LEVELS.map((level) => h('option', { value: level.value, selected: level.value === value }, level.label)),
  );
}

export function createSkillGapChecker(actions: SkillGapActions): SkillGapChecker {
  const target = createRoleSearch({ label: 'Target role', name: 'gap-target', placeholder: 'e.g. Cloud Architect' });
  const skill = createSkillSearch({ label: 'Skill', name: 'gap-skill', placeholder: 'e.g. Kubernetes, k8s, Python' });
  const newLevelId = uniqueId('level');
  const newLevel = levelSelect(newLevelId, 4);
  const addButton = h('button', { type: 'button' }, 'Add skill');
  const profileHeadingId = uniqueId('profile');
  const profileList = h('ul', { class: 'profile-list', 'aria-labelledby': profileHeadingId });
  const formStatus = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const results = h('div', { class: 'gap-results', role: 'region', 'aria-label': 'Skill gap results', tabindex: '-1' });

  const form = h(
    'form',
    { class: 'gap-form', 'aria-label': 'Check a skill gap' },
    target.element,
    h('fieldset', { class: 'add-skill' }, h('legend', {}, 'Your skills'), skill.element, h('div', { class: 'field small' }, h('label', { for: newLevelId }, 'Level (0-7)'), newLevel), addButton),
    h('h3', { id: profileHeadingId, class: 'visually-hidden' }, 'Skills in your profile'),
    profileList,
    h('button', { type: 'submit', class: 'primary' }, 'Check gap'),
    formStatus,
  );
  const panel = h('section', { class: 'skill-gap' }, h('div', { class: 'gap-form-column' }, h('h2', { class: 'panel-title' }, 'Skill gap'), form), results);

  const profile: ProfileEntry[] = [];
  let controller: AbortController | undefined;
  renderResultsPlaceholder();
  renderProfile();

  function renderResultsPlaceholder(): void {
    results.replaceChildren(h('p', { class: 'muted' }, 'Add the skills you have with a level, choose a target role, then press “Check gap”.'));
  }

  function addSkill(): void {
    const chosen = skill.selected?.value;
    if (!chosen) {
      formStatus.textContent = skill.input.value.trim() ? 'Pick a skill from the suggestions first.' : 'Type a skill name first.';
      skill.input.focus();
      return;
    }
    const level = Number(newLevel.value);
    const existing = profile.find((entry) => entry.skill.slug === chosen.slug);
    if (existing) existing.level = level;
    else profile.push({ skill: chosen, level });
    formStatus.textContent = `${chosen.name} at level ${level} is in your profile.`;
    skill.clear();
    renderProfile();
    skill.input.focus();
  }

  addButton.addEventListener('click', addSkill);
  // Enter in the skill field chooses a suggestion; Enter again adds it (instead of submitting the
  // form). Capture runs before the combobox's own handler, so one Enter never does both.
  skill.input.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Enter' && skill.selected && skill.input.getAttribute('aria-expanded') !== 'true') {
        event.preventDefault();
        event.stopImmediatePropagation();
        addSkill();
      }
    },
    { capture: true },
  );

  function renderProfile(): void {
    if (profile.length === 0) {
      profileList.replaceChildren(h('li', { class: 'muted' }, 'No skills yet.'));
      return;
    }
    profileList.replaceChildren(
      ...profile.map((entry, index) => {
        const id = uniqueId('profile-level');
        const select = levelSelect(id, entry.level, `Level of ${entry.skill.name}`);
        select.addEventListener('change', () => {
          entry.level = Number(select.value);
        });
        return h(
          'li',
          {},
          h('span', { class: 'profile-skill' }, entry.skill.name),
          select,
          h(
            'button',
            {
              type: 'button',
              class: 'icon-button',
              'aria-label': `Remove ${entry.skill.name}`,
              onclick: () => {
                profile.splice(index, 1);
                formStatus.textContent = `${entry.skill.name} removed.`;
                renderProfile();
                addButton.focus();
              },
            },
            '×',
          ),
        );
      }),
    );
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void check();
  });

  async function check(): Promise<void> {
    if (profile.length === 0) {
      formStatus.textContent = 'Add at least one skill to your profile.';
      skill.input.focus();
      return;
    }
    const targetRole = target.selected?.value ?? null;
    if (!targetRole && target.input.value.trim()) {
      formStatus.textContent = 'Pick the target role from the suggestions (or clear the field).';
      target.input.focus();
      return;
    }
    const input: SkillProfileInput = { skills: profile.map((entry) => ({ skill: entry.skill.slug, level: entry.level })) };
    controller?.abort();
    controller = new AbortController();
    formStatus.textContent = 'Checking…';
    results.setAttribute('aria-busy', 'true');
    try {
      if (targetRole) {
        const data = await graphqlRequest(SKILL_GAP, { target: targetRole.slug, profile: input }, controller.signal);
        renderResults(targetRole, data);
      } else {
        const data = await graphqlRequest(RECOMMENDATIONS_ONLY, { profile: input }, controller.signal);
        renderResults(null, data);
      }
      formStatus.textContent = `Checked ${profile.length} ${profile.length === 1 ? 'skill' : 'skills'}${targetRole ? ` against ${targetRole.title}` : ''}.`;
    } catch (error) {
      if (isAbortError(error)) return;
      formStatus.textContent = `Could not check the gap: ${errorMessage(error)}`;
    } finally {
      results.removeAttribute('aria-busy');
    }
  }

  function renderResults(targetRole: RoleRef | null, data: RecommendationsResult & Partial<Pick<SkillGapResult, 'skillGap'>>): void {
    const sections: HTMLElement[] = [];
    if (targetRole && data.skillGap) {
      const gap = data.skillGap;
      sections.push(
        h(
          'section',
          { class: 'gap-summary', 'aria-label': `Gap to ${targetRole.title}` },
          h('h3', {}, `Gap to ${targetRole.title}`),
          h(
            'div',
            { class: 'coverage' },
            h('span', { class: 'coverage-value', 'data-testid': 'coverage' }, formatPercent(gap.coverage)),
            h('span', { class: 'coverage-label' }, 'coverage'),
            h('span', {
              class: 'coverage-bar',
              role: 'meter',
              'aria-label': 'Coverage',
              'aria-valuemin': '0',
              'aria-valuemax': '100',
              'aria-valuenow': String(Math.round(gap.coverage * 100)),
              style: `--fill:${Math.round(gap.coverage * 100)}%`,
            }),
            h('span', { class: 'gap-total' }, `total gap ${gap.gap.toFixed(2)}`),
          ),
          gap.unresolvedSkills.length ? h('p', { class: 'warning' }, `Not recognised: ${gap.unresolvedSkills.join(', ')}`) : null,
          h(
            'div',
            { class: 'gap-columns' },
            gapList('Missing', 'missing', gap.missing),
            gapList('Partial', 'partial', gap.partial),
            gapList('Met', 'met', gap.met),
          ),
        ),
      );
    }
    const best = data.skillLeverage[0];
    sections.push(
      h(
        'section',
        { class: 'recommendations', 'aria-label': 'Recommendations' },
        h('h3', {}, 'Roles that fit your skills'),
        data.recommendRoles.length
          ? h(
              'ol',
              { class: 'recommend-list' },
              ...data.recommendRoles.map((match) =>
                h(
                  'li',
                  {},
                  h('button', { type: 'button', class: 'link-button', onclick: () => actions.explore(match.role) }, match.role.title),
                  h('span', { class: 'muted' }, `coverage ${formatPercent(match.coverage)} · score ${formatScore(match.score)}`),
                ),
              ),
            )
          : h('p', { class: 'muted' }, 'No role requires these skills.'),
        h('h3', {}, 'Best skill to learn next'),
        best
          ? h(
              'p',
              { class: 'leverage' },
              h('strong', {}, best.skill.name),
              ` unlocks ${best.rolesUnlocked} ${best.rolesUnlocked === 1 ? 'role' : 'roles'} (coverage above 70 %) · score ${formatScore(best.score)}`,
            )
          : h('p', { class: 'muted' }, 'Nothing to suggest.'),
      ),
    );
    results.replaceChildren(...sections);
  }

  return {
    panel,
    setTarget(role) {
      target.select(roleOption(role));
    },
  };
}

function gapList(title: string, variant: string, items: GapItem[]): HTMLElement {
  const id = uniqueId(`gap-${variant}`);
  return h(
    'div',
    { class: `gap-list ${variant}` },
    h('h4', { id }, `${title} (${items.length})`),
    items.length
      ? h(
          'ul',
          { 'aria-labelledby': id },
          ...items.map((item) =>
            h(
              'li',
              {},
              h('span', { class: 'gap-skill' }, item.skill.name),
              item.credit ? h('span', { class: 'credit', title: item.credit.explanation }, creditLabel(item.credit)) : null,
              meter(item.importance, variant),
              h(
                'span',
                { class: 'gap-meta' },
                `importance ${formatPercent(item.importance)}` + (item.levelGap > 0 ? ` · level ${formatLevel(item.currentLevel)} → ${formatLevel(item.requiredLevel)}` : ''),
              ),
            ),
          ),
        )
      : h('p', { class: 'muted' }, 'None.'),
  );
}
