// The filters beside search results: one group per facet, each value a checkbox labelled with its
// count (native controls, so keyboard and screen readers work as usual); years as ranges to pick
// or bounds to type. A selected value stays listed even when no result has it any more.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { countryName, inForceName, languageName, typeName } from './labels.js';

const DIMENSIONS = [
  { name: 'country', label: countryName },
  { name: 'lang', label: languageName },
  { name: 'type', label: typeName },
  { name: 'inForce', label: inForceName },
];
let openChoice = null;

/** The filter panel for `state` (changed in place) and the search's facet counts. */
export function facetPanel(state, facets, changed) {
  const open = openChoice ?? !window.matchMedia('(max-width: 760px)').matches;
  const panel = h(
    'details',
    { class: 'facets', open },
    h('summary', {}, h('h2', { class: 'facets-title' }, t('research.filters'))),
    DIMENSIONS.map((dimension) => checkboxGroup(dimension, state, facets[dimension.name] || [], changed)),
    yearGroup(state, facets.year || [], changed),
    hasFilters(state)
      ? h(
          'button',
          {
            type: 'button',
            id: 'facets-clear',
            onclick: () => {
              DIMENSIONS.forEach(({ name }) => (state[name] = []));
              state.yearFrom = state.yearTo = '';
              changed();
            },
          },
          t('research.clearFilters'),
        )
      : null,
  );
  // 'toggle' also fires for a panel drawn open: only a change from how it was drawn is a choice.
  panel.addEventListener('toggle', () => {
    if (panel.open !== open) openChoice = panel.open;
  });
  return panel;
}

function hasFilters(state) {
  return DIMENSIONS.some(({ name }) => state[name].length > 0) || state.yearFrom || state.yearTo;
}

function checkboxGroup({ name, label }, state, counts, changed) {
  const values = counts.map((c) => ({ value: c.value, count: c.count }));
  for (const selected of state[name]) {
    if (!values.some((v) => v.value === selected)) values.push({ value: selected, count: 0 });
  }
  if (values.length === 0) return null;
  return h(
    'fieldset',
    { class: 'facet', 'data-facet': name },
    h('legend', {}, t(`research.facet.${name}`)),
    h(
      'ul',
      {},
      values.map(({ value, count }) => {
        const id = `facet-${name}-${String(value).replace(/[^A-Za-z0-9_-]/g, '_')}`;
        const box = h('input', {
          type: 'checkbox',
          id,
          value,
          checked: state[name].includes(value),
          onchange: (event) => {
            state[name] = event.target.checked ? [...state[name], value] : state[name].filter((v) => v !== value);
            changed();
          },
        });
        return h(
          'li',
          {},
          box,
          h('label', { for: id }, t('research.facet.option', { label: label(value), count: count.toLocaleString() })),
        );
      }),
    ),
  );
}

function yearGroup(state, ranges, changed) {
  const from = h('input', { type: 'number', id: 'facet-year-from', name: 'yearFrom', min: 0, max: 9999, value: state.yearFrom, inputmode: 'numeric' });
  const to = h('input', { type: 'number', id: 'facet-year-to', name: 'yearTo', min: 0, max: 9999, value: state.yearTo, inputmode: 'numeric' });
  const apply = () => {
    state.yearFrom = from.value.trim();
    state.yearTo = to.value.trim();
    changed();
  };
  return h(
    'fieldset',
    { class: 'facet facet-years', 'data-facet': 'year' },
    h('legend', {}, t('research.facet.year')),
    h('ul', {}, ranges.map((range) => yearRange(range, state, changed))),
    h(
      'div',
      { class: 'year-bounds' },
      h('div', { class: 'field' }, h('label', { for: 'facet-year-from' }, t('research.yearFrom')), from),
      h('div', { class: 'field' }, h('label', { for: 'facet-year-to' }, t('research.yearTo')), to),
    ),
    h('button', { type: 'button', id: 'facet-year-apply', onclick: apply }, t('research.applyYears')),
  );
}

/** A year range from the facet counts: pressing it filters to it, pressing again lifts that. */
function yearRange(range, state, changed) {
  const from = range.from == null ? '' : String(range.from);
  const to = range.to == null ? '' : String(range.to);
  const pressed = state.yearFrom === from && state.yearTo === to;
  return h(
    'li',
    {},
    h(
      'button',
      {
        type: 'button',
        class: 'link-button year-range',
        id: `facet-year-${from || 'min'}-${to || 'max'}`,
        'aria-pressed': String(pressed),
        onclick: () => {
          state.yearFrom = pressed ? '' : from;
          state.yearTo = pressed ? '' : to;
          changed();
        },
      },
      t('research.facet.option', { label: yearLabel(from, to), count: range.count.toLocaleString() }),
    ),
  );
}

function yearLabel(from, to) {
  if (!from) return `≤ ${to}`;
  if (!to) return `≥ ${from}`;
  return `${from}–${to}`;
}
