// The map read along one line: a country's profile (how its legislation covers each article, with
// the provisions) and an article's profile (which countries adopted it and how). Drafters and
// researchers record and revise assessments from either, with candidates offered.

import { h, paragraphs, replace } from '../dom.js';
import { lang as uiLang, t } from '../i18n.js';
import { api, seg } from '../api.js';
import { hasRole } from '../session.js';
import { disclosure } from '../components.js';
import { contentLanguage, lawNav } from '../drafting/law-nav.js';
import { provisionHref } from '../research/labels.js';
import { STATUSES, apiPath, articleHref, articleName, countryHref, mapHref, statusBadge } from './labels.js';
import { assessmentForm, provisionLabel } from './assessment-form.js';

const mayAssess = () => hasRole('drafter', 'researcher');

export async function countryView({ params, query }) {
  const { law, country } = params;
  const lang = await contentLanguage(law, query);
  const profile = await api.get(`${apiPath(law)}/countries/${seg(country)}?lang=${lang}`);
  const focus = query.get('article');
  const summary = counts(profile.counts);
  const entries = profile.articles.map((entry) =>
    entryCard({
      law,
      lang,
      eId: entry.eId,
      country: profile.country,
      title: h('a', { href: articleHref(law, entry.eId, lang) }, articleName(entry)),
      subtitle: entry.heading,
      label: articleName(entry),
      entry,
      open: entry.eId === focus,
      deleted: entry.deleted,
      summary,
    }),
  );
  const view = h(
    'section',
    { class: 'impl-profile impl-country-profile', 'data-country': profile.country },
    lawNav(law, lang, 'implementation'),
    h('p', {}, h('a', { href: mapHref(law, lang) }, t('impl.backToMap'))),
    h('h1', {}, t('impl.countryTitle', { country: profile.name })),
    summary.element,
    h('ol', { class: 'impl-entries' }, entries),
  );
  if (focus) queueMicrotask(() => view.querySelector(`[data-article="${CSS.escape(focus)}"]`)?.scrollIntoView());
  return view;
}

export async function articleView({ params, query }) {
  const { law, eId } = params;
  const lang = await contentLanguage(law, query);
  const profile = await api.get(`${apiPath(law)}/articles/${seg(eId)}?lang=${lang}`);
  const sort = query.get('sort') === 'status' ? 'status' : 'name';
  const countries = [...profile.countries].sort((a, b) =>
    sort === 'status'
      ? STATUSES.indexOf(a.assessment.status) - STATUSES.indexOf(b.assessment.status) || a.name.localeCompare(b.name)
      : a.name.localeCompare(b.name),
  );
  const title = articleName(profile);
  const summary = counts(profile.counts);
  return h(
    'section',
    { class: 'impl-profile impl-article-profile', 'data-article': eId },
    lawNav(law, lang, 'implementation'),
    h('p', {}, h('a', { href: mapHref(law, lang) }, t('impl.backToMap'))),
    h('h1', {}, t('impl.articleTitle', { article: title })),
    h('div', { class: 'article-context', lang }, h('h2', {}, profile.heading || title), paragraphs(profile.text)),
    summary.element,
    h(
      'p',
      { class: 'actions impl-sort' },
      h('a', { href: articleHref(law, eId, lang), 'aria-current': sort === 'name' ? 'true' : null }, t('impl.sort.name')),
      ' · ',
      h('a', { href: `${articleHref(law, eId, lang)}&sort=status`, 'aria-current': sort === 'status' ? 'true' : null }, t('impl.form.status')),
    ),
    h(
      'ol',
      { class: 'impl-entries' },
      countries.map((entry) =>
        entryCard({
          law,
          lang,
          eId,
          country: entry.country,
          title: h('a', { href: countryHref(law, entry.country, lang) }, entry.name),
          label: title,
          entry,
          deleted: profile.deleted,
          summary,
        }),
      ),
    ),
  );
}

