// The one way to reach the JSON API: JSON in and out (a file, for attachments, goes out raw), the session's CSRF token on every unsafe
// request, and problem+json failures turned into ApiError (status, detail, field, problem body).

import { csrfToken } from './session-token.js';

// Relative to the page, so that the application works under any context root.
const BASE = 'api/';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
    this.field = this.problem.field || null;
  }
}

/**
 * request('PUT', 'laws/parity/articles/art_1?lang=es', {body, headers: {'If-Match': etag}})
 * → {status, headers, data}. Throws ApiError for 4xx/5xx (and status 0 when offline).
 */
export async function request(method, path, { body, headers = {} } = {}) {
  const init = {
    method,
    headers: { Accept: 'application/json', 'X-Requested-With': 'consulta', ...headers },
    credentials: 'same-origin',
  };
  if (body instanceof Blob) {
    // A file goes as it is: the engine reads what it is from its bytes.
    init.headers['Content-Type'] = 'application/octet-stream';
    init.body = body;
  } else if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const token = csrfToken();
  if (UNSAFE.has(method) && token) init.headers['X-CSRF-Token'] = token;
  let response;
  try {
    response = await fetch(BASE + path, init);
  } catch {
    throw new ApiError(0, { detail: null });
  }
  const data = await readBody(response);
  if (!response.ok) {
    throw new ApiError(response.status, typeof data === 'object' && data ? data : { detail: data });
  }
  return { status: response.status, headers: response.headers, data };
}

async function readBody(response) {
  const type = response.headers.get('Content-Type') || '';
  if (response.status === 204) return null;
  if (type.includes('json')) return response.json();
  return response.text();
}

export const api = {
  get: async (path) => (await request('GET', path)).data,
  post: async (path, body) => (await request('POST', path, { body })).data,
  put: async (path, body, headers) => (await request('PUT', path, { body, headers })).data,
  patch: async (path, body) => (await request('PATCH', path, { body })).data,
  del: async (path) => (await request('DELETE', path)).data,
  /** Posts a File or Blob as the whole request body. */
  upload: async (path, file) => (await request('POST', path, { body: file })).data,
};

/** Encodes one path segment (slugs and eIds are safe already; user input may not be). */
export const seg = (value) => encodeURIComponent(value);
