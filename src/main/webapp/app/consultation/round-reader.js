// The consulted text of a round, article by article, where participants select a passage (with
// the mouse on the text, or the keyboard in the form) and comment on it or on the whole article.
// When the round publishes contributions, each article shows how many it has and, on request, them.

import { h } from '../dom.js';
import { formatDate, t, tIn } from '../i18n.js';
import { href } from '../router.js';
import { hasRole, isDrafter } from '../session.js';
import { articlesOf, consultedText, findRound, roundLanguage, roundText } from './round-data.js';
import { selectedPassage } from './passage.js';
import { commentForm } from './comment-form.js';
import { docketEntry, docketPage } from './docket.js';
import { roundFeedLink } from '../notifications/feed-link.js';

// One listener for the page; each rendered article adds its follower.
let followers = [];
document.addEventListener('selectionchange', () => followers.forEach((follow) => follow()));

export async function roundReader({ params, query }) {
  followers = [];
  const round = await findRound(params.id, query.get('law'));
  const language = roundLanguage(round, query.get('lang'));
  const law = await consultedText(round, language);
  const canComment = round.status === 'open' && hasRole('participant');
  const { title, description } = roundText(round, language);
  const counts = round.publishesContributions ? (await docketPage(round.id, {}, 1)).contributions.byArticle : {};
  const shown = h(
    'section',
    { class: 'round-reader' },
    h('h1', {}, title),
    h('p', { class: 'lead', lang: language }, law.title),
    roundFacts(round),
    description ? h('p', { class: 'round-description' }, description) : null,
    languageLinks(round, language),
    roundLinks(round),
    roundFeedLink(round),
    participation(round, canComment),
    h('p', { class: 'notice publicity' }, t(round.publishesContributions ? 'consultation.public.yes' : 'consultation.public.no')),
    h('div', { lang: language }, articlesOf(law).map((article) => articleBlock({ round, article, language, canComment, count: counts[article.eId] || 0 }))),
  );
  showArticle(shown, query.get('article'));
  return shown;
}

/**
 * Brings the article a link points at (a comment card's) into view once the page is on screen,
 * after the router has focused the page's heading.
 */
function showArticle(page, eId) {
  if (!eId) return;
  requestAnimationFrame(() => {
    const heading = page.querySelector(`#heading-${CSS.escape(eId)}`);
    if (!heading) return;
    heading.setAttribute('tabindex', '-1');
    heading.focus();
    heading.scrollIntoView({ block: 'start' });
  });
}

export function roundFacts(round) {
  return h(
    'p',
    {},
    h('span', { class: `badge status-${round.status}` }, t(`consultation.status.${round.status}`)),
    ' ',
    t('consultation.window', { from: formatDate(round.startsAt), to: formatDate(round.endsAt) }),
    ' · ',
    t('consultation.versionOf', { version: round.version }),
  );
}

function languageLinks(round, language) {
  if (round.languages.length < 2) return null;
  return h(
    'nav',
    { class: 'actions', 'aria-label': t('consultation.textLanguage') },
    h('span', {}, t('consultation.textLanguage')),
    round.languages.map((code) =>
      code === language
        ? h('strong', { 'aria-current': 'true' }, t(`lang.${code}`))
        : h('a', { href: href(`/consultations/${round.id}`, { law: round.law, lang: code }), lang: code }, t(`lang.${code}`)),
    ),
  );
}

/** Links to the round's other screens, as the user's roles allow. */
export function roundLinks(round) {
  const base = `/consultations/${round.id}`;
  const query = { law: round.law };
  const links = [
    h('a', { href: href(base, query) }, t('consultation.text.link')),
    hasRole('participant') ? h('a', { href: href(`${base}/mine`, query) }, t('consultation.mine.link')) : null,
    isDrafter() ? h('a', { href: href(`${base}/queue`, query) }, t('consultation.queue.link')) : null,
    isDrafter() ? h('a', { href: href(`${base}/report`, query) }, t('consultation.report.link')) : null,
    isDrafter() ? h('a', { href: href(`${base}/meetings`, query) }, t('meeting.link')) : null,
    round.publishesContributions ? h('a', { href: href(`${base}/docket`, query) }, t('consultation.docket.link')) : null,
  ].filter(Boolean);
  return h('nav', { class: 'actions round-links', 'aria-label': t('consultation.roundNav') }, links);
}

