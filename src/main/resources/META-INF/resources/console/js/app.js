// The console: a login, then one page per hash route, each calling the JSON API.
import { api, signIn, signOut, signedIn, ApiError } from './api.js';
import { el, mount, errorBox } from './dom.js';
import { disposeCharts } from './charts.js';
import { renderSearch } from './search.js';
import { renderSeller } from './seller.js';
import { renderProvider } from './provider.js';
import { renderPolicy } from './policy.js';
import { renderBacktest } from './backtest.js';
import { renderQueue } from './queue.js';

const main = document.getElementById('main');
let caller = null;

const routes = [
  [/^\/sellers\/([^/]+)$/, (m, q) => renderSeller(main, decodeURIComponent(m[1]), q, context())],
  [/^\/providers\/([^/]+)$/, (m, q) => renderProvider(main, decodeURIComponent(m[1]), q, context())],
  [/^\/policy$/, (m, q) => renderPolicy(main, q, context())],
  [/^\/backtest$/, (m, q) => renderBacktest(main, q, context())],
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
      showLogin('The credentials were refused.');
      return;
    }
    mount(main, errorBox(e));
  }
}

function showLogin(message) {
  caller = null;
  signOut();
  document.getElementById('nav').hidden = true;
  document.getElementById('sign-out').hidden = true;
  document.getElementById('who').textContent = '';
  const user = el('input', { id: 'login-user', name: 'user', autocomplete: 'username' });
  const password = el('input', { id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password' });
  const token = el('textarea', { id: 'login-token', name: 'token', rows: 3, placeholder: 'eyJ…' });
  const form = el('form', { class: 'card login', id: 'login' },
    el('h1', {}, 'Sign in'),
    el('p', { class: 'muted' }, 'The same users and roles as the API: a user and password (HTTP Basic), or a bearer token from the identity provider (OIDC).'),
    message ? el('p', { class: 'error', role: 'alert' }, message) : null,
    el('label', {}, 'User', user),
    el('label', {}, 'Password', password),
    el('details', {}, el('summary', {}, 'Sign in with a bearer token instead'), el('label', {}, 'Token', token)),
    el('button', { type: 'submit', id: 'login-submit' }, 'Sign in'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (token.value.trim()) signIn({ token: token.value.trim() });
    else signIn({ user: user.value, password: password.value });
    await start();
  });
  mount(main, form);
}

async function start() {
  try {
    caller = await api('/me');
  } catch (e) {
    showLogin(e instanceof ApiError && e.status === 401 ? 'The credentials were refused.' : e.message);
    return;
  }
  document.getElementById('nav').hidden = false;
  document.getElementById('sign-out').hidden = false;
  document.getElementById('who').textContent = `${caller.name} (${caller.roles.join(', ') || 'no role'})`;
  await route();
}

document.getElementById('sign-out').addEventListener('click', () => showLogin());
window.addEventListener('hashchange', route);
if (signedIn()) start(); else showLogin();
