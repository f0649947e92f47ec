// The drafters' registry of organisations: search the list, create and edit, confirm the ones
// participants proposed, import a CSV file, and merge likely duplicates.

import { h, replace } from '../dom.js';
import { t } from '../i18n.js';
import { api, seg } from '../api.js';
import { href } from '../router.js';
import { announce, disclosure, field, problemBox } from '../components.js';
import { currentUser, hasRole } from '../session.js';
import { SECTORS, countries } from '../consultation/round-data.js';
import { organisationForm } from './form.js';
import { csvImport } from './csv-import.js';
import { duplicatesPanel } from './duplicates.js';
import { countryLabel, displayName, sectorLabel, statusLabel } from './labels.js';

const PAGE = 50;

export async function registryView({ query }) {
  const heading = h('h1', {}, t('organisations.title'));
  if (!hasRole('drafter')) {
    const login = currentUser() ? null : h('a', { href: href('/login', { next: location.hash }) }, t('nav.login'));
    return h('section', {}, heading, h('p', { class: 'notice drafters-only' }, t('organisations.draftersOnly'), ' ', login));
  }
  const results = h('div', { class: 'organisation-results', id: 'organisation-results' });
  const refresh = () => showList(results, filters);
  const search = searchForm(query, refresh);
  const filters = () => Object.fromEntries(new FormData(search));
  await refresh();
  return h(
    'section',
    { class: 'organisations' },
    heading,
    h('p', { class: 'muted' }, t('organisations.lead')),
    disclosure(t('organisations.new'), organisationForm(null, refresh), 'organisation-new'),
    disclosure(t('organisations.import'), csvImport(refresh), 'organisation-import'),
    disclosure(t('organisations.duplicates'), duplicatesPanel(refresh), 'organisation-duplicates'),
    h('h2', {}, t('organisations.list')),
    search,
    results,
  );
}

function searchForm(query, refresh) {
  const form = h(
    'form',
    { class: 'organisation-search', role: 'search', id: 'organisation-search' },
    field({ label: t('organisations.search'), name: 'q', type: 'search', value: query.get('q') || '', id: 'organisation-q' }),
    field({
      label: t('organisations.field.country'),
      name: 'country',
      type: 'select',
      value: '',
      id: 'organisation-country',
      options: [{ value: '', label: t('organisations.any') }, ...countries()],
    }),
    field({
      label: t('organisations.field.sector'),
      name: 'sector',
      type: 'select',
      value: '',
      id: 'organisation-sector',
      options: [{ value: '', label: t('organisations.any') }, ...SECTORS.map((s) => ({ value: s, label: t(`consultation.sector.${s}`) }))],
    }),
    field({
      label: t('organisations.field.status'),
      name: 'status',
      type: 'select',
      value: query.get('status') || '',
      id: 'organisation-status',
      options: [{ value: '', label: t('organisations.any') }, ...['proposed', 'confirmed', 'merged'].map((s) => ({ value: s, label: statusLabel(s) }))],
    }),
    h('button', { type: 'submit' }, t('organisations.searchSubmit')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    refresh();
  });
  return form;
}

async function showList(results, filters) {
  const params = new URLSearchParams({ limit: PAGE });
  for (const [key, value] of Object.entries(filters())) if (value) params.set(key, value);
  let page;
  try {
    page = await api.get(`organisations?${params}`);
  } catch (error) {
    replace(results, problemBox(error));
    return;
  }
  const rows = page.map((organisation) => row(organisation, () => showList(results, filters)));
  replace(
    results,
    h('p', { class: 'organisation-count', 'aria-live': 'polite' }, t('organisations.count', { count: page.length })),
    page.length
      ? h(
          'table',
          { class: 'organisation-table' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['name', 'acronym', 'country', 'sector', 'status'].map((key) => h('th', { scope: 'col' }, t(`organisations.field.${key}`))),
              h('th', { scope: 'col' }, t('organisations.actions')),
            ),
          ),
          h('tbody', {}, rows),
        )
      : null,
  );
}

function row(organisation, refresh) {
  const actions = h('td', { class: 'organisation-actions' });
  if (organisation.status === 'proposed') {
    actions.append(
      h(
        'button',
        {
          type: 'button',
          class: 'confirm-organisation',
          onclick: async () => {
            await api.post(`organisations/${seg(organisation.id)}/confirm`, {});
            announce(t('organisations.confirmed', { name: organisation.name }));
            await refresh();
          },
        },
        t('organisations.confirm'),
      ),
    );
  }
  if (organisation.status !== 'merged') {
    actions.append(disclosure(t('organisations.edit'), organisationForm(organisation, refresh), 'organisation-edit'));
  }
  return h(
    'tr',
    { 'data-organisation': organisation.id },
    h('th', { scope: 'row' }, h('a', { href: href(`/organisations/${organisation.id}`) }, displayName(organisation))),
    h('td', {}, organisation.acronym || ''),
    h('td', {}, countryLabel(organisation.country)),
    h('td', {}, sectorLabel(organisation.sector)),
    h('td', {}, statusLabel(organisation.status)),
    actions,
  );
}
