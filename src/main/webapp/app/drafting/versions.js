// A law's versions: record one, read or download one, compare two; and its consultation rounds
// (open on a version, open or close early). The comment workflow lives under consultation/.

import { h, uid } from '../dom.js';
import { formatDate, t } from '../i18n.js';
import { api, seg } from '../api.js';
import { announce, clearProblem, field, problemBox, showProblem } from '../components.js';
import { href, navigate, render } from '../router.js';
import { isDrafter } from '../session.js';
import { contentLanguage, lawNav, lawSummary } from './law-nav.js';
import { downloadMenu } from './downloads.js';
import { publicationCell, visibilityForm } from './publication.js';

export async function lawVersions({ params, query }) {
  const slug = params.law;
  const lang = await contentLanguage(slug, query);
  const [law, versions, rounds] = await Promise.all([
    lawSummary(slug),
    api.get(`laws/${seg(slug)}/versions`),
    api.get(`laws/${seg(slug)}/consultations`),
  ]);
  return h(
    'section',
    {},
    lawNav(slug, lang, 'versions'),
    h('h1', {}, t('versions.title', { title: law.titles[lang] || slug })),
    versions.length === 0 ? h('p', {}, t('versions.none')) : versionTable(slug, lang, law.languages, versions),
    versions.length > 1 ? compareForm(slug, lang, versions) : null,
    isDrafter() ? recordForm(slug) : null,
    isDrafter() ? visibilityForm(slug, law) : null,
    h('h2', { id: 'rounds' }, t('rounds.title')),
    rounds.length === 0 ? h('p', {}, t('rounds.none')) : roundTable(slug, rounds),
    isDrafter() && versions.length > 0 ? roundForm(slug, law, versions) : null,
  );
}

function versionTable(slug, lang, languages, versions) {
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'versions' },
      h('thead', {}, h('tr', {}, ['versions.number', 'versions.label', 'history.author', 'history.when', 'publication.column', 'versions.downloads'].map((k) => h('th', { scope: 'col' }, t(k))))),
      h(
        'tbody',
        {},
        versions.map((v) =>
          h(
            'tr',
            {},
            h('td', {}, String(v.number)),
            h('td', {}, h('a', { href: href(`/laws/${slug}`, { lang, version: v.number }) }, v.label)),
            h('td', {}, v.authorName || v.author),
            h('td', {}, formatDate(v.createdAt)),
            h('td', {}, publicationCell(slug, v)),
            h('td', {}, downloadMenu(slug, languages, lang, v.number, v.label)),
          ),
        ),
      ),
    ),
  );
}

function compareForm(slug, lang, versions) {
  const options = versions.map((v) => ({ value: String(v.number), label: `${v.number} · ${v.label}` }));
  const form = h(
    'form',
    { class: 'actions compare-versions', 'aria-label': t('versions.compare') },
    field({ label: t('diff.from'), name: 'from', type: 'select', options, value: options[options.length - 2].value }),
    field({ label: t('diff.to'), name: 'to', type: 'select', options, value: options[options.length - 1].value }),
    h('button', { type: 'submit', class: 'primary' }, t('versions.compare')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(`/laws/${slug}/diff`, { lang, from: form.from.value, to: form.to.value });
  });
  return form;
}

function recordForm(slug) {
  const form = h(
    'form',
    { class: 'stack narrow record-version' },
    h('h2', {}, t('versions.record')),
    h('div', { class: 'form-problem' }),
    field({ label: t('versions.label'), name: 'label', required: true }),
    h('button', { type: 'submit', class: 'primary' }, t('versions.recordSubmit')),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    try {
      const version = await api.post(`laws/${seg(slug)}/versions`, { label: form.label.value });
      announce(t('versions.recorded', { number: version.number }));
      render();
    } catch (error) {
      showProblem(form, error);
    }
  });
  return form;
}

function roundTable(slug, rounds) {
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'rounds' },
      h('thead', {}, h('tr', {}, ['rounds.name', 'rounds.version', 'rounds.status', 'rounds.starts', 'rounds.ends', 'rounds.actions'].map((k) => h('th', { scope: 'col' }, t(k))))),
      h(
        'tbody',
        {},
        rounds.map((r) => roundRows(slug, r)),
      ),
    ),
  );
}

