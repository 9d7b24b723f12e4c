// Builds DOM nodes. Every string becomes a text node or an attribute value: nothing here parses
// markup, so text from the index or the query can never become HTML.

/**
 * el('a', {class: 'x', href: '/p', on: {click: fn}}, 'text', otherNode)
 * Props: class, id, text, hidden, dataset, on (event handlers), attrs (any other attribute).
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  return build(node, props, children);
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The same for SVG elements (the map's dots). */
export function svg(tag, props = {}, ...children) {
  return build(document.createElementNS(SVG_NS, tag), props, children);
}

function build(node, props, children) {
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.setAttribute('class', value);
    else if (key === 'text') node.textContent = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'on') for (const [type, fn] of Object.entries(value)) node.addEventListener(type, fn);
    else if (key === 'attrs') for (const [name, v] of Object.entries(value)) {
      if (v !== undefined && v !== null && v !== false) node.setAttribute(name, v === true ? '' : String(v));
    }
    else if (key === 'hidden') node.hidden = Boolean(value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

/** Appends strings (as text) and nodes, skipping null and false, flattening arrays. */
export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replaces a node's children. */
export function fill(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

export const $ = (id) => document.getElementById(id);
