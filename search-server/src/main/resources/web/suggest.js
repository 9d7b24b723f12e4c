// Autocomplete for the search box from /api/v1/suggest, as an ARIA 1.2 combobox: arrows move
// through the suggestions, Enter takes one, Escape closes the list. Suggestions are text only.

import {el, fill} from './dom.js';

/** The suggest endpoint's kinds, as shown beside each suggestion. */
const KIND_NAMES = {condition: 'Condition', route: 'Treatment', mode: 'Way of care',
  insurance: 'Insurance', price: 'Price', provider: 'Provider', article: 'Article', place: 'Place'};

/**
 * @param input the combobox input
 * @param list its listbox
 * @param onChoose called with the chosen suggestion ({text, kind, value?, url?})
 */
export function attachSuggestions(input, list, onChoose) {
  let items = [];
  let active = -1;
  let timer = 0;
  let controller = null;

  const close = () => {
    // A list still on its way (typed just before the search was sent) is not shown either.
    clearTimeout(timer);
    if (controller) controller.abort();
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const show = (suggestions) => {
    items = suggestions;
    active = -1;
    fill(list, suggestions.map((s, i) => el('li', {id: `q-option-${i}`, role: 'option', class: 'suggestion',
      'aria-selected': 'false', on: {mousedown: (event) => {
        event.preventDefault();
        choose(i);
      }}},
    el('span', {class: 'suggestion-text', text: s.text}),
    KIND_NAMES[s.kind] ? el('span', {class: 'suggestion-kind', text: KIND_NAMES[s.kind]}) : null)));
    if (suggestions.length) {
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    } else {
      close();
    }
  };

  const move = (to) => {
    if (!items.length) return;
    active = (to + items.length) % items.length;
    list.querySelectorAll('[role=option]').forEach((option, i) =>
      option.setAttribute('aria-selected', String(i === active)));
    input.setAttribute('aria-activedescendant', `q-option-${active}`);
  };

  const choose = (i) => {
    const chosen = items[i];
    close();
    if (chosen) onChoose(chosen);
  };

  const fetchSuggestions = async () => {
    const text = input.value.trim();
    if (text.length < 2) {
      close();
      return;
    }
    if (controller) controller.abort();
    controller = new AbortController();
    try {
      const response = await fetch(`/api/v1/suggest?q=${encodeURIComponent(text)}`,
        {signal: controller.signal, headers: {Accept: 'application/json'}});
      if (!response.ok) {
        close();
        return;
      }
      const body = await response.json();
      if (input.value.trim() !== text || document.activeElement !== input) return;
      show(Array.isArray(body.suggestions) ? body.suggestions.filter((s) => s && typeof s.text === 'string').slice(0, 8) : []);
    } catch (e) {
      // Autocomplete is a convenience: when it fails, the box still searches.
      if (e.name !== 'AbortError') close();
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, 150);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (list.hidden) fetchSuggestions();
      else move(active + 1);
    } else if (event.key === 'ArrowUp') {
      if (!list.hidden) {
        event.preventDefault();
        move(active - 1);
      }
    } else if (event.key === 'Enter' && !list.hidden && active >= 0) {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape' && !list.hidden) {
      event.preventDefault();
      close();
    }
  });
  // Closed a moment after the box loses focus, not at once: on a phone the list sits in the page,
  // and closing it as a tap begins would move the Search button from under the finger.
  input.addEventListener('blur', () => setTimeout(() => {
    if (document.activeElement !== input) close();
  }, 250));
  return {close};
}
