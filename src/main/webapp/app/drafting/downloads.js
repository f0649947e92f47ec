// Links to a law's published documents: its editions (PDF, Word, print, Akoma Ntoso) and the
// comparative table of two versions. Plain links with `download`: the API names the file in its
// Content-Disposition, and the browser sends the session cookie with them like with any link.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { seg } from '../api.js';
import { disclosure } from '../components.js';

const NEW_TAB = () => h('span', { class: 'visually-hidden' }, ` (${t('download.newTab')})`);

/** An absolute URL of the API, as the page's links need it (they refuse relative ones). */
function apiUrl(path, params) {
  const query = Object.entries(params)
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(value).replaceAll('%2C', ',')}`)
    .join('&');
  return new URL(`api/${path}?${query}`, document.baseURI).href;
}

/** The URL of one edition: a recorded version (or, without one, the working text). */
export function editionUrl(slug, { version, lang, format }) {
  return apiUrl(`laws/${seg(slug)}/editions`, { version, lang, format });
}

/**
 * The Download menu of a law at one version (null: the working text): a group per language and,
 * when the law has several, a bilingual group per pair with the language shown. Akoma Ntoso has
 * one document per language, so bilingual groups have no XML.
 */
export function downloadMenu(slug, languages, shown, version, versionName) {
  const groups = languages.map((code) => ({ langs: [code], name: t(`lang.${code}`) }));
  for (const other of languages.filter((code) => code !== shown)) {
    const pair = languages.filter((code) => code === shown || code === other);
    groups.push({ langs: pair, name: t('download.bilingual', { languages: pair.map((code) => t(`lang.${code}`)).join(' · ') }) });
  }
  const label = [t('download.menu'), versionName ? h('span', { class: 'visually-hidden' }, ` ${versionName}`) : null];
  return disclosure(label, groups.map((group) => editionGroup(slug, version, group)), 'download-menu');
}

function editionGroup(slug, version, { langs, name }) {
  const lang = langs.join(',');
  const url = (format) => editionUrl(slug, { version, lang, format });
  const about = h('span', { class: 'visually-hidden' }, ` — ${name}`);
  const items = [
    h('a', { href: url('pdf'), download: true, 'data-format': 'pdf' }, t('download.pdf'), about.cloneNode(true)),
    h('a', { href: url('docx'), download: true, 'data-format': 'docx' }, t('download.docx'), about.cloneNode(true)),
    h('a', { href: url('html'), target: '_blank', rel: 'noopener', 'data-format': 'html' }, t('download.print'), about.cloneNode(true), NEW_TAB()),
    langs.length === 1 ? h('a', { href: url('akn'), download: true, 'data-format': 'akn' }, t('download.akn'), about.cloneNode(true)) : null,
  ];
  return group(`download-${langs.join('-')}`, name, items, lang);
}

/** Links to the comparative table of two versions in one language, as HTML, PDF and Word. */
export function comparisonMenu(slug, from, to, lang) {
  const url = (format) => apiUrl(`laws/${seg(slug)}/comparison`, { from, to, lang, format });
  return disclosure(t('download.comparison'), group('comparison', null, [
    h('a', { href: url('html'), target: '_blank', rel: 'noopener', 'data-format': 'html' }, t('download.print'), NEW_TAB()),
    h('a', { href: url('pdf'), download: true, 'data-format': 'pdf' }, t('download.pdf')),
    h('a', { href: url('docx'), download: true, 'data-format': 'docx' }, t('download.docx')),
  ], lang), 'comparison-menu');
}

function group(className, name, links, lang) {
  return h(
    'div',
    { class: `download-group ${className}`, 'data-lang': lang },
    name ? h('p', { class: 'download-group-title' }, name) : null,
    h('ul', {}, links.filter(Boolean).map((link) => h('li', {}, link))),
  );
}
