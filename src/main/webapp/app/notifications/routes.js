// Notifications: links to the Atom feeds, a participant's mail setting, a drafter's digest
// subscription (pieces placed on the laws' and rounds' screens) and the admins' mail outbox.

import { h } from '../dom.js';
import { messages as notificationMessages } from './messages.js';
import { outboxView } from './outbox.js';

document.head.append(h('link', { rel: 'stylesheet', href: new URL('./notifications.css', import.meta.url).href }));

export const messages = notificationMessages;

export const routes = [{ path: '/admin/mail', view: outboxView }];
