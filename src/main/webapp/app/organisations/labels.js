// How an organisation's fields read on screen: sector and status in the interface language,
// country by name, the name in the interface language where the organisation has one.

import { lang, t } from '../i18n.js';
import { countryName } from '../consultation/round-data.js';

export function sectorLabel(sector) {
  return sector ? t(`consultation.sector.${sector}`) : '';
}

export function statusLabel(status) {
  return t(`organisations.status.${status}`);
}

export function countryLabel(code) {
  return code ? countryName(code) : t('organisations.international');
}

export function displayName(organisation) {
  return organisation.names?.[lang()] || organisation.name;
}

/** "ONU Mujeres (ONUM) — international organisation, Mexico" for a pick list. */
export function summary(organisation) {
  const acronym = organisation.acronym ? ` (${organisation.acronym})` : '';
  return `${displayName(organisation)}${acronym} — ${countryLabel(organisation.country)}, ${sectorLabel(organisation.sector)}`;
}
