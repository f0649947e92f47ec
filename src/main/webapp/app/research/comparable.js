// Comparable provisions for a model-law article: the national provisions most like it, which a
// drafter can link to the article with a note, and the provisions already linked.

import { h, replace, snippet } from '../dom.js';
import { formatDate, t } from '../i18n.js';
import { href } from '../router.js';
import { isDrafter } from '../session.js';
import { articlePath, articleSummary, loadArticle, optionalGet } from './article-context.js';
import { linkForm, listOf, loadReferences, provisionOf } from './links.js';
import { instrumentFacts, provisionHref, provisionName } from './labels.js';

export async function comparableView({ params, query }) {
  const { law, eId } = params;
  const article = await loadArticle(law, eId, query.get('lang'));
  const [comparable, references] = await Promise.all([
    optionalGet(`${articlePath(law, eId)}/comparable`, { lang: article.lang }),
    loadReferences(law, eId),
  ]);
  const linked = h('div', { class: 'references', id: 'references' });
  const page = { law, eId, linked, linkedIds: new Set(), referencesMissing: references.missing };
  page.onLinked = async () => showReferences(page, (await loadReferences(law, eId)).references);
  showReferences(page, references.references);
  return h(
    'section',
    { class: 'comparable' },
    h('h1', {}, t('comparable.title')),
    articleSummary(
      law,
      article,
      [
        h('a', { href: href(`/laws/${law}/articles/${eId}/comparative`, { lang: article.lang }) }, t('comparable.comparativeLink')),
        isDrafter() && !references.missing
          ? h('a', { href: href('/research', { q: article.heading || '', for: `${law}/${eId}/${article.lang}` }) }, t('comparable.searchMore'))
          : null,
      ],
    ),
    h('div', { class: 'comparable-layout' }, candidates(page, comparable), linked),
  );
}

function candidates(page, comparable) {
  const items = comparable.missing ? [] : listOf(comparable.data, 'provisions', 'results', 'hits', 'comparable');
  let body;
  if (comparable.missing) body = h('p', { class: 'notice unavailable' }, t('comparable.unavailable'));
  else if (items.length === 0) body = h('p', {}, t('comparable.none'));
  else body = h('ol', { class: 'hits comparable-list' }, items.map((item) => candidate(page, item)));
  return h('div', { class: 'candidates' }, h('p', { class: 'muted' }, t('comparable.lead')), body);
}

function candidate(page, item) {
  const instrument = item.instrument || {};
  const lang = item.language || item.lang;
  return h(
    'li',
    { class: 'hit', 'data-provision': item.id },
    h('h3', {}, h('a', { href: provisionHref(item.id) }, provisionName(instrument, item.label, item.title))),
    h(
      'p',
      { class: 'muted hit-facts' },
      [instrumentFacts({ ...instrument, country: instrument.country || item.country }, item.inForce), score(item.score)]
        .filter(Boolean)
        .join(' · '),
    ),
    instrument.title ? h('p', { class: 'hit-instrument', lang }, instrument.title) : null,
    h('p', { class: 'snippet', lang }, snippet(item.snippet)),
    isDrafter() && !page.referencesMissing ? linkForm(page, item.id) : null,
  );
}

function score(value) {
  return typeof value === 'number' ? t('comparable.score', { score: value.toFixed(2) }) : null;
}

function showReferences(page, references) {
  page.linkedIds = new Set(references.map((ref) => provisionOf(ref).id));
  let body;
  if (page.referencesMissing) body = h('p', { class: 'notice unavailable' }, t('comparable.referencesUnavailable'));
  else if (references.length === 0) body = h('p', {}, t('comparable.referencesNone'));
  else body = h('ul', { class: 'reference-list' }, references.map(referenceItem));
  replace(page.linked, h('h2', {}, t('comparable.references')), body);
}

function referenceItem(reference) {
  const provision = provisionOf(reference);
  const who = reference.createdBy;
  return h(
    'li',
    { class: 'reference', 'data-provision': provision.id },
    h('a', { href: provisionHref(provision.id) }, provisionName(reference.instrument || { id: provision.id }, provision.label, provision.title)),
    reference.instrument ? h('p', { class: 'muted' }, instrumentFacts(reference.instrument, provision.inForce)) : null,
    reference.note ? h('p', { class: 'reference-note' }, reference.note) : null,
    who ? h('p', { class: 'muted' }, t('comparable.by', { name: who, date: formatDate(reference.createdAt) })) : null,
  );
}
