// The console: a sign-in (through the identity provider when the service has one, else a user and
// password), then one page per hash route, each calling the JSON API.
import { api, consoleSession, signIn, signOut, signedIn, ApiError } from './api.js';
import { el, mount, errorBox } from './dom.js';
import { disposeCharts } from './charts.js';
import { renderSearch } from './search.js';
import { renderSeller } from './seller.js';
import { renderProvider } from './provider.js';
import { renderPolicy } from './policy.js';
import { renderBacktest } from './backtest.js';
import { renderQueue } from './queue.js';
import { renderShadow } from './shadow.js';

const main = document.getElementById('main');
const ROUTE_KEY = 'seller-performance-route';
let caller = null;
let session = { signIn: 'password' };

const routes = [
  [/^\/sellers\/([^/]+)$/, (m, q) => renderSeller(main, decodeURIComponent(m[1]), q, context())],
  [/^\/providers\/([^/]+)$/, (m, q) => renderProvider(main, decodeURIComponent(m[1]), q, context())],
  [/^\/policy$/, (m, q) => renderPolicy(main, q, context())],
  [/^\/backtest$/, (m, q) => renderBacktest(main, q, context())],
  [/^\/shadow$/, (m, q) => renderShadow(main, q, context())],
  [/^\/queue$/, (m, q) => renderQueue(main, q, context())],
  [/^\/search$/, (m, q) => renderSearch(main, q, context())],
];

function context() {
  return { caller, can: (role) => caller.roles.includes(role) };
}

function parseHash() {
  const hash = window.location.hash.replace(/^#/, '') || '/search';
  const [path, query] = hash.split('?');
  return { path, query: new URLSearchParams(query || '') };
}

async function route() {
  if (!caller) return;
  const { path, query } = parseHash();
  disposeCharts();
  const match = routes.map(([re, page]) => [path.match(re), page]).find(([m]) => m);
  document.querySelectorAll('#nav a').forEach((a) => a.classList.toggle('current', a.getAttribute('href') === `#${path}`));
  try {
    if (match) await match[1](match[0], query);
    else mount(main, el('p', {}, 'No such page. '), el('a', { href: '#/search' }, 'Search'));
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      refused();
      return;
    }
    mount(main, errorBox(e));
  }
}

function signedOut() {
  caller = null;
  signOut();
  document.getElementById('nav').hidden = true;
  document.getElementById('sign-out').hidden = true;
  document.getElementById('who').textContent = '';
}

/** To the identity provider's sign-in, and back to this page and route. */
function signInAtTheProvider() {
  sessionStorage.setItem(ROUTE_KEY, window.location.hash);
  window.location.assign('/console/sign-in');
}

function refused() {
  if (session.signIn !== 'provider') {
    showLogin('The credentials were refused.');
    return;
  }
  // Not straight back to the provider: a token it issued that the API refuses would loop.
  signedOut();
  const again = el('button', { type: 'button', id: 'provider-sign-in' }, 'Sign in again');
  again.addEventListener('click', signInAtTheProvider);
  mount(main, el('div', { class: 'card login' }, el('h1', {}, 'Signed out'),
    el('p', { class: 'error', role: 'alert' }, 'The service refused the identity provider\'s token.'), again));
}

function showLogin(message) {
  signedOut();
  const user = el('input', { id: 'login-user', name: 'user', autocomplete: 'username' });
  const password = el('input', { id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password' });
  const form = el('form', { class: 'card login', id: 'login' },
    el('h1', {}, 'Sign in'),
    el('p', { class: 'muted' }, 'The same users and roles as the API.'),
    message ? el('p', { class: 'error', role: 'alert' }, message) : null,
    el('label', {}, 'User', user),
    el('label', {}, 'Password', password),
    el('button', { type: 'submit', id: 'login-submit' }, 'Sign in'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    signIn({ user: user.value, password: password.value });
    await start();
  });
  mount(main, form);
}

async function start() {
  try {
    caller = await api('/me');
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) refused();
    else if (session.signIn === 'provider') mount(main, errorBox(e));
    else showLogin(e.message);
    return;
  }
  document.getElementById('nav').hidden = false;
  document.getElementById('sign-out').hidden = false;
  document.getElementById('who').textContent = `${caller.name} (${caller.roles.join(', ') || 'no role'})`;
  await route();
}

async function boot() {
  try {
    session = await consoleSession();
  } catch (e) {
    mount(main, errorBox(e));
    return;
  }
  if (session.signIn === 'provider') {
    if (!session.accessToken) {
      signInAtTheProvider();
      return;
    }
    const route = sessionStorage.getItem(ROUTE_KEY);
    sessionStorage.removeItem(ROUTE_KEY);
    if (route) window.history.replaceState(null, '', route);
    await start();
  } else if (signedIn()) {
    await start();
  } else {
    showLogin();
  }
}

document.getElementById('sign-out').addEventListener('click', () => {
  if (session.signIn === 'provider') window.location.assign('/console/sign-out');
  else showLogin();
});
window.addEventListener('hashchange', route);
boot();
