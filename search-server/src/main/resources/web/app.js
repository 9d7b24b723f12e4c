// The search page: reads the search from the query string, asks the search API, draws the answer,
// and keeps the URL in step so that links can be shared and back and forward work.

import {$, fill} from './dom.js';
import {readState, pageUrl, apiUrl, hasSearch, withChanges} from './url-state.js';
import {providerCard, articleItem, renderCrisis, renderHelp, renderPager, isTelehealthOnly} from './render.js';
import {chipsFor, languageOf, renderChips, renderNotices, renderError, renderEmpty} from './chips.js';
import {renderFacets} from './facets.js';
import {drawMap} from './map.js';
import {attachSuggestions} from './suggest.js';

const config = JSON.parse($('kf-config').textContent);
const labels = config.labels;
/** The API's default page size, used when the URL names none. */
const DEFAULT_PAGE_SIZE = 10;

let state = readState();
let inFlight = null;
let firstResults = true;
/** Set when the pager asked for the search being drawn. */
let paged = false;

const form = $('search-form');
const narrow = window.matchMedia('(max-width: 40em)');
const qInput = $('q');
const nearInput = $('near');

function fillForm(s) {
  qInput.value = s.q;
  nearInput.value = s.near;
  $('sort').value = s.sort || 'best';
}

/** Searches for `next`; `push` adds a history entry (new searches), else the entry is replaced. */
async function search(next, {push = true} = {}) {
  state = next;
  const url = pageUrl(state);
  if (push && url !== window.location.pathname + window.location.search) {
    history.pushState(null, '', url);
  } else {
    history.replaceState(null, '', url);
  }
  fillForm(state);
  document.title = state.q ? `${state.q} | KAP Finder` : 'KAP Finder: find ketamine-assisted therapy';
  if (!hasSearch(state)) {
    $('results').hidden = true;
    renderCrisis(null);
    return;
  }
  if (inFlight) inFlight.abort();
  const controller = new AbortController();
  inFlight = controller;
  $('results').setAttribute('aria-busy', 'true');
  $('summary').textContent = 'Searching\u2026';
  let response;
  let body = null;
  try {
    response = await fetch(apiUrl(state), {signal: controller.signal, headers: {Accept: 'application/json'}});
    body = await response.json().catch(() => null);
  } catch (e) {
    if (e.name === 'AbortError') return;
    showError(0, null);
    return;
  } finally {
    if (inFlight === controller) {
      inFlight = null;
      $('results').removeAttribute('aria-busy');
    }
  }
  if (controller.signal.aborted) return;
  if (!response.ok || !body || !body.providers) {
    showError(response.status, body);
    return;
  }
  render(body);
}

/** API errors as a sentence a person can act on. */
function showError(status, body) {
  const error = body && body.error;
  let message;
  if (status === 0) {
    message = 'We could not reach KAP Finder. Check your connection and try again.';
  } else if (status >= 500) {
    message = 'Something went wrong on our side. Please try again in a moment.';
  } else if (error && error.parameter === 'near') {
    message = 'We could not find that place. Try a US city and state, such as \u201cAustin, TX\u201d, or a 5-digit ZIP code.';
  } else if (error && error.parameter === 'q') {
    message = 'That search is too long. Try fewer words.';
  } else if (error && error.message) {
    message = `We could not run that search: ${error.message}.`;
  } else {
    message = 'We could not run that search. Please try again.';
  }
  $('results').hidden = false;
  for (const id of ['understood', 'providers-section', 'telehealth-section', 'articles-section', 'empty', 'pager', 'map', 'filters']) {
    $(id).hidden = true;
  }
  renderCrisis(null);
  $('summary').textContent = 'The search did not run.';
  renderError(message);
}

