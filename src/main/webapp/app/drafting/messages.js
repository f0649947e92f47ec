// Drafting messages, es and en.

export const messages = {
  es: {
    'laws.title': 'Leyes modelo',
    'laws.empty': 'Aún no hay leyes.',
    'laws.topic': 'Tema',
    'laws.languages': 'Idiomas',
  },
  en: {
    'laws.title': 'Model laws',
    'laws.empty': 'There are no laws yet.',
    'laws.topic': 'Topic',
    'laws.languages': 'Languages',
  },
};
