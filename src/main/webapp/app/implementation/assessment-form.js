// Recording an assessment of one cell: its status, the provisions that ground it (the article's
// references to the country's legislation and, while nobody has assessed it, candidates the
// comparable search offers), a note. Nothing is recorded until the person saves.

import { h, uid } from '../dom.js';
import { t } from '../i18n.js';
import { ApiError, request, seg } from '../api.js';
import { announce, clearProblem, showProblem } from '../components.js';
import { provisionHref } from '../research/labels.js';
import { STATUSES, apiPath, statusName } from './labels.js';

/** A form for the cell; onSaved(view) after a write, with the assessment the write recorded. */
export async function assessmentForm(law, eId, country, articleLabel, onSaved, onCancel) {
  const cell = (await request('GET', `${apiPath(law)}/${seg(eId)}/${seg(country)}`)).data;
  const current = cell.assessment;
  const chosen = new Set(current.provisions.map((p) => p.id));
  const noteId = uid('impl-note');
  const form = h(
    'form',
    { class: 'impl-form', 'data-article': eId, 'data-country': country },
    h('h3', {}, t('impl.form.title', { article: articleLabel, country: cell.name })),
    h('div', { class: 'form-problem' }),
    h(
      'fieldset',
      { class: 'choice' },
      h('legend', {}, t('impl.form.status')),
      STATUSES.map((status) => {
        const id = uid('impl-s');
        return h(
          'div',
          {},
          h('input', { type: 'radio', id, name: 'status', value: status, checked: status === current.status, class: `status-choice-${status}` }),
          h('label', { for: id }, statusName(status)),
        );
      }),
    ),
    h(
      'fieldset',
      { class: 'impl-provisions' },
      h('legend', {}, t('impl.form.provisions')),
      group(t('impl.form.referenced'), merged(current.provisions, cell.references), chosen),
      cell.candidates.length || current.status === 'not_assessed'
        ? group(
            t('impl.form.candidates', { country: cell.name }),
            cell.candidates.map((c) => ({ id: c.id, label: c.label, instrument: c.instrument })),
            chosen,
            t('impl.form.noCandidates'),
            'impl-candidates',
          )
        : null,
    ),
    h('div', { class: 'field' }, h('label', { for: noteId }, t('impl.form.note')), h('textarea', { id: noteId, name: 'note', rows: 3 }, current.note || '')),
    h(
      'p',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, t('impl.form.save')),
      ' ',
      h('button', { type: 'button', onclick: onCancel }, t('impl.form.cancel')),
    ),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    const status = form.querySelector('input[name=status]:checked')?.value;
    const provisions = [...form.querySelectorAll('input[name=provision]:checked')].map((box) => box.value);
    const note = form.querySelector('textarea[name=note]').value;
    const headers = current.etag ? { 'If-Match': current.etag } : {};
    try {
      const saved = (
        await request('PUT', `${apiPath(law)}/${seg(eId)}/${seg(country)}`, {
          body: { status, provisions, note: note.trim() ? note : null },
          headers,
        })
      ).data;
      announce(t('impl.form.saved', { status: statusName(saved.status) }));
      onSaved(saved);
    } catch (error) {
      if (error instanceof ApiError && (error.status === 412 || error.status === 428)) {
        announce(t('impl.form.stale'));
        onSaved(null, t('impl.form.stale'));
        return;
      }
      showProblem(form, error, { status: t('impl.form.status'), provisions: t('impl.form.provisions') });
    }
  });
  return form;
}

/** The current grounding and the references, each provision once. */
function merged(grounding, references) {
  const seen = new Map();
  for (const p of [...grounding, ...references]) if (!seen.has(p.id)) seen.set(p.id, p);
  return [...seen.values()];
}

function group(title, provisions, chosen, empty, className) {
  if (provisions.length === 0 && !empty) return null;
  return h(
    'div',
    { class: `impl-provision-group ${className || ''}`.trim() },
    h('p', { class: 'impl-group-title' }, title),
    provisions.length === 0 ? h('p', { class: 'muted' }, empty) : null,
    h(
      'ul',
      {},
      provisions.map((p) => {
        const id = uid('impl-p');
        return h(
          'li',
          {},
          h('input', { type: 'checkbox', id, name: 'provision', value: p.id, checked: chosen.has(p.id) }),
          h('label', { for: id }, provisionLabel(p)),
          ' ',
          h('a', { href: provisionHref(p.id), target: '_blank', rel: 'noopener' }, '↗'),
        );
      }),
    ),
  );
}

export function provisionLabel(p) {
  const instrument = p.instrument?.shortTitle || p.instrument?.title || p.instrument?.id || '';
  return t('impl.provision', { instrument, label: p.label });
}
