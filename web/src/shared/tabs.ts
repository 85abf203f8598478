/**
 * WAI-ARIA tabs with automatic activation: ArrowLeft/ArrowRight (and Home/End) move between tabs,
 * only the selected tab is in the Tab order, and each panel is labelled by its tab.
 */
import { h, uniqueId } from './dom.js';

export interface TabDefinition {
  id: string;
  label: string;
  panel: HTMLElement;
}

export interface Tabs {
  element: HTMLElement;
  readonly current: string;
  show(id: string, focusTab?: boolean): void;
}

export function createTabs(label: string, definitions: TabDefinition[], onShow: (id: string) => void): Tabs {
  const prefix = uniqueId('tab');
  const buttons = definitions.map((definition) =>
    h('button', { type: 'button', role: 'tab', id: `${prefix}-${definition.id}`, 'aria-controls': `${prefix}-${definition.id}-panel`, class: 'tab' }, definition.label),
  );
  const tablist = h('div', { role: 'tablist', 'aria-label': label, class: 'tablist' }, ...buttons);
  const panels = definitions.map((definition) => {
    const panel = definition.panel;
    panel.id = `${prefix}-${definition.id}-panel`;
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', `${prefix}-${definition.id}`);
    panel.classList.add('tabpanel');
    return panel;
  });
  const element = h('div', { class: 'tabs' }, tablist, ...panels);
  let current = definitions[0]?.id ?? '';

  function show(id: string, focusTab = false): void {
    const index = definitions.findIndex((definition) => definition.id === id);
    if (index < 0) return;
    current = id;
    buttons.forEach((button, i) => {
      button.setAttribute('aria-selected', String(i === index));
      button.tabIndex = i === index ? 0 : -1;
    });
    panels.forEach((panel, i) => {
      panel.hidden = i !== index;
    });
    if (focusTab) buttons[index]?.focus();
    onShow(id);
  }

  buttons.forEach((button, index) => {
    button.addEventListener('click', () => show(definitions[index]!.id));
    button.addEventListener('keydown', (event) => {
      const last = definitions.length - 1;
      const target =
        event.key === 'ArrowRight' ? (index === last ? 0 : index + 1)
        : event.key === 'ArrowLeft' ? (index === 0 ? last : index - 1)
        : event.key === 'Home' ? 0
        : event.key === 'End' ? last
        : -1;
      if (target < 0) return;
      event.preventDefault();
      show(definitions[target]!.id, true);
    });
  });

  return {
    element,
    get current() {
      return current;
    },
    show,
  };
}
