// The translation workspace: which articles wait for a translation in each language of a law, and
// per article the source text beside the target's editor, with what changed in the source since
// the translation was last confirmed. Drafters save or confirm there, and add language versions.

import { h, paragraphs, redline } from '../dom.js';
import { t, tIn } from '../i18n.js';
import { api, request, seg } from '../api.js';
import { announce, clearProblem, field, problemBox, showProblem } from '../components.js';
import { href, navigate, render } from '../router.js';
import { isDrafter } from '../session.js';
import { contentLanguage, languageLinks, lawNav, lawSummary } from './law-nav.js';

const LANGUAGES = ['es', 'en', 'pt', 'fr'];
const title = (lang, entry) => `${tIn(lang, 'read.article', { number: entry.number })}${entry.heading ? `. ${entry.heading}` : ''}`;
const confirmPath = (slug, eId, lang, source) => `laws/${seg(slug)}/articles/${seg(eId)}/confirm-translation?lang=${lang}&source=${source}`;

export async function translations({ params, query }) {
  const slug = params.law;
  const lang = await contentLanguage(slug, query);
  const law = await lawSummary(slug);
  const lists = await Promise.all(law.languages.map((code) => api.get(`laws/${seg(slug)}/translations?lang=${code}`)));
  const pending = lists.flat();
  return h(
    'section',
    {},
    lawNav(slug, lang, 'translations'),
    h('h1', {}, t('translations.title')),
    pending.length === 0
      ? h('p', { class: 'notice' }, t('translations.none'))
      : h(
          'div',
          { class: 'table-wrap' },
          h(
            'table',
            { class: 'translations' },
            h('thead', {}, h('tr', {}, ['translations.article', 'translations.language', 'translations.state', 'translations.source', 'rounds.actions'].map((k) => h('th', { scope: 'col' }, t(k))))),
            h('tbody', {}, pending.map((entry) => row(slug, entry))),
          ),
        ),
    isDrafter() ? addLanguageForm(slug, law.languages) : null,
  );
}

function row(slug, entry) {
  return h(
    'tr',
    { 'data-eid': entry.eId, 'data-lang': entry.lang },
    h('td', { lang: entry.lang }, h('a', { href: href(`/laws/${slug}`, { lang: entry.lang, article: entry.eId }) }, title(entry.lang, entry))),
    h('td', {}, t(`lang.${entry.lang}`)),
    h('td', {}, t(`translations.${entry.state}`)),
    h(
      'td',
      {},
      h('a', { href: href(`/laws/${slug}/articles/${entry.eId}/history`, { lang: entry.sourceLang }) }, t('translations.changedIn', { lang: t(`lang.${entry.sourceLang}`), revision: entry.sourceRevision })),
    ),
    h(
      'td',
      {},
      h('a', { class: 'translate', href: href(`/laws/${slug}/translations/${entry.eId}`, { lang: entry.lang }) }, t('translations.translate', { title: title(entry.lang, entry), lang: t(`lang.${entry.lang}`) })),
      isDrafter() && entry.state === 'outdated'
        ? [
            ' ',
            h(
              'button',
              {
                type: 'button',
                onclick: async (event) => {
                  try {
                    await api.post(confirmPath(slug, entry.eId, entry.lang, entry.sourceRevision));
                    announce(t('translations.confirmed'));
                    render();
                  } catch (error) {
                    event.target.after(problemBox(error));
                  }
                },
              },
              t('translations.confirm', { title: title(entry.lang, entry), lang: t(`lang.${entry.lang}`) }),
            ),
          ]
        : null,
    ),
  );
}

function addLanguageForm(slug, present) {
  const missing = LANGUAGES.filter((code) => !present.includes(code));
  if (missing.length === 0) return null;
  const form = h(
    'form',
    { class: 'stack add-language', 'aria-label': t('translations.addLanguage') },
    h('h2', {}, t('translations.addLanguage')),
    h('p', { class: 'muted' }, t('translations.addLanguageHelp')),
    h('div', { class: 'form-problem' }),
    field({ label: t('translations.newLanguage'), name: 'lang', type: 'select', options: missing.map((code) => ({ value: code, label: t(`lang.${code}`) })) }),
    field({ label: t('translations.newTitle'), name: 'title', required: true }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('translations.addSubmit'))),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    try {
      const added = await api.post(`laws/${seg(slug)}/languages`, { lang: form.lang.value, title: form.title.value });
      announce(t('translations.added', { lang: t(`lang.${added.lang}`), count: added.articles }));
      window.location.reload();
    } catch (error) {
      showProblem(form, error);
    }
  });
  return form;
}

