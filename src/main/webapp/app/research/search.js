// Searching national legislation: a query box, facets as keyboard-usable filters with their
// counts, sort, paging and highlighted snippets. The search lives in the address (shareable,
// Back works); filters update the results in place so that focus stays where the user is.

import { h, replace, snippet } from '../dom.js';
import { t } from '../i18n.js';
import { api, ApiError } from '../api.js';
import { href } from '../router.js';
import { announce, problemBox, progress } from '../components.js';
import { isDrafter } from '../session.js';
import { facetPanel } from './facets.js';
import { instrumentFacts, languageName, provisionHref, provisionName } from './labels.js';
import { linkForm, loadReferences, provisionOf } from './links.js';
import { loadArticle } from './article-context.js';

const PAGE = 20;
const LISTS = ['country', 'lang', 'type', 'inForce'];
const SINGLE = ['q', 'yearFrom', 'yearTo', 'sort', 'offset', 'expand', 'for'];
/** Kept in the address only: 'for' names the article ("law/eId") results may be linked to. */
const LOCAL = new Set(['for']);
let expansionMissing = false;
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
    if (value && !LOCAL.has(name) && (name !== 'expand' || !expansionMissing)) params.set(name, value);
  }
  return params;
}

/** Runs the search; a server without cross-language expansion refuses 'expand': search without. */
async function fetchResults(state) {
  try {
    const [data, ...others] = await Promise.all([
      api.get(`legislation/search?${apiParams(state)}`),
      ...FACETED.map((facet) => otherValues(state, facet)),
    ]);
    others.forEach((counts, i) => counts && (data.facets[FACETED[i].name] = counts));
    return data;
  } catch (error) {
    if (error instanceof ApiError && error.field === 'expand' && !expansionMissing) {
      expansionMissing = true;
      return fetchResults(state);
    }
    throw error;
  }
}

/**
 * The server counts a facet within the filters, so a filtered facet would list only its chosen
 * values. To offer the others with their counts (pick Chile, still see Peru), a filtered facet is
 * counted by a second search without its own filter (no hits asked for).
 */
const FACETED = [...LISTS.map((name) => ({ name, params: [name] })), { name: 'year', params: ['yearFrom', 'yearTo'] }];

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
  const section = h(
    'section',
    { class: 'research' },
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
  const expand = h('input', { type: 'checkbox', id: 'research-expand', name: 'expand', checked: state.expand === 'true' });
  const read = () => {
    state.q = q.value.trim();
    state.sort = sort.value === 'relevance' ? '' : sort.value;
    state.expand = expand.checked ? 'true' : '';
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
    replace(results, problemBox(error));
    return;
  } finally {
    results.removeAttribute('aria-busy');
    busy.element.remove();
  }
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

function resultList(state, data, rerun, target) {
  const offset = Number(state.offset) || 0;
  const hits = data.hits || [];
  return [
    h('h2', { id: 'results-heading' }, t('research.results')),
    expansionMissing && state.expand === 'true' ? h('p', { class: 'notice' }, t('research.expand.unavailable')) : null,
    expansions(data.expansions),
    data.partial ? h('p', { class: 'warning' }, t('research.partial')) : null,
    hits.length === 0
      ? h('p', { class: 'no-results' }, t('research.none'))
      : h(
          'p',
          { class: 'result-count', 'aria-live': 'polite' },
          t('research.count', { from: offset + 1, to: offset + hits.length, total: data.total }),
        ),
    hits.length ? h('ol', { class: 'hits', start: offset + 1, 'aria-labelledby': 'results-heading' }, hits.map((hit) => hitItem(hit, target))) : null,
    paging(offset, hits.length, data.total, (next) => {
      state.offset = next ? String(next) : '';
      rerun({ reset: false }).then(() => document.getElementById('results-heading')?.focus());
    }),
  ];
}

/** Whatever shape the thesaurus gives (terms, or term → equivalents), said in one line. */
function expansions(value) {
  if (!value || (Array.isArray(value) && value.length === 0)) return null;
  const terms = Array.isArray(value)
    ? value.map((entry) => (typeof entry === 'string' ? entry : [entry.term, ...(entry.expansions || entry.terms || [])].filter(Boolean).join(' → ')))
    : Object.entries(value).map(([term, more]) => `${term} → ${[].concat(more).join(', ')}`);
  return h('p', { class: 'notice expansions' }, t('research.expansions', { terms: terms.join('; ') }));
}

function hitItem(hit, target) {
  const instrument = hit.instrument || {};
  const fullTitle = instrument.title && instrument.title !== instrument.shortTitle ? instrument.title : null;
  return h(
    'li',
    { class: 'hit' },
    h('h3', {}, h('a', { href: provisionHref(hit.id) }, provisionName(instrument, hit.label, hit.title))),
    h('p', { class: 'muted hit-facts' }, [instrumentFacts(instrument, hit.inForce), languageName(hit.lang)].join(' · ')),
    fullTitle ? h('p', { class: 'hit-instrument', lang: hit.lang }, fullTitle) : null,
    hit.headingMatch ? h('p', { class: 'hit-heading', lang: hit.lang }, snippet(hit.headingMatch)) : null,
    h('p', { class: 'snippet', lang: hit.lang }, snippet(hit.snippet)),
    target ? linkForm(target, hit.id) : null,
  );
}

/**
 * The article a drafter is gathering provisions for ("law/eId"), with what it links already; null
 * for readers, and when the server cannot link yet.
 */
async function linkTarget(value) {
  const [law, eId] = String(value || '').split('/');
  if (!law || !eId || !isDrafter()) return null;
  const [references, article] = await Promise.all([loadReferences(law, eId), loadArticle(law, eId)]);
  if (references.missing) return null;
  const name = t('comparable.article', { number: article.number });
  return {
    law,
    eId,
    name: article.heading ? `${name}. ${article.heading}` : name,
    linkedIds: new Set(references.references.map((ref) => provisionOf(ref).id)),
  };
}

function linkingBanner(target) {
  return h(
    'p',
    { class: 'notice linking' },
    t('research.linking', { article: target.name, law: target.law }),
    ' ',
    h('a', { href: href(`/laws/${target.law}/articles/${target.eId}/comparable`) }, t('research.linkingBack')),
  );
}

function paging(offset, shown, total, go) {
  if (total <= PAGE) return null;
  const previous = Math.max(0, offset - PAGE);
  const next = offset + shown;
  return h(
    'nav',
    { class: 'actions paging', 'aria-label': t('research.paging') },
    h('button', { type: 'button', disabled: offset === 0, onclick: () => go(previous) }, t('research.previous')),
    h('button', { type: 'button', disabled: next >= total, onclick: () => go(next) }, t('research.next')),
  );
}
