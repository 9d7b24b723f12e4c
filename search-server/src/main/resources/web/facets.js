// The facets, with their counts: checkboxes for route, condition and mode (any of them), a
// checkbox for insurance, and single choices for psychotherapy, price and distance. A change asks
// app.js to search again with the changed URL parameters.

import {el, fill, $} from './dom.js';
import {dollars} from './render.js';
import {MULTI} from './url-state.js';

const PRICE_CEILINGS = [['<250', 250], ['250-500', 500], ['500-750', 750]];

export function renderFacets(facets, state, labels, onChange) {
  const groups = [];
  groups.push(multi('route', 'Treatment', facets.route, state.route, labels.route, onChange));
  groups.push(multi('condition', 'Condition', facets.condition, state.condition, labels.condition, onChange));
  groups.push(multi('mode', 'How care is given', facets.mode, state.mode, labels.mode, onChange));
  const insured = (facets.insurance && facets.insurance.true) || 0;
  if (insured > 0 || state.insurance) {
    groups.push(el('fieldset', {class: 'facet'}, el('legend', {text: 'Insurance'}),
      checkbox('f-insurance', `Takes insurance (${insured})`, Boolean(state.insurance),
        (on) => onChange({insurance: on ? 'true' : ''}))));
  }
  const therapy = facets.psychotherapy || {};
  groups.push(single('psychotherapy', 'Psychotherapy', state.psychotherapy, [
    ['', 'Any'],
    ['true', `Included (${therapy.true || 0})`],
    ['false', `Medication only (${therapy.false || 0})`],
  ], onChange));
  const price = facets.price || {};
  let running = 0;
  const ceilings = PRICE_CEILINGS.map(([band, ceiling]) => {
    running += price[band] || 0;
    return [String(ceiling), `Up to ${dollars(ceiling)} (${running})`];
  });
  groups.push(single('maxPrice', 'Price per session', state.maxPrice, [['', 'Any price'], ...ceilings], onChange));
  const distance = facets.distance || {};
  const bands = Object.keys(distance);
  if (bands.length) {
    groups.push(single('radius', 'Distance', state.radius, [['', 'Any distance'],
      ...bands.map((miles) => [miles, `Within ${miles} mi (${distance[miles]})`])], onChange));
  }
  fill($('facets'), groups.filter(Boolean));
  // Folded on a phone, the panel says how many of its filters are on.
  const on = MULTI.reduce((n, name) => n + state[name].length, 0)
    + ['insurance', 'maxPrice', 'psychotherapy', 'radius'].filter((name) => state[name]).length;
  $('filters-heading').textContent = on ? `Sort and filter (${on} on)` : 'Sort and filter';
}

/** Checkboxes for values with results, plus the chosen ones (so they can be unchosen). */
function multi(name, legend, counts, chosen, labels, onChange) {
  const values = Object.keys(counts || {}).filter((v) => counts[v] > 0 || chosen.includes(v));
  for (const v of chosen) if (!values.includes(v)) values.push(v);
  if (!values.length) return null;
  return el('fieldset', {class: 'facet'}, el('legend', {text: legend}),
    values.map((value) => checkbox(`f-${name}-${value}`, `${labels[value] || value} (${(counts && counts[value]) || 0})`,
      chosen.includes(value),
      (on) => onChange({[name]: on ? [...chosen, value] : chosen.filter((v) => v !== value)}))));
}

// The label holds its input, so that the whole row, box and words, is one target a thumb can hit.
function checkbox(id, text, checked, onToggle) {
  return el('label', {class: 'option', for: id},
    el('input', {type: 'checkbox', id, checked: checked || null,
      on: {change: (event) => onToggle(event.target.checked)}}),
    text);
}

function single(name, legend, chosen, options, onChange) {
  return el('fieldset', {class: 'facet'}, el('legend', {text: legend}),
    options.map(([value, text]) => {
      const id = `f-${name}-${value || 'any'}`;
      return el('label', {class: 'option', for: id},
        el('input', {type: 'radio', id, name: `f-${name}`, value, checked: (chosen || '') === value || null,
          on: {change: () => onChange({[name]: value})}}),
        text);
    }));
}
