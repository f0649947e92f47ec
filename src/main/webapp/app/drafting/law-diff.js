// The redline between two versions of a whole law: only the articles that differ, each with
// what happened to it (added, deleted, moved, renumbered, changed).

import { h } from '../dom.js';
import { t, tIn } from '../i18n.js';
import { api, seg } from '../api.js';
import { href } from '../router.js';
import { redlineBlock } from './history.js';
import { contentLanguage, languageLinks, lawNav, lawSummary } from './law-nav.js';

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
    h('h1', {}, t('lawdiff.title', { from: diff.from, to: diff.to })),
    languageLinks(law.languages, lang, (code) => here({ lang: code })),
    h(
      'p',
      { class: 'actions' },
      view === 'side' ? h('a', { href: here({ view: 'inline' }) }, t('diff.inline')) : h('a', { href: here({ view: 'side' }) }, t('diff.side')),
    ),
    diff.articles.length === 0
      ? h('p', {}, t('lawdiff.same'))
      : diff.articles.map((change) =>
          h(
            'article',
            { class: 'article change' },
            h('h2', {}, numberLabel(change, lang), ' ', change.statuses.map((s) => h('span', { class: 'badge' }, t(`lawdiff.${String(s).toLowerCase()}`)))),
            redlineBlock(change.heading, change.text, view, t('lawdiff.version', { n: diff.from }), t('lawdiff.version', { n: diff.to })),
          ),
        ),
  );
}

function numberLabel(change, lang) {
  const { fromNumber: a, toNumber: b } = change;
  if (a && b && a !== b) return tIn(lang, 'lawdiff.numbers', { from: a, to: b });
  return tIn(lang, 'read.article', { number: b || a });
}
