// Drafters' changes to a law's structure in place: one menu on each division heading (rename in
// the language on screen, insert a division after it or inside it, its history, delete it, handing
// its articles to another division), and the title and preamble, edited with the ETag they were
// read at. Every change is a revision; after each, the page returns to the division acted on.

import { h, paragraphs, redline, replace } from '../dom.js';
import { formatDate, t } from '../i18n.js';
import { api, request, seg } from '../api.js';
import { announce, clearProblem, disclosure, field, problemBox, showProblem } from '../components.js';
import { render } from '../router.js';
import { divisionsOf } from './article-editor.js';

const divisionPath = (context, eId) => `laws/${seg(context.slug)}/divisions${eId ? `/${seg(eId)}` : ''}`;

/** The drafter's menu of one division, next to its heading. */
export function divisionMenu(node, context) {
  const section = () => document.getElementById(node.eId);
  const items = [
    h('button', { type: 'button', class: 'rename-division', onclick: () => openRename(section(), node, context) }, t('division.rename')),
    h('button', { type: 'button', class: 'insert-division-after', onclick: () => openInsert(section(), node, context, { after: node.eId }) }, t('division.insertAfter')),
    h('button', { type: 'button', class: 'insert-division-inside', onclick: () => openInsert(section(), node, context, { parent: node.eId }) }, t('division.insertInside')),
    h('button', { type: 'button', class: 'division-history', onclick: () => showHistory(section(), node, context) }, t('division.history')),
    h('button', { type: 'button', class: 'danger delete-division', onclick: () => confirmDelete(section(), node, context) }, t('division.delete')),
  ];
  const label = [t('division.actions'), h('span', { class: 'visually-hidden' }, ` — ${node.heading}`)];
  return disclosure(label, h('ul', { class: 'menu-list' }, items.map((item) => h('li', {}, item))), 'division-menu');
}

/** Renders the law again and puts the reader back at the division. */
async function backTo(eId, message) {
  await render();
  const heading = document.getElementById(eId)?.querySelector('.division-heading');
  if (heading) {
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  }
  announce(message);
}

function openRename(section, node, context) {
  section.querySelector('.division-form')?.remove();
  const form = h(
    'form',
    { class: 'editor stack division-form rename-form', 'aria-label': t('division.renameTitle', { heading: node.heading }) },
    h('div', { class: 'form-problem' }),
    field({ label: t('division.heading', { lang: t(`lang.${context.lang}`) }), name: 'heading', value: node.heading }),
    field({ label: t('edit.message'), name: 'message' }),
    actions(t('common.save'), () => form.remove()),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    const body = withMessage(form, { heading: form.heading.value });
    try {
      const result = await api.put(`${divisionPath(context, node.eId)}?lang=${context.lang}`, body);
      await backTo(node.eId, result.changed ? t('division.renamed', { revision: result.division.revision }) : t('edit.unchanged'));
    } catch (error) {
      showProblem(form, error);
    }
  });
  section.querySelector('.division-heading').after(form);
  form.heading.focus();
}

function openInsert(section, node, context, place) {
  section.querySelector('.division-form')?.remove();
  const kinds = ['title', 'chapter', 'section'].map((kind) => ({ value: kind, label: t(`division.kind.${kind}`) }));
  const form = h(
    'form',
    { class: 'editor stack division-form insert-division-form', 'aria-label': t('division.insertTitle') },
    h('h4', {}, place.after ? t('division.insertAfter') : t('division.insertInside')),
    h('div', { class: 'form-problem' }),
    field({ label: t('division.kind'), name: 'kind', type: 'select', options: kinds, value: place.after ? node.kind : 'section' }),
    field({ label: t('division.heading', { lang: t(`lang.${context.lang}`) }), name: 'heading', required: true }),
    field({ label: t('edit.message'), name: 'message' }),
    actions(t('insert.submit'), () => form.remove()),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    const body = withMessage(form, { ...place, kind: form.kind.value, headings: { [context.lang]: form.heading.value } });
    try {
      const created = await api.post(divisionPath(context), body);
      await backTo(created.eId, t('division.inserted'));
    } catch (error) {
      showProblem(form, error, { headings: t('division.heading', { lang: t(`lang.${context.lang}`) }) });
    }
  });
  section.querySelector('.division-heading').after(form);
  form.heading.focus();
}

/** The division's revisions, newest last, each with who, when, why and its heading then. */
async function showHistory(section, node, context) {
  section.querySelector('.division-form')?.remove();
  const panel = h('div', { class: 'division-form division-history-panel notice', tabindex: '-1' }, h('h4', {}, t('division.historyTitle', { heading: node.heading })));
  section.querySelector('.division-heading').after(panel);
  try {
    const revisions = await api.get(`${divisionPath(context, node.eId)}/revisions`);
    panel.append(
      h(
        'ol',
        { class: 'division-revisions' },
        revisions.map((r) =>
          h(
            'li',
            {},
            t('division.revision', { n: r.number, change: t(`division.change.${r.change}`), author: r.authorName, date: formatDate(r.createdAt) }),
            ': ',
            h('q', {}, r.headings[context.lang] || ''),
            r.message ? ` — ${r.message}` : '',
          ),
        ),
      ),
      h('button', { type: 'button', onclick: () => panel.remove() }, t('common.close')),
    );
  } catch (error) {
    panel.append(problemBox(error));
  }
  panel.focus();
}

