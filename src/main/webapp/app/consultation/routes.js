// Consultations screens: this capability's routes and messages (placeholder until its views land).

import { h } from '../dom.js';
import { t } from '../i18n.js';

export const messages = {
  es: { 'consultation.title': 'Consultas' },
  en: { 'consultation.title': 'Consultations' },
};

export const routes = [{ path: '/consultations', view: () => h('section', {}, h('h1', {}, t('consultation.title'))) }];
