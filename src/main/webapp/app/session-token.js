// The CSRF token of the current browser session, kept in memory only (never in storage).
let token = null;

export function csrfToken() {
  return token;
}

export function setCsrfToken(value) {
  token = value || null;
}
