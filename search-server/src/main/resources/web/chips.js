// How the search was understood, as removable chips ("IV", "PTSD", "Within 25 mi of Austin, TX"),
// the API's notices and "did you mean", and what to try when little or nothing matched.

import {el, fill, $} from './dom.js';
import {dollars, languageName} from './render.js';

const RADII = [5, 10, 25, 50, 100, 250, 500];

/**
 * The chips of a response. Each says how to remove it: by dropping URL parameters when it came
 * from one, else by editing the text (`text` names the meaning for /page-api/without).
 */
export function chipsFor(response, state, labels) {
  const chips = [];
  const understood = response.query.interpreted;
  const fromParams = (name) => state[name].length > 0;
  for (const route of understood.routes) {
    chips.push({key: `route:${route}`, label: labels.route[route] || route,
      remove: fromParams('route') ? {params: {route: state.route.filter((r) => r !== route)}} : {text: `route:${route}`}});
  }
  for (const condition of understood.conditions) {
    chips.push({key: `condition:${condition}`, label: labels.condition[condition] || condition,
      remove: fromParams('condition')
        ? {params: {condition: state.condition.filter((c) => c !== condition)}} : {text: `condition:${condition}`}});
  }
  for (const mode of understood.modes) {
    chips.push({key: `mode:${mode}`, label: labels.mode[mode] || mode,
      remove: fromParams('mode') ? {params: {mode: state.mode.filter((m) => m !== mode)}} : {text: `mode:${mode}`}});
  }
  if (understood.insurancePlans.length) {
    for (const plan of understood.insurancePlans) {
      chips.push({key: `plan:${plan}`, label: `Takes ${titleCase(plan)}`, remove: {text: `plan:${plan}`}});
    }
  } else if (understood.insurance) {
    chips.push({key: 'insurance', label: 'Takes insurance',
      remove: state.insurance ? {params: {insurance: ''}} : {text: 'insurance'}});
  }
  if (understood.maxPrice != null) {
    chips.push({key: 'maxPrice', label: `Up to ${dollars(understood.maxPrice)} a session`,
      remove: state.maxPrice ? {params: {maxPrice: ''}} : {text: 'maxPrice'}});
  }
  if (understood.psychotherapy != null) {
    chips.push({key: 'psychotherapy', label: understood.psychotherapy ? 'Includes psychotherapy' : 'Medication only',
      remove: state.psychotherapy ? {params: {psychotherapy: ''}} : {text: 'psychotherapy'}});
  }
  for (const language of understood.languages) {
    chips.push({key: `language:${language}`, label: `Speaks ${languageName(language)}`,
      remove: {params: {language: state.language.filter((l) => l !== language)}}});
  }
  if (understood.lowPrice) chips.push({key: 'lowPrice', label: 'Lower cost', remove: {text: 'lowPrice'}});
  if (understood.slidingScale) chips.push({key: 'slidingScale', label: 'Sliding scale', remove: {text: 'slidingScale'}});
  const place = response.query.location;
  if (place) {
    const radius = response.query.radiusMiles;
    const name = place.source === 'client' ? 'your location' : place.label;
    const text = place.kind === 'state' ? `In ${name}`
      : radius != null ? `Within ${Math.round(radius)} mi of ${name}` : `Near ${name}`;
    const remove = place.source === 'near' ? {params: {near: '', radius: ''}}
      : place.source === 'client' ? {params: {lat: '', lon: '', radius: ''}}
        : {text: 'place', params: {radius: ''}};
    chips.push({key: 'place', label: text, remove});
  } else if (understood.nearMe) {
    chips.push({key: 'nearMe', label: 'Near me', remove: {text: 'nearMe'}});
  }
  return chips;
}

function titleCase(text) {
  return text.replace(/\b[a-z]/g, (c) => c.toUpperCase());
}

export function renderChips(chips, onRemove) {
  const box = $('understood');
  box.hidden = chips.length === 0;
  fill($('chips'), chips.map((chip) => el('li', {class: 'chip'},
    el('span', {class: 'chip-label', text: chip.label}),
    el('button', {type: 'button', class: 'chip-remove', id: `chip-${chip.key.replace(/[^a-z0-9]+/gi, '-')}`,
      'aria-label': `Remove ${chip.label}`, text: '\u00d7', on: {click: () => onRemove(chip)}}))));
}

