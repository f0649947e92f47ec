// The form a participant comments with, on a whole article or on a passage of it, optionally
// proposing replacement text (a suggestion) previewed as a redline before it is sent.

import { h, redline, uid } from '../dom.js';
import { t } from '../i18n.js';
import { ApiError, api, seg } from '../api.js';
import { announce, clearProblem, field, problemMessage, showProblem, withProgress } from '../components.js';
import { href } from '../router.js';
import { passageAt, utf16Range } from './passage.js';
import { inContext, wordDiff } from './word-diff.js';

/**
 * A comment form for `article` (from the consulted text) in round `round`, language `language`;
 * `passage` ({start, end, quote} in code points) preselects a passage, null means the whole article.
 */
const MAX_FILES = 5;
const ACCEPTED = '.pdf,.docx,.odt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text';

export function commentForm({ round, article, language, passage, onClose }) {
  const state = { passage };
  const quoteView = h('p', { class: 'selected-quote', 'aria-live': 'polite' });
  const picker = passagePicker(article.text, state, () => showQuote(quoteView, state.passage));
  const onScope = (value) => {
    picker.hidden = value !== 'passage';
    if (value === 'article') state.passage = null;
    else picker.sync();
    showQuote(quoteView, state.passage);
  };
  const scope = scopeChoice(state.passage ? 'passage' : 'article', onScope);
  picker.hidden = !state.passage;
  const suggest = suggestionPart(article.text, state);
  const form = h(
    'form',
    { class: 'comment-form stack', novalidate: true },
    h('div', { class: 'form-problem' }),
    h('p', { class: 'notice publicity' }, t(round.publishesContributions ? 'consultation.public.yes' : 'consultation.public.no')),
    scope,
    picker,
    quoteView,
    field({ label: t('consultation.form.text'), name: 'text', type: 'textarea', rows: 4 }),
    suggest.element,
    attachmentField(),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, t('consultation.form.send')),
      h('button', { type: 'button', onclick: onClose }, t('common.cancel')),
    ),
  );
  showQuote(quoteView, state.passage);
  // A passage selected in the article's text while the form is open, by mouse or keyboard, is the
  // passage commented on: the form switches to it.
  form.choosePassage = (chosen) => {
    if (state.passage && state.passage.start === chosen.start && state.passage.end === chosen.end) return;
    state.passage = chosen;
    scope.querySelector('input[value=passage]').checked = true;
    onScope('passage');
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    send(form, { round, article, language, state, suggest });
  });
  return form;
}

/** Position papers: files sent once the comment exists, each its own request. */
function attachmentField() {
  const id = uid('files');
  return h(
    'div',
    { class: 'field attachments-field' },
    h('label', { for: id }, t('consultation.form.files')),
    h('p', { id: `${id}-help`, class: 'muted' }, t('consultation.form.filesHelp', { max: MAX_FILES })),
    h('input', { id, name: 'file', type: 'file', multiple: true, accept: ACCEPTED, 'aria-describedby': `${id}-help` }),
  );
}

export function scopeChoice(initial, onChange) {
  const name = uid('scope');
  const option = (value) => {
    const id = uid('scope-opt');
    return h(
      'div',
      { class: 'choice' },
      h('input', { type: 'radio', name, id, value, checked: value === initial, onchange: () => onChange(value) }),
      h('label', { for: id }, t(`consultation.form.scope.${value}`)),
    );
  };
  return h('fieldset', { class: 'scope' }, h('legend', {}, t('consultation.form.scope')), option('article'), option('passage'));
}

/** A read-only copy of the article where the passage is chosen by keyboard (or mouse). */
export function passagePicker(text, state, onPick) {
  const id = uid('picker');
  // Not `readonly`: Chrome then ignores Shift+arrow selection. Edits are refused instead.
  const area = h('textarea', { id, rows: 6, class: 'passage-picker', 'aria-readonly': 'true', 'aria-describedby': `${id}-help`, spellcheck: 'false' });
  area.value = text;
  area.addEventListener('beforeinput', (event) => event.preventDefault());
  area.addEventListener('input', () => (area.value = text));
  const pick = () => {
    const passage = passageAt(text, area.selectionStart, area.selectionEnd);
    if (passage) {
      state.passage = passage;
      onPick();
    }
  };
  // selectionchange (fired at the text control itself) follows keyboard selection too: a held
  // Shift+arrow or select-all moves it with no keyup or mouseup at the moment it changes.
  ['select', 'selectionchange', 'keyup', 'mouseup'].forEach((type) => area.addEventListener(type, pick));
  const wrapper = h(
    'div',
    { class: 'field' },
    h('label', { for: id }, t('consultation.form.picker')),
    h('p', { id: `${id}-help`, class: 'muted' }, t('consultation.form.pickerHelp')),
    area,
  );
  wrapper.sync = () => {
    if (!state.passage) return;
    const [from, to] = utf16Range(text, state.passage.start, state.passage.end);
    area.setSelectionRange(from, to);
  };
  queueMicrotask(wrapper.sync);
  return wrapper;
}

