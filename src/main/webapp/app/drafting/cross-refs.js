// References in an article's text to other articles of the law. The API gives each with its place
// in the text as shown (numbers already those of the law read), its target's eId, and whether it is
// broken (the target was deleted): the reader links the first to their article and marks the
// others for drafters, who can mend them.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { href } from '../router.js';

/**
 * The text as paragraphs (split on blank lines, as dom.paragraphs does), its references as links.
 * `where` is { slug, lang, version, drafter }.
 */
export function linkedParagraphs(text, references, where) {
  const source = String(text || '');
  const refs = references || [];
  const blocks = [];
  const blankLines = /\n{2,}/g;
  let start = 0;
  for (;;) {
    const gap = blankLines.exec(source);
    const end = gap ? gap.index : source.length;
    blocks.push(h('p', {}, inline(source, start, end, refs, where)));
    if (!gap) return blocks;
    start = gap.index + gap[0].length;
  }
}

/** The words of one paragraph, from `from` to `to`, with the references inside it. */
function inline(source, from, to, refs, where) {
  const parts = [];
  let at = from;
  for (const ref of refs) {
    if (ref.start < from || ref.end > to) continue;
    parts.push(source.slice(at, ref.start));
    parts.push(reference(source.slice(ref.start, ref.end), ref, where));
    at = ref.end;
  }
  parts.push(source.slice(at, to));
  return parts;
}

function reference(words, ref, where) {
  if (!ref.broken) {
    const target = href(`/laws/${where.slug}`, { lang: where.lang, version: where.version, article: ref.target });
    return h('a', { class: 'xref', href: target }, words);
  }
  if (!where.drafter) return words;
  return h('mark', { class: 'xref-broken' }, words, h('span', { class: 'xref-note' }, ` ${t('xref.broken')}`));
}
