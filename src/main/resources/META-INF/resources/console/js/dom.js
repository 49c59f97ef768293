// Small DOM builders: every text goes in as text, never as markup.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => {
    if (v === undefined || v === null || v === false) return;
    if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else if (v === true) node.setAttribute(k, '');
    else node.setAttribute(k, v);
  });
  append(node, children);
  return node;
}

function append(node, children) {
  children.flat(Infinity).forEach((c) => {
    if (c === undefined || c === null || c === false) return;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  });
}

export function mount(target, ...children) {
  target.replaceChildren();
  append(target, children);
  return target;
}

export function section(title, ...children) {
  return el('section', { class: 'card' }, el('h2', {}, title), ...children);
}

export function table(headers, rows, attrs = {}) {
  return el('div', { class: 'table-wrap' }, el('table', attrs,
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', {}, h)))),
    el('tbody', {}, rows)));
}

export function pill(text, kind) {
  return el('span', { class: `pill ${kind || String(text).toLowerCase()}` }, text);
}

export function percent(rate) {
  return rate === null || rate === undefined ? '–' : `${(rate * 100).toFixed(2)} %`;
}

export function problemText(error) {
  const fields = (error.problem?.errors || []).map((e) => `${e.field}: ${e.message}`);
  return [error.message, ...fields].join(' — ');
}

export function errorBox(error) {
  return el('p', { class: 'error', role: 'alert' }, problemText(error));
}

export function today() {
  return new Date().toISOString().slice(0, 10);
}

export function shortVersion(version) {
  return version ? version.slice(0, 12) : '–';
}

export function metricName(metric) {
  return metric.toLowerCase().replaceAll('_', ' ').replace(/^./, (c) => c.toUpperCase());
}
