// The implementation map: the heat map of a law, a country's profile and an article's profile.

import { h } from '../dom.js';
import { messages as implementationMessages } from './messages.js';
import { mapView } from './map.js';
import { articleView, countryView } from './profiles.js';

// This capability's own styles, beside its modules.
document.head.append(h('link', { rel: 'stylesheet', href: new URL('./implementation.css', import.meta.url).href }));

export const messages = implementationMessages;

export const routes = [
  { path: '/laws/:law/implementation', view: mapView },
  { path: '/laws/:law/implementation/countries/:country', view: countryView },
  { path: '/laws/:law/implementation/articles/:eId', view: articleView },
];
