// Passages as the API counts them: offsets in Unicode code points, with the quote. The browser
// counts UTF-16 units, so every offset crosses this module on its way in or out.

import { h } from '../dom.js';

/** Code points in a string (a surrogate pair is one). */
export const codePoints = (text) => [...text].length;

/** The passage {start, end, quote} for UTF-16 offsets [from, to) of text, or null if empty. */
export function passageAt(text, from, to) {
  let [a, b] = from <= to ? [from, to] : [to, from];
  // Never split a surrogate pair: widen to the whole character.
  if (a > 0 && isLowSurrogate(text.charCodeAt(a))) a -= 1;
  if (b < text.length && isLowSurrogate(text.charCodeAt(b))) b += 1;
  if (b <= a) return null;
  const quote = text.slice(a, b);
  if (!quote.trim()) return null;
  const start = codePoints(text.slice(0, a));
  return { start, end: start + codePoints(quote), quote };
}

const isLowSurrogate = (unit) => unit >= 0xdc00 && unit <= 0xdfff;

/**
 * The passage the document selection covers inside element (whose text content is the article
 * text, exactly), or null when nothing inside it is selected. A selection running out of the
 * element is cut at its edges.
 */
export function selectedPassage(element) {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(element)) return null;
  const text = element.textContent;
  return passageAt(text, offsetIn(element, range.startContainer, range.startOffset, 0), offsetIn(element, range.endContainer, range.endOffset, text.length));
}

/** UTF-16 offset of a DOM boundary point within element's text; outside points are clamped. */
function offsetIn(element, container, offset, outside) {
  if (!element.contains(container)) return outside;
  const before = document.createRange();
  before.selectNodeContents(element);
  before.setEnd(container, offset);
  return before.toString().length;
}

/** The UTF-16 range [from, to) of a code-point range in text. */
export function utf16Range(text, start, end) {
  const chars = [...text];
  const from = chars.slice(0, start).join('').length;
  return [from, from + chars.slice(start, end).join('').length];
}

/** Text with the code-point range [start, end) wrapped in <mark> (as text nodes, never HTML). */
export function highlighted(text, start, end) {
  if (start === null || start === undefined || end === null || end === undefined) return [text];
  const [from, to] = utf16Range(text, start, end);
  return [text.slice(0, from), h('mark', {}, text.slice(from, to)), text.slice(to)];
}

/** The passage's words with a little context, for showing in a form or a card. */
export function quoteBlock(quote, label) {
  return h('blockquote', { class: 'passage-quote' }, label ? h('span', { class: 'visually-hidden' }, label) : null, quote);
}
