// Draws a search response: crisis and help panels, summary, chips, notices, provider cards (telehealth
// programs in their own group), articles with highlighted snippets, paging, and the empty state.
// Every string from the response goes in as text (dom.js); links are built from ids and checked
// URLs. ProviderView.java words server-rendered cards the same way; change both together.

import {el, fill, $} from './dom.js';
import {linkCard} from './map.js';

const languageNames = typeof Intl.DisplayNames === 'function'
  ? new Intl.DisplayNames(['en'], {type: 'language'}) : null;

export function languageName(code) {
  try {
    return (languageNames && languageNames.of(code)) || code;
  } catch (e) {
    return code;
  }
}

export function dollars(amount) {
  return `$${Math.round(amount).toLocaleString('en-US')}`;
}

function label(labels, kind, value) {
  return (labels[kind] && labels[kind][value]) || value;
}

function joinLabels(labels, kind, values) {
  return (values || []).map((v) => label(labels, kind, v)).join(', ');
}

/** "$450 to $650 a session; sliding scale", or null. Same words as Labels.price in Java. */
export function priceText(pricing) {
  if (!pricing) return null;
  const parts = [];
  if (pricing.sessionMinUsd != null) {
    let text = dollars(pricing.sessionMinUsd);
    if (pricing.sessionMaxUsd != null && pricing.sessionMaxUsd !== pricing.sessionMinUsd) {
      text += ` to ${dollars(pricing.sessionMaxUsd)}`;
    }
    parts.push(`${text} a session`);
  }
  if (pricing.programUsd != null) {
    parts.push(dollars(pricing.programUsd) + (pricing.programSessions != null
      ? ` for a ${pricing.programSessions}-session program` : ' for a program'));
  }
  if (pricing.slidingScale === true) parts.push(parts.length ? 'sliding scale' : 'Sliding scale');
  return parts.length ? parts.join('; ') : null;
}

export function insuranceText(insurance) {
  if (!insurance || insurance.accepted == null) return null;
  if (!insurance.accepted) return 'Does not accept insurance';
  const plans = insurance.plans || [];
  return plans.length ? `Accepts ${plans.join(', ')}` : 'Accepts insurance';
}

/** The most licensed states a card names; more are counted. */
const MAX_STATES_NAMED = 4;

/** "0.3 mi away", "Travels to you, within 20 mi", "Telehealth, licensed in TX, OK". */
export function reachText(p, radiusMiles) {
  const modes = p.modes || [];
  // A long list of states would fill the card on a phone: its reasons name the searcher's.
  const states = p.servesStates || [];
  const licensed = !states.length ? null
    : `Telehealth, licensed in ${states.length > MAX_STATES_NAMED ? `${states.length} states` : states.join(', ')}`;
  if (isTelehealthOnly(p, radiusMiles)) {
    // Shown for treating the searcher remotely: an office beyond the radius is no reason to go.
    const office = modes.includes('in_person') && p.distanceMiles != null
      ? ` \u00b7 office ${p.distanceMiles.toFixed(1)} mi away` : '';
    return licensed ? licensed + office : null;
  }
  if (modes.includes('in_person')) {
    if (p.distanceMiles != null) return `${p.distanceMiles.toFixed(1)} mi away`;
    return p.address ? `In person in ${p.address.city}` : 'In person';
  }
  if (modes.includes('at_home') && p.serviceRadiusMiles != null) {
    return `Travels to you, within ${Math.round(p.serviceRadiusMiles)} mi`;
  }
  return licensed;
}

/**
 * Programs shown for treating the searcher remotely get their own group: those that only treat
 * remotely, and those whose office lies beyond the search's radius. One that travels to the
 * searcher does not.
 */
export function isTelehealthOnly(p, radiusMiles) {
  const modes = p.modes || [];
  const travelsHere = modes.includes('at_home') && p.serviceRadiusMiles != null
    && p.distanceMiles != null && p.distanceMiles <= p.serviceRadiusMiles;
  const officeNear = modes.includes('in_person')
    && (p.distanceMiles == null || radiusMiles == null || p.distanceMiles <= radiusMiles);
  return modes.includes('telehealth') && !officeNear && !travelsHere;
}

function addressText(a) {
  if (!a) return null;
  return `${a.street ? `${a.street}, ` : ''}${a.city}, ${a.state}${a.zip ? ` ${a.zip}` : ''}`;
}

function telHref(phone) {
  if (!phone) return null;
  const digits = phone.replace(/[^0-9]/g, '');
  if (digits.length === 10) return `tel:+1${digits}`;
  if (digits.length === 11 && digits.startsWith('1')) return `tel:+${digits}`;
  return digits.length >= 3 ? `tel:${digits}` : null;
}

