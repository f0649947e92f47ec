// What a participant does to a comment of their own while the round is open: edit its text, or
// withdraw it (after confirming). Withdrawing is final; the text stays in the history.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { api, seg } from '../api.js';
import { field } from '../components.js';
import { formButtons, submitForm } from './moderation.js';

/** The action bar for one's own comment; `redraw(updated)` replaces the card after a change. */
export function ownActions(comment, round, redraw) {
  // What was said at a meeting is kept as the rapporteur recorded it.
  if (round.status !== 'open' || comment.withdrawnAt || comment.kind === 'reply' || comment.channel === 'meeting') return null;
  const slot = h('div', { class: 'own-slot' });
  const open = (form) => {
    slot.replaceChildren(form);
    form.querySelector('textarea, button[type=submit]').focus();
  };
  const close = () => slot.replaceChildren();
  return h(
    'div',
    { class: 'own-actions' },
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'edit-button', onclick: () => open(editForm(comment, redraw, close)) }, t('consultation.own.edit')),
      h('button', { type: 'button', class: 'danger withdraw-button', onclick: () => open(withdrawForm(comment, redraw, close)) }, t('consultation.own.withdraw')),
    ),
    slot,
  );
}

function editForm(comment, redraw, close) {
  const form = h(
    'form',
    { class: 'edit-form stack', novalidate: true },
    h('div', { class: 'form-problem' }),
    field({ label: t('consultation.form.text'), name: 'text', type: 'textarea', rows: 4, value: comment.text }),
    comment.kind === 'suggestion' ? field({ label: t('consultation.form.replacement'), name: 'replacement', type: 'textarea', rows: 4, value: comment.replacement }) : null,
    formButtons(t('consultation.own.save'), close),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = { text: form.text.value };
    if (comment.kind === 'suggestion') body.replacement = form.replacement.value;
    submitForm(form, () => api.put(`comments/${seg(comment.id)}`, body), redraw, 'consultation.own.saved');
  });
  return form;
}

function withdrawForm(comment, redraw, close) {
  const form = h(
    'form',
    { class: 'withdraw-form stack', novalidate: true },
    h('div', { class: 'form-problem' }),
    h('p', { class: 'warning' }, t('consultation.own.withdrawConfirm')),
    formButtons(t('consultation.own.withdrawYes'), close),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitForm(form, () => api.post(`comments/${seg(comment.id)}/withdraw`, {}), redraw, 'consultation.own.withdrawn');
  });
  return form;
}