/** Deleting asks in the page; a division holding articles names the division that receives them. */
function confirmDelete(section, node, context) {
  section.querySelector('.division-form')?.remove();
  const held = (node.children || []).filter((c) => c.type === 'article').length;
  const others = divisionsOf(context.law.body).filter((d) => d.eId !== node.eId);
  const form = h(
    'form',
    { class: 'division-form confirm-delete notice stack', 'aria-label': t('division.deleteTitle', { heading: node.heading }), tabindex: '-1' },
    h('p', {}, held ? t('division.confirmWithArticles', { heading: node.heading, count: held }) : t('division.confirm', { heading: node.heading })),
    h('div', { class: 'form-problem' }),
    held ? field({ label: t('division.receiver'), name: 'receiver', type: 'select', options: others.map((d) => ({ value: d.eId, label: d.heading })) }) : null,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'danger confirm' }, t('delete.yes')),
      h('button', { type: 'button', class: 'cancel', onclick: () => form.remove() }, t('common.cancel')),
    ),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const receiver = form.receiver?.value;
    try {
      await api.del(`${divisionPath(context, node.eId)}${receiver ? `?moveArticlesTo=${encodeURIComponent(receiver)}` : ''}`);
    } catch (error) {
      replace(form.querySelector('.form-problem'), problemBox(error));
      return;
    }
    if (receiver) await backTo(receiver, t('division.deleted', { heading: node.heading }));
    else {
      await render();
      announce(t('division.deleted', { heading: node.heading }));
    }
  });
  section.querySelector('.division-heading').after(form);
  form.focus();
}

/**
 * The title (part 'title') or preamble ('preamble') as the reader shows it, with an Edit button for
 * drafters. The form reads the part's ETag when it opens and edits on it: an edit made meanwhile is
 * merged, or shown as a conflict with nothing saved.
 */
export function textPartTools(part, context) {
  const tools = h('div', { class: `actions ${part}-tools` });
  tools.append(
    h('button', { type: 'button', class: `edit-${part}`, onclick: () => openTextEditor(tools, part, context) }, t(`${part}.edit`)),
    h('button', { type: 'button', class: `${part}-history`, onclick: () => showTextHistory(tools, part, context) }, t(`${part}.history`)),
  );
  return tools;
}

async function openTextEditor(tools, part, context) {
  tools.parentElement.querySelector('.text-part-form')?.remove();
  const path = `laws/${seg(context.slug)}/${part}?lang=${context.lang}`;
  const reply = await request('GET', path);
  const state = { etag: reply.headers.get('ETag'), base: reply.data.revision };
  const form = h(
    'form',
    { class: 'editor stack text-part-form', 'aria-label': t(`${part}.edit`) },
    h('div', { class: 'form-problem' }),
    h('p', { class: 'muted base-note' }, t('edit.basedOn', { revision: state.base })),
    field({ label: t(`${part}.label`), name: 'text', type: part === 'title' ? 'text' : 'textarea', rows: 8, value: reply.data.text }),
    field({ label: t('edit.message'), name: 'message' }),
    actions(t('common.save'), () => form.remove()),
    h('div', { class: 'conflict-slot' }),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    try {
      const saved = await request('PUT', path, { body: withMessage(form, { text: form.text.value }), headers: { 'If-Match': state.etag } });
      const result = saved.data;
      await render();
      announce(
        !result.changed
          ? t('edit.unchanged')
          : result.merged
            ? t('edit.merged', { base: state.base, revision: result.current.revision })
            : t('edit.saved', { revision: result.current.revision }),
      );
    } catch (error) {
      if (error.status === 409 && error.problem.current) showTextConflict(form, error.problem, state);
      else showProblem(form, error);
    }
  });
  tools.after(form);
  form.text.focus();
}

/** Nothing was saved: the text as it is now and what changed since, to redo the edit on it. */
function showTextConflict(form, problem, state) {
  const current = problem.current;
  const panel = h(
    'div',
    { class: 'conflict problem', role: 'alert', tabindex: '-1' },
    h('h4', {}, t('conflict.title')),
    h('p', {}, t('conflict.explain', { base: problem.baseRevision, revision: current.revision })),
    h('div', { class: 'conflict-theirs' }, h('h5', {}, t('conflict.theirs', { revision: current.revision })), h('p', {}, redline(problem.diff || []))),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          onclick: () => {
            form.text.value = current.text;
            state.etag = current.etag;
            state.base = current.revision;
            form.querySelector('.base-note').textContent = t('edit.basedOn', { revision: current.revision });
            replace(form.querySelector('.conflict-slot'));
            form.text.focus();
          },
        },
        t('conflict.takeTheirs'),
      ),
    ),
  );
  replace(form.querySelector('.conflict-slot'), panel);
  panel.focus();
}

async function showTextHistory(tools, part, context) {
  tools.parentElement.querySelector('.text-part-form')?.remove();
  const panel = h('div', { class: 'text-part-form notice', tabindex: '-1' }, h('h4', {}, t(`${part}.history`)));
  tools.after(panel);
  try {
    const revisions = await api.get(`laws/${seg(context.slug)}/${part}/revisions?lang=${context.lang}`);
    panel.append(
      h(
        'ol',
        { class: 'text-part-revisions' },
        revisions.map((r) =>
          h('li', {}, h('p', {}, t('text.revision', { n: r.number, author: r.authorName, date: formatDate(r.createdAt), message: r.message })), paragraphs(r.text)),
        ),
      ),
      h('button', { type: 'button', onclick: () => panel.remove() }, t('common.close')),
    );
  } catch (error) {
    panel.append(problemBox(error));
  }
  panel.focus();
}

function actions(submitLabel, cancel) {
  return h(
    'div',
    { class: 'actions' },
    h('button', { type: 'submit', class: 'primary' }, submitLabel),
    h('button', { type: 'button', onclick: cancel }, t('common.cancel')),
  );
}

function withMessage(form, body) {
  const message = form.message.value.trim();
  return message ? { ...body, message } : body;
}
