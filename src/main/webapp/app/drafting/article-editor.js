// Drafters' changes to articles in place, from one menu per article: edit (carrying the ETag it
// was read at), insert, move, delete (confirmed in the page, then undone by a restore). A merged
// edit shows what the merge made; a conflict shows both texts and saves nothing until the drafter
// decides. After each, the page stays at the article acted on.

import { h, redline, replace } from '../dom.js';
import { t } from '../i18n.js';
import { api, request, seg } from '../api.js';
import { announce, clearProblem, disclosure, field, problemBox, showProblem } from '../components.js';
import { href, navigate, render } from '../router.js';
import { article, articleTitle } from './law-reader.js';
import { otherLanguageTexts } from './insert-languages.js';

const articlePath = (context, eId) => `laws/${seg(context.slug)}/articles/${seg(eId)}`;

/**
 * A drafter's menu of one article: its history and comparable provisions, edit, move, insert
 * after, delete. One disclosure button per article instead of six buttons under each.
 */
export function articleMenu(node, context) {
  const items = [
    h('a', { href: href(`/laws/${context.slug}/articles/${node.eId}/history`, { lang: context.lang }) }, t('read.history', { n: node.revision })),
    h('a', { href: href(`/laws/${context.slug}/articles/${node.eId}/comparable`, { lang: context.lang }) }, t('comparable.entry')),
    h('button', { type: 'button', class: 'edit-article', onclick: (e) => openEditor(e.target.closest('article'), node, context) }, t('edit.edit')),
    h('button', { type: 'button', class: 'move-article', onclick: (e) => openMove(e.target.closest('article'), node, context) }, t('move.move')),
    insertButton(context, { after: node.eId }),
    h('button', { type: 'button', class: 'danger delete-article', onclick: (e) => confirmDelete(e.target.closest('article'), node, context) }, t('delete.delete')),
  ];
  const label = [t('read.actions'), h('span', { class: 'visually-hidden' }, ` — ${articleTitle(node)}`)];
  return disclosure(label, h('ul', { class: 'menu-list' }, items.map((item) => h('li', {}, item))), 'article-menu');
}

/** Edits one article: the form keeps the ETag of the revision it started from. */
function openEditor(element, node, context) {
  const state = { etag: node.etag, base: node.revision };
  const form = h(
    'form',
    { class: 'editor stack', 'aria-label': t('edit.formLabel', { title: articleTitle(node) }) },
    h('div', { class: 'form-problem' }),
    h('p', { class: 'muted base-note' }, t('edit.basedOn', { revision: node.revision })),
    field({ label: t('edit.heading'), name: 'heading', value: node.heading || '' }),
    field({ label: t('edit.text'), name: 'text', type: 'textarea', rows: 10, value: node.text }),
    field({ label: t('edit.message'), name: 'message' }),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, t('common.save')),
      h('button', { type: 'button', onclick: () => element.replaceWith(article(node, context)) }, t('common.cancel')),
    ),
    h('div', { class: 'conflict-slot' }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    save(form, element, node, context, state);
  });
  replace(element, h('h3', { id: `h-${node.eId}`, tabindex: '-1' }, articleTitle(node)), form);
  form.text.focus();
}

async function save(form, element, node, context, state) {
  clearProblem(form);
  const body = { heading: form.heading.value, text: form.text.value };
  if (form.message.value.trim()) body.message = form.message.value.trim();
  try {
    const reply = await request('PUT', `${articlePath(context, node.eId)}?lang=${context.lang}`, {
      body,
      headers: { 'If-Match': state.etag },
    });
    await showSaved(element, reply.data, state.base, context);
  } catch (error) {
    if (error.status === 409 && error.problem.current) showConflict(form, error.problem, state);
    else showProblem(form, error);
  }
}

