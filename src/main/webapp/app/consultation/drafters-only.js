// The drafters' screens of a round (queue, suggestion review, report) shown to anyone else: a page
// that says so and leads back to what they may read, rather than the drafters' controls followed
// by the API's refusal.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { href } from '../router.js';
import { currentUser, hasRole, isDrafter } from '../session.js';

/** The view for drafters, or the "drafters only" page for everyone else. */
export function draftersOnly(view) {
  return (context) => (isDrafter() ? view(context) : refusal(context));
}

function refusal({ params, query }) {
  const round = `/consultations/${params.id}`;
  const law = query.get('law');
  const links = [
    h('a', { href: href(round, { law }) }, t('consultation.text.link')),
    hasRole('participant') ? h('a', { href: href(`${round}/mine`, { law }) }, t('consultation.mine.link')) : null,
    currentUser() ? null : h('a', { href: href('/login', { next: location.hash }) }, t('nav.login')),
  ].filter(Boolean);
  return h(
    'section',
    { class: 'drafters-only' },
    h('h1', {}, t('consultation.draftersOnly.title')),
    h('p', { class: 'notice' }, t(currentUser() ? 'consultation.draftersOnly.lead' : 'consultation.draftersOnly.logIn')),
    h('nav', { class: 'actions', 'aria-label': t('consultation.roundNav') }, links),
  );
}
