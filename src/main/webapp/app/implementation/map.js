// The implementation map of a law: articles down, countries across, each cell coloured by status,
// or the same matrix as a plain table. Filtering and sorting happen here, on the matrix the API
// gave; they are kept in the address so that a filtered map can be shared and printed.

import { h, replace, uid } from '../dom.js';
import { t } from '../i18n.js';
import { api } from '../api.js';
import { href } from '../router.js';
import { announce } from '../components.js';
import { contentLanguage, lawNav } from '../drafting/law-nav.js';
import { STATUSES, apiPath, articleHref, articleName, countryHref, legend, statusBadge, statusName } from './labels.js';

export async function mapView({ params, query }) {
  const { law } = params;
  const lang = await contentLanguage(law, query);
  const matrix = await api.get(`${apiPath(law)}?lang=${lang}`);
  const state = {
    view: query.get('view') === 'table' ? 'table' : 'map',
    articles: query.get('articles') || '',
    countries: query.get('countries') || '',
    assessed: query.has('assessed') ? query.get('assessed') === 'true' : anyAssessed(matrix),
    status: query.get('status') || '',
    sortArticles: query.get('sortArticles') || 'order',
    sortCountries: query.get('sortCountries') || 'name',
  };
  const output = h('div', { class: 'impl-output' });
  const update = (change) => {
    Object.assign(state, change);
    history.replaceState(null, '', href(`/laws/${law}/implementation`, { lang, ...queryOf(state, matrix) }));
    document.getElementById('main').dataset.rendered = location.hash;
    draw();
  };
  const draw = () => replace(output, presentation(law, lang, matrix, state));
  draw();
  return h(
    'section',
    { class: 'implementation-map' },
    lawNav(law, lang, 'implementation'),
    h('h1', {}, t('impl.title')),
    h('p', { class: 'lead' }, t('impl.lead')),
    tools(law, lang),
    controls(state, update),
    legend(),
    output,
  );
}

/** Whether some country has an assessment or a reference: then the others are hidden at first. */
function anyAssessed(matrix) {
  return matrix.countries.some((c) => worthShowing(c, matrix));
}

function worthShowing(column, matrix) {
  return column.counts.not_assessed < matrix.articles.length || column.references > 0;
}

/** The state as query parameters, defaults left out. */
function queryOf(state, matrix) {
  return {
    view: state.view === 'map' ? null : state.view,
    articles: state.articles,
    countries: state.countries,
    assessed: state.assessed === anyAssessed(matrix) ? null : String(state.assessed),
    status: state.status,
    sortArticles: state.sortArticles === 'order' ? null : state.sortArticles,
    sortCountries: state.sortCountries === 'name' ? null : state.sortCountries,
  };
}

function tools(law, lang) {
  return h(
    'p',
    { class: 'actions impl-tools' },
    h('a', { class: 'button impl-csv', href: new URL(`api/${apiPath(law)}?format=csv&lang=${lang}`, document.baseURI).href, download: true }, t('impl.csv')),
    ' ',
    h('button', { type: 'button', onclick: () => window.print() }, t('impl.print')),
  );
}

function controls(state, update) {
  const text = (label, key) => {
    const id = uid('impl');
    return h(
      'div',
      { class: 'field' },
      h('label', { for: id }, label),
      h('input', { id, type: 'search', value: state[key], oninput: (e) => update({ [key]: e.target.value }) }),
    );
  };
  const select = (label, key, options, id = uid('impl')) =>
    h(
      'div',
      { class: 'field' },
      h('label', { for: id }, label),
      h(
        'select',
        { id, onchange: (e) => update({ [key]: e.target.value }) },
        options.map(([value, words]) => h('option', { value, selected: value === state[key] }, words)),
      ),
    );
  const assessedId = uid('impl');
  const viewButton = (view) =>
    h('button', { type: 'button', class: `impl-view-${view}`, 'aria-pressed': String(state.view === view), onclick: () => update({ view }) }, t(`impl.view.${view}`));
  return h(
    'form',
    { class: 'impl-controls', onsubmit: (e) => e.preventDefault() },
    h('fieldset', { class: 'impl-views' }, h('legend', {}, t('impl.view')), viewButton('map'), ' ', viewButton('table')),
    h(
      'fieldset',
      { class: 'impl-filters' },
      h('legend', {}, t('impl.filters')),
      text(t('impl.filterArticles'), 'articles'),
      text(t('impl.filterCountries'), 'countries'),
      select(t('impl.statusFilter'), 'status', [['', t('impl.anyStatus')], ...STATUSES.map((s) => [s, statusName(s)])], 'impl-status-filter'),
      select(t('impl.sortArticles'), 'sortArticles', [['order', t('impl.sort.order')], ['adopted', t('impl.sort.adopted')], ['unassessed', t('impl.sort.unassessed')]], 'impl-sort-articles'),
      select(t('impl.sortCountries'), 'sortCountries', [['name', t('impl.sort.name')], ['code', t('impl.sort.code')], ['adopted', t('impl.sort.adopted')]], 'impl-sort-countries'),
      h(
        'div',
        { class: 'field impl-check' },
        h('input', { id: assessedId, type: 'checkbox', checked: state.assessed, onchange: (e) => update({ assessed: e.target.checked }) }),
        h('label', { for: assessedId }, t('impl.onlyAssessed')),
      ),
    ),
  );
}

