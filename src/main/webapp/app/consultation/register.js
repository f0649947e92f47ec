// Registration of a participant (the organisation they speak for, country, sector), then logging
// in as them. It says whether the round they came from publishes contributions.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { api } from '../api.js';
import { login } from '../session.js';
import { announce, clearProblem, field, showProblem } from '../components.js';
import { href } from '../router.js';
import { SECTORS, countries, findRound } from './round-data.js';
import { organisationPicker } from '../organisations/picker.js';

export async function registerView({ query }) {
  const next = query.get('next');
  const picker = organisationPicker();
  const publicity = await publicityNotice(next);
  const form = h(
    'form',
    { class: 'stack narrow', novalidate: true, id: 'register-form' },
    h('div', { class: 'form-problem' }),
    field({ label: t('consultation.register.username'), name: 'username', autocomplete: 'username', required: true, id: 'reg-username' }),
    field({ label: t('consultation.register.displayName'), name: 'displayName', autocomplete: 'name', id: 'reg-displayName' }),
    field({ label: t('consultation.register.email'), name: 'email', type: 'email', autocomplete: 'email', required: true, id: 'reg-email' }),
    field({ label: t('consultation.register.password'), name: 'password', type: 'password', autocomplete: 'new-password', required: true, id: 'reg-password' }),
    picker.element,
    field({
      label: t('consultation.register.country'),
      name: 'country',
      type: 'select',
      required: true,
      id: 'reg-country',
      value: '',
      options: [{ value: '', label: t('consultation.register.choose') }, ...countries()],
    }),
    field({
      label: t('consultation.register.sector'),
      name: 'sector',
      type: 'select',
      required: true,
      id: 'reg-sector',
      value: '',
      options: [{ value: '', label: t('consultation.register.choose') }, ...SECTORS.map((s) => ({ value: s, label: t(`consultation.sector.${s}`) }))],
    }),
    h('button', { type: 'submit', class: 'primary' }, t('consultation.register.submit')),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    const missing = picker.problem();
    if (missing) {
      showProblem(form, missing);
      return;
    }
    const values = Object.fromEntries(new FormData(form));
    const body = {
      username: values.username.trim(),
      password: values.password,
      email: values.email.trim(),
      ...picker.value(),
      country: values.country,
      sector: values.sector,
    };
    if (values.displayName.trim()) body.displayName = values.displayName.trim();
    try {
      await api.post('participants', body);
      await login(body.username, body.password);
      announce(t('consultation.register.done'));
      location.hash = next && next.startsWith('#/') ? next : '#/consultations';
    } catch (error) {
      showProblem(form, error);
    }
  });
  return h(
    'section',
    {},
    h('h1', {}, t('consultation.register.title')),
    h('p', {}, t('consultation.register.lead'), ' ', h('a', { href: href('/login', { next: next || '#/consultations' }) }, t('consultation.register.haveAccount'))),
    publicity,
    form,
  );
}

/**
 * Whether contributions will be published: for the round the participant came from (the `next`
 * link of its screen), else in general.
 */
async function publicityNotice(next) {
  const match = /^#\/consultations\/(\d+)(?:[/?].*)?$/.exec(next || '');
  const law = new URLSearchParams((next || '').split('?')[1] || '').get('law');
  if (match) {
    try {
      const round = await findRound(match[1], law);
      const key = round.publishesContributions ? 'yes' : 'no';
      return h('p', { class: 'notice publicity' }, t(`consultation.register.publicityRound.${key}`, { title: round.title }));
    } catch {
      // An unknown round: say what holds for every round.
    }
  }
  return h('p', { class: 'notice publicity' }, t('consultation.register.publicity'));
}
