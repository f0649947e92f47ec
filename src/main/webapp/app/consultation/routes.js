// Consultations screens: this capability's routes and messages (placeholder until its views land;
// the report is its own module).

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { messages as reportMessages } from './report-messages.js';
import { reportView } from './report.js';

document.head.append(h('link', { rel: 'stylesheet', href: new URL('./report.css', import.meta.url).href }));

export const messages = {
  es: { 'consultation.title': 'Consultas', ...reportMessages.es },
  en: { 'consultation.title': 'Consultations', ...reportMessages.en },
};

export const routes = [
  { path: '/consultations', view: () => h('section', {}, h('h1', {}, t('consultation.title'))) },
  { path: '/consultations/:id/report', view: reportView },
];
