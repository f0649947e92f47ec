// The report of a consultation round (drafters): totals, contributions per article along the law,
// counts by country, sector, organisation, channel and answer, what is unanswered, what was said on
// each article and how it was answered, and the report to download in every format, in the
// interface's language. The page shows at once; the report follows.

import { h, replace } from '../dom.js';
import { formatDate, lang, t } from '../i18n.js';
import { api, seg } from '../api.js';
import { href } from '../router.js';
import { problemBox, progress } from '../components.js';
import { barChart, heatStrip } from './report-charts.js';

const TOTALS = ['contributions', 'comments', 'suggestions', 'replies', 'answered', 'unanswered', 'hidden', 'withdrawn', 'participants', 'organisations'];

/** The downloads: format, then whether the CSV carries a byte-order mark for Excel. */
const FORMATS = [
  ['pdf', false],
  ['docx', false],
  ['html', false],
  ['csv', false],
  ['csv', true],
  ['json', false],
];

export function reportView({ params }) {
  const body = h('div', { class: 'report-body' });
  const loading = progress(t('report.generating'));
  body.append(loading.element);
  load(params.id, body);
  return h('section', { class: 'report' }, h('h1', {}, t('report.title')), body);
}

async function load(id, body) {
  try {
    const report = await api.get(`consultations/${seg(id)}/report?format=json&lang=${lang()}`);
    replace(body, content(id, report));
  } catch (error) {
    replace(body, problemBox(error));
  }
}

function content(id, report) {
  const names = articleNames(report.perArticle || []);
  return [
    roundFacts(report.round),
    downloads(id),
    totals(report.totals),
    h(
      'section',
      { class: 'report-charts', 'aria-labelledby': 'report-charts-h' },
      h('h2', { id: 'report-charts-h', class: 'visually-hidden' }, t('report.heat')),
      heatStrip(
        (report.perArticle || []).map((a) => ({ key: a.eId, label: names.get(a.eId), count: a.contributions })),
        (cell) => goToArticle(cell.key),
      ),
      h(
        'div',
        { class: 'chart-pair' },
        barChart(t('report.bySector'), report.bySector, (v) => label('sector', v), 'chart-sector'),
        barChart(t('report.byCountry'), report.byCountry, countryLabel, 'chart-country'),
      ),
      h(
        'div',
        { class: 'chart-pair' },
        barChart(t('report.byOrganisation'), report.byOrganisation, (v) => (v === 'none' ? t('report.noOrganisation') : v), 'chart-organisation'),
        barChart(t('report.byChannel'), report.byChannel, (v) => label('channel', v), 'chart-channel'),
      ),
      (report.byMeeting || []).length ? meetingChart(report.byMeeting) : null,
      h(
        'div',
        { class: 'chart-pair' },
        barChart(t('report.byDisposition'), report.byDisposition, (v) => label('disposition', v), 'chart-disposition'),
        barChart(t('report.byAnchor'), report.byAnchorState, (v) => label('anchor', v), 'chart-anchor'),
      ),
    ),
    unanswered(report.unanswered || [], names),
    articleSections(report, names),
  ];
}

/** Every meeting of the round, in the order held, with the contributions recorded at it. */
function meetingChart(meetings) {
  const byId = new Map(meetings.map((m) => [String(m.id), m]));
  return barChart(
    t('report.byMeeting'),
    Object.fromEntries(meetings.map((m) => [m.id, m.contributions])),
    (id) => `${byId.get(id).title} · ${formatDate(byId.get(id).startsAt)}`,
    'chart-meeting',
  );
}

function articleNames(sections) {
  return new Map(
    sections.map((a) => [a.eId, a.number == null ? t('report.articleInserted', { eId: a.eId }) : t('report.article', { number: a.number })]),
  );
}

function label(kind, value) {
  const text = t(`report.${kind}.${value}`);
  return text.startsWith('report.') ? value : text;
}

function countryLabel(code) {
  if (!code || code === 'none') return t('report.unknown');
  try {
    return new Intl.DisplayNames([document.documentElement.lang], { type: 'region' }).of(code) || code;
  } catch {
    return code;
  }
}

function roundFacts(round) {
  if (!round) return null;
  return h(
    'div',
    { class: 'round-facts' },
    h('h2', {}, round.title),
    h(
      'p',
      {},
      h('a', { href: href(`/laws/${round.law}`, { lang: (round.languages || [])[0] }) }, t('report.round', { law: round.lawTitle, version: round.version })),
      ' · ',
      h('span', { class: 'badge' }, label('status', round.status)),
    ),
    h('p', { class: 'muted' }, t('report.window', { start: formatDate(round.startsAt), end: formatDate(round.endsAt) })),
  );
}

/**
 * The report in every format, in the interface's language: plain links the browser follows with
 * the session cookie (same origin); the server names the files.
 */
function downloads(id) {
  const url = (format, bom) =>
    new URL(`api/consultations/${seg(id)}/report?format=${format}&lang=${lang()}${bom ? '&bom=true' : ''}`, document.baseURI).href;
  return h(
    'p',
    { class: 'actions downloads' },
    h('span', {}, `${t('report.download')}:`),
    FORMATS.map(([format, bom]) =>
      h(
        'a',
        { class: 'button', href: url(format, bom), 'data-format': bom ? `${format}-bom` : format, target: format === 'html' ? '_blank' : null, rel: 'noopener' },
        t(`report.format.${bom ? `${format}Bom` : format}`),
      ),
    ),
  );
}

