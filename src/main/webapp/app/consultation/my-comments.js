// A participant's own comments in a round: where each passage is now, after the drafters' revisions,
// what the drafters answered, and (while the round is open) editing and withdrawing them. Below
// them, the participant's mail setting (notifications/mail-setting.js).

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { api, seg } from '../api.js';
import { problemBox, withProgress } from '../components.js';
import { articleMaps, commentPage, findRound } from './round-data.js';
import { roundFacts, roundLinks } from './round-reader.js';
import { commentCard } from './comment-card.js';
import { ownActions } from './own-actions.js';
import { currentUser, hasRole } from '../session.js';
import { mailSetting } from '../notifications/mail-setting.js';

export async function myComments({ params, query }) {
  const round = await findRound(params.id, query.get('law'));
  const list = h('div', { class: 'comment-list' });
  const [page, setting] = await Promise.all([commentPage(round.id, { limit: 1000 }), hasRole('participant') ? mailSetting() : null]);
  const section = h('section', {}, h('h1', {}, t('consultation.mine.title', { title: round.title })), roundFacts(round), roundLinks(round), list, setting);
  // The list also holds others' published comments; this screen is about one's own.
  const me = currentUser()?.username;
  const comments = page.comments.filter((c) => c.author.username === me);
  if (comments.length === 0) {
    list.append(h('p', {}, t('consultation.mine.none')));
    return section;
  }
  const articles = await articleMaps(round, comments.map((c) => c.lang));
  // Each anchor's current text is one request per article revision: show how far that has got.
  withProgress(list, t('consultation.mine.loading'), async (progress) => {
    const texts = await currentTexts(round, comments, progress);
    const card = (c) => {
      const node = commentCard(c, { articles, current: texts.get(key(c)), open: round.status === 'open', extra: ownActions(c, round, (updated) => node.replaceWith(card(updated))) });
      return node;
    };
    list.replaceChildren(...comments.map(card));
  }).catch((error) => list.replaceChildren(problemBox(error)));
  return section;
}

const key = (c) => `${c.article}/${c.lang}/${c.anchor?.revision}`;

async function currentTexts(round, comments, progress) {
  const wanted = [...new Map(comments.filter((c) => c.anchor && c.passage).map((c) => [key(c), c])).values()];
  const texts = new Map();
  let done = 0;
  progress.set(0, wanted.length);
  for (const c of wanted) {
    try {
      const revision = await api.get(`laws/${seg(round.law)}/articles/${seg(c.article)}/revisions/${c.anchor.revision}?lang=${seg(c.lang)}`);
      texts.set(key(c), revision.text);
    } catch (error) {
      // A law whose working text only its drafters read: the card says where the passage went, without the text.
      if (error.status !== 404) throw error;
    }
    progress.set(++done, wanted.length);
  }
  return texts;
}
