// The public docket of a round, readable without logging in: its published contributions with the
// drafters' answers, filtered by article, country, sector, organisation and channel, a page at a time.

import { h } from '../dom.js';
import { formatDate, t } from '../i18n.js';
import { api, seg } from '../api.js';
import { field, problemBox } from '../components.js';
import { SECTORS, articlesOf, consultedText, countries, countryName, findRound, roundLanguage } from './round-data.js';
import { articleTitle, roundFacts, roundLinks } from './round-reader.js';
import { historyOf } from './comment-card.js';

export async function docketView({ params, query }) {
  const round = await findRound(params.id, query.get('law'));
  const language = roundLanguage(round, query.get('lang'));
  const articles = articlesOf(await consultedText(round, language));
  const section = h('section', { class: 'docket' }, h('h1', {}, t('consultation.docket.title', { title: round.title })), roundFacts(round), roundLinks(round));
  if (!round.publishesContributions) {
    section.append(h('p', { class: 'notice' }, t('consultation.docket.private')));
    return section;
  }
  const byId = new Map(articles.map((a) => [a.eId, a]));
  const results = h('div', { class: 'docket-results', 'aria-live': 'polite' });
  const first = await docketPage(round.id, {}, 1);
  const form = filterForm(articles, organisationsOf(first.contributions.items), (filter) => show(filter, 1));
  section.append(h('p', {}, t('consultation.docket.lead')), form, results);
  const show = async (filter, page) => {
    try {
      const docket = await docketPage(round.id, filter, page);
      results.replaceChildren(...resultList(docket.contributions, byId, (next) => show(filter, next)));
    } catch (error) {
      results.replaceChildren(problemBox(error));
    }
  };
  results.replaceChildren(...resultList(first.contributions, byId, (next) => show({}, next)));
  return section;
}

/** One page of a round's docket; `filter` holds article, country, sector, organisation, channel. */
export function docketPage(roundId, filter, page) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  if (page > 1) params.set('page', page);
  return api.get(`consultations/${seg(roundId)}/docket?${params}`);
}

function organisationsOf(items) {
  const seen = new Map();
  items.forEach((item) => item.organisation?.id && seen.set(item.organisation.id, item.organisation.name));
  return [...seen].map(([value, label]) => ({ value: String(value), label }));
}

function filterForm(articles, organisations, apply) {
  const any = { value: '', label: t('consultation.docket.any') };
  const form = h(
    'form',
    { class: 'docket-filters filters', 'aria-label': t('consultation.docket.filters') },
    field({ label: t('consultation.docket.article'), name: 'article', type: 'select', options: [any, ...articles.map((a) => ({ value: a.eId, label: articleTitle(a) }))] }),
    field({ label: t('consultation.register.country'), name: 'country', type: 'select', options: [any, ...countries()] }),
    field({ label: t('consultation.register.sector'), name: 'sector', type: 'select', options: [any, ...SECTORS.map((s) => ({ value: s, label: t(`consultation.sector.${s}`) }))] }),
    organisations.length ? field({ label: t('consultation.register.organisation'), name: 'organisation', type: 'select', options: [any, ...organisations] }) : null,
    field({ label: t('consultation.docket.channel'), name: 'channel', type: 'select', options: [any, ...['online', 'meeting'].map((c) => ({ value: c, label: t(`consultation.docket.channel.${c}`) }))] }),
    h('button', { type: 'submit', class: 'primary' }, t('consultation.docket.apply')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply(Object.fromEntries(new FormData(form)));
  });
  return form;
}

function resultList(page, articles, goTo) {
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  const nodes = [h('p', { class: 'docket-total' }, t('consultation.docket.total', { count: page.total }))];
  if (page.items.length) nodes.push(h('ol', { class: 'docket-list' }, page.items.map((item) => h('li', {}, docketEntry(item, articles.get(item.article), 'h2')))));
  if (pages > 1) {
    nodes.push(
      h(
        'nav',
        { class: 'actions pager', 'aria-label': t('consultation.docket.pages') },
        h('button', { type: 'button', disabled: page.page <= 1, onclick: () => goTo(page.page - 1) }, t('consultation.docket.previous')),
        h('span', {}, t('consultation.docket.page', { page: page.page, pages })),
        h('button', { type: 'button', disabled: page.page >= pages, onclick: () => goTo(page.page + 1) }, t('consultation.docket.next')),
      ),
    );
  }
  return nodes;
}

/**
 * A published contribution: who (display name, organisation, country, sector), on what, the answer;
 * `heading` is its title's element, one level below the screen's heading above it.
 */
export function docketEntry(item, article, heading = 'h3') {
  const who = [item.author, item.organisation?.name, countryName(item.country), item.sector ? t(`consultation.sector.${item.sector}`) : null].filter(Boolean);
  return h(
    'article',
    { class: `docket-entry kind-${item.kind}`, id: `contribution-${item.id}` },
    h(heading, { class: 'docket-entry-title' }, h('span', { class: 'badge kind' }, t(`consultation.kind.${item.kind}`)), ' ', h('span', { lang: item.lang }, article ? articleTitle(article) : item.article)),
    h('p', { class: 'muted author' }, who.join(' · '), ' — ', h('time', { datetime: item.createdAt }, formatDate(item.createdAt)), item.editedAt ? ` (${t('consultation.card.edited')})` : null),
    item.channel === 'meeting' ? h('p', { class: 'muted channel' }, t('consultation.docket.atMeeting', { meeting: item.meeting || '' })) : null,
    item.quote ? h('blockquote', { class: 'passage-quote', lang: item.lang }, item.quote) : null,
    h('div', { class: 'comment-text' }, item.text),
    item.replacement ? h('div', { class: 'replacement' }, h('p', { class: 'label' }, t('consultation.card.replacement')), h('blockquote', { lang: item.lang }, item.replacement)) : null,
    item.answer
      ? h(
          'div',
          { class: 'answer notice' },
          h('p', {}, h('strong', {}, t('consultation.card.answer')), ' ', h('span', { class: `badge disposition disposition-${item.answer.disposition}` }, t(`consultation.disposition.${item.answer.disposition}`))),
          h('div', { class: 'comment-text response' }, item.answer.response),
        )
      : h('p', { class: 'answer muted' }, t('consultation.card.unanswered')),
    historyOf(item.id),
  );
}