function totals(values) {
  return h(
    'section',
    { 'aria-labelledby': 'report-totals-h' },
    h('h2', { id: 'report-totals-h' }, t('report.totals')),
    h(
      'dl',
      { class: 'totals' },
      TOTALS.map((key) =>
        h('div', { class: `total total-${key}` }, h('dt', {}, t(`report.total.${key}`)), h('dd', {}, (values?.[key] ?? 0).toLocaleString())),
      ),
    ),
  );
}

function unanswered(list, names) {
  return h(
    'section',
    { 'aria-labelledby': 'report-unanswered-h', class: 'report-unanswered' },
    h('h2', { id: 'report-unanswered-h' }, `${t('report.unanswered')} (${list.length})`),
    list.length === 0
      ? h('p', {}, t('report.unansweredNone'))
      : h(
          'div',
          { class: 'table-wrap' },
          h(
            'table',
            {},
            h('thead', {}, h('tr', {}, ['#', t('report.articleColumn'), t('report.kind'), t('report.author')].map((c) => h('th', { scope: 'col' }, c)))),
            h(
              'tbody',
              {},
              list.map((u) =>
                h(
                  'tr',
                  { 'data-comment': u.id },
                  h('td', {}, u.id),
                  h('td', {}, h('button', { type: 'button', class: 'link-button', onclick: () => goToArticle(u.article) }, names.get(u.article) || u.article)),
                  h('td', {}, label('kind', u.kind)),
                  h('td', {}, u.author),
                ),
              ),
            ),
          ),
        ),
  );
}

function goToArticle(eId) {
  const target = document.getElementById(`report-${eId}`);
  if (!target) return;
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

function articleSections(report, names) {
  const said = report.articles || [];
  const quiet = report.withoutContributions || [];
  return h(
    'section',
    { 'aria-labelledby': 'report-articles-h', class: 'report-articles' },
    h('h2', { id: 'report-articles-h' }, t('report.articles')),
    quiet.length ? h('p', { class: 'muted report-quiet' }, quietLine(quiet)) : null,
    said.length === 0 ? h('p', {}, t('report.articlesNone')) : said.map((s) => articleSection(s, names)),
  );
}

/** "Articles 4–9, 12: no contributions". */
function quietLine(runs) {
  const list = runs.map((r) => (r.from === r.to ? `${r.from}` : `${r.from}–${r.to}`)).join(', ');
  const one = runs.length === 1 && runs[0].from === runs[0].to;
  return t(one ? 'report.quietOne' : 'report.quiet', { list });
}

function articleSection(section, names) {
  return h(
    'section',
    { class: 'report-article', id: `report-${section.eId}`, tabindex: -1 },
    h('h3', {}, `${names.get(section.eId)}${section.heading ? `. ${section.heading}` : ''} (${section.threads})`),
    section.text ? h('details', { class: 'report-consulted' }, h('summary', {}, t('report.consulted')), h('p', {}, section.text)) : null,
    h(
      'ol',
      { class: 'threads' },
      section.contributions.map((entry) => h('li', {}, entryView(entry), replyList(entry.replies || []))),
    ),
  );
}

function replyList(replies) {
  return replies.length ? h('ol', { class: 'replies' }, replies.map((r) => h('li', {}, entryView(r)))) : null;
}

/** One comment, suggestion or reply; its texts are the participants' own, shown as text. */
function entryView(entry) {
  const author = entry.author || {};
  const who = [
    author.displayName,
    author.organisation,
    author.country ? countryLabel(author.country) : null,
    author.sector ? label('sector', author.sector) : null,
    entry.meeting || label('channel', entry.channel),
  ]
    .filter(Boolean)
    .join(' · ');
  return h(
    'article',
    { class: `report-entry kind-${entry.kind}`, 'data-comment': entry.id, lang: entry.lang },
    h('p', { class: 'entry-meta', lang: document.documentElement.lang }, h('strong', {}, label('kind', entry.kind)), ` · ${who} · ${formatDate(entry.createdAt)}`),
    entry.passage ? h('p', { class: 'entry-passage' }, t('report.passage', { quote: entry.passage })) : null,
    entry.hiddenReason ? h('p', { class: 'warning' }, t('report.hidden', { reason: entry.hiddenReason })) : null,
    entry.withdrawnAt ? h('p', { class: 'muted' }, t('report.withdrawn', { date: formatDate(entry.withdrawnAt) })) : null,
    entry.text ? h('p', { class: 'entry-text' }, entry.text) : null,
    entry.replacement ? h('div', { class: 'entry-replacement' }, h('p', { class: 'muted' }, t('report.replacement')), h('p', {}, entry.replacement)) : null,
    (entry.attachments || []).length ? h('p', { class: 'muted' }, `${t('report.attachments')}: ${entry.attachments.join(', ')}`) : null,
    entry.kind !== 'reply' && !entry.hiddenReason && !entry.withdrawnAt ? answer(entry.answer) : null,
  );
}

function answer(given) {
  if (!given) return h('p', { class: 'entry-answer unanswered' }, h('span', { class: 'badge' }, t('report.noAnswer')));
  return h(
    'div',
    { class: 'entry-answer answered' },
    h('p', { lang: document.documentElement.lang }, h('strong', {}, t('report.answer', { disposition: label('disposition', given.disposition) }))),
    given.response ? h('p', { class: 'entry-response' }, given.response) : null,
    given.implementedIn
      ? h('p', {}, h('a', { href: given.implementedIn.link }, t('report.implemented', { revision: given.implementedIn.number })))
      : null,
  );
}
