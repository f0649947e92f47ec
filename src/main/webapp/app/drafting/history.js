// An article's history in one language, and the redline between any two of its revisions. A
// deleted article's history says so and lets a drafter restore it.

import { h, redline } from '../dom.js';
import { formatDate, t } from '../i18n.js';
import { api, seg } from '../api.js';
import { field, problemBox } from '../components.js';
import { isDrafter } from '../session.js';
import { href, navigate } from '../router.js';
import { contentLanguage, languageLinks, lawNav, lawSummary } from './law-nav.js';
import { articleTitle } from './law-reader.js';

const base = (slug, eId) => `laws/${seg(slug)}/articles/${seg(eId)}`;

export async function articleHistory({ params, query }) {
  const { law: slug, eId } = params;
  const lang = await contentLanguage(slug, query);
  const [history, law, current] = await Promise.all([
    api.get(`${base(slug, eId)}/revisions?lang=${lang}`),
    lawSummary(slug),
    api.get(`${base(slug, eId)}?lang=${lang}`).catch(gone),
  ]);
  const revisions = revisionsOf(history);
  const latest = revisions[revisions.length - 1];
  const last = current ? null : await api.get(`${base(slug, eId)}/revisions/${latest.number}?lang=${lang}`);
  const title = current ? articleTitle(current) : t('history.deletedTitle', { heading: last.heading });
  return h(
    'section',
    { lang },
    lawNav(slug, lang, null),
    h('h1', {}, t('history.title', { title })),
    current
      ? h('p', {}, h('a', { href: href(`/laws/${slug}`, { lang, article: eId }) }, t('history.read')))
      : h('div', { class: 'notice deleted-history' }, h('p', {}, t('history.deleted', { revision: latest.number })), isDrafter() ? restoreButton(slug, eId, lang) : null),
    languageLinks(law.languages, lang, (code) => href(`/laws/${slug}/articles/${eId}/history`, { lang: code })),
    revisions.length > 1 ? compareForm(slug, eId, lang, revisions, revisions[revisions.length - 2].number, latest.number) : null,
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        {},
        h('caption', { class: 'visually-hidden' }, t('history.title', { title })),
        h('thead', {}, h('tr', {}, ['history.revision', 'history.change', 'history.author', 'history.when', 'history.message'].map((k) => h('th', { scope: 'col' }, t(k))))),
        h(
          'tbody',
          {},
          revisions
            .slice()
            .reverse()
            .map((r) =>
              h(
                'tr',
                {},
                h('td', {}, r.number > 1 ? h('a', { href: href(`/laws/${slug}/articles/${eId}/diff`, { lang, from: r.number - 1, to: r.number }) }, String(r.number)) : String(r.number)),
                h('td', {}, t(`change.${String(r.change).toLowerCase()}`), r.merged ? h('span', { class: 'badge' }, t('history.merged')) : null),
                h('td', {}, r.authorName || r.author),
                h('td', {}, formatDate(r.createdAt)),
                h('td', {}, r.message || ''),
              ),
            ),
        ),
      ),
    ),
  );
}

/** A deleted article answers 410: its history is still there, without a current text. */
function gone(error) {
  if (error.status === 410) return null;
  throw error;
}

function restoreButton(slug, eId, lang) {
  const slot = h('div', { class: 'form-problem' });
  const button = h('button', { type: 'button', class: 'primary restore-article' }, t('history.restore'));
  button.addEventListener('click', async () => {
    try {
      await api.post(`${base(slug, eId)}/restore?lang=${lang}`, {});
      navigate(`/laws/${slug}`, { lang, article: eId });
    } catch (error) {
      slot.replaceChildren(problemBox(error));
    }
  });
  return [slot, button];
}

function revisionsOf(history) {
  return Array.isArray(history) ? history : history.revisions;
}

function compareForm(slug, eId, lang, revisions, from, to, view = 'side') {
  const options = revisions.map((r) => ({ value: String(r.number), label: `${r.number} · ${r.authorName || r.author} · ${formatDate(r.createdAt)}` }));
  const form = h(
    'form',
    { class: 'compare-form actions' },
    field({ label: t('diff.from'), name: 'from', type: 'select', options, value: String(from) }),
    field({ label: t('diff.to'), name: 'to', type: 'select', options, value: String(to) }),
    field({
      label: t('diff.view'),
      name: 'view',
      type: 'select',
      value: view,
      options: [
        { value: 'side', label: t('diff.side') },
        { value: 'inline', label: t('diff.inline') },
      ],
    }),
    h('button', { type: 'submit', class: 'primary' }, t('diff.compare')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(`/laws/${slug}/articles/${eId}/diff`, { lang, from: form.from.value, to: form.to.value, view: form.view.value });
  });
  return form;
}

export async function articleDiff({ params, query }) {
  const { law: slug, eId } = params;
  const lang = await contentLanguage(slug, query);
  const view = query.get('view') === 'inline' ? 'inline' : 'side';
  const from = query.get('from') || '1';
  const to = query.get('to') || '1';
  const [diff, history, current] = await Promise.all([
    api.get(`${base(slug, eId)}/diff?lang=${lang}&from=${seg(from)}&to=${seg(to)}`),
    api.get(`${base(slug, eId)}/revisions?lang=${lang}`),
    api.get(`${base(slug, eId)}?lang=${lang}`).catch(() => null),
  ]);
  // A deleted article has no number any more (its reading answers 410).
  const article = current ? t('read.article', { number: current.number }) : t('diff.deletedArticle');
  return h(
    'section',
    { lang },
    lawNav(slug, lang, null),
    h('h1', {}, t('diff.articleTitle', { article, from: diff.from, to: diff.to })),
    h('p', {}, h('a', { href: href(`/laws/${slug}/articles/${eId}/history`, { lang }) }, t('diff.backToHistory'))),
    compareForm(slug, eId, lang, revisionsOf(history), diff.from, diff.to, view),
    redlineBlock(diff.heading, diff.text, view, t('diff.revision', { n: diff.from }), t('diff.revision', { n: diff.to })),
  );
}

/** Heading and text redlines, side by side (before | after) or inline. */
export function redlineBlock(heading, text, view, beforeLabel, afterLabel) {
  if (view === 'inline') {
    return h('div', { class: 'redline-inline' }, h('h2', {}, redline(heading)), h('div', { class: 'article-text' }, redline(text)));
  }
  return h(
    'div',
    { class: 'side-by-side' },
    h('div', { class: 'before' }, h('h2', {}, beforeLabel), h('h3', {}, redline(heading, 'before')), h('div', { class: 'article-text' }, redline(text, 'before'))),
    h('div', { class: 'after' }, h('h2', {}, afterLabel), h('h3', {}, redline(heading, 'after')), h('div', { class: 'article-text' }, redline(text, 'after'))),
  );
}
