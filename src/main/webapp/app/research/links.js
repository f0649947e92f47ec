// Linking national provisions to a model-law article (drafters): the article's references, and
// the small form that links one provision with a note, used beside comparable provisions and
// beside search results when the search was opened for an article.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { api } from '../api.js';
import { href } from '../router.js';
import { announce, clearProblem, showProblem } from '../components.js';
import { isDrafter } from '../session.js';
import { articlePath, loadArticle, optionalGet } from './article-context.js';

/** The list the endpoint gives, bare or wrapped in an object. */
export function listOf(data, ...keys) {
  if (Array.isArray(data)) return data;
  for (const key of keys) if (Array.isArray(data?.[key])) return data[key];
  return [];
}

/** A reference names its provision by id or carries it whole. */
export function provisionOf(reference) {
  return typeof reference.provision === 'string' ? { id: reference.provision } : reference.provision || {};
}

/**
 * The article's references: {references, missing, deleted}. `missing` when the server has no
 * references endpoint yet (nothing can be linked then); `deleted` when the article has left its
 * law (its links stay, unchangeable).
 */
export async function loadReferences(law, eId) {
  const result = await optionalGet(`${articlePath(law, eId)}/references`);
  return { missing: !!result.missing, deleted: !!result.data?.deleted, references: listOf(result.data, 'references') };
}

/**
 * target: {law, eId, linkedIds: Set, onLinked()}. A disclosure holding a note and a button; a
 * provision already linked shows as such.
 */
export function linkForm(target, provision) {
  const noteId = `note-${provision.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const already = target.linkedIds.has(provision);
  const label = () => (target.linkedIds.has(provision) ? t('comparable.linked') : t('comparable.link'));
  const button = h('button', { type: 'submit', class: 'primary', disabled: already }, label());
  const summary = h('summary', {}, already ? t('comparable.linked') : t('comparable.linkOpen'));
  const form = h(
    'form',
    { class: 'link-form' },
    h('div', { class: 'form-problem' }),
    h(
      'div',
      { class: 'field' },
      h('label', { for: noteId }, t('comparable.note')),
      h('textarea', { id: noteId, name: 'note', rows: 2, maxlength: 2000 }),
    ),
    button,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    const note = form.note.value.trim();
    button.disabled = true;
    try {
      await api.post(`${articlePath(target.law, target.eId)}/references`, note ? { provision, note } : { provision });
      target.linkedIds.add(provision);
      button.textContent = summary.textContent = t('comparable.linked');
      announce(t('comparable.linkedDone'));
      await target.onLinked?.();
    } catch (error) {
      button.disabled = false;
      showProblem(form, error);
    }
  });
  return h('details', { class: 'link-drawer' }, summary, form);
}

/**
 * The article a drafter is gathering provisions for ("law/eId/lang", the language it is read in)
 * with what it links already; null for readers, and when the server cannot link yet.
 */
export async function linkTarget(value) {
  const [law, eId, lang] = String(value || '').split('/');
  if (!law || !eId || !isDrafter()) return null;
  const [references, article] = await Promise.all([loadReferences(law, eId), loadArticle(law, eId, lang)]);
  if (references.missing) return null;
  const name = t('comparable.article', { number: article.number });
  return {
    law,
    eId,
    lang: article.lang,
    name: article.heading ? `${name}. ${article.heading}` : name,
    linkedIds: new Set(references.references.map((ref) => provisionOf(ref).id)),
  };
}

export function linkingBanner(target) {
  return h(
    'p',
    { class: 'notice linking' },
    t('research.linking', { article: target.name, law: target.law }),
    ' ',
    h('a', { href: href(`/laws/${target.law}/articles/${target.eId}/comparable`, { lang: target.lang }) }, t('research.linkingBack')),
  );
}
