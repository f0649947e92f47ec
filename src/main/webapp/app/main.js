// Starts the application: the shell's screens, then each capability's routes and messages.
// To add screens, edit only your capability's routes.js (export `routes` and `messages`).

import { addMessages, onLangChange } from './i18n.js';
import { load, onSessionChange } from './session.js';
import { register, render, start } from './router.js';
import { renderHeader } from './header.js';
import * as shell from './shell-views.js';
import * as drafting from './drafting/routes.js';
import * as consultation from './consultation/routes.js';
import * as research from './research/routes.js';
import * as organisations from './organisations/routes.js';
import * as implementation from './implementation/routes.js';
import * as notifications from './notifications/routes.js';
import * as accounts from './accounts/routes.js';

for (const capability of [shell, drafting, consultation, research, organisations, implementation, notifications, accounts]) {
  if (capability.messages) addMessages(capability.messages);
  register(capability.routes);
}

const header = document.getElementById('site-header');
const main = document.getElementById('main');
// The skip link must not change the hash: that is the router's.
document.getElementById('skip-link').addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});
window.addEventListener('hashchange', () => renderHeader(header));
onLangChange(() => {
  renderHeader(header);
  render();
});
onSessionChange(() => renderHeader(header));

await load();
renderHeader(header);
start(main);
