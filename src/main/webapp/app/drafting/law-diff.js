// The redline between two versions of a whole law, named by their labels: a summary (how many
// changed, inserted, deleted, renumbered), then only the articles that differ, in reading order
// (deleted ones where they stood), each with what happened to it. Articles whose text did not
// change (moved or renumbered only) are not boxes but lines, consecutive ones in one list.

import { h } from '../dom.js';
import { t, tIn } from '../i18n.js';
import { api, seg } from '../api.js';
import { href } from '../router.js';
import { redlineBlock } from './history.js';
import { contentLanguage, languageLinks, lawNav, lawSummary } from './law-nav.js';
import { comparisonMenu } from './downloads.js';

const TEXT_STATUSES = new Set(['ADDED', 'DELETED', 'CHANGED']);

export async function lawDiff({ params, query }) {
  const slug = params.law;
  const lang = await contentLanguage(slug, query);
  const view = query.get('view') === 'inline' ? 'inline' : 'side';
  const from = query.get('from');
  const to = query.get('to');
  const [law, diff] = await Promise.all([
    lawSummary(slug),
    api.get(`laws/${seg(slug)}/diff?lang=${lang}&from=${seg(from || '')}&to=${seg(to || '')}`),
  ]);
  const here = (extra) => href(`/laws/${slug}/diff`, { lang, from, to, view, ...extra });
  return h(
    'section',
    { lang },
    lawNav(slug, lang, 'versions'),
    h('h1', {}, t('lawdiff.title', { from: diff.fromLabel, to: diff.toLabel })),
    languageLinks(law.languages, lang, (code) => here({ lang: code })),
    h(
      'p',
      { class: 'actions' },
      view === 'side' ? h('a', { href: here({ view: 'inline' }) }, t('diff.inline')) : h('a', { href: here({ view: 'side' }) }, t('diff.side')),
    ),
    h('div', { class: 'law-tools' }, comparisonMenu(slug, diff.from, diff.to, lang)),
    diff.articles.length === 0 ? h('p', {}, t('lawdiff.same')) : [summary(diff.articles), grouped(diff.articles).map((part) => (Array.isArray(part) ? unchangedTexts(part, lang) : articleChange(part, diff, view, lang)))],
  );
}

const textChanged = (change) => change.statuses.some((s) => TEXT_STATUSES.has(String(s)));
const has = (change, status) => change.statuses.some((s) => String(s) === status);

function summary(changes) {
  const count = (status) => changes.filter((c) => has(c, status)).length;
  const parts = [
    ['CHANGED', 'lawdiff.countChanged'],
    ['ADDED', 'lawdiff.countAdded'],
    ['DELETED', 'lawdiff.countDeleted'],
    ['RENUMBERED', 'lawdiff.countRenumbered'],
  ].map(([status, key]) => h('li', { 'data-status': status.toLowerCase() }, t(key, { n: count(status) })));
  return h('ul', { class: 'diff-summary', 'aria-label': t('lawdiff.summary') }, parts);
}

/** The changes in order, each run of text-unchanged ones gathered in one array. */
function grouped(changes) {
  const parts = [];
  for (const change of changes) {
    if (textChanged(change)) parts.push(change);
    else if (Array.isArray(parts[parts.length - 1])) parts[parts.length - 1].push(change);
    else parts.push([change]);
  }
  return parts;
}

function unchangedTexts(changes, lang) {
  return h(
    'ul',
    { class: 'renumbered-group' },
    changes.map((change) =>
      h(
        'li',
        { class: 'change-note', 'data-eid': change.eId, lang },
        change.fromNumber !== change.toNumber
          ? tIn(lang, 'lawdiff.nowNumber', { from: change.fromNumber, to: change.toNumber })
          : tIn(lang, 'lawdiff.movedOnly', { number: change.toNumber }),
      ),
    ),
  );
}

function articleChange(change, diff, view, lang) {
  const badges = change.statuses.map((s, i) => [i > 0 ? ' ' : null, h('span', { class: 'badge' }, t(`lawdiff.${String(s).toLowerCase()}`))]);
  return h(
    'article',
    { class: 'article change', 'data-eid': change.eId },
    h('h2', {}, numberLabel(change, lang), ' ', badges),
    redlineBlock(change.heading, change.text, view, diff.fromLabel, diff.toLabel),
  );
}

function numberLabel(change, lang) {
  const { fromNumber: a, toNumber: b } = change;
  if (a && b && a !== b) return tIn(lang, 'lawdiff.numbers', { from: a, to: b });
  return tIn(lang, 'read.article', { number: b || a });
}
