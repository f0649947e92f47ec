// Names people read for the codes legislation carries (countries, languages, instrument types,
// in-force states), and the addresses of provisions in the application and the API.

import { lang, t } from '../i18n.js';
import { href } from '../router.js';
import { seg } from '../api.js';

function displayName(type, code) {
  try {
    return new Intl.DisplayNames([lang()], { type }).of(code) || code;
  } catch {
    return code;
  }
}

export const countryName = (code) => (code ? displayName('region', String(code).toUpperCase()) : '');
export const languageName = (code) => (code ? displayName('language', code) : '');
export const typeName = (type) => (type ? t(`research.type.${type}`) : '');

/** true, false or null (unknown) as the API gives it; also the facet's 'true'/'false'/'unknown'. */
export function inForceName(value) {
  const key = value === null || value === undefined ? 'unknown' : String(value);
  return t(`research.inForce.${key}`);
}

/** Provision ids hold slashes (cl/es/ley-21675/art-1): one route segment, encoded whole. */
export const provisionHref = (id) => href(`/research/provisions/${encodeURIComponent(id)}`);

/** The API path of a provision: its id keeps its slashes, each part encoded. */
export const provisionPath = (id) => `legislation/provisions/${String(id).split('/').map(seg).join('/')}`;

/** "Ley 1, art. 3 — Purpose": the instrument's short title (or title), label and title. */
export function provisionName(instrument, label, title) {
  const name = instrument?.shortTitle || instrument?.title || instrument?.id || '';
  const labelled = label ? `${name}, ${t('provision.label', { label })}` : name;
  return title ? `${labelled} — ${title}` : labelled;
}

/** "Chile · Law · 2024 · In force"; in-force status left out when the data does not carry it. */
export function instrumentFacts(instrument, inForce) {
  const status = inForce === undefined ? null : inForceName(inForce);
  return [countryName(instrument?.country), typeName(instrument?.type), instrument?.year, status]
    .filter((part) => part !== '' && part !== null && part !== undefined)
    .join(' · ');
}
