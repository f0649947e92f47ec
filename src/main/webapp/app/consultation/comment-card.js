// One comment or suggestion as a card: who, on what, where its passage is now, what the drafters
// answered, and its thread of replies. Every piece of user text goes in as text.

import { h } from '../dom.js';
import { formatDate, t } from '../i18n.js';
import { api, seg } from '../api.js';
import { announce, clearProblem, field, showProblem } from '../components.js';
import { countryName } from './round-data.js';
import { highlighted } from './passage.js';
import { currentLocation, href } from '../router.js';
import { articleTitle } from './round-reader.js';

/**
 * card(comment, {articles: Map language → Map eId → article, current: text of the article where the anchor now
 * is (optional), extra: nodes appended (drafters' actions), open: false when the round is not open,
 * so that its thread offers no reply form}).
 */
export function commentCard(comment, { articles, current, extra, open = true } = {}) {
  const article = articles?.get(comment.lang)?.get(comment.article);
  return h(
    'article',
    { class: `comment-card kind-${comment.kind}`, id: `comment-${comment.id}`, 'aria-labelledby': `comment-${comment.id}-title` },
    h(
      'h2',
      { id: `comment-${comment.id}-title`, class: 'comment-title' },
      h('span', { class: 'badge kind' }, t(`consultation.kind.${comment.kind}`)),
      ' ',
      h('a', { href: articleHref(comment), lang: comment.lang, class: 'article-link' }, article ? articleTitle(article) : comment.article),
      ` (${t(`lang.${comment.lang}`)})`,
    ),
    authorLine(comment),
    meetingLine(comment),
    comment.passage
      ? h('div', { class: 'passage' }, h('p', { class: 'label' }, t('consultation.card.onPassage')), h('blockquote', { class: 'passage-quote', lang: comment.lang }, comment.passage.quote))
      : h('p', { class: 'passage' }, t('consultation.card.onArticle')),
    comment.anchor ? anchorState(comment, current) : null,
    comment.hidden ? h('p', { class: 'warning hidden-note' }, t('consultation.card.hidden', { reason: comment.hidden.reason, by: comment.hidden.byName || comment.hidden.by })) : null,
    comment.withdrawnAt ? h('p', { class: 'warning withdrawn-note' }, t('consultation.card.withdrawn', { at: formatDate(comment.withdrawnAt) })) : null,
    h('div', { class: 'comment-text' }, comment.text),
    attachments(comment.attachments),
    comment.kind === 'suggestion' ? h('div', { class: 'replacement' }, h('p', { class: 'label' }, t('consultation.card.replacement')), h('blockquote', { lang: comment.lang }, comment.replacement)) : null,
    answer(comment.disposition),
    thread(comment, open),
    historyOf(comment.id),
    extra || null,
  );
}

/** The article in the round's text, in the comment's language (the round's law from the address). */
function articleHref(comment) {
  const law = currentLocation().query.get('law');
  return href(`/consultations/${comment.consultation}`, { law, lang: comment.lang, article: comment.article });
}

/** The comment's history (its texts, withdrawal, hiding and un-hiding), loaded when opened. */
export function historyOf(id) {
  const list = h('ol', { class: 'history-list' });
  const details = h('details', { class: 'comment-history' }, h('summary', {}, t('consultation.history.title')), list);
  details.addEventListener('toggle', async () => {
    if (!details.open || details.dataset.loaded) return;
    details.dataset.loaded = 'true';
    const entries = await api.get(`comments/${seg(id)}/history`);
    list.replaceChildren(...entries.map(historyEntry));
  });
  return details;
}

function historyEntry(entry) {
  const who = entry.by ? `${entry.by} (${t(`consultation.history.role.${entry.role}`)})` : t(`consultation.history.role.${entry.role}`);
  return h(
    'li',
    { class: `history-${entry.kind}` },
    h('p', {}, h('strong', {}, t(`consultation.history.${entry.kind}`)), ' — ', who, ', ', h('time', { datetime: entry.at }, formatDate(entry.at))),
    entry.reason ? h('p', { class: 'muted' }, t('consultation.history.reason', { reason: entry.reason })) : null,
    entry.text !== undefined ? h('div', { class: 'comment-text' }, entry.text) : null,
  );
}

/** The files the comment carries, each a download link with its type and size. */
function attachments(files) {
  if (!files?.length) return null;
  return h(
    'div',
    { class: 'attachments' },
    h('p', { class: 'label' }, t('consultation.card.attachments')),
    h(
      'ul',
      {},
      files.map((f) =>
        h('li', {}, h('a', { href: new URL(`api/attachments/${seg(f.id)}`, document.baseURI).href, download: f.name }, f.name), ` (${t(`consultation.fileType.${f.type}`)}, ${fileSize(f.size)})`),
      ),
    ),
  );
}

