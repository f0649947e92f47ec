// Hash router: '#/laws/parity?lang=es' → the view registered for '/laws/:law'. Each capability
// registers its routes from its own routes.js (see main.js); a view is
//   async (ctx) => Node        ctx = {params, query: URLSearchParams, path}
// and should render one <h1>: the router titles the page with it and moves focus to it. Once a
// route is on screen, <main data-rendered> holds its hash (browser tests wait for it).

import { h, replace } from './dom.js';
import { t } from './i18n.js';
import { problemBox, progress } from './components.js';

const table = [];
let outlet = null;
let renderCount = 0;

/** Adds routes: [{path: '/laws/:law', view}]. Earlier registrations win on equal patterns. */
export function register(routes) {
  for (const route of routes) {
    const names = [];
    const pattern = route.path.replace(/:(\w+)/g, (m, name) => {
      names.push(name);
      return '([^/]+)';
    });
    table.push({ ...route, regex: new RegExp(`^${pattern}/?$`), names });
  }
}

/** The href for a route: href('/laws/parity', {lang: 'es'}) → '#/laws/parity?lang=es'. */
export function href(path, query = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') params.set(key, value);
  }
  const text = params.toString();
  return `#${path}${text ? `?${text}` : ''}`;
}

export function navigate(path, query) {
  const target = href(path, query);
  if (location.hash === target) render();
  else location.hash = target;
}

/** Where we are: {path, query}. */
export function currentLocation() {
  const raw = location.hash.replace(/^#/, '') || '/';
  const [path, search = ''] = raw.split('?');
  return { path: path || '/', query: new URLSearchParams(search) };
}

export function start(element) {
  outlet = element;
  window.addEventListener('hashchange', render);
  render();
}

/** Renders the current route again (after a language or session change). */
export async function render() {
  if (location.hash && !location.hash.startsWith('#/')) return;
  const ticket = ++renderCount;
  const { path, query } = currentLocation();
  const match = find(path);
  const loading = progress(t('common.loading'));
  const slow = setTimeout(() => replace(outlet, loading.element), 150);
  let node;
  try {
    node = match ? await match.route.view({ params: match.params, query, path }) : notFound();
  } catch (error) {
    node = failed(error);
  }
  clearTimeout(slow);
  if (ticket !== renderCount) return;
  replace(outlet, node);
  outlet.dataset.rendered = location.hash;
  titleAndFocus(ticket > 1);
}

function find(path) {
  for (const route of table) {
    const m = route.regex.exec(path);
    if (m) {
      const params = {};
      route.names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1])));
      return { route, params };
    }
  }
  return null;
}

// After a navigation, focus goes to the new heading so that screen readers announce it. On the
// first page load it stays at the start of the document, where the skip link comes first.
function titleAndFocus(navigated) {
  const heading = outlet.querySelector('h1');
  document.title = heading ? `${heading.textContent} — ${t('app.name')}` : t('app.name');
  if (!navigated) return;
  const target = heading || outlet;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: false });
}

function notFound() {
  return h('section', {}, h('h1', {}, t('common.notFound')), h('p', {}, h('a', { href: '#/' }, t('common.home'))));
}

function failed(error) {
  return h('section', {}, h('h1', {}, t('error.title')), problemBox(error));
}
