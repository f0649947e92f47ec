// The consultation rounds of every law, with the ways into each: read and comment, one's own
// comments, the public docket of rounds that publish, and for drafters the comments queue and the
// report.

import { h } from '../dom.js';
import { formatDate, lang, t } from '../i18n.js';
import { href } from '../router.js';
import { currentUser, hasRole, isDrafter } from '../session.js';
import { allRounds, roundText } from './round-data.js';

export async function roundList() {
  const rounds = await allRounds();
  return h(
    'section',
    {},
    h('h1', {}, t('consultation.title')),
    currentUser() ? null : h('p', { class: 'notice' }, t('consultation.invite'), ' ', h('a', { href: href('/consultations/register') }, t('consultation.register.link'))),
    rounds.length === 0 ? h('p', {}, t('consultation.none')) : h('ul', { class: 'round-list' }, rounds.map(roundItem)),
  );
}

function roundItem(round) {
  const law = round.lawSummary;
  const base = `/consultations/${round.id}`;
  const query = { law: round.law };
  return h(
    'li',
    { class: 'round card-plain' },
    h('h2', {}, h('a', { href: href(base, query) }, roundText(round).title)),
    h('p', { class: 'muted' }, law.titles[lang()] || Object.values(law.titles)[0] || law.slug),
    h(
      'p',
      {},
      h('span', { class: `badge status-${round.status}` }, t(`consultation.status.${round.status}`)),
      ' ',
      t('consultation.window', { from: formatDate(round.startsAt), to: formatDate(round.endsAt) }),
      ' · ',
      t('consultation.languages', { list: round.languages.map((code) => t(`lang.${code}`)).join(', ') }),
    ),
    h(
      'p',
      { class: 'actions' },
      h('a', { class: 'button primary', href: href(base, query) }, t(round.status === 'open' ? 'consultation.readAndComment' : 'consultation.read')),
      hasRole('participant') ? h('a', { class: 'button', href: href(`${base}/mine`, query) }, t('consultation.mine.link')) : null,
      isDrafter() ? h('a', { class: 'button', href: href(`${base}/queue`, query) }, t('consultation.queue.link')) : null,
      isDrafter() ? h('a', { class: 'button', href: href(`${base}/report`, query) }, t('consultation.report.link')) : null,
      round.publishesContributions ? h('a', { class: 'button docket-link', href: href(`${base}/docket`, query) }, t('consultation.docket.link')) : null,
    ),
  );
}
