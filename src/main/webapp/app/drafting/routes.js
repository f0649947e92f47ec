// Drafting screens: laws, reading, history, redlines, editing. Routes and messages only; the
// views live in their own modules.

import { lawList } from './law-list.js';
import { messages as draftingMessages } from './messages.js';

export const messages = draftingMessages;

export const routes = [{ path: '/laws', view: lawList }];