/** After saving: the article as it is now, with the redline from the revision the edit began at. */
async function showSaved(element, result, base, context) {
  const now = result.article;
  const fresh = article(now, context);
  let message = t('edit.unchanged');
  if (result.changed) {
    const diff = await api.get(`${articlePath(context, now.eId)}/diff?lang=${context.lang}&from=${base}&to=${now.revision}`);
    message = result.merged ? t('edit.merged', { base, revision: now.revision }) : t('edit.saved', { revision: now.revision });
    fresh.insertBefore(
      h(
        'div',
        { class: result.merged ? 'notice merged' : 'notice saved', role: 'status' },
        h('p', {}, message),
        h('p', { class: 'redline-label' }, t('edit.changesSince', { base })),
        h('div', { class: 'article-redline' }, changes(diff.heading) ? h('p', { class: 'heading-redline' }, redline(diff.heading)) : null, redline(diff.text)),
      ),
      fresh.querySelector('.article-text'),
    );
  }
  element.replaceWith(fresh);
  fresh.querySelector('h3').focus();
  announce(message);
}

const changes = (ops) => (ops || []).some((op) => String(op.kind).toLowerCase() !== 'equal');

/** A 409: nothing was saved. Show what the other person did and let the drafter choose. */
function showConflict(form, problem, state) {
  const slot = form.querySelector('.conflict-slot');
  const current = problem.current;
  const panel = h(
    'div',
    { class: 'conflict problem', role: 'alert', tabindex: '-1' },
    h('h4', {}, t('conflict.title')),
    h('p', {}, t('conflict.explain', { base: problem.baseRevision, revision: current.revision })),
    h(
      'div',
      { class: 'side-by-side' },
      h('div', { class: 'conflict-mine' }, h('h5', {}, t('conflict.mine')), h('p', { class: 'redline' }, form.text.value)),
      h(
        'div',
        { class: 'conflict-theirs' },
        h('h5', {}, t('conflict.theirs', { revision: current.revision })),
        h('p', {}, redline(problem.diff || [])),
      ),
    ),
    (problem.conflicts || []).length
      ? h(
          'ul',
          { class: 'conflict-list' },
          problem.conflicts.map((c) => h('li', {}, t('conflict.item', { base: c.base, theirs: c.theirs, yours: c.yours }))),
        )
      : null,
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          onclick: () => {
            state.etag = current.etag;
            state.base = current.revision;
            form.querySelector('.base-note').textContent = t('conflict.rebased', { revision: current.revision });
            replace(slot);
            form.text.focus();
          },
        },
        t('conflict.keepMine'),
      ),
      h(
        'button',
        {
          type: 'button',
          onclick: () => {
            form.heading.value = current.heading || '';
            form.text.value = current.text;
            state.etag = current.etag;
            state.base = current.revision;
            form.querySelector('.base-note').textContent = t('edit.basedOn', { revision: current.revision });
            replace(slot);
            form.text.focus();
          },
        },
        t('conflict.takeTheirs'),
      ),
    ),
  );
  replace(slot, panel);
  panel.focus();
}

export function insertButton(context, placement) {
  return h('button', { type: 'button', onclick: (e) => openInsert(e.target, context, placement) }, placement.after ? t('insert.after') : t('insert.atStart'));
}

function openInsert(button, context, placement) {
  const others = otherLanguageTexts(context);
  const form = h(
    'form',
    { class: 'editor stack insert-form', 'aria-label': t('insert.title') },
    h('h4', {}, t('insert.title')),
    h('div', { class: 'form-problem' }),
    field({ label: t('edit.heading'), name: 'heading' }),
    field({ label: t('edit.text'), name: 'text', type: 'textarea', rows: 6, required: true }),
    field({ label: t('edit.message'), name: 'message' }),
    others.element,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, t('insert.submit')),
      h('button', { type: 'button', onclick: () => form.remove() }, t('common.cancel')),
    ),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    const body = { ...placement, texts: { ...others.texts(), [context.lang]: { heading: form.heading.value, text: form.text.value } } };
    if (form.message.value.trim()) body.message = form.message.value.trim();
    try {
      const created = await api.post(`laws/${seg(context.slug)}/articles`, body);
      announce(t('insert.done', { number: created.number }));
      navigate(`/laws/${context.slug}`, { lang: context.lang, article: created.eId });
    } catch (error) {
      showProblem(form, error);
    }
  });
  (button.closest('.actions') || button).after(form);
  form.heading.focus();
}

