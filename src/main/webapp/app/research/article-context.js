// What the comparable and comparative screens share: the model-law article they are about, and
// reading endpoints that a server may not offer yet (a 404 there means "not available").

import { h, paragraphs } from '../dom.js';
import { lang as uiLang, t } from '../i18n.js';
import { api, ApiError, seg } from '../api.js';
import { href } from '../router.js';

/** The article in the language asked for (or the law's first), as the articles API gives it. */
export async function loadArticle(law, eId, lang) {
  const query = lang ? `?lang=${seg(lang)}` : '';
  return api.get(`laws/${seg(law)}/articles/${seg(eId)}${query}`);
}

export const articlePath = (law, eId) => `laws/${seg(law)}/articles/${seg(eId)}`;

/** GET path with params: {data}, or {missing: true} when the server has no such endpoint. */
export async function optionalGet(path, params = {}) {
  const present = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ''));
  const query = new URLSearchParams(present).toString();
  try {
    return { data: await api.get(query ? `${path}?${query}` : path) };
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return { missing: true };
    throw error;
  }
}

/** The article's number, heading and text, with links to read it in its law and to its views. */
export function articleSummary(law, article, links) {
  return h(
    'div',
    { class: 'article-context', lang: article.lang },
    h('h2', {}, article.heading ? `${t('comparable.article', { number: article.number })}. ${article.heading}` : t('comparable.article', { number: article.number })),
    h('div', { class: 'article-text' }, paragraphs(article.text)),
    h(
      'p',
      { class: 'actions', lang: uiLang() },
      h('a', { href: href(`/laws/${law}`, { lang: article.lang, article: article.eId }) }, t('comparable.readArticle')),
      links,
    ),
  );
}