/**
 * A round's row and, for drafters, its actions: open or close it now (closing asks first), and
 * the edit and reopen forms, each in a full-width row of its own shown by its button.
 */
function roundRows(slug, round) {
  const status = String(round.status).toLowerCase();
  const drafter = isDrafter();
  const panels = drafter
    ? [panelRow('edit', t('rounds.edit', { title: round.title }), editForm(slug, round)), status === 'closed' ? panelRow('reopen', t('rounds.reopen', { title: round.title }), reopenForm(slug, round)) : null].filter(Boolean)
    : [];
  const actions = drafter
    ? h(
        'div',
        { class: 'round-actions' },
        status === 'scheduled' ? statusButton(slug, round, 'open') : null,
        status === 'open' ? closeButton(slug, round) : null,
        panels.map((panel) => panel.button),
      )
    : null;
  return [
    h(
      'tr',
      {},
      h('td', {}, h('a', { href: href(`/consultations/${round.id}`) }, round.title)),
      h('td', {}, String(round.version)),
      h('td', {}, t(`rounds.status.${status}`)),
      h('td', {}, formatDate(round.startsAt)),
      h('td', {}, formatDate(round.endsAt)),
      h('td', {}, actions),
    ),
    ...panels.map((panel) => panel.row),
  ];
}

/** A button that shows and hides a row spanning the table, which holds a form. */
function panelRow(kind, label, content) {
  const id = uid(`round-${kind}`);
  const row = h('tr', { class: `round-panel ${kind}-round`, id, hidden: true }, h('td', { colspan: '6' }, content));
  const button = h('button', { type: 'button', class: `${kind}-round-button`, 'aria-expanded': 'false', 'aria-controls': id }, label);
  button.addEventListener('click', () => {
    const opening = row.hidden;
    row.hidden = !opening;
    button.setAttribute('aria-expanded', String(opening));
    if (opening) row.querySelector('input, textarea').focus();
  });
  return { button, row };
}

function statusButton(slug, round, next) {
  return h(
    'button',
    {
      type: 'button',
      class: `round-${next}`,
      onclick: async (event) => {
        try {
          await api.patch(`laws/${seg(slug)}/consultations/${round.id}`, { status: next });
          announce(t(`rounds.did.${next}`));
          render();
        } catch (error) {
          event.target.after(problemBox(error));
        }
      },
    },
    t(next === 'closed' ? 'rounds.confirmCloseYes' : `rounds.do.${next}`, { title: round.title }),
  );
}

/** Closing ends contributions at once, so the button first asks, in the page, whether to. */
function closeButton(slug, round) {
  const ask = h('button', { type: 'button', class: 'round-close' }, t('rounds.do.closed', { title: round.title }));
  const cancel = h('button', { type: 'button' }, t('common.cancel'));
  const confirm = h('div', { class: 'confirm-close', role: 'group', 'aria-label': t('rounds.do.closed', { title: round.title }), hidden: true }, h('p', {}, t('rounds.confirmClose')), statusButton(slug, round, 'closed'), cancel);
  ask.addEventListener('click', () => {
    ask.hidden = true;
    confirm.hidden = false;
    confirm.querySelector('button').focus();
  });
  cancel.addEventListener('click', () => {
    confirm.hidden = true;
    ask.hidden = false;
    ask.focus();
  });
  return h('div', {}, ask, confirm);
}

