// A model-law article beside the national provisions linked to it, grouped by country, then by
// instrument: one column per country on wide screens, one after another on a phone.

import { h, paragraphs } from '../dom.js';
import { lang as uiLang, t } from '../i18n.js';
import { href } from '../router.js';
import { articlePath, articleSummary, loadArticle, optionalGet } from './article-context.js';
import { countryName, provisionHref, typeName } from './labels.js';

const LONG = 700;

export async function comparativeView({ params, query }) {
  const { law, eId } = params;
  const article = await loadArticle(law, eId, query.get('lang'));
  const comparative = await optionalGet(`${articlePath(law, eId)}/comparative`, { lang: article.lang });
  const countries = comparative.data?.countries || [];
  let body;
  if (comparative.missing) body = h('p', { class: 'notice unavailable' }, t('comparative.unavailable'));
  else if (countries.length === 0) body = h('p', {}, t('comparative.none'));
  else body = h('div', { class: 'country-columns' }, countries.map(countryGroup));
  return h(
    'section',
    { class: 'comparative' },
    h('h1', {}, t('comparative.title')),
    articleSummary(
      law,
      article,
      h('a', { href: href(`/laws/${law}/articles/${eId}/comparable`, { lang: article.lang }) }, t('comparative.comparableLink')),
    ),
    body,
  );
}

function countryGroup(group) {
  const entries = group.instruments || [{ provisions: group.provisions || [] }];
  const count = group.count ?? entries.reduce((sum, i) => sum + (i.provisions || []).length, 0);
  return h(
    'section',
    { class: 'country-group', 'data-country': group.country },
    h('h2', {}, countryName(group.country) || group.name),
    h('p', { class: 'muted' }, t('comparative.count', { count })),
    entries.map(instrumentGroup),
  );
}

function instrumentGroup(instrument) {
  const titles = instrument.titles || {};
  const title = titles[uiLang()] || Object.values(titles)[0] || instrument.title || instrument.id;
  return h(
    'div',
    { class: 'instrument-group' },
    title ? h('h3', {}, title) : null,
    instrument.type ? h('p', { class: 'muted' }, [typeName(instrument.type), instrument.number, instrument.year].filter(Boolean).join(' · ')) : null,
    (instrument.provisions || []).map(linkedProvision),
  );
}

function linkedProvision(entry) {
  const provision = entry.provision || entry;
  return h(
    'div',
    { class: 'linked-provision', lang: provision.lang },
    h('h4', {}, h('a', { href: provisionHref(provision.id) }, provisionLabel(provision))),
    provisionText(provision.text || ''),
    entry.note ? h('p', { class: 'reference-note', lang: uiLang() }, entry.note) : null,
  );
}

/** "provision 3 — Purpose" within its instrument's group. */
function provisionLabel(provision) {
  const label = provision.label ? t('provision.label', { label: provision.label }) : provision.id;
  return provision.title ? `${label} — ${provision.title}` : label;
}

/** Long provisions would push the other countries out of sight: their start, then the rest on demand. */
function provisionText(text) {
  if (text.length <= LONG) return paragraphs(text);
  const cut = text.lastIndexOf(' ', LONG);
  return [
    h('p', {}, `${text.slice(0, cut > 0 ? cut : LONG)} …`),
    h('details', { class: 'whole-text' }, h('summary', { lang: uiLang() }, t('comparative.wholeText')), paragraphs(text)),
  ];
}
