// The organisations attending a meeting: search the registry and add each one, or remove one
// added; they are listed by name, never by registry number.

import { h, replace } from '../dom.js';
import { t } from '../i18n.js';
import { summary } from './labels.js';
import { searchRegistry } from './search.js';

/** `initial`: the organisations recorded (`{id, name, …}`); `ids()` gives those chosen now. */
export function attendingOrganisations(initial) {
  const chosen = new Map(initial.map((o) => [o.id, o]));
  const list = h('ul', { class: 'attending-organisations' });
  const results = h('div', { class: 'organisation-options', 'aria-live': 'polite' });
  const search = h('input', { type: 'search', id: 'meeting-organisation-search', name: 'organisationSearch' });
  const render = () =>
    replace(
      list,
      [...chosen.values()].map((o) =>
        h(
          'li',
          {},
          summary(o),
          ' ',
          h('button', { type: 'button', class: 'remove-organisation', onclick: () => (chosen.delete(o.id), render()) }, t('meeting.organisation.remove', { name: o.name })),
        ),
      ),
    );
  searchRegistry(search, (found, q) =>
    replace(
      results,
      !q
        ? []
        : found.length
          ? h(
              'ul',
              {},
              found.map((o) =>
                h(
                  'li',
                  {},
                  h('button', { type: 'button', class: 'add-organisation', disabled: chosen.has(o.id), onclick: () => (chosen.set(o.id, o), render(), replace(results), (search.value = ''), search.focus()) }, t('meeting.organisation.add', { name: summary(o) })),
                ),
              ),
            )
          : h('p', { class: 'muted' }, t('meeting.organisation.none')),
    ),
  );
  render();
  const element = h(
    'div',
    { class: 'field stack', id: 'meeting-organisations' },
    h('label', { for: search.id }, t('meeting.organisations')),
    list,
    search,
    results,
  );
  return { element, ids: () => [...chosen.keys()] };
}
