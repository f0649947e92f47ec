// Account administration: the admins' list of accounts, where they create one, change its name
// and roles, disable or enable it, and reset its password.

import { h } from '../dom.js';
import { accountsView } from './accounts.js';
import { messages as accountMessages } from './messages.js';

document.head.append(h('link', { rel: 'stylesheet', href: new URL('./accounts.css', import.meta.url).href }));

export const messages = accountMessages;

export const routes = [{ path: '/admin/accounts', view: accountsView }];