function render(body) {
  const focusedId = document.activeElement && document.activeElement.id;
  const crisis = body.crisis;
  renderCrisis(crisis, languageOf(body));
  renderHelp(body.help, languageOf(body));
  $('results').hidden = false;
  // A search answered with help that lists no providers has nothing to sort, filter or map: help
  // stands alone, with the articles.
  const helpAlone = Boolean(crisis || body.help) && body.providers.total === 0;
  // So has a question that its articles answer and that listed no providers.
  const answeredAlone = Boolean(body.query.question) && body.providers.total === 0;
  $('filters').hidden = helpAlone || answeredAlone;

  const items = body.providers.items;
  const radius = body.query.radiusMiles;
  const local = items.filter((p) => !isTelehealthOnly(p, radius));
  const remote = items.filter((p) => isTelehealthOnly(p, radius));
  const lang = languageOf(body);
  // Widened for want of providers near, the search shows those within where it began first, and
  // those beyond under a heading of their own: a clinic 144 mi away is no neighbour of one at 13.
  const from = body.query.widenedFromMiles;
  const isNear = (p) => from == null || radius == null || p.distanceMiles == null || p.distanceMiles <= from
    || !(p.modes || []).includes('in_person');
  const near = local.filter(isNear);
  const farther = local.filter((p) => !isNear(p));
  fill($('provider-list'), near.map((p) => providerCard(p, labels, lang, radius, config.sampleData)));
  fill($('farther-list'), farther.map((p) => providerCard(p, labels, lang, radius, config.sampleData)));
  $('farther-heading').textContent = farther.length
    ? `Farther away, ${Math.round(from)} to ${Math.round(radius)} mi` : '';
  $('farther-heading').hidden = farther.length === 0;
  $('farther-list').hidden = farther.length === 0;
  fill($('telehealth-list'), remote.map((p) => providerCard(p, labels, lang, radius, config.sampleData)));
  $('providers-section').hidden = local.length === 0;
  $('telehealth-section').hidden = remote.length === 0;
  fill($('article-list'), body.articles.items.map(articleItem));
  $('articles-section').hidden = body.articles.items.length === 0;
  // A question ("how long does ketamine last") is answered first, before the map and listings;
  // a search for providers keeps its articles after them.
  const articlesSection = $('articles-section');
  if (body.query.question) articlesSection.parentElement.prepend(articlesSection);
  else articlesSection.parentElement.append(articlesSection);

  $('summary').textContent = summary(body);
  const chips = chipsFor(body, state, labels);
  // In a crisis the panel stands alone at the top: no chips or notices compete with it.
  renderChips(crisis ? [] : chips, removeChip);
  if (crisis) renderNotices(null, actions);
  else renderNotices(body, actions);
  renderEmpty(body, state, chips, actions);
  renderFacets(body.facets, state, labels, (changes) => search(withChanges(state, changes)));
  renderPager(body.providers.total, state, Number(state.size) || DEFAULT_PAGE_SIZE, (page) => {
    paged = true;
    search(withChanges(state, {page: String(page)}));
  });
  const place = body.query.location;
  drawMap(helpAlone ? null : place, items, mapCaption(body, local.length));

  if (crisis) {
    $('crisis').focus();
  } else if (paged) {
    // A new page starts at its first result, not at the pager thousands of pixels below it.
    $('summary').focus();
    $('summary').scrollIntoView();
  } else if (focusedId && !document.getElementById(focusedId)) {
    // The control that had focus was redrawn away (a removed chip): keep the reader's place.
    $('summary').focus();
  } else if (focusedId && document.activeElement !== document.getElementById(focusedId)) {
    document.getElementById(focusedId).focus();
  }
  paged = false;
  if (firstResults) {
    firstResults = false;
    performance.mark('kf-first-results');
  }
}

function summary(body) {
  const parts = [];
  const total = body.providers.total;
  const place = body.query.location;
  const where = !place ? '' : place.kind === 'state' ? ` in ${place.label}`
    : body.query.radiusMiles != null ? ` within ${Math.round(body.query.radiusMiles)} mi of ${place.source === 'client' ? 'your location' : place.label}${byTelehealth(body) ? ' or by telehealth' : ''}`
      : ` near ${place.label}`;
  // Help that stands alone searched no providers: "0 providers" would say that none are near.
  if (total > 0 || !(body.crisis || body.help)) {
    parts.push(`${total} ${total === 1 ? 'provider' : 'providers'}${where}`);
  }
  const articles = body.articles.total;
  parts.push(`${articles} ${articles === 1 ? 'article' : 'articles'}`);
  return parts.join(' \u00b7 ');
}

