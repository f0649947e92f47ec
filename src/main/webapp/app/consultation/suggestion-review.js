// One suggestion for the drafters: its redline on the revision it was made on, how it carries to
// the current text (unchanged, clean, conflicting, deleted), and accepting or declining it.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { api, seg } from '../api.js';
import { field } from '../components.js';
import { articleMaps, findRound } from './round-data.js';
import { roundLinks } from './round-reader.js';
import { commentCard } from './comment-card.js';
import { showPreview } from './comment-form.js';
import { formButtons, submitForm } from './moderation.js';

export async function suggestionReview({ params, query }) {
  const round = await findRound(params.id, query.get('law'));
  const path = `consultations/${seg(round.id)}/suggestions/${seg(params.sid)}`;
  const view = await api.get(path);
  const articles = await articleMaps(round, [view.suggestion.lang]);
  const body = h('div', {});
  const draw = (current) => body.replaceChildren(...review(current, articles, path, draw));
  draw(view);
  return h('section', { class: 'suggestion-review' }, h('h1', {}, t('consultation.review.title', { id: view.suggestion.id })), roundLinks(round), body);
}

function review({ suggestion, review: r }, articles, path, draw) {
  const proposed = h('div', { class: 'preview', lang: suggestion.lang });
  showPreview(proposed, r.redline.ops);
  const parts = [commentCard(suggestion, { articles }), h('h2', {}, t('consultation.review.asProposed', { revision: suggestion.revision })), proposed];
  // Once accepted, the current text is the suggestion's own revision: there is nothing to carry.
  if (['accepted', 'partially_accepted'].includes(suggestion.disposition?.value)) return parts;
  parts.push(h('h2', {}, t('consultation.review.onCurrent', { revision: r.current.revision })), rebase(r.current, suggestion.lang));
  if (r.current.status !== 'deleted') parts.push(decisionForms(r, path, draw));
  return parts;
}

function rebase(current, lang) {
  const status = h('p', {}, h('span', { class: `badge rebase-${current.status}` }, t(`consultation.rebase.${current.status}`)), ' ', t(`consultation.rebase.explain.${current.status}`));
  if (current.status === 'clean') {
    const preview = h('div', { class: 'preview', lang });
    showPreview(preview, current.redline.ops);
    return h('div', { class: 'rebase' }, status, preview);
  }
  if (current.status === 'conflicting') {
    return h('div', { class: 'rebase' }, status, h('ul', { class: 'conflicts', lang }, current.conflicts.map(conflict)));
  }
  return h('div', { class: 'rebase' }, status);
}

/** A conflict: the consulted words, what the drafters made of them, what the suggestion proposes. */
function conflict(c) {
  const row = (key, value) => h('p', {}, h('strong', {}, `${t(key)} `), value);
  return h('li', {}, row('consultation.rebase.base', c.base), row('consultation.rebase.theirs', c.theirs), row('consultation.rebase.yours', c.yours));
}

function decisionForms(r, path, draw) {
  const accept = h(
    'form',
    { class: 'accept-form stack', novalidate: true },
    h('h2', {}, t('consultation.review.accept')),
    h('div', { class: 'form-problem' }),
    field({ label: t('consultation.mod.response'), name: 'response', type: 'textarea', rows: 3 }),
    field({ label: t('consultation.review.adoptedText'), name: 'text', type: 'textarea', rows: 8, value: r.current.text || r.proposedText }),
    formButtons(t('consultation.review.acceptButton')),
  );
  const original = accept.text.value;
  accept.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = { response: accept.response.value };
    if (accept.text.value !== original) body.text = accept.text.value;
    submitForm(accept, () => api.post(`${path}/accept`, body), draw, 'consultation.review.accepted');
  });
  const decline = h(
    'form',
    { class: 'decline-form stack', novalidate: true },
    h('h2', {}, t('consultation.review.decline')),
    h('div', { class: 'form-problem' }),
    field({ label: t('consultation.mod.response'), name: 'response', type: 'textarea', rows: 3 }),
    formButtons(t('consultation.review.declineButton')),
  );
  decline.addEventListener('submit', (event) => {
    event.preventDefault();
    submitForm(decline, () => api.post(`${path}/decline`, { response: decline.response.value }), draw, 'consultation.review.declined');
  });
  return h('div', { class: 'decisions' }, accept, decline);
}
