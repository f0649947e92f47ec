// Shared pieces of interface: progress for long work, problem messages, announcements.

import { h, replace, uid } from './dom.js';
import { hasMessage, t } from './i18n.js';

/**
 * A progress indicator: progress(label) starts indeterminate; set(done, total) makes it
 * determinate and says how far it is. Screen readers hear the label (role=status).
 */
export function progress(label) {
  const bar = h('progress', { 'aria-label': label });
  const text = h('span', { class: 'progress-text' }, label);
  const element = h('div', { class: 'progress', role: 'status' }, bar, text);
  return {
    element,
    set(done, total, message) {
      bar.max = total;
      bar.value = done;
      text.textContent = message || `${label} ${done} / ${total}`;
    },
  };
}

/** Runs async work with a progress indicator placed in container; returns the work's result. */
export async function withProgress(container, label, work) {
  const indicator = progress(label);
  container.append(indicator.element);
  try {
    return await work(indicator);
  } finally {
    indicator.element.remove();
  }
}

/**
 * The message for an ApiError (or any error), in the interface language: the problem's code
 * translated, naming the field by `label` when given; the server's English detail only for a
 * problem without a known code.
 */
export function problemMessage(error, label) {
  if (error?.status === 0) return t('error.network');
  const code = error?.problem?.code;
  if (code && hasMessage(`problem.${code}`)) {
    const message = t(`problem.${code}`);
    return label ? t('error.labelled', { label, message }) : message;
  }
  const generic = t(`error.${error?.status}`);
  const detail = error?.problem?.detail;
  return detail || (generic.startsWith('error.') ? t('error.500') : generic);
}

/**
 * A visible, announced problem box. `label` is the form's label for the field at fault; without
 * one the field's API name is shown, which is still better than nothing.
 */
export function problemBox(error, label) {
  const field = error?.field;
  return h(
    'div',
    { class: 'problem', role: 'alert' },
    h('strong', {}, t('error.title')),
    h('p', {}, problemMessage(error, label)),
    field && !label ? h('p', { class: 'problem-field' }, t('error.field', { field })) : null,
  );
}

/**
 * Shows an error in a form: the problem box at the top of `form` (in its .form-problem slot if it
 * has one), and the control named by the problem's field marked invalid and focused. The field is
 * named by its control's label, or by `labels` for fields with no control of their own (a nested
 * field such as `passage.end` falls back to the label of `passage`).
 */
export function showProblem(form, error, labels = {}) {
  clearProblem(form);
  const slot = form.querySelector('.form-problem') || form;
  const control = error?.field ? form.querySelector(`[name="${CSS.escape(error.field)}"]`) : null;
  const label = labelOf(error?.field, control, labels);
  const box = problemBox(error, label);
  slot.prepend(box);
  if (control) {
    control.setAttribute('aria-invalid', 'true');
    const note = h('span', { class: 'field-error', id: `${control.id || control.name}-error` }, problemMessage(error, label));
    control.setAttribute('aria-describedby', note.id);
    control.after(note);
    control.focus();
  } else {
    box.setAttribute('tabindex', '-1');
    box.focus();
  }
}

function labelOf(field, control, labels) {
  if (!field) return null;
  const own = control?.labels?.[0]?.textContent.trim();
  if (own) return own;
  for (let name = field; name; name = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : '') {
    if (labels[name]) return labels[name];
  }
  return null;
}

export function clearProblem(form) {
  form.querySelectorAll('.problem, .field-error').forEach((el) => el.remove());
  form.querySelectorAll('[aria-invalid]').forEach((el) => {
    el.removeAttribute('aria-invalid');
    el.removeAttribute('aria-describedby');
  });
}

/** Says something to screen-reader users without moving focus. */
export function announce(message) {
  const region = document.getElementById('announcer');
  replace(region, message);
}

/** A labelled form control: field({label, name, type, value, required}) → wrapper element. */
export function field({ label, name, type = 'text', value = '', required = false, rows, options, autocomplete, id }) {
  const controlId = id || `f-${name}-${Math.random().toString(36).slice(2, 8)}`;
  let control;
  if (type === 'textarea') {
    control = h('textarea', { id: controlId, name, rows: rows || 6, required });
    control.value = value;
  } else if (type === 'select') {
    control = h(
      'select',
      { id: controlId, name, required },
      (options || []).map((o) => h('option', { value: o.value, selected: o.value === value }, o.label)),
    );
  } else {
    control = h('input', { id: controlId, name, type, value, required, autocomplete });
  }
  return h('div', { class: 'field' }, h('label', { for: controlId }, label), control);
}

/**
 * A disclosure button (WAI-ARIA disclosure pattern): the button shows and hides the panel that
 * follows it and says which with aria-expanded; Escape closes the panel and gives focus back to
 * the button, and so does focus leaving the whole. The panel stays in the page's flow, so it is
 * never clipped by a scrolling table. {label} may be nodes, to add hidden words to the name.
 */
export function disclosure(label, content, className = '') {
  const id = uid('disclosure');
  const panel = h('div', { class: 'disclosure-panel', id, hidden: true }, content);
  const button = h('button', { type: 'button', class: 'disclosure-button', 'aria-expanded': 'false', 'aria-controls': id }, label);
  const root = h('div', { class: `disclosure ${className}`.trim() }, button, panel);
  const show = (open) => {
    button.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
  };
  button.addEventListener('click', () => show(panel.hidden));
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || panel.hidden) return;
    show(false);
    button.focus();
  });
  // A press on a label or on the panel's text moves focus to the body before the click: that is
  // not focus leaving the whole, so it must not close a panel holding a form.
  let pressedInside = false;
  root.addEventListener('mousedown', () => {
    pressedInside = true;
    setTimeout(() => (pressedInside = false));
  });
  root.addEventListener('focusout', (event) => {
    if (!pressedInside && !root.contains(event.relatedTarget)) show(false);
  });
  return root;
}
