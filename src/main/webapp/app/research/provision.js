// One provision whole, with the facts of its instrument, its source and its licence.

import { h, paragraphs } from '../dom.js';
import { t } from '../i18n.js';
import { api } from '../api.js';
import { countryName, inForceName, languageName, provisionName, provisionPath, typeName } from './labels.js';
import { lastSearchHref } from './search.js';

export async function provisionView({ params }) {
  const provision = await api.get(provisionPath(params.id));
  const instrument = provision.instrument || {};
  return h(
    'article',
    { class: 'provision' },
    h('p', {}, h('a', { href: lastSearchHref() }, t('provision.back'))),
    h('h1', { lang: provision.lang }, provisionName(instrument, provision.label, provision.title)),
    provision.heading ? h('p', { class: 'muted', lang: provision.lang }, provision.heading) : null,
    facts(provision, instrument),
    h('h2', {}, t('provision.text')),
    h('div', { class: 'provision-text', lang: provision.lang }, paragraphs(provision.text)),
  );
}

function facts(provision, instrument) {
  const none = t('provision.none');
  const rows = [
    ['instrument', h('span', { lang: provision.lang }, instrument.title || instrument.id)],
    ['type', typeName(instrument.type)],
    ['number', instrument.number || none],
    ['year', instrument.year ?? none],
    ['country', countryName(instrument.country)],
    ['language', languageName(provision.lang)],
    ['inForce', inForceName(provision.inForce)],
    ['source', sourceLink(provision.sourceUrl) || none],
    ['licence', provision.licence || none],
  ];
  return h(
    'dl',
    { class: 'facts' },
    rows.map(([key, value]) => [h('dt', {}, t(`provision.${key}`)), h('dd', { class: `fact-${key}` }, value)]),
  );
}

/** Only web addresses become links: anything else in the data is shown as text. */
function sourceLink(url) {
  if (!url) return null;
  if (!/^https?:\/\//i.test(url)) return url;
  return h('a', { href: url, rel: 'noopener noreferrer external', target: '_blank' }, t('provision.sourceLink'));
}
