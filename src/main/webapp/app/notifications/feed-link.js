// A visible link to an Atom feed of the API, in the interface's language, saying what it carries.
// Links must be absolute (dom.js refuses relative ones), so the API's path is resolved here.

import { h } from '../dom.js';
import { lang, t } from '../i18n.js';
import { seg } from '../api.js';

function feedUrl(path) {
  return new URL(`api/${path}?lang=${lang()}`, document.baseURI).href;
}

function feedLink(url, about) {
  return h(
    'p',
    { class: 'feed' },
    h('a', { class: 'feed-link', href: url, type: 'application/atom+xml', title: about }, t('feed.link')),
    ' ',
    h('span', { class: 'muted' }, about),
  );
}

/** A law's feed: its recorded versions and the rounds opened and closed on it. */
export function lawFeedLink(slug) {
  return feedLink(feedUrl(`laws/${seg(slug)}/feed`), t('feed.law.about'));
}

/** A round's feed: its published contributions and the answers to them (empty if it publishes none). */
export function roundFeedLink(round) {
  const about = t(round.publishesContributions ? 'feed.round.about' : 'feed.round.aboutPrivate');
  return feedLink(feedUrl(`consultations/${seg(round.id)}/feed`), about);
}
