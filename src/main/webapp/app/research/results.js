// The results of a legislation search: count, hits with their highlighted snippets (and, when
// the search was opened for an article, the form that links a hit to it), and paging.

import { h, snippet } from '../dom.js';
import { t } from '../i18n.js';
import { instrumentFacts, languageName, provisionHref, provisionName } from './labels.js';
import { linkForm } from './links.js';

export const PAGE = 20;

/** rerun({reset}) searches again, after paging has set state.offset. */
export function resultList(state, data, rerun, target) {
  const offset = Number(state.offset) || 0;
  const hits = data.hits || [];
  return [
    h('h2', { id: 'results-heading', tabindex: '-1' }, t('research.results')),
    expansions(data.expansions),
    data.partial ? h('p', { class: 'warning' }, t('research.partial')) : null,
    hits.length === 0
      ? h('p', { class: 'no-results' }, t('research.none'))
      : h(
          'p',
          { class: 'result-count', 'aria-live': 'polite' },
          t('research.count', { from: offset + 1, to: offset + hits.length, total: data.total }),
        ),
    hits.length ? h('ol', { class: 'hits', start: offset + 1, 'aria-labelledby': 'results-heading' }, hits.map((hit) => hitItem(hit, target))) : null,
    paging(offset, hits.length, data.total, (next) => {
      state.offset = next ? String(next) : '';
      rerun({ reset: false }).then(() => document.getElementById('results-heading')?.focus());
    }),
  ];
}

/** The thesaurus concepts the query was widened with: [{concept, lang, matched}]. */
function expansions(list) {
  if (!list?.length) return null;
  return h(
    'div',
    { class: 'notice expansions' },
    h('p', {}, t('research.expansions')),
    h(
      'ul',
      {},
      list.map(({ concept, lang, matched }) =>
        h(
          'li',
          { 'data-concept': concept },
          h('q', { lang }, matched),
          ` (${languageName(lang)}) → `,
          h('span', { class: 'concept' }, concept),
        ),
      ),
    ),
    h('p', { class: 'muted' }, t('research.expansionsOff')),
  );
}

function hitItem(hit, target) {
  const instrument = hit.instrument || {};
  const fullTitle = instrument.shortTitle && instrument.title !== instrument.shortTitle ? instrument.title : null;
  return h(
    'li',
    { class: 'hit' },
    h('h3', {}, h('a', { href: provisionHref(hit.id) }, provisionName(instrument, hit.label, hit.title))),
    h('p', { class: 'muted hit-facts' }, [instrumentFacts(instrument, hit.inForce), languageName(hit.lang)].join(' · ')),
    fullTitle ? h('p', { class: 'hit-instrument', lang: hit.lang }, fullTitle) : null,
    hit.headingMatch ? h('p', { class: 'hit-heading', lang: hit.lang }, snippet(hit.headingMatch)) : null,
    h('p', { class: 'snippet', lang: hit.lang }, snippet(hit.snippet)),
    target ? linkForm(target, hit.id) : null,
  );
}

function paging(offset, shown, total, go) {
  if (total <= PAGE) return null;
  const previous = Math.max(0, offset - PAGE);
  const next = offset + shown;
  return h(
    'nav',
    { class: 'actions paging', 'aria-label': t('research.paging') },
    h('button', { type: 'button', disabled: offset === 0, onclick: () => go(previous) }, t('research.previous')),
    h('button', { type: 'button', disabled: next >= total, onclick: () => go(next) }, t('research.next')),
  );
}
