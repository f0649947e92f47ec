// What a drafter can do with a link already made, in the article's list of linked provisions:
// change its note, or remove a link made by mistake (after saying so twice). Both name the state
// of the link they were shown (If-Match): when another drafter changed it meanwhile, nothing is
// overwritten, and the list is read again to show the link as it stands.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { request, seg } from '../api.js';
import { announce, clearProblem, showProblem } from '../components.js';
import { articlePath } from './article-context.js';

/** page: {law, eId, reload(notice)}; reference: as the references list gives it. */
export function referenceActions(page, reference) {
  const path = `${articlePath(page.law, page.eId)}/references/${seg(reference.id)}`;
  const send = (method, body) => request(method, path, { body, headers: { 'If-Match': reference.etag } });
  const refused = async (error, form) => {
    if (error?.status === 412) await page.reload(t('references.stale'));
    else showProblem(form, error, { note: t('references.note') });
  };
  return h('div', { class: 'reference-actions' }, noteForm(reference, send, page, refused), removal(reference, send, page, refused));
}

function noteForm(reference, send, page, refused) {
  const id = `reference-note-${reference.id}`;
  const note = h('textarea', { id, name: 'note', rows: 3, maxlength: 4000 });
  note.value = reference.note || '';
  const save = h('button', { type: 'submit', class: 'primary' }, t('references.saveNote'));
  const form = h(
    'form',
    { class: 'reference-note-form' },
    h('div', { class: 'form-problem' }),
    h('div', { class: 'field' }, h('label', { for: id }, t('references.note')), note),
    save,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    save.disabled = true;
    try {
      await send('PATCH', { note: note.value.trim() });
      announce(t('references.noteSaved'));
      await page.reload(t('references.noteSaved'));
    } catch (error) {
      save.disabled = false;
      await refused(error, form);
    }
  });
  return h('details', { class: 'reference-edit' }, h('summary', {}, t('references.editNote')), form);
}

/** A first press asks; only the second, on "Remove", removes. */
function removal(reference, send, page, refused) {
  const slot = h('div', { class: 'reference-removal' });
  const ask = h('button', { type: 'button', class: 'danger remove-link' }, t('references.remove'));
  const confirm = () => {
    const yes = h('button', { type: 'button', class: 'danger confirm-remove' }, t('references.removeConfirm'));
    const no = h('button', { type: 'button' }, t('common.cancel'));
    const box = h('div', { class: 'notice confirm', role: 'group', 'aria-label': t('references.removeQuestion') }, h('div', { class: 'form-problem' }), h('p', {}, t('references.removeQuestion')), h('div', { class: 'actions' }, yes, no));
    yes.addEventListener('click', async () => {
      yes.disabled = true;
      try {
        await send('DELETE');
        announce(t('references.removed'));
        await page.reload(t('references.removed'));
      } catch (error) {
        yes.disabled = false;
        await refused(error, box);
      }
    });
    no.addEventListener('click', () => {
      slot.replaceChildren(ask);
      ask.focus();
    });
    slot.replaceChildren(box);
    yes.focus();
  };
  ask.addEventListener('click', confirm);
  slot.append(ask);
  return slot;
}
