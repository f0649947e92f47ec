// What the consultation screens read from the API: rounds (found through their laws, since the
// API lists rounds per law), the consulted text, and the fixed lists (sectors, dispositions,
// anchor states, countries).

import { api, request, seg } from '../api.js';
import { lang } from '../i18n.js';

export const SECTORS = [
  'government',
  'parliament',
  'judiciary',
  'national_human_rights_institution',
  'civil_society',
  'academia',
  'international_organisation',
  'private_sector',
  'individual',
];

export const DISPOSITIONS = ['accepted', 'partially_accepted', 'not_accepted', 'noted', 'out_of_scope'];

export const ANCHOR_STATES = ['exact', 'moved', 'changed', 'orphaned'];

// ISO 3166-1 alpha-2, the codes the server accepts (Java's Locale.getISOCountries()).
const COUNTRY_CODES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS ' +
  'BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE ' +
  'EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM ' +
  'HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC ' +
  'LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA ' +
  'NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO ' +
  'TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

/** Countries as {value, label}, named and sorted in the interface language. */
export function countries() {
  const names = new Intl.DisplayNames([lang()], { type: 'region' });
  const collator = new Intl.Collator(lang());
  return COUNTRY_CODES.map((code) => ({ value: code, label: names.of(code) || code })).sort((a, b) =>
    collator.compare(a.label, b.label),
  );
}

export function countryName(code) {
  if (!code) return '';
  return new Intl.DisplayNames([lang()], { type: 'region' }).of(code) || code;
}

/** Every round of every law, newest first, each with its law's summary. */
export async function allRounds() {
  const laws = await api.get('laws');
  const perLaw = await Promise.all(
    laws.map(async (law) => (await api.get(`laws/${seg(law.slug)}/consultations`)).map((round) => ({ ...round, lawSummary: law }))),
  );
  return perLaw.flat().sort((a, b) => b.id - a.id);
}

/** One round by id; `law` (a slug) spares a search through every law. */
export async function findRound(id, law) {
  if (law) {
    try {
      return await api.get(`laws/${seg(law)}/consultations/${seg(id)}`);
    } catch (error) {
      if (error.status !== 404) throw error;
    }
  }
  const round = (await allRounds()).find((r) => String(r.id) === String(id));
  if (!round) {
    const error = new Error(`no consultation ${id}`);
    error.status = 404;
    throw error;
  }
  return round;
}

/** The language to read a round in: the one asked for, else the interface's, else its first. */
export function roundLanguage(round, asked) {
  if (round.languages.includes(asked)) return asked;
  return round.languages.includes(lang()) ? lang() : round.languages[0];
}

/** The law as recorded in the round's version, in one language. */
export function consultedText(round, language) {
  return api.get(`laws/${seg(round.law)}/versions/${round.version}?lang=${seg(language)}`);
}

/** The articles of a law view, in reading order. */
export function articlesOf(view) {
  const out = [];
  const walk = (nodes) =>
    nodes.forEach((node) => (node.children ? walk(node.children) : node.text !== undefined && out.push(node)));
  walk(view.body || []);
  return out;
}

/** eId → article of the consulted text, for each of the given languages of the round. */
export async function articleMaps(round, languages = round.languages) {
  const maps = new Map();
  for (const language of new Set(languages)) {
    maps.set(language, new Map(articlesOf(await consultedText(round, language)).map((a) => [a.eId, a])));
  }
  return maps;
}

/** A page of the round's comments: {comments, total}. */
export async function commentPage(roundId, query) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') params.set(key, value);
  }
  const response = await request('GET', `consultations/${seg(roundId)}/comments?${params}`);
  return { comments: response.data, total: Number(response.headers.get('X-Total-Count') || response.data.length) };
}

/**
 * The round's title and description in the interface language when it has them there, else in
 * the language of the text being read, else the round's own.
 */
export function roundText(round, reading) {
  const texts = round.texts || {};
  const own = texts[lang()] || texts[reading];
  return own ? { title: own.title, description: own.description } : { title: round.title, description: round.description };
}