/** The round's title and description, in each of its languages, and (unless closed) its end. */
function editForm(slug, round) {
  const status = String(round.status).toLowerCase();
  const texts = round.texts || {};
  const form = h(
    'form',
    { class: 'stack edit-round-form', novalidate: true },
    h('div', { class: 'form-problem' }),
    field({ label: t('rounds.name'), name: 'title', value: round.title, required: true }),
    field({ label: t('rounds.description'), name: 'description', type: 'textarea', rows: 3, value: round.description || '' }),
    round.languages.map((code) =>
      h(
        'fieldset',
        { lang: code },
        h('legend', {}, t('rounds.inLanguage', { language: t(`lang.${code}`) })),
        field({ label: t('rounds.nameIn', { language: t(`lang.${code}`) }), name: `texts.${code}.title`, value: texts[code]?.title || '' }),
        field({ label: t('rounds.descriptionIn', { language: t(`lang.${code}`) }), name: `texts.${code}.description`, type: 'textarea', rows: 3, value: texts[code]?.description || '' }),
      ),
    ),
    status === 'closed' ? null : field({ label: t('rounds.ends'), name: 'endsAt', type: 'datetime-local', value: localInput(new Date(round.endsAt)) }),
    h('button', { type: 'submit', class: 'primary' }, t('rounds.editSubmit')),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    const value = (name) => form.querySelector(`[name="${name}"]`).value;
    const body = { title: value('title'), description: value('description') };
    const given = round.languages.filter((code) => value(`texts.${code}.title`).trim() || value(`texts.${code}.description`).trim());
    if (given.length) body.texts = Object.fromEntries(given.map((code) => [code, { title: value(`texts.${code}.title`), description: value(`texts.${code}.description`) }]));
    if (status !== 'closed' && value('endsAt') !== localInput(new Date(round.endsAt))) body.endsAt = instant(value('endsAt'));
    try {
      await api.patch(`laws/${seg(slug)}/consultations/${round.id}`, body);
      announce(t('rounds.edited'));
      render();
    } catch (error) {
      showProblem(form, error);
    }
  });
  return form;
}

/** A closed round opens again until a new end, which must be in the future. */
function reopenForm(slug, round) {
  const inAWeek = new Date(Date.now() + 7 * 86400000);
  const form = h(
    'form',
    { class: 'stack reopen-round-form', novalidate: true },
    h('div', { class: 'form-problem' }),
    field({ label: t('rounds.reopenUntil'), name: 'endsAt', type: 'datetime-local', value: localInput(inAWeek) }),
    h('button', { type: 'submit', class: 'primary' }, t('rounds.reopenSubmit')),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    try {
      await api.patch(`laws/${seg(slug)}/consultations/${round.id}`, { status: 'open', endsAt: instant(form.endsAt.value) });
      announce(t('rounds.reopened'));
      render();
    } catch (error) {
      showProblem(form, error);
    }
  });
  return form;
}

function roundForm(slug, law, versions) {
  const latest = versions[versions.length - 1];
  const inAMonth = new Date(Date.now() + 30 * 86400000);
  const form = h(
    'form',
    { class: 'stack narrow open-round' },
    h('h2', {}, t('rounds.open')),
    h('div', { class: 'form-problem' }),
    field({ label: t('rounds.name'), name: 'title', required: true }),
    field({ label: t('rounds.description'), name: 'description', type: 'textarea', rows: 3 }),
    field({
      label: t('rounds.version'),
      name: 'version',
      type: 'select',
      value: String(latest.number),
      options: versions.map((v) => ({ value: String(v.number), label: `${v.number} · ${v.label}` })),
    }),
    h(
      'fieldset',
      {},
      h('legend', {}, t('rounds.languages')),
      law.languages.map((code) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'languages', value: code, checked: true }), ` ${t(`lang.${code}`)}`)),
    ),
    field({ label: t('rounds.starts'), name: 'startsAt', type: 'datetime-local' }),
    field({ label: t('rounds.ends'), name: 'endsAt', type: 'datetime-local', required: true, value: localInput(inAMonth) }),
    h('p', { class: 'muted' }, t('rounds.startsHint')),
    h('button', { type: 'submit', class: 'primary' }, t('rounds.openSubmit')),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    const body = {
      title: form.title.value,
      version: Number(form.version.value),
      languages: [...form.querySelectorAll('input[name=languages]:checked')].map((c) => c.value),
      endsAt: instant(form.endsAt.value),
    };
    if (form.description.value.trim()) body.description = form.description.value;
    if (form.startsAt.value) body.startsAt = instant(form.startsAt.value);
    try {
      await api.post(`laws/${seg(slug)}/consultations`, body);
      announce(t('rounds.opened'));
      render();
    } catch (error) {
      showProblem(form, error);
    }
  });
  return form;
}

/**
 * A datetime-local value is local time without zone; the API wants an ISO instant. A value that is
 * no date goes as typed, for the API to refuse by name.
 */
function instant(local) {
  if (!local) return null;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? local : date.toISOString();
}

function localInput(date) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
