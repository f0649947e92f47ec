// Importing organisations from a CSV file (drafters): the whole file or nothing; the errors of a
// refused file are listed by line and field, and the lines that named known organisations shown.

import { h, replace } from '../dom.js';
import { t } from '../i18n.js';
import { ApiError } from '../api.js';
import { announce, clearProblem, showProblem } from '../components.js';
import { csrfToken } from '../session-token.js';

export function csvImport(imported) {
  const file = h('input', { type: 'file', id: 'organisation-file', name: 'file', accept: '.csv,text/csv', required: true });
  const outcome = h('div', { class: 'organisation-import-outcome', id: 'organisation-import-outcome' });
  const form = h(
    'form',
    { class: 'stack', novalidate: true, id: 'organisation-import-form' },
    h('p', { class: 'muted' }, t('organisations.import.lead')),
    h('div', { class: 'form-problem' }),
    h('div', { class: 'field' }, h('label', { for: 'organisation-file' }, t('organisations.import.file')), file),
    h('button', { type: 'submit', class: 'primary' }, t('organisations.import.submit')),
    outcome,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    replace(outcome);
    if (!file.files[0]) {
      showProblem(form, new ApiError(400, { detail: t('organisations.import.noFile'), field: 'file' }));
      return;
    }
    try {
      const report = await upload(file.files[0]);
      replace(outcome, done(report));
      announce(t('organisations.import.done', { created: report.created, skipped: report.skipped.length }));
      await imported();
    } catch (error) {
      if (error.problem?.errors) {
        replace(outcome, errorTable(error.problem.errors));
        announce(t('organisations.import.refused', { count: error.problem.errors.length }));
      } else {
        showProblem(form, error);
      }
    }
  });
  return form;
}

/** The body is the file itself, so this request is made here rather than through api.js's JSON. */
async function upload(chosen) {
  const headers = { Accept: 'application/json', 'X-Requested-With': 'consulta', 'Content-Type': 'text/csv; charset=utf-8' };
  if (csrfToken()) headers['X-CSRF-Token'] = csrfToken();
  let response;
  try {
    response = await fetch(new URL('api/organisations/imports', document.baseURI), {
      method: 'POST',
      headers,
      body: chosen,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, { detail: null });
  }
  const data = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, data || {});
  return data;
}

function done(report) {
  return h(
    'div',
    { class: 'notice' },
    h('p', {}, t('organisations.import.done', { created: report.created, skipped: report.skipped.length })),
    report.skipped.length
      ? h(
          'ul',
          { class: 'organisation-skipped' },
          report.skipped.map((s) => h('li', {}, t('organisations.import.skippedLine', { line: s.line, name: s.name }))),
        )
      : null,
  );
}

function errorTable(errors) {
  return h(
    'div',
    { class: 'problem', role: 'alert' },
    h('p', {}, t('organisations.import.refused', { count: errors.length })),
    h(
      'table',
      { class: 'organisation-import-errors' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['line', 'field', 'message'].map((key) => h('th', { scope: 'col' }, t(`organisations.import.${key}`))),
        ),
      ),
      h(
        'tbody',
        {},
        errors.map((e) => h('tr', {}, h('td', {}, String(e.line)), h('td', {}, e.field), h('td', {}, e.message))),
      ),
    ),
  );
}
