// Comparable provisions for a model-law article: the national provisions most like it, which a
// drafter can link to the article with a note, and the provisions already linked.

import { h, replace, snippet } from '../dom.js';
import { formatDate, t } from '../i18n.js';
import { api } from '../api.js';
import { href, navigate } from '../router.js';
import { problemBox } from '../components.js';
import { isDrafter } from '../session.js';
import { articlePath, articleSummary, loadArticle } from './article-context.js';
import { linkForm, loadReferences, provisionOf } from './links.js';
import { countryName, instrumentFacts, languageName, provisionHref, provisionName } from './labels.js';
import { referenceActions } from './reference-actions.js';

export async function comparableView({ params, query }) {
  const { law, eId } = params;
  const article = await loadArticle(law, eId, query.get('lang'));
  const filter = { country: query.get('country') || '', in: query.get('in') || '' };
  const [comparable, references, countries] = await Promise.all([
    api.get(`${articlePath(law, eId)}/comparable${filterQuery(filter)}`).catch((error) => ({ error })),
    loadReferences(law, eId),
    corpusCountries(law),
  ]);
  const linked = h('div', { class: 'references', id: 'references' });
  const page = { law, eId, linked, linkedIds: new Set(), referencesMissing: references.missing, deleted: references.deleted };
  page.reload = async (notice) => showReferences(page, (await loadReferences(law, eId)).references, notice);
  page.onLinked = () => page.reload();
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
          ? h('a', { href: href('/research', { q: searchMore(comparable, article), for: `${law}/${eId}/${article.lang}` }) }, t('comparable.searchMore'))
          : null,
      ],
    ),
    filterForm(law, eId, article.lang, filter, countries),
    h('div', { class: 'comparable-layout' }, candidates(page, comparable), linked),
  );
}

const PROVISION_LANGUAGES = ['es', 'en', 'pt', 'fr'];