/** One article: the source beside the target's editor, and the source's changes since confirmed. */
export async function translateArticle({ params, query }) {
  const slug = params.law;
  const lang = await contentLanguage(slug, query);
  const work = await api.get(`laws/${seg(slug)}/translations/${seg(params.eId)}?lang=${lang}`);
  const law = await lawSummary(slug);
  const { source, target } = work;
  return h(
    'section',
    { class: 'translate' },
    lawNav(slug, lang, 'translations'),
    h('h1', {}, t('translate.title', { number: work.number, lang: t(`lang.${lang}`) })),
    languageLinks(
      law.languages.filter((code) => code !== source.lang),
      lang,
      (code) => href(`/laws/${slug}/translations/${work.eId}`, { lang: code }),
    ),
    h('p', { class: `translation-state ${work.state}` }, stateLine(work)),
    h(
      'div',
      { class: 'side-by-side' },
      h(
        'div',
        { class: 'source', lang: source.lang },
        h('h2', {}, t('translate.source', { lang: t(`lang.${source.lang}`), revision: source.revision })),
        source.heading ? h('p', { class: 'source-heading' }, h('strong', {}, source.heading)) : null,
        h('div', { class: 'source-text' }, paragraphs(source.text)),
        changes(work),
      ),
      h('div', { class: 'target', lang }, h('h2', {}, t('translate.target', { lang: t(`lang.${lang}`), revision: target.revision })), isDrafter() ? editor(slug, work, lang) : h('div', {}, paragraphs(target.text))),
    ),
  );
}

function stateLine(work) {
  const source = t(`lang.${work.source.lang}`);
  if (work.state === 'current') return t('translate.current', { source, revision: work.confirmedRevision });
  if (work.state === 'untranslated') return t('translate.untranslated', { source });
  if (work.confirmedRevision == null) return t('translate.noBaseline', { source });
  return t('translate.outdated', { source, from: work.confirmedRevision, to: work.source.revision });
}

function changes(work) {
  if (!work.changes) return null;
  const headingChanged = (work.changes.heading || []).some((op) => String(op.kind).toLowerCase() !== 'equal');
  return h(
    'div',
    { class: 'source-changes' },
    h('h3', {}, t('translate.changes', { from: work.changes.from, to: work.changes.to })),
    headingChanged ? h('p', { class: 'heading-redline' }, redline(work.changes.heading)) : null,
    h('div', { class: 'article-redline' }, redline(work.changes.text)),
  );
}

function editor(slug, work, lang) {
  const { source, target } = work;
  const form = h(
    'form',
    { class: 'editor stack translation-editor', 'aria-label': t('translate.formLabel', { lang: t(`lang.${lang}`) }) },
    h('div', { class: 'form-problem' }),
    field({ label: t('edit.heading'), name: 'heading', value: target.heading || '' }),
    field({ label: t('edit.text'), name: 'text', type: 'textarea', rows: 12, value: target.text }),
    field({ label: t('edit.message'), name: 'message' }),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, t('translate.save')),
      work.state === 'outdated'
        ? h(
            'button',
            {
              type: 'button',
              class: 'confirm-translation',
              onclick: async () => {
                clearProblem(form);
                try {
                  await api.post(confirmPath(slug, work.eId, lang, source.revision));
                  announce(t('translations.confirmed'));
                  navigate(`/laws/${slug}/translations`, { lang });
                } catch (error) {
                  showProblem(form, error);
                }
              },
            },
            t('translate.confirm', { revision: source.revision }),
          )
        : null,
    ),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    const body = { heading: form.heading.value, text: form.text.value };
    if (form.message.value.trim()) body.message = form.message.value.trim();
    try {
      // The source revision on screen: a source changed since keeps the translation marked.
      const from = work.state === 'current' ? '' : `&source=${source.revision}`;
      await request('PUT', `laws/${seg(slug)}/articles/${seg(work.eId)}?lang=${lang}${from}`, { body, headers: { 'If-Match': target.etag } });
      announce(t('translate.saved'));
      navigate(`/laws/${slug}/translations`, { lang });
    } catch (error) {
      showProblem(form, error);
    }
  });
  return form;
}
