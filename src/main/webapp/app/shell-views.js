// The shell's own screens: the start page and the log-in form.

import { h } from './dom.js';
import { t } from './i18n.js';
import { login } from './session.js';
import { announce, clearProblem, field, showProblem } from './components.js';
import { href } from './router.js';

export const routes = [
  { path: '/', view: home },
  { path: '/login', view: loginView },
];

function home() {
  return h(
    'section',
    { class: 'home' },
    h('h1', {}, t('home.title')),
    h('p', { class: 'lead' }, t('home.lead')),
    h(
      'ul',
      { class: 'cards' },
      ['laws', 'consultations', 'research'].map((name) =>
        h('li', {}, h('a', { class: 'card', href: href(`/${name}`) }, t(`nav.${name}`))),
      ),
    ),
  );
}

function loginView({ query }) {
  const next = query.get('next');
  const form = h(
    'form',
    { class: 'stack narrow', novalidate: true },
    h('div', { class: 'form-problem' }),
    field({ label: t('login.username'), name: 'username', autocomplete: 'username', required: true, id: 'login-username' }),
    field({ label: t('login.password'), name: 'password', type: 'password', autocomplete: 'current-password', required: true, id: 'login-password' }),
    h('button', { type: 'submit', class: 'primary' }, t('login.submit')),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    try {
      const user = await login(form.username.value.trim(), form.password.value);
      announce(t('login.done', { name: user.displayName || user.username }));
      location.hash = next && next.startsWith('#/') && !next.startsWith('#/login') ? next : '#/laws';
    } catch (error) {
      if (error.status === 401) error.problem = { ...error.problem, code: null, detail: t('login.failed') };
      showProblem(form, error);
    }
  });
  return h('section', {}, h('h1', {}, t('login.title')), form);
}
