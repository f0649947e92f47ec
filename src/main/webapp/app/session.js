// Who is logged in. The session itself is an HttpOnly cookie the page cannot read; the server
// hands its CSRF token back with the user, and api.js sends it on unsafe requests.

import { request } from './api.js';
import { setCsrfToken } from './session-token.js';

let user = null;
const listeners = [];

/** Asks the server who the cookie belongs to; null when nobody is logged in. */
export async function load() {
  try {
    set((await request('GET', 'session')).data);
  } catch {
    set(null);
  }
  return user;
}

export async function login(username, password) {
  set((await request('POST', 'session', { body: { username, password } })).data);
  return user;
}

export async function logout() {
  try {
    await request('DELETE', 'session');
  } finally {
    set(null);
  }
}

/** {username, displayName, roles: [...]} or null. */
export function currentUser() {
  return user;
}

export function hasRole(...roles) {
  return !!user && roles.some((role) => user.roles.includes(role));
}

export const isDrafter = () => hasRole('drafter');

export function onSessionChange(fn) {
  listeners.push(fn);
}

function set(next) {
  user = next ? { username: next.username, displayName: next.displayName, roles: next.roles || [] } : null;
  setCsrfToken(next?.csrfToken);
  listeners.forEach((fn) => fn(user));
}