/** The countries and articles the filters keep, in the order asked for. */
function visible(matrix, state) {
  const needle = (s) => s.trim().toLocaleLowerCase();
  const countryText = needle(state.countries);
  const countries = matrix.countries
    .map((column, index) => ({ ...column, index }))
    .filter((c) => !state.assessed || worthShowing(c, matrix))
    .filter((c) => !countryText || `${c.country} ${c.name}`.toLocaleLowerCase().includes(countryText));
  const byCountry = {
    name: (a, b) => a.name.localeCompare(b.name),
    code: (a, b) => a.country.localeCompare(b.country),
    adopted: (a, b) => b.counts.adopted - a.counts.adopted || a.name.localeCompare(b.name),
  }[state.sortCountries] || (() => 0);
  countries.sort(byCountry);
  const articleText = needle(state.articles);
  const articles = matrix.articles
    .map((row, order) => ({ ...row, order }))
    .filter((row) => !articleText || `${articleName(row)} ${row.heading || ''}`.toLocaleLowerCase().includes(articleText))
    .filter((row) => !state.status || countries.some((c) => row.cells[c.index].status === state.status));
  const byArticle = {
    adopted: (a, b) => b.counts.adopted - a.counts.adopted || a.order - b.order,
    unassessed: (a, b) => b.counts.not_assessed - a.counts.not_assessed || a.order - b.order,
  }[state.sortArticles] || ((a, b) => a.order - b.order);
  articles.sort(byArticle);
  return { countries, articles };
}

function presentation(law, lang, matrix, state) {
  const { countries, articles } = visible(matrix, state);
  announce(t('impl.shown', { articles: articles.length, countries: countries.length }));
  if (countries.length === 0 || articles.length === 0) return h('p', { class: 'notice' }, t('impl.none'));
  return [
    state.view === 'table' ? plainTable(law, lang, countries, articles) : heatMap(law, lang, countries, articles),
    countsTable(law, lang, countries),
  ];
}

function articleHeader(law, lang, row) {
  return h(
    'th',
    { scope: 'row', class: 'impl-article' },
    h('a', { href: articleHref(law, row.eId, lang) }, articleName(row)),
    row.heading ? h('span', { class: 'impl-heading' }, ` ${row.heading}`) : null,
  );
}

function heatMap(law, lang, countries, articles) {
  return h(
    'div',
    { class: 'impl-scroll' },
    h(
      'table',
      { class: 'impl-heatmap' },
      h('caption', {}, t('impl.matrixCaption')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('impl.article')),
          countries.map((c) =>
            h('th', { scope: 'col', class: 'impl-country', 'data-country': c.country }, h('a', { href: countryHref(law, c.country, lang), title: c.name }, h('abbr', { title: c.name }, c.country))),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        articles.map((row) =>
          h(
            'tr',
            { 'data-article': row.eId },
            articleHeader(law, lang, row),
            countries.map((c) => {
              const cell = row.cells[c.index];
              return h(
                'td',
                { class: `impl-cell status-${cell.status}`, 'data-country': c.country, 'data-status': cell.status },
                h(
                  'a',
                  { href: countryHref(law, c.country, lang, row.eId), 'aria-label': t('impl.cellLabel', { article: articleName(row), country: c.name, status: statusName(cell.status) }) },
                  statusBadge(cell.status, { words: false }),
                ),
              );
            }),
          ),
        ),
      ),
    ),
  );
}

/** The same matrix in words, with no colour: for screen readers, printing in black and copying. */
function plainTable(law, lang, countries, articles) {
  return h(
    'div',
    { class: 'impl-scroll' },
    h(
      'table',
      { class: 'impl-table' },
      h('caption', {}, t('impl.matrixCaption')),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('impl.article')), countries.map((c) => h('th', { scope: 'col', 'data-country': c.country }, h('a', { href: countryHref(law, c.country, lang) }, c.name))))),
      h(
        'tbody',
        {},
        articles.map((row) =>
          h('tr', { 'data-article': row.eId }, articleHeader(law, lang, row), countries.map((c) => h('td', { 'data-country': c.country, 'data-status': row.cells[c.index].status }, statusName(row.cells[c.index].status)))),
        ),
      ),
    ),
  );
}

function countsTable(law, lang, countries) {
  return h(
    'div',
    { class: 'impl-scroll' },
    h(
      'table',
      { class: 'impl-counts' },
      h('caption', {}, t('impl.countsCaption')),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('impl.country')), STATUSES.map((s) => h('th', { scope: 'col' }, statusName(s))))),
      h(
        'tbody',
        {},
        countries.map((c) =>
          h('tr', { 'data-country': c.country }, h('th', { scope: 'row' }, h('a', { href: countryHref(law, c.country, lang) }, c.name)), STATUSES.map((s) => h('td', { 'data-status': s }, c.counts[s]))),
        ),
      ),
    ),
  );
}
