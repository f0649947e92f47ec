// The meetings of a round, for drafters: listed in the order held with their local time and zone,
// held (created) and described (edited) with their attendance, by name or by head count.

import { h, uid } from '../dom.js';
import { lang, t } from '../i18n.js';
import { api, seg } from '../api.js';
import { announce, clearProblem, field, showProblem } from '../components.js';
import { href, navigate } from '../router.js';
import { SECTORS, countries, countryName, findRound } from './round-data.js';
import { roundFacts, roundLinks } from './round-reader.js';
import { attendingOrganisations } from '../organisations/attendance.js';

const LANGUAGES = ['es', 'en', 'pt', 'fr'];

export async function meetingsView({ params, query }) {
  const round = await findRound(params.id, query.get('law'));
  const [meetings, participants] = await Promise.all([api.get(`consultations/${seg(round.id)}/meetings`), api.get('participants')]);
  const reload = () => navigate(`/consultations/${round.id}/meetings`, { law: round.law });
  const slot = h('div', { class: 'form-slot' });
  const openForm = (meeting) => {
    slot.replaceChildren(meetingForm({ round, meeting, participants, onSaved: reload, onClose: () => slot.replaceChildren() }));
    slot.querySelector('input').focus();
  };
  return h(
    'section',
    { class: 'meetings' },
    h('h1', {}, t('meeting.title', { title: round.title })),
    roundFacts(round),
    roundLinks(round),
    h('p', { class: 'lead' }, t('meeting.lead')),
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'primary new-meeting', onclick: () => openForm(null) }, t('meeting.new'))),
    slot,
    meetings.length ? h('ol', { class: 'meeting-list' }, meetings.map((m) => meetingItem(round, m, () => openForm(m)))) : h('p', {}, t('meeting.none')),
  );
}

/** "10 mar 2026, 9:30 (America/Bogota, UTC−05:00)": the time where the meeting was held. */
export function localTime(meeting) {
  const format = new Intl.DateTimeFormat(lang(), { dateStyle: 'medium', timeStyle: 'short', timeZone: meeting.timeZone });
  return `${format.format(new Date(meeting.startsAt))} (${meeting.timeZone}, UTC${meeting.utcOffset === 'Z' ? '' : meeting.utcOffset})`;
}

export function meetingFacts(meeting) {
  const a = meeting.attendance;
  return h(
    'ul',
    { class: 'meeting-facts' },
    h('li', {}, h('time', { datetime: meeting.startsAt }, localTime(meeting))),
    h('li', {}, meeting.virtual ? t('meeting.virtual') : meeting.place, meeting.virtual && meeting.place ? ` · ${meeting.place}` : null),
    h('li', {}, t('meeting.organisedBy', { organiser: meeting.organiser }), ' · ', t(`lang.${meeting.lang}`)),
    h('li', {}, t('meeting.attendanceSummary', { people: a.people, organisations: a.organisations.length })),
    a.organisations.length ? h('li', {}, a.organisations.map((o) => o.acronym || o.name).join(', ')) : null,
    a.headCounts.length ? h('li', {}, a.headCounts.map((c) => `${t(`consultation.sector.${c.sector}`)}, ${countryName(c.country)}: ${c.people}`).join(' · ')) : null,
  );
}

function meetingItem(round, meeting, edit) {
  return h(
    'li',
    { class: 'meeting', id: `meeting-${meeting.id}` },
    h('h2', {}, meeting.title),
    meetingFacts(meeting),
    h('p', {}, t('meeting.contributions', { count: meeting.contributions })),
    h(
      'div',
      { class: 'actions' },
      h('a', { class: 'button primary record', href: href(`/consultations/${round.id}/meetings/${meeting.id}`, { law: round.law }) }, t('meeting.record')),
      h('button', { type: 'button', class: 'edit-meeting', onclick: edit }, t('meeting.edit')),
    ),
  );
}

