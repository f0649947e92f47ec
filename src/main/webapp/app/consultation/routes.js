// Consultation screens: rounds, registration, reading and commenting, one's own comments, the
// public docket, the drafters' queue and suggestion review, and the round's report with its charts
// (a module of its own, linked from the round's screens).

import { messages as consultationMessages } from './messages.js';
import { messages as reportMessages } from './report-messages.js';
import { messages as meetingMessages } from './meeting-messages.js';
import { roundList } from './round-list.js';
import { registerView } from './register.js';
import { roundReader } from './round-reader.js';
import { myComments } from './my-comments.js';
import { queue } from './queue.js';
import { suggestionReview } from './suggestion-review.js';
import { reportView } from './report.js';
import { draftersOnly } from './drafters-only.js';
import { meetingsView } from './meetings.js';
import { meetingRecorder } from './meeting-recorder.js';
import { docketView } from './docket.js';

export const messages = {
  es: { ...consultationMessages.es, ...reportMessages.es, ...meetingMessages.es },
  en: { ...consultationMessages.en, ...reportMessages.en, ...meetingMessages.en },
};

// The screens' own stylesheets, next to this module wherever the application is served from.
for (const sheet of ['./consultation.css', './report.css', './meetings.css']) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL(sheet, import.meta.url).href;
  document.head.append(link);
}

export const routes = [
  { path: '/consultations', view: roundList },
  { path: '/consultations/register', view: registerView },
  { path: '/consultations/:id', view: roundReader },
  { path: '/consultations/:id/mine', view: myComments },
  { path: '/consultations/:id/queue', view: draftersOnly(queue) },
  { path: '/consultations/:id/suggestions/:sid', view: draftersOnly(suggestionReview) },
  { path: '/consultations/:id/report', view: draftersOnly(reportView) },
  { path: '/consultations/:id/meetings', view: draftersOnly(meetingsView) },
  { path: '/consultations/:id/meetings/:mid', view: draftersOnly(meetingRecorder) },
  { path: '/consultations/:id/docket', view: docketView },
];
