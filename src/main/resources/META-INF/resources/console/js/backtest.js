// The back-test page: a draft (the active files, some replaced by uploads) tried on a date range.
import { api } from './api.js';
import { el, mount, section, table, pill, errorBox, metricName } from './dom.js';
import { chartBox, drawBars } from './charts.js';

export async function renderBacktest(main, query, ctx) {
  const rules = await api('/rules');
  const active = await api(`/rules/versions/${rules.version}`);
  if (!ctx.can('analyst')) {
    mount(main, el('h1', {}, 'Back-test'), el('p', { class: 'card' }, 'Back-testing a draft is for analysts.'));
    return;
  }
  const uploads = new Map();
  const rows = active.files.map((f) => {
    const input = el('input', { type: 'file', name: f.path, dataset: { path: f.path }, class: 'upload' });
    input.addEventListener('change', async () => {
      if (input.files[0]) uploads.set(f.path, await input.files[0].text());
      else uploads.delete(f.path);
    });
    return el('tr', {}, el('td', { class: 'mono' }, f.path), el('td', {}, input));
  });
  const from = el('input', { type: 'date', id: 'backtest-from', required: true, value: query.get('from') || '' });
  const to = el('input', { type: 'date', id: 'backtest-to', required: true, value: query.get('to') || '' });
  const result = el('div', { id: 'backtest-result' });
  const impact = el('div', { id: 'backtest-impact' });
  const form = el('form', {
    class: 'card', id: 'backtest-form',
    onsubmit: async (event) => {
      event.preventDefault();
      const files = Object.fromEntries(active.files.map((f) => [f.path, uploads.get(f.path) ?? f.text]));
      mount(result, el('p', { class: 'muted' }, 'Finding the rules the draft changes…'));
      try {
        mount(impact, impactOf(await api('/rules/impact', { method: 'POST', body: { files } })));
        mount(result, el('p', { class: 'muted' }, 'Trying the draft…'));
        const report = await api('/rules/backtest', { method: 'POST', body: { files, from: from.value, to: to.value }, query: { size: 1000 } });
        showReport(result, report, uploads);
      } catch (e) {
        const errors = e.problem?.errors?.map((x) => el('li', {}, x.file ? `${x.file}:${x.line}: ${x.message}` : `${x.field}: ${x.message}`));
        mount(result, errorBox(e), errors ? el('ul', { class: 'error' }, errors) : null);
      }
    },
  },
  el('h2', {}, 'Draft'),
  el('p', { class: 'muted' }, 'The draft is the active rule set with the files you upload in place of the same path. Nothing is written.'),
  table(['File', 'Replace with'], rows),
  el('div', { class: 'inline-form' }, el('label', {}, 'From', from), el('label', {}, 'To', to),
    el('button', { type: 'submit', id: 'backtest-run' }, 'Run back-test')));
  mount(main, el('h1', {}, 'Back-test a draft'), form, impact, result);
}

// Answered at once from the rules each stored decision names, before the back-test reads any facts.
function impactOf(report) {
  const rows = report.rules.map((r) => el('tr', {},
    el('td', {}, r.program), el('td', {}, r.rule), el('td', {}, r.change), el('td', { class: 'num' }, r.decisions),
    el('td', {}, r.sellers.map((s, i) => [i ? ', ' : '', el('a', {
      href: `#/${r.program === 'services' ? 'providers' : 'sellers'}/${encodeURIComponent(s)}`, class: 'seller-link',
    }, s)]), r.sellerCount > r.sellers.length ? ` and ${r.sellerCount - r.sellers.length} more` : '')));
  return section('Rules the draft changes',
    el('p', {}, el('strong', { id: 'impact-sellers' }, `${report.sellers} sellers and providers`),
      ` were decided by the ${report.rules.length} changed rules, as their stored decisions record (up to ${report.listedPerRule} listed per rule).`),
    rows.length ? table(['Program', 'Rule', 'Change', 'Decisions', 'Sellers it decided'], rows, { id: 'impact-rules' })
      : el('p', { class: 'muted' }, 'The draft changes no rule.'));
}