export function showQuote(view, passage) {
  if (passage) view.replaceChildren(h('strong', {}, t('consultation.form.quote')), ' ', h('q', { class: 'quote-text' }, passage.quote));
  else view.replaceChildren(t('consultation.form.wholeArticle'));
}

/** The optional replacement text, with a before/after redline preview as it is typed. */
function suggestionPart(text, state) {
  const toggleId = uid('suggest');
  const replacement = field({ label: t('consultation.form.replacement'), name: 'replacement', type: 'textarea', rows: 4 });
  const area = replacement.querySelector('textarea');
  const preview = h('div', { class: 'preview', 'aria-live': 'polite' });
  const body = h('div', { class: 'suggestion-part', hidden: true }, replacement, h('h4', {}, t('consultation.form.preview')), preview);
  const original = () => (state.passage ? state.passage.quote : text);
  const update = () => showPreview(preview, wordDiff(original(), area.value));
  const toggle = h('input', {
    type: 'checkbox',
    id: toggleId,
    name: 'propose',
    onchange: () => {
      body.hidden = !toggle.checked;
      if (toggle.checked && !area.value) area.value = original();
      update();
    },
  });
  area.addEventListener('input', update);
  return {
    element: h('div', {}, h('div', { class: 'choice' }, toggle, h('label', { for: toggleId }, t('consultation.form.propose'))), body),
    active: () => toggle.checked,
    value: () => area.value,
  };
}

export function showPreview(container, ops) {
  const shown = inContext(ops);
  container.replaceChildren(
    h(
      'div',
      { class: 'side-by-side' },
      h('div', { class: 'before' }, h('h5', {}, t('consultation.redline.before')), redline(shown, 'before')),
      h('div', { class: 'after' }, h('h5', {}, t('consultation.redline.after')), redline(shown, 'after')),
    ),
  );
}

async function send(form, { round, article, language, state, suggest }) {
  clearProblem(form);
  const files = [...form.file.files];
  if (files.length > MAX_FILES) {
    showProblem(form, new ApiError(400, { detail: t('consultation.form.tooManyFiles', { max: MAX_FILES }), field: 'file' }));
    return;
  }
  const body = { article: article.eId, lang: language, revision: article.revision, text: form.text.value };
  if (state.passage) body.passage = state.passage;
  const suggesting = suggest.active();
  if (suggesting) body.replacement = suggest.value();
  const button = form.querySelector('button[type=submit]');
  button.disabled = true;
  try {
    const path = `consultations/${seg(round.id)}/${suggesting ? 'suggestions' : 'comments'}`;
    const created = await withProgress(form, t('consultation.sending'), () => api.post(path, body));
    const comment = suggesting ? created.suggestion : created;
    const failed = await withProgress(form, t('consultation.form.sendingFiles'), () => attach(comment, files));
    form.replaceWith(sent(round, created, suggesting, failed));
    announce(t('consultation.form.sent'));
  } catch (error) {
    button.disabled = false;
    showProblem(form, error, { passage: t('consultation.form.picker') });
  }
}

/** Sends the files one by one; the comment stands whatever happens to them. */
async function attach(comment, files) {
  const failed = [];
  for (const file of files) {
    try {
      await api.upload(`comments/${seg(comment.id)}/attachments?name=${encodeURIComponent(file.name)}`, file);
    } catch (error) {
      failed.push({ name: file.name, reason: problemMessage(error) });
    }
  }
  return failed;
}

function sent(round, created, suggesting, failed = []) {
  const comment = suggesting ? created.suggestion : created;
  const notice = h(
    'div',
    { class: 'notice sent', tabindex: '-1' },
    h('p', {}, t(suggesting ? 'consultation.form.sentSuggestion' : 'consultation.form.sent'), ' ', h('a', { href: href(`/consultations/${round.id}/mine`, { law: round.law }) }, t('consultation.mine.link'))),
    comment.passage ? h('p', {}, t('consultation.form.quote'), ' ', h('q', {}, comment.passage.quote)) : null,
    failed.length
      ? h(
          'div',
          { class: 'problem', role: 'alert' },
          h('p', {}, t('consultation.form.filesFailed')),
          h('ul', {}, failed.map((f) => h('li', {}, h('strong', {}, f.name), ': ', f.reason))),
        )
      : null,
  );
  if (suggesting) {
    const preview = h('div', { class: 'preview' });
    showPreview(preview, created.review.redline.ops);
    notice.append(preview);
  }
  queueMicrotask(() => notice.focus());
  return notice;
}
