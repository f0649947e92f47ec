// What both search screens show when the server refuses the query itself (a 400 naming `q`): the
// results and filters of the search before go away, since they do not answer what was typed, and
// the message says in the interface's language what is wrong with the query. Other problems (a
// bad filter, the server down) get the usual problem box.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { problemBox } from '../components.js';

const EXPLAINED = new Set(['invalid-format', 'too-long']);

/** Clears `results` and `facets` and shows why `error` refused the search; marks `input` at fault. */
export function showSearchProblem(error, { input, results, facets }) {
  facets.replaceChildren();
  if (error?.field !== 'q') {
    results.replaceChildren(problemBox(error));
    return;
  }
  const code = error.problem?.code;
  const message = h(
    'div',
    { class: 'problem query-problem', role: 'alert', id: `${input.id}-problem` },
    h('strong', {}, t('research.badQuery.title')),
    h('p', {}, t(`research.badQuery.${EXPLAINED.has(code) ? code : 'other'}`)),
  );
  results.replaceChildren(message);
  input.setAttribute('aria-invalid', 'true');
  input.setAttribute('aria-describedby', message.id);
}

/** Lifts what showSearchProblem put on the query box, once a search has gone through. */
export function clearQueryProblem(input) {
  input.removeAttribute('aria-invalid');
  input.removeAttribute('aria-describedby');
}
