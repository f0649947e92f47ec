// A drafter's digest of a round's new contributions (on the round's queue): says whether the drafter
// is subscribed, and with which address and language; subscribe (or change them), or unsubscribe.

import { h } from '../dom.js';
import { LANGUAGES, formatDate, lang, t } from '../i18n.js';
import { api, seg } from '../api.js';
import { clearProblem, field, showProblem } from '../components.js';

export function subscriptionForm(round) {
  const path = `consultations/${seg(round.id)}/subscription`;
  const status = h('p', { class: 'subscription-status', role: 'status' });
  const form = h(
    'form',
    { class: 'subscription-form narrow', novalidate: true },
    h('p', {}, t('subscription.lead')),
    h('div', { class: 'form-problem' }),
    field({ label: t('subscription.email'), name: 'email', type: 'email', autocomplete: 'email', required: true }),
    field({ label: t('subscription.lang'), name: 'lang', type: 'select', value: lang(), options: LANGUAGES.map((code) => ({ value: code, label: t(`lang.${code}`) })) }),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, t('subscription.subscribe')),
      h('button', { type: 'button', class: 'unsubscribe', onclick: () => act(unsubscribe) }, t('subscription.unsubscribe')),
    ),
    status,
  );
  const controls = form.elements;
  const act = async (action) => {
    clearProblem(form);
    status.textContent = '';
    try {
      status.textContent = await action();
    } catch (error) {
      showProblem(form, error);
    }
  };
  const subscribe = async () => {
    return subscribed(await api.put(path, { email: controls.email.value.trim(), lang: controls.lang.value }));
  };
  const unsubscribe = async () => {
    try {
      await api.del(path);
      return t('subscription.unsubscribed');
    } catch (error) {
      if (error.status === 404 && error.field === 'subscription') return t('subscription.none');
      throw error;
    }
  };
  const subscribed = (saved) =>
    t('subscription.subscribed', { email: saved.email, lang: t(`lang.${saved.lang}`), since: formatDate(saved.since) });
  api
    .get(path)
    .then((saved) => {
      controls.email.value = saved.email;
      controls.lang.value = saved.lang;
      status.textContent = subscribed(saved);
    })
    .catch((error) => {
      if (error.status === 404 && error.field === 'subscription') status.textContent = t('subscription.notYet');
      else showProblem(form, error);
    });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    act(subscribe);
  });
  return h('details', { class: 'subscription' }, h('summary', {}, t('subscription.title')), form);
}
