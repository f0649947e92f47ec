// Likely duplicates (drafters): each group found by the server, with the one to keep chosen and
// the others merged into it.

import { h, replace, uid } from '../dom.js';
import { t } from '../i18n.js';
import { api, seg } from '../api.js';
import { href } from '../router.js';
import { announce, problemBox } from '../components.js';
import { countryLabel, displayName, statusLabel } from './labels.js';

export function duplicatesPanel(merged) {
  const groups = h('div', { class: 'duplicate-groups', id: 'duplicate-groups' });
  const find = h('button', { type: 'button', id: 'find-duplicates' }, t('organisations.duplicates.find'));
  const show = async () => {
    try {
      const found = await api.get('organisations/duplicates');
      replace(
        groups,
        found.length ? found.map((group) => groupForm(group, async () => { await show(); await merged(); })) : h('p', {}, t('organisations.duplicates.none')),
      );
    } catch (error) {
      replace(groups, problemBox(error));
    }
  };
  find.addEventListener('click', show);
  return h('div', { class: 'stack' }, h('p', { class: 'muted' }, t('organisations.duplicates.lead')), find, groups);
}

function groupForm(group, merged) {
  const name = uid('keep');
  const form = h(
    'form',
    { class: 'duplicate-group' },
    h(
      'fieldset',
      {},
      h('legend', {}, t('organisations.duplicates.keep')),
      group.map((organisation, i) => {
        const id = uid('keep-option');
        return h(
          'div',
          { class: 'choice' },
          h('input', { type: 'radio', name, id, value: organisation.id, checked: i === 0 }),
          h(
            'label',
            { for: id },
            displayName(organisation),
            organisation.acronym ? ` (${organisation.acronym})` : '',
            ` — ${countryLabel(organisation.country)}, ${statusLabel(organisation.status)} `,
            h('a', { href: href(`/organisations/${organisation.id}`) }, `#${organisation.id}`),
          ),
        );
      }),
    ),
    h('div', { class: 'form-problem' }),
    h('button', { type: 'submit', class: 'merge-group' }, t('organisations.duplicates.merge')),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const keep = Number(new FormData(form).get(name));
    try {
      for (const organisation of group.filter((o) => o.id !== keep)) {
        await api.post(`organisations/${seg(organisation.id)}/merge`, { into: keep });
      }
      announce(t('organisations.duplicates.merged', { count: group.length - 1 }));
      await merged();
    } catch (error) {
      replace(form.querySelector('.form-problem'), problemBox(error));
    }
  });
  return form;
}
