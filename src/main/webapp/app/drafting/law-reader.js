// Reading a law (as it stands, or as recorded in a version) in one language, with its table of
// contents and its downloads; drafters get the article actions in place. Printed, it is the law
// alone (consulta.css), headed by the version it is.

import { h, paragraphs } from '../dom.js';
import { formatDate, t, tIn } from '../i18n.js';
import { api, seg } from '../api.js';
import { href } from '../router.js';
import { isDrafter } from '../session.js';
import { articleMenu, insertButton } from './article-editor.js';
import { divisionMenu, textPartTools } from './structure-editor.js';
import { contentLanguage, languageLinks, lawNav, lawSummary } from './law-nav.js';
import { latestPublished, readerSwitch, readsPublishedOnly } from './publication.js';
import { downloadMenu } from './downloads.js';
import { lawFeedLink } from '../notifications/feed-link.js';
import { articleText, missingLanguageNotice } from './untranslated.js';

export async function lawReader({ params, query }) {
  const slug = params.law;
  const lang = await contentLanguage(slug, query);
  const [summary, versions] = await Promise.all([lawSummary(slug), api.get(`laws/${seg(slug)}/versions`)]);
  // A visitor of a law kept for its drafters reads its latest published version.
  const publishedOnly = readsPublishedOnly(summary);
  const version = query.get('version') || (publishedOnly ? latestPublished(versions)?.number : null);
  if (version == null && publishedOnly) return h('section', { class: 'law' }, lawNav(slug, lang, 'read'), h('p', { class: 'notice' }, t('publication.nothingPublished')));
  const path = version
    ? `laws/${seg(slug)}/versions/${seg(version)}?lang=${lang}`
    : `laws/${seg(slug)}?lang=${lang}`;
  const law = await api.get(path);
  const recorded = versions.find((v) => String(v.number) === String(law.version));
  const editable = !version && isDrafter();
  const context = { slug, lang, law, editable, publishedOnly, articles: articlesOf(law.body) };
  const target = query.get('article');
  const page = h(
    'section',
    { class: 'law', lang },
    lawNav(slug, lang, 'read'),
    h('h1', {}, law.title),
    editable ? textPartTools('title', context) : null,
    h('p', { class: 'print-only' }, recorded ? t('read.printVersion', { label: recorded.label, version: recorded.number, date: formatDate(recorded.createdAt) }) : t('read.printWorking', { date: formatDate(new Date().toISOString()) })),
    readerSwitch(slug, lang, summary, versions, query.get('version')),
    recorded && query.get('version') ? h('p', { class: 'notice' }, t('read.versionNotice', { label: recorded.label, version: recorded.number })) : null,
    missingLanguageNotice(query, lang),
    languageLinks(law.languages, lang, (code) =>
      href(`/laws/${slug}`, { lang: code, version, article: target }),
    ),
    h('div', { class: 'law-tools' }, downloadMenu(slug, law.languages, lang, law.version, recorded?.label), lawFeedLink(slug)),
    lagSummary(context),
    h(
      'div',
      { class: 'law-layout' },
      h(
        'nav',
        { class: 'toc', 'aria-label': t('read.toc') },
        // Folded on a phone, where the contents would push the text a screen or two down.
        h(
          'details',
          { open: window.matchMedia('(min-width: 761px)').matches },
          h('summary', {}, h('h2', { class: 'toc-title' }, t('read.toc'))),
          toc(law.body, slug, lang, version),
        ),
      ),
      h(
        'div',
        { class: 'law-body' },
        law.preamble ? h('div', { class: 'preamble' }, paragraphs(law.preamble)) : null,
        editable ? textPartTools('preamble', context) : null,
        body(law.body, context, 2),
      ),
    ),
  );
  if (target) requestAnimationFrame(() => focusArticle(page, target));
  return page;
}

/** Articles in reading order. */
export function articlesOf(nodes, out = []) {
  for (const node of nodes) {
    if (node.type === 'article') out.push(node);
    else articlesOf(node.children || [], out);
  }
  return out;
}

function lagSummary({ articles, slug, lang }) {
  const behind = articles.filter((a) => a.needsUpdate);
  if (behind.length === 0) return null;
  return h(
    'p',
    { class: 'warning' },
    t('read.lagging', { count: behind.length }),
    ' ',
    h('a', { href: href(`/laws/${slug}/translations`, { lang }) }, t('read.lagLink')),
  );
}

function toc(nodes, slug, lang, version) {
  return h(
    'ul',
    {},
    nodes.map((node) =>
      node.type === 'article'
        ? h('li', {}, h('a', { href: href(`/laws/${slug}`, { lang, version, article: node.eId }) }, articleTitle(node)))
        : h('li', {}, h('span', { class: 'toc-division' }, node.heading), toc(node.children || [], slug, lang, version)),
    ),
  );
}

function body(nodes, context, level) {
  return nodes.map((node) => {
    if (node.type === 'article') return article(node, context);
    return h(
      'section',
      { class: 'division', id: node.eId },
      h(`h${Math.min(level, 6)}`, { class: 'division-heading', tabindex: '-1' }, node.heading),
      context.editable ? h('div', { class: 'actions division-actions' }, divisionMenu(node, context), insertButton(context, { division: node.eId })) : null,
      body(node.children || [], context, level + 1),
    );
  });
}

/** "Article 3. Heading", in the language of the article's text. */
export function articleTitle(article) {
  return `${tIn(article.lang, 'read.article', { number: article.number })}${article.heading ? `. ${article.heading}` : ''}`;
}

/** One article, as the reader shows it (also used to redraw it after an edit). */
export function article(node, context) {
  const lag = node.needsUpdate && !node.untranslated
    ? h('p', { class: 'badge' }, t('read.needsUpdate', { lang: t(`lang.${node.needsUpdate.sourceLang}`), revision: node.needsUpdate.sourceRevision }))
    : null;
  const element = h(
    'article',
    { class: 'article', id: `article-${node.eId}`, 'data-eid': node.eId, 'aria-labelledby': `h-${node.eId}` },
    h('h3', { id: `h-${node.eId}`, tabindex: '-1' }, articleTitle(node)),
    lag,
    articleText(node, context),
    context.editable
      ? h('div', { class: 'actions article-actions' }, articleMenu(node, context))
      : context.publishedOnly
        ? null
        : h(
          'p',
          { class: 'actions' },
          h('a', { href: href(`/laws/${context.slug}/articles/${node.eId}/history`, { lang: context.lang }) }, t('read.history', { n: node.revision })),
          h('a', { href: href(`/laws/${context.slug}/articles/${node.eId}/comparable`, { lang: context.lang }) }, t('comparable.entry')),
        ),
  );
  return element;
}

function focusArticle(page, eId) {
  const heading = page.querySelector(`#h-${CSS.escape(eId)}`);
  if (heading) {
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  }
}
