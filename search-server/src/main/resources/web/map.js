// The map: the server draws the states (Albers USA, see AlbersUsa.java); this module projects the
// search point and the results with the same formulas and constants, draws them as dots, zooms to
// them, and links each dot with its card. Change the projection here and in AlbersUsa.java together.

import {svg, $} from './dom.js';

const SCALE = 1070;
const TX = 480;
const TY = 250;
const WIDTH = 960;
const HEIGHT = 500;
const RAD = Math.PI / 180;

/** A conic equal-area projection as d3-geo makes it (parallels, rotation, centre, scale, translate). */
function conic(parallel0, parallel1, rotate, centerLon, centerLat, scale, translateX, translateY) {
  const sin0 = Math.sin(parallel0 * RAD);
  const n = (sin0 + Math.sin(parallel1 * RAD)) / 2;
  const c = 1 + sin0 * (2 * n - sin0);
  const r0 = Math.sqrt(c) / n;
  const raw = (lambda, phi) => {
    const r = Math.sqrt(c - 2 * n * Math.sin(phi)) / n;
    const angle = lambda * n;
    return [r * Math.sin(angle), r0 - r * Math.cos(angle)];
  };
  const center = raw(centerLon * RAD, centerLat * RAD);
  const offsetX = translateX - scale * center[0];
  const offsetY = translateY + scale * center[1];
  const rotation = rotate * RAD;
  return (lat, lon) => {
    let lambda = lon * RAD + rotation;
    if (lambda > Math.PI) lambda -= 2 * Math.PI;
    else if (lambda < -Math.PI) lambda += 2 * Math.PI;
    const [x, y] = raw(lambda, lat * RAD);
    return [offsetX + scale * x, offsetY - scale * y];
  };
}

const lower48 = conic(29.5, 45.5, 96, -0.6, 38.7, SCALE, TX, TY);
const alaska = conic(55, 65, 154, -2, 58.5, 0.35 * SCALE, TX - 0.307 * SCALE, TY + 0.201 * SCALE);
const hawaii = conic(8, 18, 157, -3, 19.9, SCALE, TX - 0.205 * SCALE, TY + 0.212 * SCALE);

const extents = [
  [lower48, [TX - 0.455 * SCALE, TY - 0.238 * SCALE, TX + 0.455 * SCALE, TY + 0.238 * SCALE]],
  [alaska, [TX - 0.425 * SCALE, TY + 0.120 * SCALE, TX - 0.214 * SCALE, TY + 0.234 * SCALE]],
  [hawaii, [TX - 0.214 * SCALE, TY + 0.166 * SCALE, TX - 0.115 * SCALE, TY + 0.234 * SCALE]],
];

/** Pixels of the map for a point, or null when it lies off the map (as d3's geoAlbersUsa). */
export function project(lat, lon) {
  for (const [projection, [x0, y0, x1, y1]] of extents) {
    const [x, y] = projection(lat, lon);
    if (x >= x0 && x <= x1 && y >= y0 && y <= y1) return [x, y];
  }
  return null;
}

/**
 * Draws the search point and one dot per provider with a location, zooms to them, and links dots
 * and cards: hovering or focusing either highlights both. Hides the map when nothing is on it.
 */
