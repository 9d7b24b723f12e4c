// The whole search state lives in the page's query string, with the search API's own parameter
// names, so that a URL can be shared, bookmarked, and walked with back and forward.

/** Parameters that repeat (route=iv&route=im). */
export const MULTI = ['route', 'condition', 'mode', 'language'];

/** Parameters given at most once. */
export const SINGLE = ['q', 'near', 'lat', 'lon', 'radius', 'insurance', 'maxPrice', 'psychotherapy', 'sort', 'page', 'size'];

export function emptyState() {
  const state = {};
  for (const name of SINGLE) state[name] = '';
  for (const name of MULTI) state[name] = [];
  return state;
}

export function readState(search = window.location.search) {
  const params = new URLSearchParams(search);
  const state = emptyState();
  for (const name of SINGLE) state[name] = (params.get(name) || '').trim();
  for (const name of MULTI) state[name] = [...new Set(params.getAll(name).filter((v) => v.trim()))];
  return state;
}

/** The query string of a state, without defaults, in a stable order. */
export function toQuery(state) {
  const params = new URLSearchParams();
  for (const name of SINGLE) {
    const value = state[name];
    if (!value) continue;
    if (name === 'sort' && value === 'best') continue;
    if (name === 'page' && value === '1') continue;
    params.set(name, value);
  }
  for (const name of MULTI) for (const value of state[name]) params.append(name, value);
  return params.toString();
}

export function pageUrl(state) {
  const query = toQuery(state);
  return query ? `/?${query}` : '/';
}

export function apiUrl(state) {
  return `/api/v1/search?${toQuery(state)}`;
}

/** True when the state asks for a search (text, a place, or a point). */
export function hasSearch(state) {
  return Boolean(state.q || state.near || (state.lat && state.lon) || MULTI.some((n) => state[n].length)
    || state.insurance || state.maxPrice || state.psychotherapy);
}

/** A copy with some parameters changed; any change but paging goes back to page 1. */
export function withChanges(state, changes) {
  const next = {...state, ...changes};
  for (const name of MULTI) next[name] = [...(changes[name] ?? state[name])];
  if (!('page' in changes)) next.page = '';
  return next;
}
