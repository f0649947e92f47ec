// The form that creates or edits an organisation (drafters): name, names per language, acronym,
// country (none for an international organisation), sector, website.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { api, seg } from '../api.js';
import { announce, clearProblem, field, showProblem } from '../components.js';
import { SECTORS, countries } from '../consultation/round-data.js';

export const LANGUAGES_OF_NAMES = ['es', 'en', 'pt', 'fr'];

/** A form for `organisation` (or a new one); `saved(organisation)` runs after the server took it. */
export function organisationForm(organisation, saved) {
  const current = organisation || {};
  const prefix = organisation ? `org-${organisation.id}` : 'org-new';
  const form = h(
    'form',
    { class: 'stack organisation-form', novalidate: true, id: `${prefix}-form` },
    h('div', { class: 'form-problem' }),
    field({ label: t('organisations.field.name'), name: 'name', required: true, value: current.name || '', id: `${prefix}-name` }),
    LANGUAGES_OF_NAMES.map((code) =>
      field({
        label: t('organisations.field.nameIn', { lang: t(`lang.${code}`) }),
        name: `names.${code}`,
        value: current.names?.[code] || '',
        id: `${prefix}-name-${code}`,
      }),
    ),
    field({ label: t('organisations.field.acronym'), name: 'acronym', value: current.acronym || '', id: `${prefix}-acronym` }),
    field({
      label: t('organisations.field.country'),
      name: 'country',
      type: 'select',
      value: current.country || '',
      id: `${prefix}-country`,
      options: [{ value: '', label: t('organisations.international') }, ...countries()],
    }),
    field({
      label: t('organisations.field.sector'),
      name: 'sector',
      type: 'select',
      required: true,
      value: current.sector || '',
      id: `${prefix}-sector`,
      options: [{ value: '', label: t('consultation.register.choose') }, ...SECTORS.map((s) => ({ value: s, label: t(`consultation.sector.${s}`) }))],
    }),
    field({ label: t('organisations.field.website'), name: 'website', type: 'url', value: current.website || '', id: `${prefix}-website` }),
    h('button', { type: 'submit', class: 'primary' }, organisation ? t('organisations.save') : t('organisations.create')),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    const values = Object.fromEntries(new FormData(form));
    const names = {};
    for (const code of LANGUAGES_OF_NAMES) {
      if (values[`names.${code}`].trim()) names[code] = values[`names.${code}`].trim();
    }
    const body = {
      name: values.name.trim(),
      names,
      acronym: values.acronym.trim() || null,
      country: values.country || null,
      sector: values.sector,
      website: values.website.trim() || null,
    };
    try {
      const result = organisation
        ? await api.patch(`organisations/${seg(organisation.id)}`, body)
        : await api.post('organisations', body);
      announce(t('organisations.saved', { name: result.name }));
      await saved(result);
    } catch (error) {
      showProblem(form, error);
    }
  });
  return form;
}
