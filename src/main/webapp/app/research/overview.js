// The law-wide overview of references: for each article, in reading order, the national
// provisions linked to it grouped by country, each a link to the provision; the law's totals per
// country first. Reached from the law's own navigation.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { api, seg } from '../api.js';
import { href } from '../router.js';
import { contentLanguage, languageLinks, lawNav, lawSummary } from '../drafting/law-nav.js';
import { countryName, provisionHref, provisionName } from './labels.js';

export async function referencesOverview({ params, query }) {
  const slug = params.law;
  const lang = await contentLanguage(slug, query);
  const [law, grounding] = await Promise.all([lawSummary(slug), api.get(`laws/${seg(slug)}/references?lang=${seg(lang)}`)]);
  const articles = grounding.articles || [];
  const grounded = articles.filter((article) => article.total > 0);
  return h(
    'section',
    { class: 'references-overview' },
    lawNav(slug, lang, 'references'),
    h('h1', {}, t('overview.title', { law: law.titles?.[lang] || slug })),
    languageLinks(law.languages, lang, (code) => href(`/laws/${slug}/references`, { lang: code })),
    h('p', { class: 'overview-summary' }, t('overview.summary', { total: grounding.total, grounded: grounded.length, articles: articles.length })),
    countryTotals(grounding.countries || []),
    h('ol', { class: 'overview-articles' }, articles.map((article) => articleEntry(slug, lang, article))),
  );
}

/** Per country: references and how many articles they ground. */
function countryTotals(countries) {
  if (countries.length === 0) return h('p', {}, t('overview.none'));
  return h(
    'table',
    { class: 'overview-countries' },
    h('caption', {}, t('overview.byCountry')),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('overview.country')), h('th', { scope: 'col', class: 'num' }, t('overview.references')), h('th', { scope: 'col', class: 'num' }, t('overview.articles')))),
    h(
      'tbody',
      {},
      countries.map((country) =>
        h('tr', { 'data-country': country.country }, h('th', { scope: 'row' }, countryName(country.country) || country.name), h('td', { class: 'num' }, country.references), h('td', { class: 'num' }, country.articles)),
      ),
    ),
  );
}

function articleEntry(slug, lang, article) {
  const name = article.deleted ? t('overview.deleted', { eId: article.eId }) : t('comparable.article', { number: article.number });
  const title = article.heading ? `${name}. ${article.heading}` : name;
  return h(
    'li',
    { class: 'overview-article', 'data-article': article.eId },
    h('h2', {}, h('a', { href: href(`/laws/${slug}/articles/${article.eId}/comparative`, { lang }) }, title)),
    article.total === 0
      ? h('p', { class: 'muted' }, t('overview.ungrounded'))
      : h('div', { class: 'overview-countries-of-article' }, (article.countries || []).map(countryEntry)),
  );
}

function countryEntry(country) {
  return h(
    'section',
    { class: 'overview-country', 'data-country': country.country },
    h('h3', {}, t('overview.countryCount', { country: countryName(country.country), count: country.count })),
    h(
      'ul',
      {},
      (country.provisions || []).map((provision) =>
        h('li', { 'data-provision': provision.id }, h('a', { href: provisionHref(provision.id) }, provisionName(provision.instrument, provision.label, provision.title))),
      ),
    ),
  );
}
