// The rapporteur's page for one meeting: records what each speaker said, on an article or a passage
// of it (chosen as in the participants' comment form), several in a row, and lists what is recorded.

import { h, uid } from '../dom.js';
import { t } from '../i18n.js';
import { api, seg } from '../api.js';
import { announce, clearProblem, field, showProblem, withProgress } from '../components.js';
import { href } from '../router.js';
import { SECTORS, articleMaps, commentPage, countries, findRound } from './round-data.js';
import { articleTitle, roundLinks } from './round-reader.js';
import { passagePicker, scopeChoice, showQuote } from './comment-form.js';
import { commentCard } from './comment-card.js';
import { meetingFacts } from './meetings.js';

export async function meetingRecorder({ params, query }) {
  const round = await findRound(params.id, query.get('law'));
  const [meeting, participants, articles] = await Promise.all([
    api.get(`consultations/${seg(round.id)}/meetings/${seg(params.mid)}`),
    api.get('participants'),
    articleMaps(round),
  ]);
  const language = round.languages.includes(meeting.lang) ? meeting.lang : round.languages[0];
  const recorded = await commentPage(round.id, { meeting: meeting.id, limit: 1000 });
  const list = h('div', { class: 'comment-list recorded' }, recorded.comments.map((c) => commentCard(c, { articles })));
  const onRecorded = (comment) => list.prepend(commentCard(comment, { articles }));
  return h(
    'section',
    { class: 'meeting-recorder' },
    h('h1', {}, t('meeting.recordTitle', { title: meeting.title })),
    meetingFacts(meeting),
    roundLinks(round),
    h('p', {}, h('a', { href: href(`/consultations/${round.id}/meetings`, { law: round.law }) }, t('meeting.back'))),
    round.status === 'open' ? recorderForm({ round, meeting, participants, articles: articles.get(language), language, onRecorded }) : h('p', { class: 'notice' }, t(`meeting.notOpen.${round.status}`)),
    h('h2', {}, t('meeting.recorded')),
    list,
  );
}

function recorderForm({ round, meeting, participants, articles, language, onRecorded }) {
  const state = { passage: null, article: [...articles.values()][0] };
  const speakerKind = uid('speaker');
  const named = h('div', { class: 'named-speaker stack', hidden: true });
  const registered = field({
    label: t('meeting.participant'),
    name: 'participant',
    type: 'select',
    options: participants.map((p) => ({ value: p.username, label: `${p.displayName || p.username} (${p.username})` })),
  });
  named.append(
    field({ label: t('meeting.speakerName'), name: 'name' }),
    field({ label: t('meeting.speakerOrganisation'), name: 'organisation', type: 'select', options: [{ value: '', label: t('meeting.noOrganisation') }, ...meeting.attendance.organisations.map((o) => ({ value: String(o.id), label: o.name }))] }),
    field({ label: t('consultation.register.country'), name: 'country', type: 'select', options: countries() }),
    field({ label: t('consultation.register.sector'), name: 'sector', type: 'select', options: SECTORS.map((s) => ({ value: s, label: t(`consultation.sector.${s}`) })) }),
  );
  const showSpeaker = (value) => {
    named.hidden = value !== 'named';
    registered.hidden = value === 'named';
  };
  const kindChoice = (value) => {
    const id = uid('speaker-kind');
    return h(
      'div',
      { class: 'choice' },
      h('input', { type: 'radio', name: speakerKind, id, value, checked: value === 'participant', onchange: () => showSpeaker(value) }),
      h('label', { for: id }, t(`meeting.speaker.${value}`)),
    );
  };
  const target = h('div', { class: 'target stack' });
  const quoteView = h('p', { class: 'selected-quote', 'aria-live': 'polite' });
  const pickArticle = field({ label: t('meeting.article'), name: 'article', type: 'select', options: [...articles.values()].map((a) => ({ value: a.eId, label: articleTitle(a) })) });
  const showTarget = () => {
    state.passage = null;
    const picker = passagePicker(state.article.text, state, () => showQuote(quoteView, state.passage));
    picker.hidden = true;
    const scope = scopeChoice('article', (value) => {
      picker.hidden = value !== 'passage';
      if (value === 'article') state.passage = null;
      else picker.sync();
      showQuote(quoteView, state.passage);
    });
    target.replaceChildren(scope, picker, quoteView);
    showQuote(quoteView, null);
  };
  pickArticle.querySelector('select').addEventListener('change', (event) => {
    state.article = articles.get(event.target.value);
    showTarget();
  });
  showTarget();
  const publishableId = uid('publishable');
  const form = h(
    'form',
    { class: 'recorder-form stack', novalidate: true },
    h('h2', {}, t('meeting.recordLead')),
    h('div', { class: 'form-problem' }),
    h('fieldset', { class: 'speaker stack' }, h('legend', {}, t('meeting.speaker')), kindChoice('participant'), kindChoice('named'), registered, named),
    pickArticle,
    target,
    field({ label: t('meeting.said'), name: 'text', type: 'textarea', rows: 4 }),
    h('div', { class: 'choice' }, h('input', { type: 'checkbox', id: publishableId, name: 'publishable', checked: true }), h('label', { for: publishableId }, t('meeting.publishable'))),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('meeting.recordOne'))),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    const isNamed = !named.hidden;
    const speaker = isNamed
      ? { name: form.elements.namedItem('name').value, country: form.elements.country.value, sector: form.elements.sector.value, ...(form.elements.organisation.value ? { organisation: Number(form.elements.organisation.value) } : {}) }
      : { participant: form.elements.participant.value };
    const body = { speaker, article: state.article.eId, lang: language, revision: state.article.revision, text: form.elements.text.value, publishable: form.elements.publishable.checked };
    if (state.passage) body.passage = state.passage;
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const path = `consultations/${seg(round.id)}/meetings/${seg(meeting.id)}/contributions`;
      const created = await withProgress(form, t('consultation.sending'), () => api.post(path, body));
      onRecorded(created);
      // Ready for the next speaker: the text, passage and publishing choice go, the article stays.
      form.elements.text.value = '';
      form.elements.publishable.checked = true;
      showTarget();
      announce(t('meeting.recordedOne'));
      form.elements.text.focus();
    } catch (error) {
      showProblem(form, error);
    } finally {
      button.disabled = false;
    }
  });
  return form;
}
