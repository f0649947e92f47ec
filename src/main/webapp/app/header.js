// The site header: name, main navigation, who is logged in, log-in/out, language switch.

import { h, replace } from './dom.js';
import { LANGUAGES, lang, setLang, t } from './i18n.js';
import { currentUser, hasRole, logout } from './session.js';
import { announce } from './components.js';
import { currentLocation, href, navigate } from './router.js';

const NAV = [
  { path: '/laws', key: 'nav.laws' },
  { path: '/consultations', key: 'nav.consultations' },
  { path: '/research', key: 'nav.research' },
  { path: '/organisations', key: 'nav.organisations', role: 'drafter' },
  { path: '/admin/mail', key: 'nav.mail', role: 'admin' },
  { path: '/admin/accounts', key: 'nav.accounts', role: 'admin' },
];

export function renderHeader(header) {
  document.getElementById('skip-link').textContent = t('app.skip');
  const here = currentLocation().path;
  const user = currentUser();
  replace(
    header,
    h('a', { class: 'brand', href: '#/' }, t('app.name')),
    h(
      'nav',
      { 'aria-label': t('nav.label'), class: 'main-nav' },
      h(
        'ul',
        {},
        NAV.filter((item) => !item.role || hasRole(item.role)).map((item) =>
          h(
            'li',
            {},
            h('a', { href: href(item.path), 'aria-current': here.startsWith(item.path) ? 'page' : null }, t(item.key)),
          ),
        ),
      ),
    ),
    h('div', { class: 'account' }, user ? signedIn(user) : h('a', { href: href('/login', { next: location.hash }) }, t('nav.login'))),
    languageSwitch(),
  );
}

function signedIn(user) {
  return [
    h('span', { class: 'who' }, t('nav.signedInAs', { name: user.displayName || user.username })),
    h(
      'button',
      {
        type: 'button',
        class: 'link-button',
        onclick: async () => {
          await logout();
          announce(t('logout.done'));
          navigate('/');
        },
      },
      t('nav.logout'),
    ),
  ];
}

function languageSwitch() {
  const id = 'ui-language';
  return h(
    'div',
    { class: 'language' },
    h('label', { for: id, class: 'visually-hidden' }, t('nav.language')),
    h(
      'select',
      { id, onchange: (e) => setLang(e.target.value) },
      LANGUAGES.map((code) => h('option', { value: code, selected: code === lang(), lang: code }, t(`lang.${code}`))),
    ),
  );
}
