// The API as the console calls it: the signed-in caller's own credentials on every request, a user
// and password (HTTP Basic) or, when the service signs people in through the identity provider, the
// access token of the console's session on the server.
const KEY = 'seller-performance-credentials';
let accessToken = null;

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

export function signIn(credentials) {
  sessionStorage.setItem(KEY, JSON.stringify(credentials));
}

export function signOut() {
  sessionStorage.removeItem(KEY);
}

export function signedIn() {
  return sessionStorage.getItem(KEY) !== null;
}

/**
 * How this console signs in: { signIn: 'provider', accessToken } or { signIn: 'password' }. With the
 * provider, no accessToken means no session (or one that could not be renewed): sign in there again.
 */
export async function consoleSession() {
  const response = await fetch('/console/session', {
    headers: { Accept: 'application/json', 'X-Requested-With': 'JavaScript' }, credentials: 'same-origin',
  });
  if (response.status === 499) return { signIn: 'provider', accessToken: null };
  if (!response.ok) throw new ApiError(response.status, null);
  const session = await response.json();
  accessToken = session.accessToken || null;
  return session;
}

function authorization() {
  if (accessToken) return `Bearer ${accessToken}`;
  const stored = JSON.parse(sessionStorage.getItem(KEY) || 'null');
  if (!stored) return null;
  const bytes = new TextEncoder().encode(`${stored.user}:${stored.password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

// crypto.randomUUID exists only on https or localhost; random bytes are there on plain http too.
function idempotencyKey() {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function api(path, options = {}) {
  try {
    return await call(path, options);
  } catch (e) {
    // The session's access token expired: the server renews it from the session, once.
    if (!(e instanceof ApiError && e.status === 401 && accessToken)) throw e;
    await consoleSession();
    if (!accessToken) throw e;
    return call(path, options);
  }
}

async function call(path, { method = 'GET', query, body, accept } = {}) {
  const url = new URL(`/api/v1${path}`, window.location.origin);
  Object.entries(query || {}).forEach(([k, v]) => {
    if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, v);
  });
  const headers = { Accept: accept ? `${accept}, application/problem+json` : 'application/json, application/problem+json' };
  const auth = authorization();
  if (auth) headers.Authorization = auth;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method === 'POST') headers['Idempotency-Key'] = idempotencyKey();
  const response = await fetch(url, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'omit',
  });
  const text = await response.text();
  // a rendered answer (the summary as the seller gets it) comes back as text; problems are JSON
  if (accept && response.ok) return text;
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, json);
  return json;
}

/** Like api() but a 404 answers null (a seller or provider never seen). */
export async function apiOrNull(path, options) {
  try {
    return await api(path, options);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}
