// What every screen of one law shares: its sub-navigation, the content language, and links to
// the same place in another language.

import { h } from '../dom.js';
import { lang as uiLang, t } from '../i18n.js';
import { api, seg } from '../api.js';
import { href } from '../router.js';
import { isDrafter } from '../session.js';

const summaries = new Map();

/** Drops the cached summaries, after a change of what they say (who reads the working text). */
export function forgetLawSummaries() {
  summaries.clear();
}

/** The law's languages and who reads its working text ({slug, languages, titles, workingText}); cached. */
export async function lawSummary(slug) {
  if (!summaries.has(slug)) {
    const all = await api.get('laws');
    all.forEach((law) => summaries.set(law.slug, law));
  }
  const law = summaries.get(slug);
  if (!law) throw Object.assign(new Error(t('error.404')), { status: 404, problem: { detail: t('error.404') } });
  return law;
}

/** The language to show the law in: ?lang=, else the interface language, else the law's first. */
export async function contentLanguage(slug, query) {
  const law = await lawSummary(slug);
  const wanted = query.get('lang') || uiLang();
  return law.languages.includes(wanted) ? wanted : law.languages[0];
}

export function lawNav(slug, lang, current) {
  const items = [
    ['read', `/laws/${slug}`, 'lawnav.read'],
    ['versions', `/laws/${slug}/versions`, 'lawnav.versions'],
    ['translations', `/laws/${slug}/translations`, 'lawnav.translations'],
    ['references', `/laws/${slug}/references`, 'lawnav.references'],
    ['implementation', `/laws/${slug}/implementation`, 'lawnav.implementation'],
  ];
  // Where only drafters read the working text, everyone else has its published versions alone.
  const shown = summaries.get(slug)?.workingText === 'drafters' && !isDrafter() ? items.slice(0, 2) : items;
  return h(
    'nav',
    { class: 'law-nav', 'aria-label': t('lawnav.label') },
    h('a', { href: href('/laws') }, t('laws.title')),
    ' › ',
    shown.map(([key, path, label], i) => [
      i > 0 ? ' · ' : null,
      h('a', { href: href(path, { lang }), 'aria-current': key === current ? 'page' : null }, t(label)),
    ]),
  );
}

/** Links to read the same thing in the law's other languages. */
export function languageLinks(languages, current, hrefFor) {
  return h(
    'p',
    { class: 'content-languages' },
    h('span', {}, `${t('read.textLanguage')}: `),
    languages.map((code, i) => [
      i > 0 ? ' · ' : null,
      code === current
        ? h('strong', { 'aria-current': 'true' }, t(`lang.${code}`))
        : h('a', { href: hrefFor(code), lang: code, hreflang: code }, t(`lang.${code}`)),
    ]),
  );
}