function participation(round, canComment) {
  if (canComment) return h('p', { class: 'notice' }, t('consultation.howTo'));
  if (round.status !== 'open') return h('p', { class: 'notice' }, t(`consultation.notOpen.${round.status}`));
  if (hasRole('participant')) return null;
  const next = location.hash;
  return h(
    'p',
    { class: 'notice' },
    t('consultation.toComment'),
    ' ',
    h('a', { href: href('/consultations/register', { next }) }, t('consultation.register.link')),
    ' · ',
    h('a', { href: href('/login', { next }) }, t('nav.login')),
  );
}

function articleBlock({ round, article, language, canComment, count }) {
  const text = h('div', { class: 'article-text consulted-text' }, article.text);
  const slot = h('div', { class: 'form-slot' });
  const block = h(
    'article',
    { class: 'article', id: `article-${article.eId}`, 'aria-labelledby': `heading-${article.eId}` },
    h('h2', { id: `heading-${article.eId}`, class: 'article-heading' }, articleTitle(article)),
    text,
    round.publishesContributions ? publishedBeside(round, article, count) : null,
  );
  if (!canComment) return block;
  const open = (passage) => {
    const close = () => {
      slot.replaceChildren();
      block.querySelector('.comment-article').focus();
    };
    const form = commentForm({ round, article, language, passage, onClose: close });
    slot.replaceChildren(form);
    form.querySelector(passage ? 'textarea[name=text]' : 'input[type=radio]:checked').focus();
  };
  let selected = null;
  const onSelection = h('button', { type: 'button', class: 'comment-passage', disabled: true, onmousedown: (e) => e.preventDefault(), onclick: () => open(selected) }, t('consultation.commentPassage'));
  // The button follows the selection: enabled while words of this article are selected. It keeps
  // the last passage, since pressing the button may collapse the selection first.
  followers.push(() => {
    const passage = selectedPassage(text);
    if (passage) {
      selected = passage;
      slot.querySelector('form.comment-form')?.choosePassage(passage);
    }
    else if (document.activeElement !== onSelection) selected = null;
    onSelection.disabled = !selected;
  });
  block.append(
    h(
      'div',
      { class: 'actions' },
      onSelection,
      h('button', { type: 'button', class: 'comment-article', onclick: () => open(null) }, t('consultation.commentArticle')),
    ),
    slot,
  );
  return block;
}

/** The article's published contributions: their count, and the contributions when opened. */
function publishedBeside(round, article, count) {
  const list = h('div', { class: 'published-list' });
  const details = h(
    'details',
    { class: 'published-contributions' },
    h('summary', {}, h('span', { class: 'badge published-count' }, String(count)), ' ', t('consultation.public.count', { count })),
    list,
  );
  if (count === 0) return h('p', { class: 'muted published-contributions' }, t('consultation.public.none'));
  details.addEventListener('toggle', async () => {
    if (!details.open || details.dataset.loaded) return;
    details.dataset.loaded = 'true';
    const docket = await docketPage(round.id, { article: article.eId }, 1);
    list.replaceChildren(...docket.contributions.items.map((item) => docketEntry(item, article)));
  });
  return details;
}

/** "Article 3. Heading", in the language of the article's text. */
export function articleTitle(article) {
  const number = tIn(article.lang, 'consultation.articleNumber', { number: article.number });
  return article.heading ? `${number}. ${article.heading}` : number;
}
