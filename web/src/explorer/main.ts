/**
 * The career-path explorer at /: one role search drives four tabs (next roles, path finder, skill gap,
 * role profile). The chosen role, tab and number of moves live in the URL (?role=…&tab=…&hops=…),
 * so a view can be bookmarked and the Back button works. Without a role in the URL the page opens on
 * the first screen (firstScreen.ts); the last role opened is remembered for it (lastRole.ts).
 */
import './styles.css';
import { createFirstScreen } from './firstScreen.js';
import { lastRoleSlug, rememberLastRole } from './lastRole.js';
import { createNextRolesView } from './nextRolesView.js';
import { ROLE_TITLE, type RoleRef } from './operations.js';
import { createPathFinder } from './pathFinder.js';
import { createRoleProfileView } from './roleProfileView.js';
import { createRoleSearch, roleOption } from './roleSearch.js';
import { createSkillGapChecker } from './skillGapChecker.js';
import { h, uniqueId } from '../shared/dom.js';
import { errorMessage, graphqlRequest } from '../shared/graphqlRequest.js';
import { createTabs } from '../shared/tabs.js';

type TabId = 'next' | 'paths' | 'gap' | 'profile';
const TAB_IDS: TabId[] = ['next', 'paths', 'gap', 'profile'];

const main = document.getElementById('main')!;

let currentRole: RoleRef | null = null;
let hops = 2;

// Opening a role from the first screen moves the focus to its Role profile tab: the link is gone.
const firstScreen = createFirstScreen((role) => void chooseRole(role, 'profile', true));
const nextRoles = createNextRolesView({
  showProfile(role) {
    void chooseRole(role, 'profile');
  },
  findPaths(from, to) {
    pathFinder.prefill(from, to);
    tabs.show('paths');
    syncUrl();
  },
}, firstScreen.element);
const pathFinder = createPathFinder();
const skillGap = createSkillGapChecker({
  explore(role) {
    void chooseRole(role, 'next');
  },
});
const profile = createRoleProfileView();

const roleSearch = createRoleSearch({
  label: 'Role',
  name: 'role',
  placeholder: 'Search a role, e.g. Cloud Architect',
  onSelect: (option) => void chooseRole(option.value, tabs.current === 'profile' ? 'profile' : 'next'),
});
const hopsId = uniqueId('hops');
const hopsSelect = h('select', { id: hopsId, name: 'hops' }, ...[1, 2, 3, 4].map((n) => h('option', { value: n, selected: n === hops }, String(n))));
hopsSelect.addEventListener('change', () => {
  hops = Number(hopsSelect.value);
  if (currentRole) void nextRoles.load(currentRole, hops);
  syncUrl();
});
const roleForm = h(
  'form',
  { class: 'role-bar', role: 'search', 'aria-label': 'Choose a role' },
  roleSearch.element,
  h('div', { class: 'field small' }, h('label', { for: hopsId }, 'Moves (hops)'), hopsSelect),
  h('button', { type: 'submit', class: 'primary' }, 'Explore'),
);
roleForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const chosen = roleSearch.selected?.value;
  if (chosen) void chooseRole(chosen, 'next');
  else roleSearch.input.focus();
});

const tabs = createTabs(
  'Explorer views',
  [
    { id: 'next', label: 'Next roles', panel: nextRoles.panel },
    { id: 'paths', label: 'Path finder', panel: pathFinder.panel },
    { id: 'gap', label: 'Skill gap', panel: skillGap.panel },
    { id: 'profile', label: 'Role profile', panel: profile.panel },
  ],
  (id) => {
    if (id === 'next') requestAnimationFrame(() => nextRoles.shown());
    if (id === 'profile' && currentRole) void profile.load(currentRole);
    syncUrl();
  },
);

main.append(roleForm, tabs.element);

async function chooseRole(role: RoleRef, tab: TabId, focusTab = false): Promise<void> {
  currentRole = role;
  rememberLastRole(role.slug);
  if (roleSearch.selected?.value.slug !== role.slug) roleSearch.select(roleOption(role));
  pathFinder.prefill(role, null);
  skillGap.setTarget(role);
  tabs.show(tab, focusTab); // loads the profile when that tab is shown
  await nextRoles.load(role, hops);
}

function syncUrl(): void {
  const params = new URLSearchParams();
  if (currentRole) params.set('role', currentRole.slug);
  params.set('tab', tabs.current);
  params.set('hops', String(hops));
  const url = `${location.pathname}?${params}`;
  if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
}

async function restoreFromUrl(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const requestedHops = Number(params.get('hops'));
  if (requestedHops >= 1 && requestedHops <= 4) {
    hops = requestedHops;
    hopsSelect.value = String(hops);
  }
  const tab = TAB_IDS.find((id) => id === params.get('tab')) ?? 'next';
  tabs.show(tab);
  const slug = params.get('role');
  if (!slug) {
    showFirstScreen();
    return;
  }
  try {
    const data = await graphqlRequest(ROLE_TITLE, { slug });
    if (data.role) {
      await chooseRole(data.role, tab);
      return;
    }
  } catch (error) {
    console.error(`Could not restore role ${slug}: ${errorMessage(error)}`);
  }
  showFirstScreen(); // the linked role is not in the graph (or the API did not answer)
}

function showFirstScreen(): void {
  nextRoles.showIntro();
  roleSearch.input.focus();
  void firstScreen.load(lastRoleSlug());
}

void restoreFromUrl();