/** Holds a new meeting, or changes `meeting`, attendance included. */
function meetingForm({ round, meeting, participants, onSaved, onClose }) {
  const m = meeting || { lang: round.languages[0], timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, attendance: { participants: [], organisations: [], headCounts: [] } };
  const zones = uid('zones');
  const zone = field({ label: t('meeting.timeZone'), name: 'timeZone', value: m.timeZone });
  zone.querySelector('input').setAttribute('list', zones);
  const virtualId = uid('virtual');
  const named = new Set((m.attendance.participants || []).map((p) => p.username));
  const people = h(
    'select',
    { name: 'participants', id: uid('people'), multiple: true, size: Math.min(6, Math.max(2, participants.length)) },
    participants.map((p) => h('option', { value: p.username, selected: named.has(p.username) }, `${p.displayName || p.username} (${p.username})`)),
  );
  const organisations = attendingOrganisations(m.attendance.organisations);
  const counts = h('div', { class: 'head-counts stack' });
  (m.attendance.headCounts || []).forEach((c) => counts.append(headCountRow(c)));
  const form = h(
    'form',
    { class: 'meeting-form stack', novalidate: true },
    h('h2', {}, meeting ? t('meeting.editTitle', { title: meeting.title }) : t('meeting.new')),
    h('div', { class: 'form-problem' }),
    field({ label: t('meeting.name'), name: 'title', value: m.title || '' }),
    field({ label: t('meeting.startsAt'), name: 'startsAt', type: 'datetime-local', value: (m.localStart || '').slice(0, 16) }),
    zone,
    h('datalist', { id: zones }, (Intl.supportedValuesOf ? Intl.supportedValuesOf('timeZone') : []).map((z) => h('option', { value: z }))),
    h('div', { class: 'choice' }, h('input', { type: 'checkbox', id: virtualId, name: 'virtual', checked: !!m.virtual }), h('label', { for: virtualId }, t('meeting.isVirtual'))),
    field({ label: t('meeting.place'), name: 'place', value: m.place || '' }),
    field({ label: t('meeting.organiser'), name: 'organiser', value: m.organiser || '' }),
    field({ label: t('meeting.language'), name: 'lang', type: 'select', value: m.lang, options: LANGUAGES.map((l) => ({ value: l, label: t(`lang.${l}`) })) }),
    h(
      'fieldset',
      { class: 'attendance stack' },
      h('legend', {}, t('meeting.attendance')),
      h('div', { class: 'field' }, h('label', { for: people.id }, t('meeting.participants')), people),
      organisations.element,
      h('p', { class: 'muted' }, t('meeting.headCountsHelp')),
      counts,
      h('button', { type: 'button', class: 'add-count', onclick: () => counts.append(headCountRow({})) }, t('meeting.addCount')),
    ),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('meeting.save')), h('button', { type: 'button', onclick: onClose }, t('common.cancel'))),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    const path = `consultations/${seg(round.id)}/meetings`;
    try {
      const body = meetingBody(form, people, organisations.ids(), counts);
      await (meeting ? api.patch(`${path}/${seg(meeting.id)}`, body) : api.post(path, body));
      announce(t('meeting.saved'));
      onSaved();
    } catch (error) {
      showProblem(form, error);
    }
  });
  return form;
}

function headCountRow(count) {
  const row = h(
    'div',
    { class: 'head-count' },
    field({ label: t('consultation.register.sector'), name: 'count-sector', type: 'select', value: count.sector, options: SECTORS.map((s) => ({ value: s, label: t(`consultation.sector.${s}`) })) }),
    field({ label: t('consultation.register.country'), name: 'count-country', type: 'select', value: count.country, options: countries() }),
    field({ label: t('meeting.people'), name: 'count-people', type: 'number', value: count.people || '' }),
    h('button', { type: 'button', onclick: () => row.remove() }, t('meeting.removeCount')),
  );
  return row;
}

function meetingBody(form, people, organisationIds, counts) {
  return {
    title: form.title.value,
    startsAt: form.startsAt.value,
    timeZone: form.timeZone.value,
    virtual: form.virtual.checked,
    place: form.place.value || null,
    organiser: form.organiser.value,
    lang: form.lang.value,
    attendance: {
      participants: [...people.selectedOptions].map((o) => o.value),
      organisations: organisationIds.map((id) => ({ id })),
      headCounts: [...counts.querySelectorAll('.head-count')].map((row) => ({
        sector: row.querySelector('[name=count-sector]').value,
        country: row.querySelector('[name=count-country]').value,
        people: Number(row.querySelector('[name=count-people]').value),
      })),
    },
  };
}
