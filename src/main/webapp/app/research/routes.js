// Research screens: this capability's routes and messages (placeholder until its views land).

import { h } from '../dom.js';
import { t } from '../i18n.js';

export const messages = {
  es: { 'research.title': 'Investigación' },
  en: { 'research.title': 'Research' },
};

export const routes = [{ path: '/research', view: () => h('section', {}, h('h1', {}, t('research.title'))) }];