/** Only http(s) URLs become links. */
function webUrl(website) {
  if (!website) return null;
  try {
    const url = new URL(website);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch (e) {
    return null;
  }
}

function fact(term, value) {
  if (value === null || value === undefined || value === '') return null;
  return el('div', {}, el('dt', {text: term}), el('dd', {text: value}));
}

/**
 * @param lang the language of the reasons when it is not the page's, else null
 * @param sample the listings are the fictional sample data: said beside the ways to contact them
 */
export function providerCard(p, labels, lang, radiusMiles, sample) {
  const headingId = `p-${p.id}-name`;
  const reach = reachText(p, radiusMiles);
  const tel = telHref(p.phone);
  const web = webUrl(p.website);
  const card = el('li', {class: 'card', id: `p-${p.id}`},
    el('article', {class: 'provider', 'aria-labelledby': headingId},
      el('h3', {id: headingId, class: 'card-title'},
        el('a', {href: `/providers/${encodeURIComponent(p.id)}`, text: p.name})),
      el('p', {class: 'meta'}, el('span', {class: 'type', text: label(labels, 'type', p.type)}),
        reach ? [' \u00b7 ', el('span', {class: 'reach', text: reach})] : null),
      p.address ? el('p', {class: 'address', text: addressText(p.address)}) : null,
      el('dl', {class: 'facts'},
        fact('Treatments', joinLabels(labels, 'route', p.routes)),
        fact('Conditions', joinLabels(labels, 'condition', p.conditions)),
        fact('Price', priceText(p.pricing) || 'Not listed'),
        fact('Insurance', insuranceText(p.insurance) || 'Not listed'),
        fact('Psychotherapy', p.psychotherapy ? 'Included' : 'Not included'),
        fact('New patients', p.acceptingNewPatients == null ? 'Not listed'
          : p.acceptingNewPatients ? 'Accepting new patients' : 'Not accepting new patients')),
      p.reasons && p.reasons.length
        ? el('p', {class: 'reasons'}, el('span', {class: 'reasons-label', text: 'Why it is shown: '}),
          el('span', {class: 'reasons-text', text: p.reasons.join(' \u00b7 '), lang}))
        : null,
      tel || web ? el('p', {class: 'contact'},
        sample ? el('span', {class: 'sample-tag', text: 'Fictional listing'}) : null,
        tel ? el('a', {class: 'button small', href: tel, text: `Call ${p.phone}`}) : null,
        web ? el('a', {class: 'button small', href: web, rel: 'noopener noreferrer nofollow',
          text: 'Website', 'aria-label': `Website of ${p.name}`}) : null) : null));
  linkCard(card, p.id);
  return card;
}

/** The snippet as text, with the matched words wrapped in <mark> from the offsets. */
export function snippet(text, highlights) {
  const p = el('p', {class: 'snippet'});
  const marks = (highlights || [])
    .filter(([from, to]) => Number.isInteger(from) && Number.isInteger(to) && from >= 0 && to <= text.length && from < to)
    .sort((a, b) => a[0] - b[0]);
  let at = 0;
  for (const [from, to] of marks) {
    if (from < at) continue;
    p.append(document.createTextNode(text.slice(at, from)));
    p.append(el('mark', {text: text.slice(from, to)}));
    at = to;
  }
  p.append(document.createTextNode(text.slice(at)));
  return p;
}

export function articleItem(a) {
  const id = `a-${a.id}`;
  return el('li', {class: 'article-item'},
    el('article', {'aria-labelledby': id},
      el('h3', {id, class: 'card-title'}, el('a', {href: `/articles/${encodeURIComponent(a.id)}`, text: a.title})),
      snippet(a.snippet || a.summary || '', a.snippetHighlights),
      el('p', {class: 'meta'}, a.city ? `City guide: ${a.city}, ${a.state}` : 'Article',
        a.updated ? ` \u00b7 Updated ${a.updated}` : '')));
}

const CRISIS_WORDS = {
  en: {heading: 'You deserve support right now', emergency: 'Call 911 now if anyone is in danger',
    call: 'Call', text: 'Text',
    note: 'The 988 Suicide & Crisis Lifeline is free and confidential, day and night. '},
  es: {heading: 'Usted merece apoyo ahora mismo',
    emergency: 'Llame al 911 ahora si alguien está en peligro',
    call: 'Llamar al', text: 'Enviar un texto al',
    note: 'La Línea 988 de Prevención del Suicidio y Crisis es gratuita y confidencial, de día y de noche. '},
};

/** Where an English message says how to get help in Spanish, marked so for screen readers. */
const SPANISH_TAIL = ' En español: ';

/**
 * The message, its sentence in Spanish (if any) in a span of its own language; a note may follow
 * it (the Veterans Crisis Line's).
 */
function crisisMessage(message) {
  const at = message.indexOf(SPANISH_TAIL);
  if (at < 0) return el('p', {class: 'crisis-message', text: message});
  const sentenceEnd = message.indexOf('. ', at + SPANISH_TAIL.length);
  const end = sentenceEnd < 0 ? message.length : sentenceEnd + 1;
  return el('p', {class: 'crisis-message'}, message.slice(0, at + 1),
    el('span', {lang: 'es', text: message.slice(at + 1, end)}), message.slice(end));
}

/**
 * The crisis panel, built from the response's resources, the first one foremost (988 in a
 * crisis, 911 for an overdose), with 988 and 911 always there; in Spanish for a search written
 * in Spanish.
 *
 * @param lang the language of the search when it is not the page's, else null
 */
export function renderCrisis(crisis, lang) {
  const panel = $('crisis');
  if (!crisis) {
    hidePanel(panel);
    return;
  }
  const words = CRISIS_WORDS[lang] || CRISIS_WORDS.en;
  const actions = [];
  const seen = new Set();
  const add = (href, text, primary) => {
    if (seen.has(href)) return;
    seen.add(href);
    actions.push(el('li', {}, el('a', {class: primary ? 'button crisis-primary' : 'button crisis-secondary', href, text})));
  };
  // A line other than 988 and 911 is named on its button: a number alone does not say that it is
  // Poison Control, or the Veterans Crisis Line.
  const who = (r, number) => (r.name && r.name !== 'Emergency' && !r.name.includes(number)
    ? ` (${r.name})` : '');
  for (const r of crisis.resources || []) {
    if (r.phone && /^[0-9][0-9-]{2,}$/.test(r.phone)) add(`tel:${r.phone}`, `${words.call} ${r.phone}${who(r, r.phone)}`, actions.length === 0);
    if (r.text && /^[0-9]{3,}$/.test(r.text)) add(`sms:${r.text}`, `${words.text} ${r.text}${who(r, r.text)}`, false);
  }
  add('tel:988', `${words.call} 988`, actions.length === 0);
  add('sms:988', `${words.text} 988`, false);
  add('tel:911', `${words.call} 911`, false);
  // When 911 comes first (an overdose, someone in danger), the heading says so before anything.
  const emergencyFirst = (crisis.resources || [])[0]?.phone === '911';
  fill(panel,
    el('h2', {id: 'crisis-heading', text: emergencyFirst ? words.emergency : words.heading}),
    crisisMessage(crisis.message),
    el('ul', {class: 'crisis-actions'}, actions),
    el('p', {class: 'crisis-note'}, words.note,
      el('a', {href: 'https://988lifeline.org', text: '988lifeline.org'})));
  showPanel(panel, 'crisis-heading', lang);
}

/** Empties and hides a panel of help. */
function hidePanel(panel) {
  panel.hidden = true;
  panel.replaceChildren();
}

/** Shows a filled panel of help, named by its heading, and marked with its language. */
function showPanel(panel, headingId, lang) {
  panel.setAttribute('aria-labelledby', headingId);
  if (lang) panel.setAttribute('lang', lang);
  else panel.removeAttribute('lang');
  panel.hidden = false;
}

const HELP_WORDS = {
  en: {heading: 'Help with ketamine use', call: 'Call'},
  es: {heading: 'Ayuda con el consumo de ketamina', call: 'Llamar al'},
};

/**
 * The help panel, for help that is not urgent: a button to call each helpline, named on it, and a
 * link to each site. In Spanish for a search written in Spanish.
 *
 * @param lang the language of the search when it is not the page's, else null
 */
export function renderHelp(help, lang) {
  const panel = $('help');
  if (!help) {
    hidePanel(panel);
    return;
  }
  const words = HELP_WORDS[lang] || HELP_WORDS.en;
  const actions = [];
  for (const r of help.resources || []) {
    const look = actions.length === 0 ? 'button primary' : 'button secondary';
    if (r.phone && /^[0-9][0-9-]{2,}$/.test(r.phone)) {
      actions.push(el('a', {class: look, href: `tel:${r.phone}`, text: `${words.call} ${r.phone} (${r.name})`}));
    } else if (r.url && /^https:\/\//.test(r.url)) {
      actions.push(el('a', {class: look, href: r.url, text: r.name}));
    }
  }
  fill(panel,
    el('h2', {id: 'help-heading', text: words.heading}),
    el('p', {text: help.message}),
    el('ul', {class: 'help-actions'}, actions.map((a) => el('li', {}, a))));
  showPanel(panel, 'help-heading', lang);
}

/** Page links under the providers. */
export function renderPager(total, state, size, onPage) {
  const pager = $('pager');
  const page = Number(state.page) || 1;
  const pages = Math.min(Math.ceil(total / size), Math.floor(1000 / size));
  if (pages <= 1) {
    pager.hidden = true;
    pager.replaceChildren();
    return;
  }
  fill(pager,
    page > 1 ? el('button', {type: 'button', class: 'button secondary', id: 'page-prev', text: 'Previous page',
      on: {click: () => onPage(page - 1)}}) : null,
    el('span', {class: 'pager-status', text: `Page ${page} of ${pages}`}),
    page < pages ? el('button', {type: 'button', class: 'button secondary', id: 'page-next', text: 'Next page',
      on: {click: () => onPage(page + 1)}}) : null);
  pager.hidden = false;
}
