// An organisation's public page: its names, acronym, country, sector, website, and how many
// participants and contributions count for it.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { api, seg } from '../api.js';
import { href } from '../router.js';
import { LANGUAGES_OF_NAMES } from './form.js';
import { countryLabel, displayName, sectorLabel, statusLabel } from './labels.js';

export async function organisationPage({ params }) {
  const organisation = await api.get(`organisations/${seg(params.id)}`);
  const names = LANGUAGES_OF_NAMES.filter((code) => organisation.names?.[code]);
  const row = (label, value) => (value ? [h('dt', {}, label), h('dd', {}, value)] : null);
  return h(
    'section',
    { class: 'organisation-page' },
    h('p', {}, h('a', { href: href('/organisations') }, t('organisations.title'))),
    h('h1', {}, displayName(organisation)),
    organisation.status !== 'confirmed' ? h('p', { class: 'notice organisation-status' }, statusLabel(organisation.status)) : null,
    organisation.mergedInto
      ? h('p', {}, h('a', { href: href(`/organisations/${organisation.mergedInto}`) }, t('organisations.page.mergedInto')))
      : null,
    h(
      'dl',
      { class: 'organisation-details' },
      row(t('organisations.field.name'), organisation.name),
      names.map((code) => row(t('organisations.field.nameIn', { lang: t(`lang.${code}`) }), organisation.names[code])),
      row(t('organisations.field.acronym'), organisation.acronym),
      row(t('organisations.field.country'), countryLabel(organisation.country)),
      row(t('organisations.field.sector'), sectorLabel(organisation.sector)),
      row(
        t('organisations.field.website'),
        organisation.website ? h('a', { href: organisation.website, rel: 'noopener noreferrer external' }, organisation.website) : null,
      ),
      row(t('organisations.page.participants'), String(organisation.counts?.participants ?? 0)),
      row(t('organisations.page.contributions'), String(organisation.counts?.contributions ?? 0)),
    ),
  );
}
