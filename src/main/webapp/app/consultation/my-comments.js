// A participant's own comments in a round: where each passage is now, after the drafters' revisions,
// and what the drafters answered.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { api, seg } from '../api.js';
import { problemBox, withProgress } from '../components.js';
import { articleMaps, commentPage, findRound } from './round-data.js';
import { roundFacts, roundLinks } from './round-reader.js';
import { commentCard } from './comment-card.js';

export async function myComments({ params, query }) {
  const round = await findRound(params.id, query.get('law'));
  const list = h('div', { class: 'comment-list' });
  const section = h('section', {}, h('h1', {}, t('consultation.mine.title', { title: round.title })), roundFacts(round), roundLinks(round), list);
  const { comments } = await commentPage(round.id, { limit: 1000 });
  if (comments.length === 0) {
    list.append(h('p', {}, t('consultation.mine.none')));
    return section;
  }
  const articles = await articleMaps(round, comments.map((c) => c.lang));
  // Each anchor's current text is one request per article revision: show how far that has got.
  withProgress(list, t('consultation.mine.loading'), async (progress) => {
    const texts = await currentTexts(round, comments, progress);
    list.replaceChildren(...comments.map((c) => commentCard(c, { articles, current: texts.get(key(c)), open: round.status === 'open' })));
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
    const revision = await api.get(`laws/${seg(round.law)}/articles/${seg(c.article)}/revisions/${c.anchor.revision}?lang=${seg(c.lang)}`);
    texts.set(key(c), revision.text);
    progress.set(++done, wanted.length);
  }
  return texts;
}
