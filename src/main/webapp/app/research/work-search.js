// Searching the work itself: the current text of every model-law article, or the comments,
// suggestions and replies of the consultations (for those logged in, who find what they may read).
// Query, scope and filters live in the address, as in the legislation search; each result links
// to its article in the law, or to the comment among its round's.

import { h, replace, snippet } from '../dom.js';
import { t } from '../i18n.js';
import { api } from '../api.js';
import { href, navigate } from '../router.js';
import { announce, progress } from '../components.js';
import { currentUser, isDrafter } from '../session.js';
import { countryName, languageName } from './labels.js';
import { clearQueryProblem, showSearchProblem } from './query-problem.js';
import { searchTabs } from './search-tabs.js';

const PAGE = 20;
const ROUTE = '/research/work';
/** Per scope, the facets the API counts, which are also its filters, and how to name a value. */
const FACETS = {
  laws: { law: lawTitle, lang: languageName },
  comments: {
    kind: (v) => t(`consultation.kind.${v}`),
    sector: (v) => t(`consultation.sector.${v}`),
    country: countryName,
    disposition: (v) => (v === 'none' ? t('worksearch.unanswered') : t(`consultation.disposition.${v}`)),
  },
};
let laws = new Map();

function lawTitle(slug) {
  return laws.get(slug) || slug;
}

function stateOf(query) {
  const scope = query.get('scope') === 'comments' ? 'comments' : 'laws';
  const state = { q: query.get('q') || '', scope, offset: Number(query.get('offset')) || 0 };
  for (const name of Object.keys(FACETS[scope])) state[name] = (query.get(name) || '').split(',').filter(Boolean);
  return state;
}

function addressOf(state) {
  const query = { q: state.q, scope: state.scope, offset: state.offset || '' };
  for (const name of Object.keys(FACETS[state.scope])) query[name] = state[name].join(',');
  return query;
}

export async function workSearchView({ query }) {
  const state = stateOf(query);
  const summaries = await api.get('laws');
  laws = new Map(summaries.map((law) => [law.slug, law.titles?.[law.languages[0]] || law.slug]));
  const results = h('div', { class: 'search-results', id: 'work-results' });
  const facets = h('div', { class: 'search-facets' });
  const form = searchForm(state);
  const page = { state, results, facets, input: form.querySelector('#work-q') };
  const section = h(
    'section',
    { class: 'research work-search' },
    searchTabs('work'),
    h('h1', {}, t('worksearch.title')),
    h('p', { class: 'muted' }, t('worksearch.lead')),
    form,
    h('div', { class: 'research-layout' }, facets, results),
  );
  await search(page);
  return section;
}

function searchForm(state) {
  const q = h('input', { type: 'search', id: 'work-q', name: 'q', value: state.q, autocomplete: 'off' });
  const scopes = ['laws', 'comments'].map((scope) =>
    h(
      'span',
      { class: 'scope-choice' },
      h('input', { type: 'radio', name: 'scope', id: `work-scope-${scope}`, value: scope, checked: state.scope === scope }),
      h('label', { for: `work-scope-${scope}` }, t(`worksearch.scope.${scope}`)),
    ),
  );
  const form = h(
    'form',
    { class: 'search-form', role: 'search' },
    h(
      'div',
      { class: 'search-box' },
      h('label', { for: 'work-q' }, t('worksearch.query')),
      h('div', { class: 'search-row' }, q, h('button', { type: 'submit', class: 'primary' }, t('research.submit'))),
    ),
    h('fieldset', { class: 'search-options scope' }, h('legend', {}, t('worksearch.scope')), scopes),
  );
  const go = () => {
    const scope = form.querySelector('input[name=scope]:checked')?.value || 'laws';
    // Filters belong to one scope: a new scope starts without them.
    const next = scope === state.scope ? { ...state, q: q.value.trim(), offset: 0 } : { q: q.value.trim(), scope, offset: 0, ...emptyFilters(scope) };
    navigate(ROUTE, addressOf(next));
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go();
  });
  form.querySelectorAll('input[name=scope]').forEach((radio) => radio.addEventListener('change', go));
  return form;
}

function emptyFilters(scope) {
  return Object.fromEntries(Object.keys(FACETS[scope]).map((name) => [name, []]));
}

async function search(page) {
  const { state, results, facets, input } = page;
  if (state.scope === 'comments' && !currentUser()) {
    replace(results, h('p', { class: 'notice' }, t('worksearch.commentsNeedLogin'), ' ', h('a', { href: href('/login') }, t('nav.login'))));
    return;
  }
  const params = new URLSearchParams({ scope: state.scope, limit: String(PAGE) });
  if (state.q) params.set('q', state.q);
  if (state.offset) params.set('offset', String(state.offset));
  for (const name of Object.keys(FACETS[state.scope])) if (state[name].length) params.set(name, state[name].join(','));
  const busy = progress(t('common.loading'));
  results.append(busy.element);
  let data;
  try {
    data = await api.get(`search?${params}`);
  } catch (error) {
    showSearchProblem(error, { input, results, facets });
    return;
  } finally {
    busy.element.remove();
  }
  clearQueryProblem(input);
  replace(facets, facetPanel(state, data.facets || {}));
  replace(results, resultList(state, data));
  if (state.q) announce(t('research.announce', { total: data.total }));
}

