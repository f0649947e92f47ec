// The redline between two versions of a whole law, named by their labels: only the articles
// that differ, in reading order, each with what happened to it (added, deleted, moved,
// renumbered, changed). One whose text did not change (moved or renumbered only) is one line.

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
    diff.articles.length === 0 ? h('p', {}, t('lawdiff.same')) : diff.articles.map((change) => articleChange(change, diff, view, lang)),
  );
}

function articleChange(change, diff, view, lang) {
  const badges = change.statuses.map((s, i) => [i > 0 ? ' ' : null, h('span', { class: 'badge' }, t(`lawdiff.${String(s).toLowerCase()}`))]);
  if (!change.statuses.some((s) => TEXT_STATUSES.has(String(s)))) {
    return h(
      'article',
      { class: 'article change text-unchanged', 'data-eid': change.eId },
      h('p', { class: 'change-note' }, tIn(lang, 'lawdiff.unchangedText', { article: numberLabel(change, lang) }), ' ', badges),
    );
  }
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
