// Searching the registry as one types: a short pause before asking, Enter to ask at once, and
// only the latest question's answer shown.

import { api } from '../api.js';

const SEARCH_DELAY_MS = 250;
const SHOWN = 10;

/** Calls `show(found, q)` with the registry's organisations matching what `input` holds. */
export function searchRegistry(input, show) {
  let timer = null;
  let asked = 0;
  const find = async () => {
    const ticket = ++asked;
    const q = input.value.trim();
    let found = [];
    if (q) {
      try {
        found = await api.get(`organisations?${new URLSearchParams({ q, limit: SHOWN })}`);
      } catch {
        found = [];
      }
    }
    if (ticket === asked) show(found, q);
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(find, SEARCH_DELAY_MS);
  });
  // Enter in the search box searches; it must not submit the form around it.
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    clearTimeout(timer);
    find();
  });
}