/** The API's notices, "did you mean", and an error sentence when there is one. */
export function renderNotices(response, actions) {
  const items = [];
  const didYouMean = response && response.query.didYouMean;
  if (didYouMean) {
    items.push(el('p', {class: 'did-you-mean'}, 'Did you mean ',
      el('button', {type: 'button', class: 'link-button', id: 'did-you-mean', text: didYouMean,
        on: {click: () => actions.search({q: didYouMean})}}), '?'));
  }
  // Notices are in the search's language: marked, so that a screen reader reads Spanish as Spanish.
  const lang = response ? languageOf(response) : null;
  // A city named without its state: the other cities of its name, one tap away on a phone,
  // under the notice that names them.
  const place = response && response.query.location;
  const sameName = (place && place.sameName) || [];
  for (const notice of (response && response.query.notices) || []) {
    items.push(el('p', {class: 'notice', text: notice, lang}));
    if (sameName.length && notice.includes(sameName[0])) {
      items.push(el('p', {class: 'same-name', lang}, lang === 'es' ? 'Buscar en: ' : 'Search in: ',
        sameName.map((name, i) => [i ? ', ' : '',
          el('button', {type: 'button', class: 'link-button', text: name,
            on: {click: () => actions.search({near: name, lat: '', lon: '', page: ''})}})])));
    }
  }
  fill($('notices'), items);
}

/** The language of the response's own words, when it is not the page's; else null. */
export function languageOf(response) {
  const lang = response.query.language;
  return lang && lang !== document.documentElement.lang ? lang : null;
}

export function renderError(message) {
  fill($('notices'), el('p', {class: 'error', role: 'alert', text: message}));
}

/**
 * What to try when nothing, or only a little, matched: the spelling fix, a wider radius, dropping a
 * filter, adding a place, browsing. Never a blank page.
 */
export function renderEmpty(response, state, chips, actions) {
  const box = $('empty');
  const providers = response.providers.total;
  const articles = response.articles.total;
  if (response.crisis || response.help || providers >= 3 || state.type === 'articles') {
    box.hidden = true;
    box.replaceChildren();
    return;
  }
  const tries = [];
  const didYouMean = response.query.didYouMean;
  if (didYouMean) {
    tries.push(el('li', {}, el('button', {type: 'button', class: 'link-button', text: `Search for \u201c${didYouMean}\u201d`,
      on: {click: () => actions.search({q: didYouMean})}})));
  }
  const radius = response.query.radiusMiles;
  if (radius != null && radius < 500) {
    const wider = RADII.find((r) => r > radius) || 500;
    tries.push(el('li', {}, el('button', {type: 'button', class: 'link-button', id: 'widen',
      text: `Search within ${wider} mi instead`, on: {click: () => actions.search({radius: String(wider)})}})));
  }
  for (const chip of chips.filter((c) => c.key !== 'place')) {
    tries.push(el('li', {}, el('button', {type: 'button', class: 'link-button',
      text: `Drop \u201c${chip.label}\u201d`, on: {click: () => actions.removeChip(chip)}})));
  }
  if (!response.query.location) {
    tries.push(el('li', {}, el('button', {type: 'button', class: 'link-button', text: 'Add a city or ZIP code',
      on: {click: () => $('near').focus()}})));
  }
  tries.push(el('li', {}, el('a', {href: '/clinics', text: 'Browse clinics by state'})));
  // A question its articles answer, asked from nowhere in particular, searched no providers:
  // nothing failed, and a place would list them.
  const answered = response.query.question && providers === 0 && articles > 0;
  const heading = answered ? 'Looking for providers too?'
    : providers === 0 && articles === 0 ? 'Nothing matched this search yet'
      : providers === 0 ? 'No providers matched' : 'Only a few providers matched';
  fill(box,
    el('h2', {id: 'empty-heading', text: heading}),
    el('p', {text: answered ? 'The articles above answer the question. To see providers:' : 'You could try:'}),
    el('ul', {class: 'tries'}, tries));
  box.hidden = false;
}
