// Research screens: national legislation (search, provisions, imports) and the comparative work
// on model-law articles (comparable provisions, links, the view by country, the law-wide overview),
// and the search of the model laws' texts and comments.

import { h } from '../dom.js';
import { messages as researchMessages } from './messages.js';
import { searchView } from './search.js';
import { provisionView } from './provision.js';
import { importView } from './imports.js';
import { comparableView } from './comparable.js';
import { comparativeView } from './comparative.js';
import { referencesOverview } from './overview.js';
import { workSearchView } from './work-search.js';

// This capability's own styles, beside its modules.
document.head.append(h('link', { rel: 'stylesheet', href: new URL('./research.css', import.meta.url).href }));

export const messages = researchMessages;

export const routes = [
  { path: '/research', view: searchView },
  { path: '/research/imports', view: importView },
  { path: '/research/work', view: workSearchView },
  { path: '/research/provisions/:id', view: provisionView },
  { path: '/laws/:law/articles/:eId/comparable', view: comparableView },
  { path: '/laws/:law/articles/:eId/comparative', view: comparativeView },
  { path: '/laws/:law/references', view: referencesOverview },
];
