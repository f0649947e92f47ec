// What drafters share of a law: who reads its working text (everyone, or the drafting team only,
// who then share the versions they publish), and which versions are published. The reader asks
// here which text a visitor sees.

import { h } from '../dom.js';
import { formatDate, t } from '../i18n.js';
import { api, seg } from '../api.js';
import { announce, clearProblem, field, problemBox, showProblem } from '../components.js';
import { href, render } from '../router.js';
import { isDrafter } from '../session.js';
import { forgetLawSummaries } from './law-nav.js';

/** Whether the caller reads only the published versions of this law ({workingText} of its summary). */
export function readsPublishedOnly(law) {
  return law.workingText === 'drafters' && !isDrafter();
}

/** The latest published version in {versions} (as the API lists them), or undefined. */
export function latestPublished(versions) {
  return versions.filter((v) => v.published).at(-1);
}

/**
 * Above the text: for a visitor of a law kept for its drafters who did not choose a version, that
 * this is the latest published one ({reading}: the version asked for, or null);
 * for a drafter, the switch between the working text and the latest published version.
 */
export function readerSwitch(slug, lang, law, versions, reading) {
  const published = latestPublished(versions);
  if (readsPublishedOnly(law)) {
    if (reading != null) return null;
    return h('p', { class: 'notice published-notice' }, t('publication.readingPublished', { label: published.label, version: published.number }));
  }
  if (!isDrafter() || !published) return null;
  const working = reading == null;
  return h(
    'p',
    { class: 'reader-switch', role: 'group', 'aria-label': t('publication.switch') },
    h('a', { href: href(`/laws/${slug}`, { lang }), 'aria-current': working ? 'true' : null }, t('publication.working')),
    ' · ',
    h('a', { href: href(`/laws/${slug}`, { lang, version: published.number }), 'aria-current': String(reading) === String(published.number) ? 'true' : null }, t('publication.latest', { label: published.label, version: published.number })),
    law.workingText === 'drafters' ? h('span', { class: 'muted' }, ` — ${t('publication.draftersOnly')}`) : null,
  );
}

/** The drafters' choice of who reads the working text. */
export function visibilityForm(slug, law) {
  const form = h(
    'form',
    { class: 'stack narrow visibility-form' },
    h('h2', {}, t('publication.visibility')),
    h('p', { class: 'visibility-now' }, t(`publication.now.${law.workingText}`)),
    h('div', { class: 'form-problem' }),
    field({
      label: t('publication.readers'),
      name: 'workingText',
      type: 'select',
      value: law.workingText,
      options: ['everyone', 'drafters'].map((value) => ({ value, label: t(`publication.readers.${value}`) })),
    }),
    h('p', { class: 'muted' }, t('publication.readersHint')),
    h('button', { type: 'submit', class: 'primary' }, t('publication.save')),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    try {
      const saved = await api.put(`laws/${seg(slug)}/visibility`, { workingText: form.workingText.value });
      forgetLawSummaries();
      announce(t(`publication.now.${saved.workingText}`));
      render();
    } catch (error) {
      showProblem(form, error);
    }
  });
  return form;
}

/** A version's publication: when, and for drafters the button that publishes or withdraws it. */
export function publicationCell(slug, version) {
  const state = version.published
    ? h('span', { class: 'published' }, t('publication.publishedOn', { date: formatDate(version.publishedAt) }))
    : h('span', { class: 'muted' }, t('publication.notPublished'));
  if (!isDrafter()) return state;
  const next = version.published ? 'unpublish' : 'publish';
  const button = h('button', { type: 'button', class: `${next}-version` }, t(`publication.${next}`, { version: version.number }));
  button.addEventListener('click', async () => {
    try {
      await api.post(`laws/${seg(slug)}/versions/${version.number}/${next}`);
      announce(t(`publication.did.${next}`, { version: version.number }));
      render();
    } catch (error) {
      button.after(problemBox(error));
    }
  });
  return h('div', { class: 'publication' }, state, ' ', button);
}
