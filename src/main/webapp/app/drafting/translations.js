// Which language versions of a law's articles wait for an update after a change in another
// language; drafters confirm one once it is up to date.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { api, seg } from '../api.js';
import { announce, problemBox } from '../components.js';
import { href, render } from '../router.js';
import { isDrafter } from '../session.js';
import { articlesOf, articleTitle } from './law-reader.js';
import { contentLanguage, lawNav, lawSummary } from './law-nav.js';

export async function translations({ params, query }) {
  const slug = params.law;
  const lang = await contentLanguage(slug, query);
  const law = await lawSummary(slug);
  const views = await Promise.all(law.languages.map((code) => api.get(`laws/${seg(slug)}?lang=${code}`)));
  const behind = views.flatMap((view) => articlesOf(view.body).filter((a) => a.needsUpdate).map((a) => ({ ...a, lang: view.lang })));
  return h(
    'section',
    {},
    lawNav(slug, lang, 'translations'),
    h('h1', {}, t('translations.title')),
    behind.length === 0
      ? h('p', { class: 'notice' }, t('translations.none'))
      : h(
          'div',
          { class: 'table-wrap' },
          h(
            'table',
            {},
            h('thead', {}, h('tr', {}, ['translations.article', 'translations.language', 'translations.source', 'rounds.actions'].map((k) => h('th', { scope: 'col' }, t(k))))),
            h('tbody', {}, behind.map((a) => row(slug, a))),
          ),
        ),
  );
}

function row(slug, article) {
  const source = article.needsUpdate;
  return h(
    'tr',
    {},
    h('td', { lang: article.lang }, h('a', { href: href(`/laws/${slug}`, { lang: article.lang, article: article.eId }) }, articleTitle(article))),
    h('td', {}, t(`lang.${article.lang}`)),
    h(
      'td',
      {},
      h('a', { href: href(`/laws/${slug}/articles/${article.eId}/history`, { lang: source.sourceLang }) }, t('translations.changedIn', { lang: t(`lang.${source.sourceLang}`), revision: source.sourceRevision })),
    ),
    h(
      'td',
      {},
      isDrafter()
        ? h(
            'button',
            {
              type: 'button',
              onclick: async (event) => {
                try {
                  await api.post(`laws/${seg(slug)}/articles/${seg(article.eId)}/confirm-translation?lang=${article.lang}`);
                  announce(t('translations.confirmed'));
                  render();
                } catch (error) {
                  event.target.after(problemBox(error));
                }
              },
            },
            t('translations.confirm', { title: articleTitle(article), lang: t(`lang.${article.lang}`) }),
          )
        : null,
    ),
  );
}
