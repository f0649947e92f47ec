// Drafters' actions on one comment: answer it (disposition, response, implementing revision),
// hide it with a reason, or un-hide what was hidden. Each opens a small form in place; the card is redrawn with the result.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { api, seg } from '../api.js';
import { announce, clearProblem, field, showProblem, withProgress } from '../components.js';
import { href } from '../router.js';
import { DISPOSITIONS } from './round-data.js';

/** The action bar for a comment; `redraw(updated)` replaces the card after a change. */
export function moderationActions(comment, round, redraw) {
  const slot = h('div', { class: 'moderation-slot' });
  const open = (form) => {
    slot.replaceChildren(form);
    form.querySelector('select, textarea').focus();
  };
  const close = () => slot.replaceChildren();
  return h(
    'div',
    { class: 'moderation' },
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'answer-button', onclick: () => open(answerForm(comment, redraw, close)) }, t(comment.disposition ? 'consultation.mod.reanswer' : 'consultation.mod.answer')),
      comment.hidden
        ? h('button', { type: 'button', class: 'unhide-button', onclick: () => open(unhideForm(comment, redraw, close)) }, t('consultation.mod.unhide'))
        : h('button', { type: 'button', class: 'danger hide-button', onclick: () => open(hideForm(comment, redraw, close)) }, t('consultation.mod.hide')),
      comment.kind === 'suggestion'
        ? h('a', { class: 'button review-link', href: href(`/consultations/${round.id}/suggestions/${comment.id}`, { law: round.law }) }, t('consultation.mod.review'))
        : null,
    ),
    slot,
  );
}

function answerForm(comment, redraw, close) {
  const current = comment.disposition;
  const form = h(
    'form',
    { class: 'answer-form stack', novalidate: true },
    h('div', { class: 'form-problem' }),
    field({
      label: t('consultation.mod.disposition'),
      name: 'disposition',
      type: 'select',
      value: current?.value || '',
      options: [{ value: '', label: t('consultation.register.choose') }, ...DISPOSITIONS.map((d) => ({ value: d, label: t(`consultation.disposition.${d}`) }))],
    }),
    field({ label: t('consultation.mod.response'), name: 'response', type: 'textarea', rows: 4, value: current?.response || '' }),
    field({ label: t('consultation.mod.revision'), name: 'revision', type: 'number', value: current?.implementedIn ?? '' }),
    formButtons(t('consultation.mod.sendAnswer'), close),
  );
  form.revision.min = 1;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = { disposition: form.disposition.value, response: form.response.value };
    if (form.revision.value) body.revision = Number(form.revision.value);
    submitForm(form, () => api.put(`comments/${seg(comment.id)}/disposition`, body), redraw, 'consultation.mod.answered');
  });
  return form;
}

function hideForm(comment, redraw, close) {
  const form = h(
    'form',
    { class: 'hide-form stack', novalidate: true },
    h('div', { class: 'form-problem' }),
    field({ label: t('consultation.mod.reason'), name: 'reason', type: 'textarea', rows: 2 }),
    formButtons(t('consultation.mod.hide'), close),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitForm(form, () => api.post(`comments/${seg(comment.id)}/hide`, { reason: form.reason.value }), redraw, 'consultation.mod.hidden');
  });
  return form;
}

function unhideForm(comment, redraw, close) {
  const form = h(
    'form',
    { class: 'unhide-form stack', novalidate: true },
    h('div', { class: 'form-problem' }),
    field({ label: t('consultation.mod.unhideReason'), name: 'reason', type: 'textarea', rows: 2 }),
    formButtons(t('consultation.mod.unhide'), close),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = form.reason.value.trim() ? { reason: form.reason.value } : {};
    submitForm(form, () => api.post(`comments/${seg(comment.id)}/unhide`, body), redraw, 'consultation.mod.unhidden');
  });
  return form;
}

export function formButtons(label, close) {
  return h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, label), close ? h('button', { type: 'button', onclick: close }, t('common.cancel')) : null);
}

/** Sends a form's change with its button held down, then redraws with the result or shows the problem. */
export async function submitForm(form, call, redraw, doneKey) {
  clearProblem(form);
  const button = form.querySelector('button[type=submit]');
  button.disabled = true;
  try {
    redraw(await withProgress(form, t('consultation.sending'), call));
    announce(t(doneKey));
  } catch (error) {
    button.disabled = false;
    showProblem(form, error);
  }
}
