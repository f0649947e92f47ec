// Searching national legislation: a query box, facets as keyboard-usable filters with their
// counts, sort, paging and highlighted snippets. The search lives in the address (shareable,
// Back works); filters update the results in place so that focus stays where the user is.

import { h, replace } from '../dom.js';
import { t } from '../i18n.js';
import { api } from '../api.js';
import { href } from '../router.js';
import { announce, progress } from '../components.js';
import { isDrafter } from '../session.js';
import { facetPanel } from './facets.js';
import { linkingBanner, linkTarget } from './links.js';
import { PAGE, resultList } from './results.js';
import { clearQueryProblem, showSearchProblem } from './query-problem.js';
import { searchTabs } from './search-tabs.js';

const LISTS = ['country', 'lang', 'type', 'inForce'];
const SINGLE = ['q', 'yearFrom', 'yearTo', 'sort', 'offset', 'expand', 'for'];
/** Kept in the address only: 'for' names the article ("law/eId/lang") hits may be linked to. */
const LOCAL = new Set(['for']);
/** Facets and the search parameters that filter by them. */
const FACETED = [...LISTS.map((name) => ({ name, params: [name] })), { name: 'year', params: ['yearFrom', 'yearTo'] }];
let lastSearch = href('/research');

/** The address of the last search made, for the way back from a provision. */
export const lastSearchHref = () => lastSearch;

function stateOf(query) {
  const state = {};
  for (const name of LISTS) state[name] = (query.get(name) || '').split(',').filter(Boolean);
  for (const name of SINGLE) state[name] = query.get(name) || '';
  return state;
}

function queryOf(state) {
  const query = {};
  for (const name of LISTS) query[name] = state[name].join(',');
  for (const name of SINGLE) query[name] = state[name];
  if (query.offset === '0') query.offset = '';
  return query;
}

function apiParams(state, limit = PAGE) {
  const params = new URLSearchParams({ limit: String(limit) });
  for (const [name, value] of Object.entries(queryOf(state))) {
    if (value && !LOCAL.has(name)) params.set(name, value);
  }
  return params;
}

/** Runs the search, with the filtered facets' other values. */
async function fetchResults(state) {
  const [data, ...others] = await Promise.all([
    api.get(`legislation/search?${apiParams(state)}`),
    ...FACETED.map((facet) => otherValues(state, facet)),
  ]);
  FACETED.forEach((facet, i) => {
    if (others[i]) data.facets[facet.name] = others[i];
  });
  return data;
}

/**
 * The server counts a facet within the filters, so a filtered facet would list only its chosen
 * values. To offer the others with their counts (pick Chile, still see Peru), a filtered facet is
 * counted by a second search without its own filter (no hits asked for).
 */
async function otherValues(state, facet) {
  if (!facet.params.some((name) => state[name].length > 0)) return null;
  const without = { ...state };
  for (const name of facet.params) without[name] = Array.isArray(state[name]) ? [] : '';
  const data = await api.get(`legislation/search?${apiParams(without, 0)}`);
  return data.facets?.[facet.name] || [];
}

export async function searchView({ query }) {
  const state = stateOf(query);
  const target = await linkTarget(state.for);
  const page = {
    state,
    target,
    results: h('div', { class: 'search-results', id: 'search-results' }),
    facets: h('div', { class: 'search-facets' }),
  };
  const form = searchForm(state, () => search(page, { push: true, reset: true }));
  page.input = form.querySelector('#research-q');
  const section = h(
    'section',
    { class: 'research' },
    searchTabs('legislation'),
    h('h1', {}, t('research.title')),
    h('p', { class: 'muted' }, t('research.lead')),
    form,
    target ? linkingBanner(target) : null,
    isDrafter() && !target ? h('p', {}, h('a', { href: href('/research/imports') }, t('research.imports'))) : null,
    h('div', { class: 'research-layout' }, page.facets, page.results),
  );
  await search(page, { push: false });
  return section;
}

function searchForm(state, submit) {
  const q = h('input', { type: 'search', id: 'research-q', name: 'q', value: state.q, autocomplete: 'off' });
  const sort = h(
    'select',
    { id: 'research-sort', name: 'sort' },
    ['relevance', 'year'].map((value) =>
      h('option', { value, selected: (state.sort || 'relevance') === value }, t(`research.sort.${value}`)),
    ),
  );
  // The server widens a search through the thesaurus unless told expand=false.
  const expand = h('input', { type: 'checkbox', id: 'research-expand', name: 'expand', checked: state.expand !== 'false' });
  const read = () => {
    state.q = q.value.trim();
    state.sort = sort.value === 'relevance' ? '' : sort.value;
    state.expand = expand.checked ? '' : 'false';
  };
  for (const control of [sort, expand]) {
    control.addEventListener('change', () => {
      read();
      submit();
    });
  }
  const form = h(
    'form',
    { class: 'search-form', role: 'search' },
    h(
      'div',
      { class: 'search-box' },
      h('label', { for: 'research-q' }, t('research.query')),
      h('div', { class: 'search-row' }, q, h('button', { type: 'submit', class: 'primary' }, t('research.submit'))),
    ),
    h('div', { class: 'search-options' }, h('label', { for: 'research-sort' }, t('research.sort')), sort),
    h('div', { class: 'search-options' }, expand, h('label', { for: 'research-expand' }, t('research.expand'))),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    read();
    submit();
  });
  return form;
}

/** Searches with the page's state, shows facets and results, and puts the search in the address. */
async function search(page, { push, reset }) {
  const { state, facets, results } = page;
  if (reset) state.offset = '';
  const address = href('/research', queryOf(state));
  lastSearch = address;
  if (push && location.hash !== address) history.pushState(null, '', address);
  const busy = progress(t('common.loading'));
  results.setAttribute('aria-busy', 'true');
  results.prepend(busy.element);
  let data;
  try {
    data = await fetchResults(state);
  } catch (error) {
    showSearchProblem(error, { input: page.input, results, facets });
    return;
  } finally {
    results.removeAttribute('aria-busy');
    busy.element.remove();
  }
  clearQueryProblem(page.input);
  const rerun = (options) => search(page, { push: true, ...options });
  keepingFocus(() => replace(facets, facetPanel(state, data.facets || {}, () => rerun({ reset: true }))));
  replace(results, resultList(state, data, rerun, page.target));
  if (push) announce(t('research.announce', { total: data.total }));
}

/** Re-rendering replaces the control that had focus: give focus to its successor (same id). */
function keepingFocus(render) {
  const id = document.activeElement?.id;
  render();
  const again = id && document.getElementById(id);
  if (again && again !== document.activeElement) again.focus();
}