/** The counts by status, kept up to date as assessments are recorded on the page. */
function counts(byStatus) {
  const tally = { ...byStatus };
  const list = h('ul', { class: 'impl-summary' });
  const draw = () => replace(list, STATUSES.map((status) => h('li', { 'data-status': status }, statusBadge(status), ` ${tally[status]}`)));
  draw();
  return {
    element: list,
    moved(from, to) {
      tally[from] -= 1;
      tally[to] += 1;
      draw();
    },
  };
}

/** One article of a country, or one country of an article: the assessment and what grounds it. */
function entryCard({ law, lang, eId, country, title, subtitle, label, entry, open, deleted, summary }) {
  const a = entry.assessment;
  let shown = a.status;
  const item = h('li', { class: `impl-entry status-${a.status}`, 'data-article': eId, 'data-country': country });
  const slot = h('div', { class: 'form-slot' });
  const draw = (assessment, message) => {
    replace(
      item,
      h('h2', {}, title, subtitle ? h('span', { class: 'impl-heading', lang }, ` ${subtitle}`) : null),
      h('p', { class: 'impl-current' }, statusBadge(assessment.status)),
      message ? h('p', { class: 'warning', role: 'alert' }, message) : null,
      assessment.version > 0
        ? h('p', { class: 'muted impl-by' }, t('impl.by', { by: assessment.assessedBy, date: new Date(assessment.assessedAt).toLocaleDateString(uiLang()), version: assessment.version }))
        : null,
      assessment.note ? h('p', { class: 'reference-note' }, assessment.note) : null,
      provisions(t('impl.grounding'), assessment.provisions),
      provisions(t('impl.references'), entry.references, t('impl.noReferences')),
      assessment.version > 0 ? history(law, eId, country) : null,
      mayAssess() && !deleted
        ? h(
            'p',
            { class: 'actions' },
            h('button', { type: 'button', class: 'impl-record', onclick: () => openForm() }, assessment.version > 0 ? t('impl.revise') : t('impl.record')),
          )
        : null,
      slot,
    );
    item.className = `impl-entry status-${assessment.status}`;
    if (assessment.status !== shown) summary.moved(shown, assessment.status);
    shown = assessment.status;
  };
  const openForm = async () => {
    const form = await assessmentForm(
      law,
      eId,
      country,
      label,
      async (saved, message) => {
        const fresh = saved || (await api.get(`${apiPath(law)}/${seg(eId)}/${seg(country)}`)).assessment;
        draw(fresh, message);
        item.querySelector('h2').setAttribute('tabindex', '-1');
        item.querySelector('h2').focus();
      },
      () => replace(slot),
    );
    replace(slot, form);
    form.querySelector('input[name=status]:checked, input[name=status]')?.focus();
  };
  draw(a);
  if (open && mayAssess() && !deleted) openForm();
  return item;
}

function provisions(title, list, empty) {
  if (!list.length && !empty) return null;
  return h(
    'div',
    { class: 'impl-provisions-list' },
    h('h3', {}, title),
    list.length
      ? h('ul', {}, list.map((p) => h('li', { lang: p.lang }, h('a', { href: provisionHref(p.id) }, provisionLabel(p)), p.excerpt ? h('p', { class: 'muted' }, p.excerpt) : null)))
      : h('p', { class: 'muted' }, empty),
  );
}

/** The versions of a cell, loaded the first time the history is opened. */
function history(law, eId, country) {
  const list = h('ol', { class: 'impl-history-list' });
  const root = disclosure(t('impl.history'), list, 'impl-history');
  const load = async () => {
    const versions = await api.get(`${apiPath(law)}/${seg(eId)}/${seg(country)}/history`);
    replace(
      list,
      versions.map((v) =>
        h(
          'li',
          {},
          statusBadge(v.status),
          ' — ',
          t('impl.by', { by: v.assessedBy, date: new Date(v.assessedAt).toLocaleDateString(uiLang()), version: v.version }),
          v.note ? h('p', { class: 'reference-note' }, v.note) : null,
        ),
      ),
    );
  };
  root.querySelector('.disclosure-button').addEventListener('click', load, { once: true });
  return root;
}