export function drawMap(origin, providers, caption) {
  const figure = $('map');
  const root = $('map-svg');
  const layer = root.querySelector('.dots');
  layer.replaceChildren();
  const points = [];
  const here = origin && origin.kind !== 'state' ? project(origin.lat, origin.lon) : null;
  for (const provider of providers) {
    if (!provider.location) continue;
    const xy = project(provider.location.lat, provider.location.lon);
    if (xy) points.push([xy, provider]);
  }
  // The searcher's point alone, in an empty box, would show nothing found.
  figure.hidden = points.length === 0;
  if (figure.hidden) return;

  const all = points.map(([xy]) => xy).concat(here ? [here] : []);
  const box = zoomBox(all);
  root.setAttribute('viewBox', box.join(' '));
  // Dots about 6 CSS pixels across whatever the zoom and the screen.
  const shownWidth = root.getBoundingClientRect().width || 600;
  const unitsPerPx = box[2] / shownWidth;
  const radius = unitsPerPx * 6;
  // Under each dot, a clear disc takes the taps that would miss so small a dot: wide enough to
  // hold a 44 CSS pixel square, or reaching half way to a nearer dot, so that a tap goes to the
  // dot nearest to it.
  const targetRadii = points.map(([[x, y]], i) => {
    let nearestPx = Infinity;
    points.forEach(([[x2, y2]], j) => {
      if (j !== i) nearestPx = Math.min(nearestPx, Math.hypot(x2 - x, y2 - y) / unitsPerPx);
    });
    return Math.min(22 * Math.SQRT2, Math.max(6, nearestPx / 2)) * unitsPerPx;
  });

  if (here) {
    layer.append(svg('circle', {class: 'origin', cx: here[0], cy: here[1], r: radius * 1.35,
      attrs: {'data-lat': origin.lat, 'data-lon': origin.lon}}));
  }
  // Farthest first, so the nearest results are drawn on top.
  for (let i = points.length - 1; i >= 0; i--) {
    const [[x, y], provider] = points[i];
    const label = provider.distanceMiles != null
      ? `${provider.name}, ${provider.distanceMiles.toFixed(1)} mi away` : provider.name;
    const link = svg('a', {class: 'dot-link', href: `#p-${provider.id}`, 'aria-label': label,
      dataset: {id: provider.id}},
    svg('circle', {class: 'dot-target', cx: x, cy: y, r: targetRadii[i]}),
    svg('circle', {class: 'dot', cx: x, cy: y, r: radius}));
    link.addEventListener('mouseenter', () => highlight(provider.id, true));
    link.addEventListener('mouseleave', () => highlight(provider.id, false));
    link.addEventListener('focus', () => highlight(provider.id, true));
    link.addEventListener('blur', () => highlight(provider.id, false));
    layer.append(link);
  }
  layer.append(svg('circle', {class: 'halo', cx: 0, cy: 0, r: 0, attrs: {'aria-hidden': 'true'}}));
  $('map-caption').textContent = caption;
}

/** Wires a card to its dot (cards are drawn by render.js). */
export function linkCard(card, id) {
  card.addEventListener('mouseenter', () => highlight(id, true));
  card.addEventListener('mouseleave', () => highlight(id, false));
  card.addEventListener('focusin', () => highlight(id, true));
  card.addEventListener('focusout', () => highlight(id, false));
}

function highlight(id, on) {
  const card = document.getElementById(`p-${id}`);
  if (card) card.classList.toggle('is-highlighted', on);
  const halo = document.querySelector('#map-svg .halo');
  for (const link of document.querySelectorAll('#map-svg .dot-link')) {
    if (link.dataset.id !== id) continue;
    link.classList.toggle('is-highlighted', on);
    // A ring drawn last, so it shows above every other dot (moving the dot would lose its focus).
    if (halo) {
      const dot = link.querySelector('.dot');
      halo.setAttribute('cx', dot.getAttribute('cx'));
      halo.setAttribute('cy', dot.getAttribute('cy'));
      halo.setAttribute('r', String(Number(dot.getAttribute('r')) * 1.6));
      halo.classList.toggle('is-visible', on);
    }
  }
}

/** The view box around the points: padded, at least a region's width, in the map's proportions. */
function zoomBox(points) {
  if (points.length === 0) return [0, 0, WIDTH, HEIGHT];
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const minY = Math.min(...ys);
  const maxY = Math.max(...ys);
  let w = Math.max((maxX - minX) * 1.4, 90);
  let h = Math.max((maxY - minY) * 1.4, w * HEIGHT / WIDTH);
  w = Math.max(w, h * WIDTH / HEIGHT);
  h = w * HEIGHT / WIDTH;
  if (w >= WIDTH) return [0, 0, WIDTH, HEIGHT];
  const x = clamp((minX + maxX) / 2 - w / 2, 0, WIDTH - w);
  const y = clamp((minY + maxY) / 2 - h / 2, 0, HEIGHT - h);
  return [x, y, w, h].map((v) => Math.round(v * 10) / 10);
}

function clamp(value, low, high) {
  return Math.min(Math.max(value, low), high);
}