function showReport(result, report, uploads) {
  const t = report.totals || {};
  const byMetric = new Map();
  const byPenalty = new Map();
  const bump = (map, key, field) => {
    const entry = map.get(key) || { added: 0, removed: 0, changed: 0 };
    entry[field] += 1;
    map.set(key, entry);
  };
  const sellerRows = (report.changes || []).map((c) => {
    c.assessments.forEach((a) => {
      (a.metrics || []).forEach((m) => bump(byMetric, m.metric, 'changed'));
      const key = (s) => `${s.number}:${s.metric}:${s.penalty}`;
      const now = new Set((a.strikesNow || []).map(key));
      const draft = new Set((a.strikesWithDraft || []).map(key));
      (a.strikesWithDraft || []).filter((s) => !now.has(key(s))).forEach((s) => bump(byPenalty, s.penalty || 'NONE', 'added'));
      (a.strikesNow || []).filter((s) => !draft.has(key(s))).forEach((s) => bump(byPenalty, s.penalty || 'NONE', 'removed'));
    });
    return el('tr', {},
      el('td', {}, el('a', { href: `#/sellers/${encodeURIComponent(c.sellerId)}`, class: 'seller-link' }, c.sellerId)),
      el('td', {}, c.assessments.map((a) => el('div', { class: 'small' }, `${a.periodStart}: `,
        (a.metrics || []).map((m) => `${metricName(m.metric)} ${m.now} → ${m.withDraft}`).join('; ') || 'metrics unchanged'))),
      el('td', {}, c.assessments.map((a) => el('div', { class: 'small' },
        `${(a.strikesNow || []).map((s) => `#${s.number} ${s.penalty}`).join(', ') || 'none'} → ${(a.strikesWithDraft || []).map((s) => `#${s.number} ${s.penalty}`).join(', ') || 'none'}`))));
  });
  const totals = chartBox('backtest-totals');
  const metrics = chartBox('backtest-by-metric');
  const penalties = chartBox('backtest-by-penalty');
  mount(result,
    section('Summary',
      el('p', {}, `Draft ${report.draftVersion?.slice(0, 12) || '–'} against ${report.activeVersion?.slice(0, 12) || '–'}, ${report.from} to ${report.to}: `,
        el('strong', { id: 'sellers-changed' }, `${t.sellersChanged ?? 0} sellers would change`),
        ` of ${report.sellersInRange} assessed in the range (${report.assessmentsRead} assessments read; ${uploads.size} files replaced).`),
      el('div', { class: 'chart-grid' }, totals, metrics, penalties)),
    section('Sellers whose decisions would change',
      sellerRows.length ? table(['Seller', 'Metric statuses', 'Strikes now → with the draft'], sellerRows, { id: 'backtest-sellers' })
        : el('p', { class: 'muted' }, 'No seller would change.')));
  drawBars(totals, 'What would change', ['sellers', 'assessments', 'metric statuses', 'strikes added', 'strikes removed', 'penalties'],
    [{ name: 'count', colour: '#1565c0', data: [t.sellersChanged, t.assessmentsChanged, t.metricStatusChanges, t.strikesAdded, t.strikesRemoved, t.penaltiesChanged].map((v) => v ?? 0) }]);
  const metricKeys = [...byMetric.keys()];
  drawBars(metrics, 'Metric status changes by metric', metricKeys.map(metricName), [{ name: 'changed', colour: '#6a1b9a', data: metricKeys.map((k) => byMetric.get(k).changed) }]);
  const penaltyKeys = [...byPenalty.keys()];
  drawBars(penalties, 'Strikes by penalty', penaltyKeys, [
    { name: 'added', colour: '#c62828', data: penaltyKeys.map((k) => byPenalty.get(k).added) },
    { name: 'removed', colour: '#2e7d32', data: penaltyKeys.map((k) => byPenalty.get(k).removed) }]);
}
