/**
 * An autocomplete input (WAI-ARIA combobox with a listbox popup): type to search, ArrowUp/ArrowDown
 * to move, Enter to choose (the first hit when none is highlighted, even if the results are still on
 * their way), Escape to close. Once a value is chosen, Enter is left to the surrounding form.
 */
import { h, uniqueId } from './dom.js';
import { errorMessage, isAbortError } from './graphqlRequest.js';

export interface ComboboxOption<T> {
  value: T;
  label: string;
  /** A second, dimmer line (e.g. what the search matched on). */
  detail?: string;
}

export interface ComboboxOptions<T> {
  label: string;
  placeholder?: string;
  /** Fetches the options for the typed text; aborted when the text changes again. */
  search(text: string, signal: AbortSignal): Promise<ComboboxOption<T>[]>;
  onSelect?(option: ComboboxOption<T>): void;
  /** Milliseconds of quiet typing before searching. Default 150. */
  debounceMs?: number;
  /** Input name (for tests and autofill hints). */
  name?: string;
}

export interface Combobox<T> {
  /** The label, input and popup, to place in a form. */
  element: HTMLElement;
  input: HTMLInputElement;
  /** The chosen option, or null while the text is not a chosen option. */
  readonly selected: ComboboxOption<T> | null;
  select(option: ComboboxOption<T>, notify?: boolean): void;
  clear(): void;
}

export function createCombobox<T>(options: ComboboxOptions<T>): Combobox<T> {
  const inputId = uniqueId('combo-input');
  const listId = uniqueId('combo-list');
  const debounceMs = options.debounceMs ?? 150;

  const input = h('input', {
    id: inputId,
    type: 'text',
    name: options.name,
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    placeholder: options.placeholder,
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'combo-list', 'aria-label': `${options.label} suggestions`, hidden: true });
  const message = h('p', { class: 'combo-message', role: 'status', 'aria-live': 'polite' });
  const element = h('div', { class: 'combo' }, h('label', { for: inputId }, options.label), h('div', { class: 'combo-box' }, input, list), message);

  let items: ComboboxOption<T>[] = [];
  let active = -1;
  let selected: ComboboxOption<T> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | undefined;
  /** The text the shown suggestions were found for (they may lag behind what is typed). */
  let resultsFor: string | null = null;
  let chooseFirstWhenReady = false;

  function open(): void {
    list.hidden = items.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
  }
  function close(): void {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }
  function render(): void {
    list.replaceChildren(
      ...items.map((item, index) => {
        const option = h(
          'li',
          { id: `${listId}-${index}`, role: 'option', class: 'combo-option', 'aria-selected': String(index === active) },
          h('span', { class: 'combo-option-label' }, item.label),
          item.detail ? h('span', { class: 'combo-option-detail' }, item.detail) : null,
        );
        // mousedown would blur the input (and close the list) before click lands.
        option.addEventListener('mousedown', (event) => event.preventDefault());
        option.addEventListener('click', () => choose(index));
        return option;
      }),
    );
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', `${listId}-${active}`);
      list.children[active]?.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }
  function choose(index: number): void {
    const item = items[index];
    if (!item) return;
    select(item, true);
  }
  function select(item: ComboboxOption<T>, notify = false): void {
    selected = item;
    input.value = item.label;
    element.classList.add('has-value');
    close();
    message.textContent = '';
    if (notify) options.onSelect?.(item);
  }

  async function runSearch(text: string): Promise<void> {
    controller?.abort();
    controller = new AbortController();
    const signal = controller.signal;
    try {
      const found = await options.search(text, signal);
      if (signal.aborted) return;
      items = found;
      resultsFor = text;
      active = -1;
      message.textContent = found.length === 0 ? `No match for “${text}”.` : '';
      render();
      if (chooseFirstWhenReady) {
        chooseFirstWhenReady = false;
        if (items.length > 0) choose(0);
        return;
      }
      if (document.activeElement === input) open();
    } catch (error) {
      if (isAbortError(error)) return;
      chooseFirstWhenReady = false;
      items = [];
      message.textContent = errorMessage(error);
      close();
    }
  }

  input.addEventListener('input', () => {
    selected = null;
    element.classList.remove('has-value');
    chooseFirstWhenReady = false;
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length === 0) {
      controller?.abort();
      items = [];
      resultsFor = null;
      message.textContent = '';
      close();
      return;
    }
    timer = setTimeout(() => void runSearch(text), debounceMs);
  });

  input.addEventListener('keydown', (event) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (items.length === 0) return;
        event.preventDefault();
        if (list.hidden) open();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        active = (active + step + items.length) % items.length;
        render();
        break;
      }
      case 'Enter': {
        if (selected && list.hidden) return; // a chosen value: let the form submit
        const text = input.value.trim();
        if (text.length === 0) return;
        event.preventDefault();
        if (active >= 0) choose(active);
        else if (resultsFor === text) choose(0);
        else chooseFirstWhenReady = true; // the search for this text is still running
        break;
      }
      case 'Escape':
        if (!list.hidden) {
          event.preventDefault();
          close();
        }
        break;
      case 'Tab':
        close();
        break;
    }
  });
  input.addEventListener('focus', () => {
    if (!selected && items.length > 0) open();
  });
  input.addEventListener('blur', () => close());

  return {
    element,
    input,
    get selected() {
      return selected;
    },
    select,
    clear() {
      selected = null;
      items = [];
      resultsFor = null;
      input.value = '';
      element.classList.remove('has-value');
      close();
    },
  };
}