/** The API's own narrowing: provisions of one country, of one language. */
function filterQuery(filter) {
  const params = new URLSearchParams();
  if (filter.country) params.set('country', filter.country);
  if (filter.in) params.set('lang', filter.in);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The countries the legislation covers, as the implementation map lists them; none when it cannot say. */
async function corpusCountries(law) {
  try {
    const map = await api.get(`laws/${law}/implementation`);
    return (map.countries || []).map((column) => column.country);
  } catch {
    return [];
  }
}

/** Country and language of the provisions compared; a change reloads the page with them in its address. */
function filterForm(law, eId, articleLang, filter, countries) {
  const chosen = (name, value) => ({ value, selected: value === filter[name] });
  const select = (name, label, values, nameOf) =>
    h(
      'label',
      {},
      t(label),
      ' ',
      h(
        'select',
        { name, onchange: (event) => reload(law, eId, articleLang, { ...filter, [name]: event.target.value }) },
        h('option', chosen(name, ''), t('comparable.filter.all')),
        values.map((value) => h('option', chosen(name, value), nameOf(value))),
      ),
    );
  const countryList = filter.country && !countries.includes(filter.country) ? [...countries, filter.country] : countries;
  return h(
    'form',
    { class: 'comparable-filter', onsubmit: (event) => event.preventDefault() },
    select('country', 'comparable.filter.country', countryList, countryName),
    ' ',
    select('in', 'comparable.filter.language', PROVISION_LANGUAGES, languageName),
  );
}

function reload(law, eId, articleLang, filter) {
  const query = { lang: articleLang };
  if (filter.country) query.country = filter.country;
  if (filter.in) query.in = filter.in;
  navigate(`/laws/${law}/articles/${eId}/comparable`, query);
}

/** The article's key terms the API found to search for more (they find something), else its heading. */
function searchMore(comparable, article) {
  return (comparable.searchTerms && comparable.searchTerms[article.lang]) || article.heading || '';
}

/** comparable: the API's results (every language, so that the thesaurus can reach the others). */
function candidates(page, comparable) {
  const items = comparable.provisions || [];
  let body;
  if (comparable.error) body = problemBox(comparable.error);
  else if (items.length === 0) body = h('p', {}, t('comparable.none'));
  else body = h('ol', { class: 'hits comparable-list' }, items.map((item) => candidate(page, item)));
  return h(
    'div',
    { class: 'candidates' },
    h('p', { class: 'muted' }, t('comparable.lead')),
    comparable.error ? null : howCompared(comparable),
    comparable.partial ? h('p', { class: 'warning' }, t('comparable.partial')) : null,
    body,
  );
}

/** Which languages were compared by text, and the concepts carried into the others. */
function howCompared({ compared = [], concepts = [] }) {
  const languages = compared.map(languageName).join(', ');
  return h(
    'div',
    { class: 'how-compared' },
    h('p', {}, t('comparable.compared', { languages })),
    h('p', {}, t('comparable.scores')),
    concepts.length
      ? h('p', {}, t('comparable.concepts'), ' ', conceptList(concepts))
      : h('p', {}, t('comparable.noConcepts')),
  );
}

/** Thesaurus concept names (parity, electoral-list) as small labels. */
function conceptList(concepts) {
  return h('span', { class: 'concepts' }, concepts.map((concept) => h('span', { class: 'concept' }, concept)));
}

function candidate(page, item) {
  const instrument = { ...item.instrument, country: item.country };
  const facts = [instrumentFacts(instrument), languageName(item.lang), score(item.score)];
  return h(
    'li',
    { class: 'hit', 'data-provision': item.id, 'data-via': item.via },
    h('h3', {}, h('a', { href: provisionHref(item.id) }, provisionName(instrument, item.label))),
    h('p', { class: 'muted hit-facts' }, facts.filter(Boolean).join(' · ')),
    instrument.shortTitle && instrument.title !== instrument.shortTitle ? h('p', { class: 'hit-instrument', lang: item.lang }, instrument.title) : null,
    h('p', { class: 'snippet', lang: item.lang }, snippet(item.snippet)),
    item.via === 'thesaurus'
      ? h('p', { class: 'via-thesaurus' }, t('comparable.viaThesaurus', { language: languageName(item.lang) }), ' ', conceptList(item.concepts || []))
      : null,
    isDrafter() && !page.referencesMissing ? linkForm(page, item.id) : null,
  );
}

function score(value) {
  return typeof value === 'number' ? t('comparable.score', { score: value.toFixed(2) }) : null;
}

/** The linked provisions; `notice` says what just happened to them, and takes the focus. */
function showReferences(page, references, notice) {
  page.linkedIds = new Set(references.map((ref) => provisionOf(ref).id));
  let body;
  if (page.referencesMissing) body = h('p', { class: 'notice unavailable' }, t('comparable.referencesUnavailable'));
  else if (references.length === 0) body = h('p', {}, t('comparable.referencesNone'));
  else body = h('ul', { class: 'reference-list' }, references.map((reference) => referenceItem(page, reference)));
  const said = notice ? h('p', { class: 'notice references-notice', tabindex: '-1' }, notice) : null;
  replace(page.linked, h('h2', {}, t('comparable.references')), said, body);
  said?.focus();
  reopenLinkForms(page);
}

/** A link removed can be made again: candidates that showed it as linked get their form back. */
function reopenLinkForms(page) {
  page.linked.parentElement?.querySelectorAll('.candidates .hit[data-provision]').forEach((hit) => {
    const drawer = hit.querySelector('.link-drawer');
    const id = hit.dataset.provision;
    if (drawer && !page.linkedIds.has(id) && drawer.querySelector('button[type=submit]')?.disabled) {
      drawer.replaceWith(linkForm(page, id));
    }
  });
}

function referenceItem(page, reference) {
  const provision = provisionOf(reference);
  const who = reference.createdBy;
  return h(
    'li',
    { class: 'reference', 'data-provision': provision.id },
    h('a', { href: provisionHref(provision.id) }, provisionName(reference.instrument || { id: provision.id }, provision.label, provision.title)),
    reference.instrument ? h('p', { class: 'muted' }, instrumentFacts(reference.instrument, provision.inForce)) : null,
    reference.note ? h('p', { class: 'reference-note' }, reference.note) : null,
    who ? h('p', { class: 'muted' }, t('comparable.by', { name: who, date: formatDate(reference.createdAt) })) : null,
    reference.changedBy ? h('p', { class: 'muted' }, t('references.changedBy', { name: reference.changedBy, date: formatDate(reference.changedAt) })) : null,
    isDrafter() && !page.deleted && reference.etag ? referenceActions(page, reference) : null,
  );
}