/** The scope's facets as checkboxes with counts; a change searches again from the first page. */
function facetPanel(state, counts) {
  const groups = Object.entries(FACETS[state.scope]).map(([name, label]) => {
    const values = (counts[name] || []).map((c) => ({ value: c.value, count: c.count }));
    for (const chosen of state[name]) if (!values.some((v) => v.value === chosen)) values.push({ value: chosen, count: 0 });
    if (values.length === 0) return null;
    return h(
      'fieldset',
      { class: 'facet', 'data-facet': name },
      h('legend', {}, t(`worksearch.facet.${name}`)),
      h(
        'ul',
        {},
        values.map(({ value, count }) => {
          const id = `work-facet-${name}-${String(value).replace(/[^A-Za-z0-9_-]/g, '_')}`;
          const box = h('input', { type: 'checkbox', id, value, checked: state[name].includes(value) });
          box.addEventListener('change', () => {
            const chosen = box.checked ? [...state[name], value] : state[name].filter((v) => v !== value);
            navigate(ROUTE, addressOf({ ...state, [name]: chosen, offset: 0 }));
          });
          return h('li', {}, box, h('label', { for: id }, t('research.facet.option', { label: label(value), count: count.toLocaleString() })));
        }),
      ),
    );
  });
  return h('div', { class: 'facets' }, h('h2', { class: 'facets-title' }, t('research.filters')), groups);
}

function resultList(state, data) {
  const hits = data.hits || [];
  const item = state.scope === 'laws' ? articleHit : commentHit;
  return [
    h('h2', { id: 'work-results-heading', tabindex: '-1' }, t('research.results')),
    data.partial ? h('p', { class: 'warning' }, t('research.partial')) : null,
    hits.length === 0
      ? h('p', { class: 'no-results' }, t('research.none'))
      : h('p', { class: 'result-count', 'aria-live': 'polite' }, t('research.count', { from: state.offset + 1, to: state.offset + hits.length, total: data.total })),
    hits.length ? h('ol', { class: 'hits', start: state.offset + 1, 'aria-labelledby': 'work-results-heading' }, hits.map(item)) : null,
    paging(state, hits.length, data.total),
  ];
}

function articleHit(hit) {
  const name = t('comparable.article', { number: hit.number });
  return h(
    'li',
    { class: 'hit article-hit', 'data-law': hit.law, 'data-article': hit.article },
    h('h3', {}, h('a', { href: href(`/laws/${hit.law}`, { lang: hit.lang, article: hit.article }) }, `${hit.lawTitle} — ${hit.heading ? `${name}. ${hit.heading}` : name}`)),
    h('p', { class: 'muted hit-facts' }, [languageName(hit.lang), t('worksearch.revision', { revision: hit.revision })].join(' · ')),
    hit.headingMatch ? h('p', { class: 'hit-heading', lang: hit.lang }, snippet(hit.headingMatch)) : null,
    h('p', { class: 'snippet', lang: hit.lang }, snippet(hit.snippet)),
  );
}

/** A comment links to the round's comments where its reader works on them, and to its article. */
function commentHit(hit) {
  const round = `/consultations/${hit.consultation}`;
  const where = isDrafter() ? href(`${round}/queue`, { law: hit.law, article: hit.article }) : href(`${round}/mine`, { law: hit.law });
  const facts = [
    hit.author,
    lawTitle(hit.law),
    hit.state ? t(`consultation.anchor.${hit.state}`) : null,
    hit.disposition === 'none' ? t('worksearch.unanswered') : t(`consultation.disposition.${hit.disposition}`),
  ];
  return h(
    'li',
    { class: 'hit comment-hit', 'data-comment': hit.id },
    h('h3', {}, h('a', { href: where }, t('worksearch.commentTitle', { kind: t(`consultation.kind.${hit.kind}`), id: hit.id, round: hit.consultation }))),
    h('p', { class: 'muted hit-facts' }, facts.filter(Boolean).join(' · ')),
    h('p', { class: 'snippet', lang: hit.lang }, snippet(hit.snippet)),
    hit.replacementMatch ? h('p', { class: 'hit-replacement', lang: hit.lang }, t('worksearch.replacement'), ' ', snippet(hit.replacementMatch)) : null,
    h('p', {}, h('a', { href: href(round, { law: hit.law, lang: hit.lang, article: hit.article }) }, t('worksearch.inText'))),
  );
}

function paging(state, shown, total) {
  if (total <= PAGE) return null;
  const go = (offset) => navigate(ROUTE, addressOf({ ...state, offset }));
  return h(
    'nav',
    { class: 'actions paging', 'aria-label': t('research.paging') },
    h('button', { type: 'button', disabled: state.offset === 0, onclick: () => go(Math.max(0, state.offset - PAGE)) }, t('research.previous')),
    h('button', { type: 'button', disabled: state.offset + shown >= total, onclick: () => go(state.offset + shown) }, t('research.next')),
  );
}
