// Drafting screens: laws, reading, history, redlines, versions, translations. Routes and
// messages only; the views live in their own modules.

import { lawList } from './law-list.js';
import { lawReader } from './law-reader.js';
import { articleDiff, articleHistory } from './history.js';
import { lawVersions } from './versions.js';
import { lawDiff } from './law-diff.js';
import { translateArticle, translations } from './translations.js';
import { messages as draftingMessages } from './messages.js';
import { messages as structureMessages } from './structure-messages.js';
import { messages as publicationMessages } from './publication-messages.js';

export const messages = {
  es: { ...draftingMessages.es, ...structureMessages.es, ...publicationMessages.es },
  en: { ...draftingMessages.en, ...structureMessages.en, ...publicationMessages.en },
};

export const routes = [
  { path: '/laws', view: lawList },
  { path: '/laws/:law', view: lawReader },
  { path: '/laws/:law/versions', view: lawVersions },
  { path: '/laws/:law/diff', view: lawDiff },
  { path: '/laws/:law/translations', view: translations },
  { path: '/laws/:law/translations/:eId', view: translateArticle },
  { path: '/laws/:law/articles/:eId/history', view: articleHistory },
  { path: '/laws/:law/articles/:eId/diff', view: articleDiff },
];
