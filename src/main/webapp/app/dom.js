// The only place that creates DOM. Text always goes in through textContent / text nodes: no
// function here sets innerHTML, so user-supplied text can never become markup.

const SAFE_URL = /^(#|\/|https?:|mailto:)/i;

/**
 * h('a', {href: '#/laws', class: 'nav', onclick: fn}, 'Laws', child, [more]) → Element.
 * Attributes: `class`, `for`, `on<event>` (functions only), booleans (true → present, false/null →
 * absent), anything else via setAttribute. Children: strings/numbers become text nodes; nodes are
 * appended; arrays are flattened; null/undefined/false are skipped.
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    setAttribute(el, name, value);
  }
  append(el, children);
  return el;
}

function setAttribute(el, name, value) {
  if (value === null || value === undefined || value === false) return;
  if (name === 'innerHTML' || name === 'outerHTML' || name === 'srcdoc') {
    throw new Error(`h(): '${name}' is not allowed`);
  }
  if (name.startsWith('on')) {
    if (typeof value !== 'function') throw new Error(`h(): ${name} must be a function`);
    el.addEventListener(name.slice(2).toLowerCase(), value);
  } else if ((name === 'href' || name === 'src' || name === 'action') && !SAFE_URL.test(String(value))) {
    throw new Error(`h(): unsafe URL in ${name}`);
  } else if (name === 'value' && 'value' in el) {
    el.value = value;
  } else if (value === true) {
    el.setAttribute(name, '');
  } else {
    el.setAttribute(name === 'className' ? 'class' : name, String(value));
  }
}

/** Appends children (text, nodes, arrays; null skipped) to an element. */
export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Replaces an element's content. */
export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/**
 * Renders a legislation search snippet (escaped text where only <mark> is markup, as the server
 * sends it). The string is parsed into an inert document (nothing runs, nothing loads); only text
 * and <mark> elements are copied out, every other element contributes its text only.
 */
export function snippet(escapedHtml) {
  const parsed = new DOMParser().parseFromString(`<body>${escapedHtml || ''}</body>`, 'text/html');
  const out = document.createDocumentFragment();
  for (const node of parsed.body.childNodes) {
    if (node.nodeType === Node.ELEMENT_NODE && node.localName === 'mark') {
      out.append(h('mark', {}, node.textContent));
    } else {
      out.append(document.createTextNode(node.textContent));
    }
  }
  return out;
}

/**
 * Renders a redline from the API's JSON diff operations ([{kind: 'equal'|'insert'|'delete',
 * text}]): inline (one flow with <ins>/<del>) or one side of a side-by-side view ('before' shows
 * equal and deleted text, 'after' equal and inserted text).
 */
export function redline(ops, side = 'inline') {
  const out = h('span', { class: 'redline' });
  for (const op of ops || []) {
    const kind = String(op.kind).toLowerCase();
    if (kind === 'equal') {
      out.append(document.createTextNode(op.text));
    } else if (kind === 'insert' && side !== 'before') {
      out.append(h('ins', {}, op.text));
    } else if (kind === 'delete' && side !== 'after') {
      out.append(h('del', {}, op.text));
    }
  }
  return out;
}

/** Text with its line breaks kept as paragraphs (article texts have blank-line paragraphs). */
export function paragraphs(text) {
  return String(text || '')
    .split(/\n{2,}/)
    .map((para) => h('p', {}, para));
}

/** A unique id for label/control pairs. */
let counter = 0;
export function uid(prefix = 'id') {
  counter += 1;
  return `${prefix}-${counter}`;
}
