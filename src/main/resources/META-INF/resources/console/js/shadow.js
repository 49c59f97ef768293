// The shadow page: a draft deciding beside the active rule set on live decisions, how often and where it
// decides differently, with links to the sellers (providers for Services); analysts install and remove it.
import { api, apiOrNull } from './api.js';
import { el, mount, section, table, errorBox, shortVersion } from './dom.js';
import { chartBox, drawBars } from './charts.js';

const KINDS = { ASSESSMENT: 'Assessments (requests and runs)', DAILY_CHECK: 'Daily checks', SERVICES_EVALUATION: 'Services evaluations' };

// known: the shadow as just answered (null once removed), so that the page is not asked again for a 404.
export async function renderShadow(main, query, ctx, known) {
  const shadow = known === undefined ? await apiOrNull('/rules/shadow') : known;
  const parts = [el('h1', {}, 'Shadow rule set')];
  if (!shadow) {
    parts.push(el('p', { class: 'card', id: 'no-shadow' }, 'No shadow rule set is installed: decisions are made by the active set alone.'));
  } else {
    parts.push(...summary(shadow));
  }
  if (ctx.can('analyst')) parts.push(await installForm(main, query, ctx, shadow));
  mount(main, ...parts);
  if (shadow) drawByPath(shadow);
}

function summary(shadow) {
  const rate = shadow.decisions ? ` (${((shadow.disagreements / shadow.decisions) * 100).toFixed(1)} %)` : '';
  const kinds = Object.entries(shadow.byKind || {}).map(([kind, c]) => el('tr', {},
    el('td', {}, KINDS[kind] || kind), el('td', { class: 'num' }, c.decisions), el('td', { class: 'num' }, c.disagreements)));
  const recent = (shadow.recent || []).map((d) => el('tr', {},
    el('td', {}, subjectLink(d)),
    el('td', {}, KINDS[d.kind] || d.kind),
    el('td', { class: 'mono small' }, d.decisionId),
    el('td', {}, d.differences.map((x) => el('div', { class: 'small' }, `${x.path}: ${x.active ?? 'none'} → ${x.shadow ?? 'none'}`)))));
  return [
    section('Comparing',
      el('p', { id: 'shadow-summary' }, `Shadow ${shortVersion(shadow.version)} beside the active set since ${shadow.since}`,
        shadow.installedBy ? ` (installed by ${shadow.installedBy})` : '', ': ',
        el('strong', { id: 'shadow-disagreements' }, `${shadow.disagreements} of ${shadow.decisions} decisions decided differently${rate}`), '.'),
      shadow.comparing === false ? el('p', { class: 'error' }, 'This replica does not compare: the shadow could not be compiled again after a restart. Install it again.') : null,
      el('p', { class: 'muted' }, 'Nothing the shadow decides is stored or announced. To promote it, put its files (Rules → versions → ',
        el('span', { class: 'mono' }, shortVersion(shadow.version)), ') in the rules directory and reload: the reload runs the scenarios as for any change.'),
      kinds.length ? table(['Decisions', 'Compared', 'Decided differently'], kinds, { id: 'shadow-by-kind' }) : null,
      el('div', { class: 'chart-grid' }, chartBox('shadow-by-path'))),
    section('Latest disagreements',
      recent.length ? table(['Seller or provider', 'Decision', 'Id', 'Active → shadow'], recent, { id: 'shadow-recent' })
        : el('p', { class: 'muted' }, 'The shadow has agreed on every decision so far.')),
  ];
}

function subjectLink(d) {
  const page = d.kind === 'SERVICES_EVALUATION' ? 'providers' : 'sellers';
  return el('a', { href: `#/${page}/${encodeURIComponent(d.subjectId)}`, class: 'subject-link' }, d.subjectId);
}

function drawByPath(shadow) {
  const node = document.getElementById('shadow-by-path');
  const paths = Object.keys(shadow.byPath || {}).slice(0, 15);
  if (node && paths.length) {
    drawBars(node, 'Disagreements by what differs', paths, [{ name: 'decisions', colour: '#6a1b9a', data: paths.map((p) => shadow.byPath[p]) }]);
  }
}

async function installForm(main, query, ctx, shadow) {
  const rules = await api('/rules');
  const active = await api(`/rules/versions/${rules.version}`);
  const uploads = new Map();
  const rows = active.files.map((f) => {
    const input = el('input', { type: 'file', name: f.path, dataset: { path: f.path }, class: 'upload' });
    input.addEventListener('change', async () => {
      if (input.files[0]) uploads.set(f.path, await input.files[0].text());
      else uploads.delete(f.path);
    });
    return el('tr', {}, el('td', { class: 'mono' }, f.path), el('td', {}, input));
  });
  const outcome = el('div', { id: 'shadow-outcome' });
  const install = el('form', {
    class: 'card', id: 'shadow-form',
    onsubmit: async (event) => {
      event.preventDefault();
      const files = Object.fromEntries(active.files.map((f) => [f.path, uploads.get(f.path) ?? f.text]));
      mount(outcome, el('p', { class: 'muted' }, 'Compiling the draft…'));
      try {
        await renderShadow(main, query, ctx, await api('/rules/shadow', { method: 'PUT', body: { files } }));
      } catch (e) {
        const errors = e.problem?.errors?.map((x) => el('li', {}, x.file ? `${x.file}:${x.line}: ${x.message}` : `${x.field}: ${x.message}`));
        mount(outcome, errorBox(e), errors ? el('ul', { class: 'error' }, errors) : null);
      }
    },
  },
  el('h2', {}, shadow ? 'Replace the shadow' : 'Install a shadow'),
  el('p', { class: 'muted' }, 'The shadow is the active rule set with the files you upload in place of the same path. It must compile and pass the rule-code check; its scenarios are not run.'),
  table(['File', 'Replace with'], rows),
  el('button', { type: 'submit', id: 'shadow-install' }, shadow ? 'Replace the shadow' : 'Install as shadow'),
  outcome);
  if (!shadow) return install;
  const remove = el('button', {
    type: 'button', id: 'shadow-remove',
    onclick: async () => {
      try {
        await api('/rules/shadow', { method: 'DELETE' });
        await renderShadow(main, query, ctx, null);
      } catch (e) {
        mount(outcome, errorBox(e));
      }
    },
  }, 'Remove the shadow');
  return el('div', {}, el('section', { class: 'card' }, el('h2', {}, 'End the comparison'),
    el('p', { class: 'muted' }, 'Removing the shadow ends the comparison and drops what it compared.'), remove), install);
}
