// The reader never passes one language off as another: a language the law lacks is named, and an
// article not yet translated shows its source text under a label saying so (also in print).

import { h, paragraphs } from '../dom.js';
import { t } from '../i18n.js';
import { href } from '../router.js';
import { isDrafter } from '../session.js';
import { linkedParagraphs } from './cross-refs.js';

/** A notice when ?lang= asked for a language the law has no version in; null otherwise. */
export function missingLanguageNotice(query, shown) {
  const wanted = query.get('lang');
  if (!wanted || wanted === shown) return null;
  const name = t(`lang.${wanted}`) === `lang.${wanted}` ? wanted : t(`lang.${wanted}`);
  return h('p', { class: 'warning language-missing', role: 'status' }, t('untranslated.noVersion', { wanted: name, shown: t(`lang.${shown}`) }));
}

/** The text block of an article: its own text, or the labelled source text when untranslated. */
export function articleText(node, context) {
  if (!node.untranslated || !node.fallback) {
    const where = { slug: context.slug, lang: node.lang, version: context.law?.version, drafter: isDrafter() };
    return h('div', { class: 'article-text' }, linkedParagraphs(node.text, node.references, where));
  }
  const source = node.fallback;
  return h(
    'div',
    { class: 'untranslated' },
    h(
      'p',
      { class: 'untranslated-note' },
      t('untranslated.note', { lang: t(`lang.${node.lang}`), source: t(`lang.${source.lang}`), revision: source.revision }),
      isDrafter() ? [' ', h('a', { href: href(`/laws/${context.slug}/translations/${node.eId}`, { lang: node.lang }) }, t('untranslated.translate'))] : null,
    ),
    h('div', { class: 'article-text fallback', lang: source.lang }, source.heading ? h('p', { class: 'fallback-heading' }, source.heading) : null, paragraphs(source.text)),
  );
}
