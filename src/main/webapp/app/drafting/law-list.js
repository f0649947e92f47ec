// The list of laws, each with its title, its topic's name and its languages' names. A topic is
// stored as a slug; the screens name the shipped topics (topic.* messages) and leave others out.

import { h } from '../dom.js';
import { hasMessage, lang, t } from '../i18n.js';
import { api } from '../api.js';
import { href } from '../router.js';

export async function lawList() {
  const laws = await api.get('laws');
  return h(
    'section',
    {},
    h('h1', {}, t('laws.title')),
    laws.length === 0 ? h('p', {}, t('laws.empty')) : h('ul', { class: 'cards law-cards' }, laws.map(lawCard)),
  );
}

function lawCard(law) {
  const contentLang = law.languages.includes(lang()) ? lang() : law.languages[0];
  return h(
    'li',
    {},
    h(
      'a',
      { class: 'card', href: href(`/laws/${law.slug}`, { lang: contentLang }), lang: contentLang },
      law.titles[contentLang] || law.slug,
    ),
    h(
      'p',
      { class: 'muted' },
      hasMessage(`topic.${law.topic}`) ? `${t('laws.topic')}: ${t(`topic.${law.topic}`)} · ` : '',
      `${t('laws.languages')}: ${law.languages.map((code) => t(`lang.${code}`)).join(', ')}`,
      law.workingText === 'drafters' ? ` · ${t('publication.listDraftersOnly')}` : '',
    ),
  );
}
