// The admins' view of the mail outbox: every mail's kind, recipient, subject and delivery (status,
// attempts, next attempt, last error), newest first, filtered by status and paged in the address.

import { h } from '../dom.js';
import { formatDate, t } from '../i18n.js';
import { request } from '../api.js';
import { field } from '../components.js';
import { href, navigate } from '../router.js';
import { currentUser, hasRole } from '../session.js';

const PAGE = 20;
const STATUSES = ['pending', 'sent', 'failed'];
const COLUMNS = ['kind', 'recipient', 'subject', 'status', 'attempts', 'next', 'error'];

/** The outbox for admins; for anyone else, a page that says it is theirs. */
export function outboxView(context) {
  return hasRole('admin') ? outbox(context) : refusal();
}

async function outbox({ query }) {
  const status = STATUSES.includes(query.get('status')) ? query.get('status') : '';
  const offset = Math.max(0, Number(query.get('offset')) || 0);
  const params = new URLSearchParams({ offset, limit: PAGE });
  if (status) params.set('status', status);
  const response = await request('GET', `admin/mail?${params}`);
  const mails = response.data;
  const total = Number(response.headers.get('X-Total-Count') || mails.length);
  const link = (next) => href('/admin/mail', { status, offset: next });
  return h(
    'section',
    { class: 'outbox' },
    h('h1', {}, t('outbox.title')),
    h('p', {}, t('outbox.lead')),
    filterForm(status, (next) => navigate('/admin/mail', { status: next })),
    h('p', { class: 'outbox-count', role: 'status' }, total === 0 ? t('outbox.none') : t('outbox.showing', { from: offset + 1, to: offset + mails.length, total })),
    mails.length ? table(mails) : null,
    pager(offset, total, link),
  );
}

function filterForm(status, apply) {
  const form = h(
    'form',
    { class: 'filters outbox-filters', role: 'search', 'aria-label': t('outbox.filters') },
    field({
      label: t('outbox.status'),
      name: 'status',
      type: 'select',
      value: status,
      options: [{ value: '', label: t('outbox.any') }, ...STATUSES.map((s) => ({ value: s, label: t(`outbox.status.${s}`) }))],
    }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('outbox.apply'))),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply(form.elements.status.value);
  });
  return form;
}

function table(mails) {
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'outbox-table' },
      h('caption', { class: 'visually-hidden' }, t('outbox.title')),
      h('thead', {}, h('tr', {}, COLUMNS.map((c) => h('th', { scope: 'col' }, t(`outbox.column.${c}`))))),
      h('tbody', {}, mails.map(row)),
    ),
  );
}

function row(mail) {
  return h(
    'tr',
    { 'data-status': mail.status },
    h('td', {}, t(`outbox.kind.${mail.kind}`)),
    h('td', { class: 'outbox-recipient' }, mail.recipient),
    h('td', {}, mail.subject),
    h('td', {}, h('span', { class: `outbox-status status-${mail.status}` }, t(`outbox.status.${mail.status}`)), mail.sentAt ? h('div', { class: 'muted' }, formatDate(mail.sentAt)) : null),
    h('td', {}, String(mail.attempts)),
    // Only a pending mail will be tried again.
    h('td', {}, mail.status === 'pending' ? formatDate(mail.nextAttemptAt) : '—'),
    h('td', { class: 'outbox-error' }, mail.lastError || ''),
  );
}

function pager(offset, total, link) {
  if (total <= PAGE) return null;
  return h(
    'nav',
    { class: 'actions pager', 'aria-label': t('outbox.pages') },
    offset > 0 ? h('a', { class: 'button', href: link(Math.max(0, offset - PAGE)), rel: 'prev' }, t('outbox.previous')) : null,
    h('span', {}, t('outbox.page', { page: Math.floor(offset / PAGE) + 1, pages: Math.ceil(total / PAGE) })),
    offset + PAGE < total ? h('a', { class: 'button', href: link(offset + PAGE), rel: 'next' }, t('outbox.next')) : null,
  );
}

function refusal() {
  return h(
    'section',
    { class: 'admins-only' },
    h('h1', {}, t('outbox.adminsOnly.title')),
    h('p', { class: 'notice' }, t(currentUser() ? 'outbox.adminsOnly.lead' : 'outbox.adminsOnly.logIn')),
    currentUser() ? null : h('p', {}, h('a', { href: href('/login', { next: location.hash }) }, t('nav.login'))),
  );
}
