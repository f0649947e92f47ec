// A new article's text in the law's other languages, written at once or left to translate: the
// languages left empty are marked "to translate" by the engine and listed in the workspace.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { field } from '../components.js';

/** Fields for the other languages of the law, and a reader of the texts given in them. */
export function otherLanguageTexts(context) {
  const others = context.law.languages.filter((code) => code !== context.lang);
  const blocks = others.map((code) => ({
    code,
    heading: field({ label: t('insert.headingIn', { lang: t(`lang.${code}`) }), name: `heading-${code}` }),
    text: field({ label: t('insert.textIn', { lang: t(`lang.${code}`) }), name: `text-${code}`, type: 'textarea', rows: 4 }),
  }));
  const element = others.length
    ? h(
        'details',
        { class: 'other-languages' },
        h('summary', {}, t('insert.otherLanguagesSummary')),
        h('p', { class: 'muted' }, t('insert.otherLanguages')),
        blocks.map((b) => h('div', { lang: b.code }, b.heading, b.text)),
      )
    : null;
  const texts = () => {
    const given = {};
    for (const b of blocks) {
      const text = b.text.querySelector('textarea').value;
      if (text.trim()) given[b.code] = { heading: b.heading.querySelector('input').value, text };
    }
    return given;
  };
  return { element, texts };
}
