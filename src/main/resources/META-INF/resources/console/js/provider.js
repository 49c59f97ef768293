// The Services provider page: the metrics of its evaluations against their targets, the status, the
// account timeline.
import { apiOrNull } from './api.js';
import { el, mount, section, table, pill, percent, metricName } from './dom.js';
import { chartBox, drawMetric } from './charts.js';
import { noticesCard } from './seller.js';

// A rating (stars) is shown as it is, every other metric as a rate.
const isRating = (metric) => metric.endsWith('_RATING');

export async function renderProvider(main, providerId, query) {
  const on = query.get('on') || '';
  const asOf = query.get('asOf') || '';
  const enc = encodeURIComponent(providerId);
  const [account, evaluations, notices] = await Promise.all([
    apiOrNull(`/services/providers/${enc}/account`, { query: { on, asOf } }),
    apiOrNull(`/services/providers/${enc}/evaluations`),
    apiOrNull(`/services/providers/${enc}/notices`),
  ]);
  if (!account) {
    mount(main, el('h1', {}, `Provider ${providerId}`), el('p', { class: 'error', role: 'alert' }, `No provider ${providerId} is on record.`));
    return;
  }
  const charts = [];
  mount(main,
    el('h1', {}, 'Provider ', el('span', { class: 'subject', id: 'provider-id' }, providerId)),
    dayForm(providerId, on),
    accountCard(account),
    latestMetrics(evaluations || []),
    metricCharts(evaluations || [], charts),
    accountTimeline(account),
    noticesCard(notices || []));
  charts.forEach((draw) => draw());
}

function dayForm(providerId, on) {
  const input = el('input', { type: 'date', id: 'account-on', value: on });
  return el('form', {
    class: 'card inline-form',
    onsubmit: (event) => {
      event.preventDefault();
      window.location.hash = `#/providers/${encodeURIComponent(providerId)}${input.value ? `?on=${input.value}` : ''}`;
    },
  }, el('label', {}, 'Account on', input), el('button', { type: 'submit' }, 'Show'));
}

export function accountCard(account) {
  const facts = [
    ['Account', pill(account.accountStatus)],
    ['Since', account.since || '–'],
    ['Performance', account.latestPerformanceStatus ? pill(account.latestPerformanceStatus) : 'not evaluated'],
    ['Funds withheld until', account.fundsWithheldUntil || '–'],
    ['Reinstates on', account.reinstatesOn || '–'],
    ['Improvement plan', account.improvementPlanRequired ? pill('REQUIRED', 'missed') : 'not required'],
  ];
  return section(`Account on ${account.on}`, el('dl', { class: 'facts', id: 'account' }, facts.map(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])));
}

function latestMetrics(evaluations) {
  const latest = evaluations[evaluations.length - 1];
  if (!latest) return section('Metrics', el('p', { class: 'muted' }, 'No evaluation on record.'));
  const rows = latest.metrics.map((m) => el('tr', {},
    el('td', {}, metricName(m.metric)),
    el('td', {}, isRating(m.metric) ? (m.rate ?? '–') : percent(m.rate)),
    el('td', {}, `${m.comparison === 'AT_LEAST' ? '≥' : '≤'} ${isRating(m.metric) ? m.goal : percent(m.goal)}`),
    el('td', {}, pill(m.status))));
  return section(`Metrics of ${latest.periodStart} – ${latest.periodEnd}: `, pill(latest.performanceStatus),
    table(['Metric', 'Value', 'Target', 'Status'], rows, { id: 'provider-metrics' }));
}

function metricCharts(evaluations, charts) {
  if (evaluations.length < 2) return null;
  const grid = el('div', { class: 'chart-grid' });
  evaluations[0].metrics.forEach(({ metric, comparison }) => {
    const rating = isRating(metric);
    const points = evaluations.map((e) => {
      const m = e.metrics.find((x) => x.metric === metric) || {};
      return { label: e.periodStart, rate: m.rate, goal: m.goal, status: m.status };
    });
    const box = chartBox();
    grid.append(box);
    charts.push(() => drawMetric(box, metricName(metric) + (rating ? ' (stars)' : ''), points, comparison, { asRate: !rating }));
  });
  return section('Month by month', grid);
}

function accountTimeline(account) {
  const actions = account.actions || [];
  const items = actions.map((a) => el('li', { class: `event ${a.action.toLowerCase()}` },
    el('time', {}, a.on), ' ', pill(a.action.replaceAll('_', ' '), a.action.toLowerCase()),
    a.reinstatesOn ? ` — reinstates on ${a.reinstatesOn}` : '', a.takenBy ? el('span', { class: 'muted small' }, ` by ${a.takenBy}`) : ''));
  if (account.fundsWithheldUntil) items.push(el('li', { class: 'event withheld' }, el('time', {}, account.fundsWithheldUntil), ' funds withheld until this day'));
  return section('Account timeline', items.length ? el('ol', { class: 'events', id: 'account-timeline' }, items)
    : el('p', { class: 'muted' }, 'No review, suspension or reinstatement on record.'));
}
