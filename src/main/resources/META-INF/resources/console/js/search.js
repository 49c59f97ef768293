// Find a seller or a service provider by id.
import { api } from './api.js';
import { el, mount, errorBox } from './dom.js';

export async function renderSearch(main, query) {
  const input = el('input', { id: 'search-id', name: 'id', value: query.get('id') || '', placeholder: 'S-1 or P-1', required: true, pattern: '[A-Za-z0-9][A-Za-z0-9._:\\-]{0,63}' });
  const results = el('div', { id: 'search-results' });
  const form = el('form', {
    class: 'card inline-form', id: 'search-form',
    onsubmit: (event) => {
      event.preventDefault();
      window.location.hash = `#/search?id=${encodeURIComponent(input.value.trim())}`;
    },
  }, el('label', {}, 'Seller or provider id', input), el('button', { type: 'submit' }, 'Find'));
  mount(main, el('h1', {}, 'Find a seller or provider'), form, results);
  const id = query.get('id');
  if (!id) return;
  results.append(el('p', { class: 'muted' }, 'Searching…'));
  try {
    const enc = encodeURIComponent(id);
    // Each program answers a list, empty for an id it does not know: no 404 in the browser's console.
    const [[seller], [provider]] = await Promise.all([api('/sellers', { query: { id } }), api('/services/providers', { query: { id } })]);
    const found = [];
    if (seller) found.push(el('li', {}, el('a', { href: `#/sellers/${enc}` }, `Seller ${id}`), ` — FBA Onsite, ${seller.accountStatus}, ${seller.activeStrikes} active strikes`));
    if (provider) found.push(el('li', {}, el('a', { href: `#/providers/${enc}` }, `Provider ${id}`), ` — Services, ${provider.accountStatus}`));
    mount(results, found.length ? el('ul', { class: 'card results' }, found) : el('p', { class: 'card' }, `No seller or provider ${id} is on record.`));
  } catch (e) {
    mount(results, errorBox(e));
  }
}