function fileSize(bytes) {
  if (bytes < 1024) return t('consultation.size.bytes', { n: bytes });
  if (bytes < 1024 * 1024) return t('consultation.size.kb', { n: Math.round(bytes / 1024) });
  return t('consultation.size.mb', { n: (bytes / (1024 * 1024)).toFixed(1) });
}

function authorLine(comment) {
  const a = comment.author;
  const who = [a.displayName || a.username, a.organisation, countryName(a.country), a.sector ? t(`consultation.sector.${a.sector}`) : null].filter(Boolean);
  return h('p', { class: 'muted author' }, who.join(' · '), ' — ', h('time', { datetime: comment.createdAt }, formatDate(comment.createdAt)), comment.editedAt ? ` (${t('consultation.card.edited')})` : null);
}

/** Where a contribution said at a meeting comes from, and whether it may be published. */
function meetingLine(comment) {
  if (comment.channel !== 'meeting') return null;
  return h(
    'p',
    { class: 'muted meeting-line' },
    h('span', { class: 'badge channel-meeting' }, t('meeting.channel')),
    ' ',
    t('meeting.card.at', { title: comment.meeting.title }),
    ' · ',
    t('meeting.card.recordedBy', { by: comment.recordedBy }),
    comment.publishable ? null : h('span', {}, ' · ', h('span', { class: 'badge not-publishable' }, t('meeting.card.notPublishable'))),
  );
}

/** The anchor's state in words, and the passage highlighted where it now is. */
function anchorState(comment, current) {
  const anchor = comment.anchor;
  const vars = { revision: anchor.revision, quote: anchor.quote || '', orphanedIn: anchor.orphanedIn || anchor.revision };
  const key = comment.passage ? anchor.state : `article.${anchor.state}`;
  const parts = [h('p', {}, h('span', { class: `badge anchor-${anchor.state}` }, t(`consultation.anchor.${anchor.state}`)), ' ', t(`consultation.anchor.explain.${key}`, vars))];
  if (current !== undefined && comment.passage && anchor.start !== undefined && anchor.start !== null) {
    parts.push(
      h(
        'details',
        { class: 'where-now' },
        h('summary', {}, t('consultation.anchor.whereNow', { revision: anchor.revision })),
        h('div', { class: 'article-text', lang: comment.lang }, highlighted(current, anchor.start, anchor.end)),
      ),
    );
  }
  return h('div', { class: `anchor-state state-${anchor.state}` }, parts);
}

function answer(disposition) {
  if (!disposition) return h('p', { class: 'answer muted' }, t('consultation.card.unanswered'));
  return h(
    'div',
    { class: 'answer notice' },
    h('p', {}, h('strong', {}, t('consultation.card.answer')), ' ', h('span', { class: `badge disposition disposition-${disposition.value}` }, t(`consultation.disposition.${disposition.value}`))),
    h('div', { class: 'comment-text response' }, disposition.response),
    h(
      'p',
      { class: 'muted' },
      t('consultation.card.answeredBy', { by: disposition.byName || disposition.by, at: formatDate(disposition.at) }),
      disposition.implementedIn ? ` · ${t('consultation.card.implementedIn', { revision: disposition.implementedIn })}` : null,
    ),
  );
}

/** The replies, loaded when asked for, with a form to add one. */
function thread(comment, open) {
  const list = h('ol', { class: 'replies' });
  const container = h('div', { class: 'thread', hidden: true }, list);
  const toggle = h('button', { type: 'button', class: 'show-replies', 'aria-expanded': 'false' }, t('consultation.card.replies'));
  toggle.addEventListener('click', async () => {
    const opening = container.hidden;
    container.hidden = !opening;
    toggle.setAttribute('aria-expanded', String(opening));
    if (opening && !container.dataset.loaded) {
      container.dataset.loaded = 'true';
      const replies = await api.get(`comments/${seg(comment.id)}/replies`);
      list.replaceChildren(...replies.map(reply));
      container.append(open ? replyForm(comment, list) : h('p', { class: 'muted replies-closed' }, t('consultation.card.repliesClosed')));
    }
  });
  return h('div', { class: 'thread-wrap' }, toggle, container);
}

function reply(r) {
  return h('li', { class: 'reply' }, h('p', { class: 'muted' }, r.author.displayName || r.author.username, ' — ', formatDate(r.createdAt)), h('div', { class: 'comment-text' }, r.text));
}

function replyForm(comment, list) {
  const form = h(
    'form',
    { class: 'reply-form', novalidate: true },
    h('div', { class: 'form-problem' }),
    field({ label: t('consultation.card.replyLabel'), name: 'text', type: 'textarea', rows: 3 }),
    h('button', { type: 'submit' }, t('consultation.card.reply')),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    try {
      const created = await api.post(`comments/${seg(comment.id)}/replies`, { text: form.text.value });
      list.append(reply(created));
      form.reset();
      announce(t('consultation.card.replied'));
    } catch (error) {
      showProblem(form, error);
    }
  });
  return form;
}