function openMove(element, node, context) {
  const others = context.articles.filter((a) => a.eId !== node.eId);
  const divisions = divisionsOf(context.law.body);
  const options = [
    ...divisions.map((d) => ({ value: `division:${d.eId}`, label: t('move.startOf', { heading: d.heading }) })),
    ...others.map((a) => ({ value: `after:${a.eId}`, label: t('move.after', { title: articleTitle(a) }) })),
  ];
  const form = h(
    'form',
    { class: 'editor stack move-form', 'aria-label': t('move.title', { title: articleTitle(node) }) },
    h('div', { class: 'form-problem' }),
    field({ label: t('move.where'), name: 'place', type: 'select', options }),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, t('move.submit')),
      h('button', { type: 'button', onclick: () => form.remove() }, t('common.cancel')),
    ),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const [kind, eId] = form.place.value.split(':');
    try {
      await api.post(`${articlePath(context, node.eId)}/move`, { [kind]: eId });
      announce(t('move.done'));
      navigate(`/laws/${context.slug}`, { lang: context.lang, article: node.eId });
    } catch (error) {
      showProblem(form, error);
    }
  });
  element.append(form);
  form.place.focus();
}

/** Every division of a law view's tree, in reading order. */
export function divisionsOf(nodes, out = []) {
  for (const node of nodes) {
    if (node.type !== 'article') {
      out.push(node);
      divisionsOf(node.children || [], out);
    }
  }
  return out;
}

/** Deleting asks in the page, next to the article; Cancel gives focus back to its menu. */
function confirmDelete(element, node, context) {
  element.querySelector('.confirm-delete')?.remove();
  const menuButton = element.querySelector('.article-menu .disclosure-button');
  const question = h('p', { id: `confirm-delete-${node.eId}` }, t('delete.confirm', { title: articleTitle(node) }));
  const panel = h(
    'div',
    { class: 'confirm-delete notice', role: 'group', 'aria-labelledby': question.id, tabindex: '-1' },
    question,
    h('div', { class: 'form-problem' }),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'danger confirm', onclick: () => remove(panel, node, context) }, t('delete.yes')),
      h('button', { type: 'button', class: 'cancel', onclick: () => { panel.remove(); menuButton?.focus(); } }, t('common.cancel')),
    ),
  );
  element.append(panel);
  panel.focus();
}

/** After deleting, the law as it is now, with an Undo where the article stood. */
async function remove(panel, node, context) {
  const index = context.articles.findIndex((a) => a.eId === node.eId);
  const before = index > 0 ? context.articles[index - 1].eId : null;
  try {
    await api.del(`${articlePath(context, node.eId)}`);
  } catch (error) {
    replace(panel.querySelector('.form-problem'), problemBox(error));
    return;
  }
  await render();
  const notice = h(
    'div',
    { class: 'notice deleted-article', role: 'status', tabindex: '-1', 'data-eid': node.eId },
    h('p', {}, t('delete.done', { title: articleTitle(node) })),
    h('div', { class: 'form-problem' }),
    h('button', { type: 'button', class: 'undo-delete', onclick: () => undo(notice, node, context) }, t('delete.undo')),
  );
  const anchor = before && document.getElementById(`article-${before}`);
  if (anchor) anchor.after(notice);
  else document.querySelector('.law-body')?.prepend(notice);
  notice.scrollIntoView({ block: 'center' });
  notice.focus({ preventScroll: true });
}

async function undo(notice, node, context) {
  try {
    await api.post(`${articlePath(context, node.eId)}/restore?lang=${context.lang}`, {});
    announce(t('delete.restored', { title: articleTitle(node) }));
    navigate(`/laws/${context.slug}`, { lang: context.lang, article: node.eId });
  } catch (error) {
    replace(notice.querySelector('.form-problem'), problemBox(error));
  }
}
