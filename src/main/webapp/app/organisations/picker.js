// The registration form's organisation picker: search the registry and pick one, or propose an
// organisation that is not listed, or say that one speaks for oneself. Its controls are named as
// the API's fields (organisationId, organisation), so that a problem naming one marks it.

import { h, replace } from '../dom.js';
import { t } from '../i18n.js';
import { ApiError } from '../api.js';
import { summary } from './labels.js';
import { searchRegistry } from './search.js';

/**
 * The picker; `value()` gives the registration fields it stands for, `problem()` what is missing
 * (an ApiError naming the control, as the server would) or null.
 */
export function organisationPicker() {
  const options = h('div', { class: 'organisation-options', id: 'reg-organisation-options', 'aria-live': 'polite' });
  const search = h('input', { type: 'search', id: 'reg-organisation-search', autocomplete: 'organization' });
  const proposed = h('input', { type: 'text', id: 'reg-organisation', name: 'organisation', autocomplete: 'organization' });
  const registry = h('div', { class: 'stack' }, h('label', { for: 'reg-organisation-search' }, t('organisations.picker.search')), search, options);
  const newOne = h('div', { class: 'field', hidden: true }, h('label', { for: 'reg-organisation' }, t('organisations.picker.newName')), proposed);
  let mode = 'registry';
  const modes = ['registry', 'new', 'self'].map((value) =>
    h(
      'div',
      { class: 'choice' },
      h('input', {
        type: 'radio',
        name: 'organisationMode',
        id: `reg-organisation-mode-${value}`,
        value,
        checked: value === mode,
        onchange: () => {
          mode = value;
          registry.hidden = value !== 'registry';
          newOne.hidden = value !== 'new';
        },
      }),
      h('label', { for: `reg-organisation-mode-${value}` }, t(`organisations.picker.${value}`)),
    ),
  );
  searchRegistry(search, (found, q) => {
    if (!q) {
      replace(options);
      return;
    }
    replace(
      options,
      found.length
        ? h(
            'fieldset',
            {},
            h('legend', { class: 'visually-hidden' }, t('organisations.picker.results')),
            found.map((organisation) =>
              h(
                'div',
                { class: 'choice' },
                h('input', { type: 'radio', name: 'organisationId', id: `reg-organisation-${organisation.id}`, value: organisation.id }),
                h('label', { for: `reg-organisation-${organisation.id}` }, summary(organisation)),
              ),
            ),
          )
        : h('p', { class: 'muted' }, t('organisations.picker.none')),
    );
  });
  const element = h(
    'fieldset',
    { class: 'organisation-picker stack', id: 'reg-organisation-picker' },
    h('legend', {}, t('consultation.register.organisation')),
    modes,
    registry,
    newOne,
  );
  const value = () => {
    if (mode === 'self') return {};
    if (mode === 'new') return proposed.value.trim() ? { organisation: proposed.value.trim() } : { organisation: null };
    const chosen = element.querySelector('input[name="organisationId"]:checked');
    return { organisationId: chosen ? Number(chosen.value) : null };
  };
  const problem = () => {
    const chosen = value();
    if (chosen.organisationId === null) return new ApiError(400, { detail: t('organisations.picker.choose'), field: 'organisationId' });
    if (chosen.organisation === null) return new ApiError(400, { detail: t('organisations.picker.nameMissing'), field: 'organisation' });
    return null;
  };
  return { element, value, problem };
}
