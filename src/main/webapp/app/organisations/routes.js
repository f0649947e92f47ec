// Organisations: the drafters' registry screen and each organisation's public page. The
// registration form's organisation picker (picker.js) is used by the consultation screens.

import { h } from '../dom.js';
import { messages as organisationMessages } from './messages.js';
import { registryView } from './registry.js';
import { organisationPage } from './organisation-page.js';

document.head.append(h('link', { rel: 'stylesheet', href: new URL('./organisations.css', import.meta.url).href }));

export const messages = organisationMessages;

export const routes = [
  { path: '/organisations', view: registryView },
  { path: '/organisations/:id', view: organisationPage },
];
