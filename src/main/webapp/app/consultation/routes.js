// Consultation screens: rounds, registration, reading and commenting, one's own comments, and the
// drafters' queue and suggestion review. The round's report (#/consultations/:id/report, linked
// from the round's screens) is a module of its own, registered here beside these.

import { messages as consultationMessages } from './messages.js';
import { roundList } from './round-list.js';
import { registerView } from './register.js';
import { roundReader } from './round-reader.js';
import { myComments } from './my-comments.js';
import { queue } from './queue.js';
import { suggestionReview } from './suggestion-review.js';

export const messages = consultationMessages;

// The screens' own stylesheet, next to this module wherever the application is served from.
const stylesheet = document.createElement('link');
stylesheet.rel = 'stylesheet';
stylesheet.href = new URL('./consultation.css', import.meta.url).href;
document.head.append(stylesheet);

export const routes = [
  { path: '/consultations', view: roundList },
  { path: '/consultations/register', view: registerView },
  { path: '/consultations/:id', view: roundReader },
  { path: '/consultations/:id/mine', view: myComments },
  { path: '/consultations/:id/queue', view: queue },
  { path: '/consultations/:id/suggestions/:sid', view: suggestionReview },
];