/** Whether some of the providers found may treat the searcher by telehealth. */
function byTelehealth(body) {
  const modes = body.facets && body.facets.mode;
  return Boolean(modes && modes.telehealth > 0);
}

function mapCaption(body, localCount) {
  const place = body.query.location;
  const where = place ? (place.source === 'client' ? ' around your location' : ` around ${place.label}`) : '';
  return `Map of ${localCount} ${localCount === 1 ? 'provider' : 'providers'}${where}. Each dot links to its listing.`;
}

async function removeChip(chip) {
  let changes = {...(chip.remove.params || {})};
  if (chip.remove.text) {
    const query = new URLSearchParams({q: state.q, remove: chip.remove.text});
    if (state.lat && state.lon) {
      query.set('lat', state.lat);
      query.set('lon', state.lon);
    }
    let edited = null;
    try {
      const response = await fetch(`/page-api/without?${query}`, {headers: {Accept: 'application/json'}});
      edited = response.ok ? (await response.json()).q : null;
    } catch (e) {
      edited = null;
    }
    if (typeof edited !== 'string') {
      renderError(`To remove \u201c${chip.label}\u201d, edit the words of your search.`);
      qInput.focus();
      return;
    }
    changes = {...changes, q: edited};
  }
  await search(withChanges(state, changes));
}

const actions = {
  search: (changes) => search(withChanges(state, changes)),
  removeChip,
};

form.addEventListener('submit', (event) => {
  event.preventDefault();
  // The suggestions would cover the answer, and on a phone the keyboard too.
  suggestions.close();
  if (narrow.matches) document.activeElement?.blur();
  const near = nearInput.value.trim();
  const changes = {q: qInput.value.trim(), near};
  // A typed place replaces the device's location.
  if (near) Object.assign(changes, {lat: '', lon: ''});
  search(withChanges(state, changes)).then(() => {
    // On a phone the form fills the screen: bring the answer into view (a crisis panel has
    // already taken the focus, and with it the view; a help panel, above the form, is the answer).
    if (!narrow.matches || !$('crisis').hidden || $('results').hidden) return;
    ($('help').hidden ? $('summary') : $('help')).scrollIntoView();
  });
});

$('sort').addEventListener('change', (event) => search(withChanges(state, {sort: event.target.value})));

window.addEventListener('popstate', () => search(readState(), {push: false}));

const suggestions = attachSuggestions(qInput, $('q-suggestions'), (suggestion) => {
  // A provider or an article opens its page; a place becomes where to search; a condition or a
  // treatment completes the text.
  if (suggestion.kind === 'provider' && suggestion.value) {
    window.location.assign(`/providers/${encodeURIComponent(suggestion.value)}`);
    return;
  }
  if (suggestion.url) {
    const url = new URL(suggestion.url, window.location.origin);
    if (url.origin === window.location.origin) {
      window.location.assign(url.href);
      return;
    }
  }
  if (suggestion.kind === 'place') {
    nearInput.value = suggestion.value || suggestion.text;
    qInput.value = '';
  } else {
    qInput.value = suggestion.text;
  }
  form.requestSubmit();
});

// "Use my location": the browser's geolocation, rounded to about a kilometre before it goes in the
// URL; when it is refused or unavailable, the city or ZIP field is the way.
const locate = $('locate');
if ('geolocation' in navigator) {
  locate.hidden = false;
  locate.addEventListener('click', () => {
    const status = $('locate-status');
    status.textContent = 'Finding your location\u2026';
    navigator.geolocation.getCurrentPosition((position) => {
      status.textContent = 'Using your approximate location.';
      // Around the device, for the words in the box, sent or not.
      search(withChanges(state, {
        q: qInput.value.trim(),
        lat: position.coords.latitude.toFixed(2),
        lon: position.coords.longitude.toFixed(2),
        near: '',
      }));
    }, () => {
      status.textContent = 'We could not get your location. Type a city or ZIP code instead.';
      nearInput.focus();
    }, {enableHighAccuracy: false, timeout: 10000, maximumAge: 600000});
  });
}

// Filters are unfolded where there is room for them beside the results.
if (window.matchMedia('(min-width: 60em)').matches) $('filters-details').open = true;

fill($('map-caption'));
search(state, {push: false});
