/**
 * The first screen, shown in the Next roles tab while no role is chosen: what the explorer does,
 * "Continue with <last role>" when this browser opened one before, and example occupations from
 * different fields (exampleRoles.ts), each one click away. Only roles the graph holds are offered;
 * their titles and fields come from the API.
 */
import { EXAMPLE_ROLES, examplesInGraph, exampleRolesVariables, ROLE_TITLE, type ExampleRole, type ExampleRolesResult, type RoleRef } from './operations.js';
import { h, uniqueId } from '../shared/dom.js';
import { errorMessage, graphqlRequest } from '../shared/graphqlRequest.js';

export interface FirstScreen {
  element: HTMLElement;
  /** Asks the API for the examples and for the last role (`lastSlug`, if any), then shows both. */
  load(lastSlug: string | null): Promise<void>;
}

export function createFirstScreen(open: (role: RoleRef) => void): FirstScreen {
  const titleId = uniqueId('first-screen-title');
  const examplesId = uniqueId('example-roles');
  const continueSlot = h('div', { class: 'continue-slot' });
  const examplesHeading = h('h3', { id: examplesId, hidden: true }, 'Start with an example');
  const examples = h('ul', { class: 'example-roles', role: 'list', 'aria-labelledby': examplesId });
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const element = h(
    'section',
    { class: 'first-screen', 'aria-labelledby': titleId },
    h('h2', { id: titleId, class: 'panel-title' }, 'Explore where any occupation can lead'),
    h(
      'p',
      { class: 'lead' },
      'Career Graph maps roles, the skills they require and the moves people make between them. Choose a role to see where it can lead, ',
      'what each move takes and how your own skills compare. Search for one above, or start here.',
    ),
    continueSlot,
    examplesHeading,
    examples,
    status,
  );

  /** A real link (it works in a new tab too); a plain click opens the role in this page. */
  function roleLink(role: RoleRef, className: string, ...content: (Node | string)[]): HTMLAnchorElement {
    const link = h('a', { class: className, href: `?${new URLSearchParams({ role: role.slug, tab: 'profile' })}` }, ...content);
    link.addEventListener('click', (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      open({ slug: role.slug, title: role.title });
    });
    return link;
  }

  async function load(lastSlug: string | null): Promise<void> {
    element.setAttribute('aria-busy', 'true');
    status.textContent = 'Loading examples…';
    const [found, last] = await Promise.allSettled([
      graphqlRequest<ExampleRolesResult>(EXAMPLE_ROLES, exampleRolesVariables()),
      lastSlug ? graphqlRequest(ROLE_TITLE, { slug: lastSlug }) : Promise.resolve({ role: null }),
    ]);
    // A remembered role the graph no longer holds (or cannot be asked about) is not offered: no message.
    const lastRole = last.status === 'fulfilled' ? last.value.role : null;
    continueSlot.replaceChildren(
      ...(lastRole ? [h('p', { class: 'continue' }, roleLink(lastRole, 'continue-link', 'Continue with ', h('strong', {}, lastRole.title)))] : []),
    );
    if (found.status === 'fulfilled') {
      renderExamples(examplesInGraph(found.value));
    } else {
      renderExamples([]);
      status.textContent = `Could not load the examples: ${errorMessage(found.reason)}`;
    }
    element.removeAttribute('aria-busy');
  }

  function renderExamples(roles: ExampleRole[]): void {
    examplesHeading.hidden = roles.length === 0;
    examples.replaceChildren(
      ...roles.map((role) =>
        h(
          'li',
          {},
          roleLink(
            role,
            'example-role',
            h('span', { class: 'role-item-title' }, role.title),
            ...(role.family ? [h('span', { class: 'role-item-meta' }, role.family.name)] : []),
          ),
        ),
      ),
    );
    status.textContent = '';
  }

  return { element, load };
}
