// The report's charts, drawn as inline SVG: comments per article as a heat strip along the law,
// and counts as bars. Every chart says what it shows in text too: the strip has a summary, a
// detail line for the cell in focus and a data table; the bars sit in a table with their numbers.

import { h } from '../dom.js';
import { t } from '../i18n.js';

const SVG = 'http://www.w3.org/2000/svg';
/** Light to dark; 0 has its own pale colour so that "no comments" is not mistaken for "few". */
const SCALE = ['#f1f3f5', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];

/** Like dom.js's h() for SVG elements: attributes set as given, children as text nodes or nodes. */
function svg(tag, attrs, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
    else if (value !== null && value !== undefined) el.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** The colour step (0–5) of a count, given the largest count. */
export function step(count, max) {
  if (!count) return 0;
  return Math.max(1, Math.ceil((count / max) * (SCALE.length - 1)));
}

/**
 * cells: [{key, label, count}] in law order. onPick(cell) is called when a cell is chosen (click
 * or Enter), to go to what was said on that article.
 */
export function heatStrip(cells, onPick) {
  const max = Math.max(0, ...cells.map((c) => c.count));
  const top = cells.reduce((best, c) => (c.count > (best?.count ?? 0) ? c : best), null);
  const summary = top ? t('report.heatSummary', { articles: cells.length, top: top.label, count: top.count }) : t('report.heatNone');
  const detail = h('p', { class: 'heat-detail', 'aria-live': 'polite' }, summary);
  const rects = cells.map((cell, i) =>
    svg(
      'rect',
      {
        x: i,
        y: 0,
        width: 1,
        height: 1,
        fill: SCALE[step(cell.count, max)],
        class: 'heat-cell',
        'data-article': cell.key,
        'data-count': cell.count,
        role: 'img',
        'aria-label': t('report.heatCell', { article: cell.label, count: cell.count }),
        tabindex: i === 0 ? 0 : -1,
        onfocus: () => (detail.textContent = t('report.heatCell', { article: cell.label, count: cell.count })),
        onclick: () => onPick(cell),
      },
      svg('title', {}, t('report.heatCell', { article: cell.label, count: cell.count })),
    ),
  );
  const strip = svg(
    'svg',
    { class: 'heat-strip', viewBox: `0 0 ${Math.max(cells.length, 1)} 1`, preserveAspectRatio: 'none', role: 'group', 'aria-label': `${t('report.heat')}. ${summary}` },
    rects,
  );
  strip.addEventListener('keydown', (event) => moveAlong(event, rects, cells, onPick));
  return h(
    'figure',
    { class: 'chart heat' },
    h('figcaption', {}, h('h3', {}, t('report.heat')), h('p', { class: 'muted' }, t('report.heatLead'))),
    strip,
    h('div', { class: 'heat-axis', 'aria-hidden': 'true' }, h('span', {}, cells[0]?.label || ''), h('span', {}, cells.at(-1)?.label || '')),
    detail,
    legend(max),
    h('details', { class: 'heat-data' }, h('summary', {}, t('report.heatTable')), dataTable(t('report.heat'), cells)),
  );
}

/** Arrow keys move focus along the strip (one tab stop for the whole strip); Enter picks. */
function moveAlong(event, rects, cells, onPick) {
  const at = rects.indexOf(event.target);
  if (at < 0) return;
  const moves = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: rects.length - 1 };
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    onPick(cells[at]);
    return;
  }
  if (!(event.key in moves)) return;
  event.preventDefault();
  const next = Math.min(rects.length - 1, Math.max(0, moves[event.key]));
  rects[at].setAttribute('tabindex', -1);
  rects[next].setAttribute('tabindex', 0);
  rects[next].focus();
}

function legend(max) {
  const steps = SCALE.map((colour, i) => ({ colour, text: legendText(i, max) })).filter((s) => s.text !== null);
  return h(
    'div',
    { class: 'heat-legend' },
    h('span', { class: 'muted' }, `${t('report.heatLegend')}:`),
    steps.map((s) =>
      h(
        'span',
        { class: 'legend-step' },
        svg('svg', { width: 14, height: 14, 'aria-hidden': 'true', focusable: 'false' }, svg('rect', { width: 14, height: 14, fill: s.colour, stroke: '#6b7785' })),
        s.text,
      ),
    ),
  );
}

/** The counts that step i stands for, or null when no count falls in it. */
function legendText(i, max) {
  if (i === 0) return '0';
  const steps = SCALE.length - 1;
  const low = Math.floor(((i - 1) * max) / steps) + 1;
  const high = Math.floor((i * max) / steps);
  if (high < low) return null;
  return low === high ? String(low) : `${low}–${high}`;
}

function dataTable(caption, rows) {
  return h(
    'table',
    {},
    h('caption', { class: 'visually-hidden' }, caption),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('report.value')), h('th', { scope: 'col', class: 'num' }, t('report.count')))),
    h('tbody', {}, rows.map((row) => h('tr', {}, h('th', { scope: 'row' }, row.label), h('td', { class: 'num' }, row.count)))),
  );
}

/**
 * Counts as horizontal bars: a table whose rows are label, bar and number, so the numbers are
 * read as text and the bars (inline SVG) are only what the eye compares.
 */
export function barChart(title, counts, label, id) {
  const rows = Object.entries(counts || {})
    .map(([value, count]) => ({ value, label: label(value), count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  const max = Math.max(1, ...rows.map((r) => r.count));
  return h(
    'figure',
    { class: 'chart bars', id },
    h('figcaption', {}, h('h3', {}, title)),
    rows.length === 0
      ? h('p', {}, t('report.none'))
      : h(
          'table',
          { class: 'bar-table' },
          h('caption', { class: 'visually-hidden' }, title),
          h(
            'thead',
            { class: 'visually-hidden' },
            h('tr', {}, h('th', { scope: 'col' }, t('report.value')), h('td', {}), h('th', { scope: 'col' }, t('report.count'))),
          ),
          h('tbody', {}, rows.map((row) => barRow(row, max))),
        ),
  );
}

function barRow(row, max) {
  const width = (row.count / max) * 100;
  return h(
    'tr',
    { 'data-value': row.value },
    h('th', { scope: 'row' }, row.label),
    h(
      'td',
      { class: 'bar-cell', 'aria-hidden': 'true' },
      svg('svg', { class: 'bar', viewBox: '0 0 100 10', preserveAspectRatio: 'none', focusable: 'false' }, svg('rect', { width, height: 10 })),
    ),
    h('td', { class: 'num' }, row.count.toLocaleString()),
  );
}
