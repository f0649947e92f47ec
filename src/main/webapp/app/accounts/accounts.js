// The admins' accounts screen. Each account is a row; its changes are in a disclosure on the row,
// so the list stays readable. An admin cannot disable themselves or drop their own admin role
// (the API refuses both), so their own row offers neither.

import { h, uid } from '../dom.js';
import { formatDate, t } from '../i18n.js';
import { api, seg } from '../api.js';
import { announce, clearProblem, disclosure, field, showProblem } from '../components.js';
import { href, render } from '../router.js';
import { currentUser, hasRole } from '../session.js';

const ROLES = ['admin', 'drafter', 'participant', 'researcher'];

/** The accounts for admins; for anyone else, a page that says it is theirs. */
export function accountsView() {
  return hasRole('admin') ? accounts() : refusal();
}

async function accounts() {
  const all = await api.get('accounts');
  return h(
    'section',
    { class: 'accounts' },
    h('h1', {}, t('accounts.title')),
    h('p', {}, t('accounts.lead')),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'accounts-table' },
        h('caption', { class: 'visually-hidden' }, t('accounts.title')),
        h('thead', {}, h('tr', {}, ['username', 'name', 'roles', 'status', 'created', 'change'].map((c) => h('th', { scope: 'col' }, t(`accounts.column.${c}`))))),
        h('tbody', {}, all.map(row)),
      ),
    ),
    h('h2', { id: 'new-account' }, t('accounts.create')),
    createForm(),
  );
}

function row(account) {
  const own = account.username === currentUser()?.username;
  return h(
    'tr',
    { 'data-username': account.username, class: account.enabled ? null : 'disabled-account' },
    h('td', {}, account.username),
    h('td', {}, account.displayName),
    h('td', { class: 'account-roles' }, account.roles.map((r) => t(`accounts.role.${r}`)).join(', ')),
    h('td', { class: 'account-status' }, t(account.enabled ? 'accounts.enabled' : 'accounts.disabled')),
    h('td', {}, formatDate(account.createdAt)),
    h('td', {}, disclosure(h('span', {}, t('accounts.change'), h('span', { class: 'visually-hidden' }, ` ${account.username}`)), [changeForm(account, own), own ? null : enabledForm(account), passwordForm(account)], 'account-actions')),
  );
}

/** The role checkboxes; on one's own account the admin role is fixed (the API refuses it). */
function rolesFieldset(chosen, own = false) {
  const hint = own ? h('p', { class: 'muted own-admin', id: uid('hint') }, t('accounts.ownAdmin')) : null;
  return h(
    'fieldset',
    { class: 'roles' },
    h('legend', {}, t('accounts.roles')),
    ROLES.map((role) => {
      const id = uid('role');
      const fixed = own && role === 'admin';
      return h(
        'div',
        { class: 'check' },
        h('input', { type: 'checkbox', id, name: 'roles', value: role, checked: chosen.includes(role), disabled: fixed, 'aria-describedby': fixed ? hint.id : null }),
        h('label', { for: id }, t(`accounts.role.${role}`)),
      );
    }),
    hint,
  );
}

const checkedRoles = (form) => [...form.querySelectorAll('input[name="roles"]:checked')].map((box) => box.value);

/** Submits `form` with `send`; on success announces `done` and shows the list again. */
function handle(form, send, done) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    try {
      await send();
      announce(done());
      render();
    } catch (error) {
      showProblem(form, error, { roles: t('accounts.roles') });
    }
  });
  return form;
}

function changeForm(account, own) {
  const form = h(
    'form',
    { class: 'account-change', 'aria-label': t('accounts.changeOf', { username: account.username }) },
    field({ label: t('accounts.displayName'), name: 'displayName', value: account.displayName, required: true }),
    rolesFieldset(account.roles, own),
    h('button', { type: 'submit', class: 'primary' }, t('accounts.save')),
  );
  const path = `accounts/${seg(account.username)}`;
  return handle(form, () => api.patch(path, { displayName: form.displayName.value, roles: checkedRoles(form) }), () => t('accounts.saved', { username: account.username }));
}

function enabledForm(account) {
  const next = !account.enabled;
  const form = h(
    'form',
    { class: 'account-enabled', 'aria-label': t(next ? 'accounts.enable' : 'accounts.disable') },
    h('input', { type: 'hidden', name: 'enabled' }),
    h('p', { class: 'muted' }, t(next ? 'accounts.enableLead' : 'accounts.disableLead')),
    h('button', { type: 'submit', class: next ? null : 'danger' }, t(next ? 'accounts.enable' : 'accounts.disable')),
  );
  return handle(form, () => api.patch(`accounts/${seg(account.username)}`, { enabled: next }), () => t(next ? 'accounts.enabledDone' : 'accounts.disabledDone', { username: account.username }));
}

function passwordForm(account) {
  const form = h(
    'form',
    { class: 'account-password', 'aria-label': t('accounts.reset') },
    field({ label: t('accounts.newPassword'), name: 'password', type: 'password', required: true, autocomplete: 'new-password' }),
    h('p', { class: 'muted' }, t('accounts.resetLead')),
    h('button', { type: 'submit' }, t('accounts.reset')),
  );
  return handle(form, () => api.put(`accounts/${seg(account.username)}/password`, { password: form.password.value }), () => t('accounts.resetDone', { username: account.username }));
}

function createForm() {
  const form = h(
    'form',
    { class: 'account-create', 'aria-labelledby': 'new-account' },
    field({ label: t('accounts.username'), name: 'username', required: true, autocomplete: 'off' }),
    field({ label: t('accounts.displayName'), name: 'displayName', required: true }),
    field({ label: t('accounts.password'), name: 'password', type: 'password', required: true, autocomplete: 'new-password' }),
    rolesFieldset(['participant']),
    h('button', { type: 'submit', class: 'primary' }, t('accounts.createButton')),
  );
  return handle(
    form,
    () => api.post('accounts', { username: form.username.value, displayName: form.displayName.value, password: form.password.value, roles: checkedRoles(form) }),
    () => t('accounts.created', { username: form.username.value }),
  );
}

function refusal() {
  return h(
    'section',
    { class: 'admins-only' },
    h('h1', {}, t('accounts.adminsOnly.title')),
    h('p', { class: 'notice' }, t(currentUser() ? 'accounts.adminsOnly.lead' : 'accounts.adminsOnly.logIn')),
    currentUser() ? null : h('p', {}, h('a', { href: href('/login', { next: location.hash }) }, t('nav.login'))),
  );
}
