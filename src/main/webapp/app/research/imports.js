// Importing national legislation (drafters): upload a JSON Lines or CSV file,
// say what to do with bad records, then follow the import until it ends.

import { h, replace } from '../dom.js';
import { formatDate, t } from '../i18n.js';
import { api, ApiError, seg } from '../api.js';
import { href } from '../router.js';
import { announce, clearProblem, progress, showProblem } from '../components.js';
import { csrfToken } from '../session-token.js';
import { currentUser, hasRole } from '../session.js';

const POLL_MS = 500;

export async function importView() {
  const heading = h('h1', {}, t('imports.title'));
  if (!hasRole('drafter')) {
    const login = currentUser() ? null : h('a', { href: href('/login', { next: location.hash }) }, t('nav.login'));
    return h('section', {}, heading, h('p', { class: 'notice' }, t('imports.needsLogin'), ' ', login));
  }
  const status = h('div', { class: 'import-status', id: 'import-status' });
  const history = h('div', { class: 'import-history' });
  const form = uploadForm(status, history);
  await showHistory(history);
  return h('section', { class: 'imports' }, heading, h('p', { class: 'muted' }, t('imports.lead')), form, status, history);
}

function uploadForm(status, history) {
  const file = h('input', { type: 'file', id: 'import-file', name: 'file', accept: '.jsonl,.json,.csv,.gz,.txt', required: true });
  const format = h(
    'select',
    { id: 'import-format', name: 'format' },
    ['jsonl', 'csv'].map((value) => h('option', { value }, t(`imports.format.${value}`))),
  );
  file.addEventListener('change', () => {
    const name = file.files[0]?.name || '';
    if (/\.csv(\.gz)?$/i.test(name)) format.value = 'csv';
    else if (/\.jsonl?(\.gz)?$/i.test(name)) format.value = 'jsonl';
  });
  const form = h(
    'form',
    { class: 'import-form stack', novalidate: true },
    h('div', { class: 'form-problem' }),
    h('div', { class: 'field' }, h('label', { for: 'import-file' }, t('imports.file')), file),
    h('div', { class: 'field' }, h('label', { for: 'import-format' }, t('imports.format')), format),
    h(
      'fieldset',
      { class: 'choice' },
      h('legend', {}, t('imports.onError')),
      ['skip', 'refuse'].map((value) =>
        h(
          'div',
          {},
          h('input', { type: 'radio', id: `import-onError-${value}`, name: 'onError', value, checked: value === 'skip' }),
          h('label', { for: `import-onError-${value}` }, t(`imports.onError.${value}`)),
        ),
      ),
    ),
    h('button', { type: 'submit', class: 'primary' }, t('imports.submit')),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    const chosen = file.files[0];
    if (!chosen) {
      showProblem(form, new ApiError(400, { detail: t('imports.noFile'), field: 'file' }));
      return;
    }
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const started = await upload(chosen, format.value, form.onError.value);
      await follow(started, status);
      await showHistory(history);
    } catch (error) {
      showProblem(form, error);
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

/** The body is the file itself, so this request is made here rather than through api.js's JSON. */
async function upload(file, format, onError) {
  const query = new URLSearchParams({ format, onError, name: file.name });
  const headers = { Accept: 'application/json', 'X-Requested-With': 'consulta', 'Content-Type': 'application/octet-stream' };
  if (csrfToken()) headers['X-CSRF-Token'] = csrfToken();
  let response;
  try {
    response = await fetch(new URL(`api/legislation/imports?${query}`, document.baseURI), {
      method: 'POST',
      headers,
      body: file,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, { detail: null });
  }
  const data = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, data || {});
  return data;
}

/** Polls the import's progress until it has finished, showing each step. */
async function follow(job, status) {
  const bar = progress(t('imports.progress'));
  const details = h('div', { class: 'import-details' });
  replace(status, h('h2', {}, job.source || t('imports.progress')), bar.element, details);
  let current = job;
  while (!current.finishedAt) {
    showProgress(current, bar, details);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    if (!status.isConnected) return;
    current = await api.get(`legislation/imports/${seg(current.id)}`);
  }
  showProgress(current, bar, details);
  const summary = ended(current);
  status.append(summary);
  announce(summary.textContent);
}

function showProgress(job, bar, details) {
  if (job.total == null) bar.set(0, 1, t('imports.checking'));
  else bar.set(job.processed, Math.max(job.total, 1), t('imports.processed', { processed: job.processed.toLocaleString(), total: job.total.toLocaleString() }));
  replace(
    details,
    h('p', { class: 'import-state' }, t('imports.state', { state: t(`imports.state.${job.state}`) })),
    job.rate != null ? h('p', { class: 'import-rate' }, t('imports.rate', { rate: Math.round(job.rate).toLocaleString() })) : null,
    errorTable(job),
  );
}

function ended(job) {
  if (job.state === 'failed') return h('p', { class: 'problem import-end' }, t('imports.failed', { failure: job.failure || '' }));
  if (job.state === 'refused') return h('p', { class: 'warning import-end' }, t('imports.refused'));
  return h(
    'p',
    { class: 'notice import-end' },
    t('imports.done', { inserted: job.inserted, updated: job.updated, unchanged: job.unchanged, errors: job.errorCount }),
  );
}

/** The bad records by line (the first ones; errorCount says how many in all). */
function errorTable(job) {
  const errors = job.errors || [];
  if (errors.length === 0) return null;
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'import-errors' },
      h('caption', {}, t('imports.errors', { count: job.errorCount ?? errors.length })),
      h('thead', {}, h('tr', {}, ['errorLine', 'errorField', 'errorMessage'].map((k) => h('th', { scope: 'col' }, t(`imports.${k}`))))),
      h('tbody', {}, errors.map((e) => h('tr', {}, h('td', {}, e.line), h('td', {}, e.field || ''), h('td', {}, e.message)))),
    ),
  );
}

async function showHistory(container) {
  const data = await api.get('legislation/imports');
  const jobs = Array.isArray(data) ? data : data.imports || data.items || [];
  replace(
    container,
    h('h2', {}, t('imports.history')),
    jobs.length === 0
      ? h('p', {}, t('imports.historyNone'))
      : h(
          'div',
          { class: 'table-wrap' },
          h(
            'table',
            {},
            h(
              'thead',
              {},
              h('tr', {}, [t('imports.name'), t('imports.format'), t('imports.started'), t('imports.stateColumn')].map((label) => h('th', { scope: 'col' }, label))),
            ),
            h(
              'tbody',
              {},
              jobs.map((job) =>
                h(
                  'tr',
                  {},
                  h('td', {}, job.source),
                  h('td', {}, job.format),
                  h('td', {}, formatDate(job.startedAt || job.createdAt)),
                  h('td', {}, `${t(`imports.state.${job.state}`)} · ${t('imports.processed', { processed: job.processed, total: job.total ?? '?' })}`),
                ),
              ),
            ),
          ),
        ),
  );
}
