// The four statuses as people read them (a word, and a mark that does not rely on colour), and the
// addresses of the map's screens and API.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { seg } from '../api.js';
import { href } from '../router.js';

export const STATUSES = ['adopted', 'partial', 'not_adopted', 'not_assessed'];
const MARKS = { adopted: '✓', partial: '◐', not_adopted: '✗', not_assessed: '·' };

export const statusName = (status) => t(`impl.status.${status}`);

/** A coloured mark with the status in words beside it (or hidden, for the dense heat map). */
export function statusBadge(status, { words = true } = {}) {
  return h(
    'span',
    { class: `impl-status status-${status}` },
    h('span', { class: 'impl-mark', 'aria-hidden': 'true' }, MARKS[status]),
    h('span', { class: words ? 'impl-word' : 'visually-hidden' }, statusName(status)),
  );
}

export function legend() {
  return h(
    'div',
    { class: 'impl-legend' },
    h('h2', {}, t('impl.legend')),
    h('ul', {}, STATUSES.map((status) => h('li', {}, statusBadge(status)))),
  );
}

export function articleName(article) {
  const number = article.number ? t('impl.articleN', { number: article.number }) : article.eId;
  return article.deleted ? `${number} ${t('impl.deleted')}` : number;
}

export const apiPath = (law) => `laws/${seg(law)}/implementation`;
export const mapHref = (law, lang) => href(`/laws/${law}/implementation`, { lang });
export const countryHref = (law, country, lang, article) =>
  href(`/laws/${law}/implementation/countries/${country}`, { lang, article });
export const articleHref = (law, eId, lang) => href(`/laws/${law}/implementation/articles/${eId}`, { lang });
