// The drafters' queue of a round: comments filtered (article, anchor state, sector, country,
// answer, kind, channel, meeting) and paged; the filters live in the address, so a view can be linked and reloaded.
// Above them, the drafter's digest subscription (notifications/subscription.js).

import { h } from '../dom.js';
import { api, seg } from '../api.js';
import { t } from '../i18n.js';
import { field } from '../components.js';
import { href, navigate } from '../router.js';
import { ANCHOR_STATES, DISPOSITIONS, SECTORS, articleMaps, commentPage, countries, findRound, roundLanguage } from './round-data.js';
import { roundFacts, roundLinks, articleTitle } from './round-reader.js';
import { commentCard } from './comment-card.js';
import { moderationActions } from './moderation.js';
import { subscriptionForm } from '../notifications/subscription.js';

const PAGE = 20;
const FILTERS = ['article', 'state', 'sector', 'country', 'disposition', 'kind', 'channel', 'meeting'];

export async function queue({ params, query }) {
  const round = await findRound(params.id, query.get('law'));
  const [articles, meetings] = await Promise.all([articleMaps(round), api.get(`consultations/${seg(round.id)}/meetings`)]);
  const listed = articles.get(roundLanguage(round)) || articles.values().next().value;
  const filters = Object.fromEntries(FILTERS.map((name) => [name, query.get(name) || '']));
  const offset = Math.max(0, Number(query.get('offset')) || 0);
  const page = await commentPage(round.id, { ...filters, offset, limit: PAGE });
  const base = `/consultations/${round.id}/queue`;
  const go = (changes) => navigate(base, { law: round.law, ...filters, offset, ...changes });
  const card = (comment) => {
    const node = commentCard(comment, {
      articles,
      open: round.status === 'open',
      extra: moderationActions(comment, round, (updated) => node.replaceWith(card(updated))),
    });
    return node;
  };
  return h(
    'section',
    { class: 'queue' },
    h('h1', {}, t('consultation.queue.title', { title: round.title })),
    roundFacts(round),
    roundLinks(round),
    subscriptionForm(round),
    filterForm(filters, listed, meetings, (values) => go({ ...values, offset: 0 })),
    h('p', { class: 'queue-count', role: 'status' }, pageSummary(offset, page)),
    page.comments.length ? h('div', { class: 'comment-list' }, page.comments.map(card)) : h('p', {}, t('consultation.queue.empty')),
    pager(offset, page.total, (next) => href(base, { law: round.law, ...filters, offset: next })),
  );
}

function filterForm(filters, articles, meetings, apply) {
  const any = { value: '', label: t('consultation.queue.any') };
  const select = (name, options) => field({ label: t(`consultation.queue.${name}`), name, type: 'select', value: filters[name], options: [any, ...options] });
  const form = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': t('consultation.queue.filters') },
    select(
      'article',
      [...articles.values()].map((a) => ({ value: a.eId, label: articleTitle(a) })),
    ),
    select('state', [...ANCHOR_STATES.map((s) => ({ value: s, label: t(`consultation.anchor.${s}`) })), { value: 'changed,orphaned', label: t('consultation.queue.needsLook') }]),
    select(
      'sector',
      SECTORS.map((s) => ({ value: s, label: t(`consultation.sector.${s}`) })),
    ),
    select('country', countries()),
    select('disposition', [{ value: 'none', label: t('consultation.queue.unanswered') }, ...DISPOSITIONS.map((d) => ({ value: d, label: t(`consultation.disposition.${d}`) }))]),
    select('kind', [{ value: 'suggestion', label: t('consultation.queue.suggestionsOnly') }]),
    select('channel', ['online', 'meeting'].map((c) => ({ value: c, label: t(`meeting.channel.${c}`) }))),
    select('meeting', meetings.map((m) => ({ value: String(m.id), label: m.title }))),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('consultation.queue.apply'))),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply(Object.fromEntries(FILTERS.map((name) => [name, form.elements[name].value])));
  });
  return form;
}

function pageSummary(offset, page) {
  if (page.total === 0) return t('consultation.queue.none');
  return t('consultation.queue.showing', { from: offset + 1, to: offset + page.comments.length, total: page.total });
}

function pager(offset, total, link) {
  if (total <= PAGE) return null;
  return h(
    'nav',
    { class: 'actions pager', 'aria-label': t('consultation.queue.pages') },
    offset > 0 ? h('a', { class: 'button', href: link(Math.max(0, offset - PAGE)), rel: 'prev' }, t('consultation.queue.previous')) : null,
    h('span', {}, t('consultation.queue.page', { page: Math.floor(offset / PAGE) + 1, pages: Math.ceil(total / PAGE) })),
    offset + PAGE < total ? h('a', { class: 'button', href: link(offset + PAGE), rel: 'next' }, t('consultation.queue.next')) : null,
  );
}
