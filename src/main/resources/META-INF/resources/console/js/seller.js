// The seller page: standing, metrics against their goals, strikes in their windows, decisions.
// Which metrics there are and how long a strike counts is the policy's to say: both are read from
// the assessments the API answers, never listed here.
import { api, apiOrNull } from './api.js';
import { el, mount, section, table, pill, percent, metricName, shortVersion, errorBox } from './dom.js';
import { chartBox, drawMetric } from './charts.js';
import { weekSoFarCard } from './weektodate.js';

const DAY = 86400000;
const day = (iso) => Date.parse(`${iso}T00:00:00Z`);

export async function renderSeller(main, sellerId, query, ctx) {
  const on = query.get('on') || '';
  const asOf = query.get('asOf') || '';
  const when = { on, asOf };
  const [standing, assessments, notices] = await Promise.all([
    apiOrNull(`/sellers/${encodeURIComponent(sellerId)}/standing`, { query: when }),
    apiOrNull(`/sellers/${encodeURIComponent(sellerId)}/assessments`, { query: { asOf } }),
    apiOrNull(`/sellers/${encodeURIComponent(sellerId)}/notices`),
  ]);
  if (!standing) {
    mount(main, el('h1', {}, `Seller ${sellerId}`), el('p', { class: 'error', role: 'alert' }, `No seller ${sellerId} is on record.`));
    return;
  }
  const charts = [];
  mount(main,
    el('h1', {}, 'Seller ', el('span', { class: 'subject', id: 'seller-id' }, sellerId)),
    dayForm(sellerId, when),
    standingCard(standing),
    weekSoFarCard(sellerId, ctx),
    metricsCard(assessments || [], charts),
    strikeTimeline(assessments || [], standing),
    decisionsCard(assessments || []),
    noticesCard(notices || []));
  charts.forEach((draw) => draw());
}

/** What the seller or provider was told, oldest first, and how each mail fared. */
export function noticesCard(notices) {
  const rows = notices.map((n) => el('tr', { class: 'notice' },
    el('td', { class: 'nowrap' }, n.effectiveOn),
    el('td', {}, pill(n.kind.replaceAll('_', ' '), n.kind.toLowerCase())),
    el('td', {}, n.subject, el('div', { class: 'small muted' }, `${n.to || 'no contact'} · ${n.locale}`)),
    el('td', {}, pill(n.delivery.status, n.delivery.status.toLowerCase()),
      el('div', { class: 'small muted' }, n.delivery.acceptedAt ? `accepted ${n.delivery.acceptedAt}`
        : n.delivery.attempts ? `${n.delivery.attempts} attempts: ${n.delivery.lastError || ''}` : ''))));
  return section('Notices',
    rows.length ? table(['Effective on', 'Kind', 'Subject', 'Delivery'], rows, { id: 'notices' })
      : el('p', { class: 'muted' }, 'Nothing told yet.'));
}

/** The performance summary of an assessment as the seller gets it by mail (HTML), shown in a sandboxed frame. */
function summaryButton(a) {
  const place = el('div', { class: 'summary-frame' });
  return el('div', {}, el('button', {
    type: 'button', class: 'link summary-link',
    onclick: async (event) => {
      event.target.disabled = true;
      try {
        const html = await api(`/fba-onsite/assessments/${a.assessmentId}/summary`, { accept: 'text/html' });
        place.append(el('iframe', { sandbox: '', srcdoc: html, title: `Summary of ${a.periodStart}`, class: 'notice-summary' }));
      } catch (e) {
        place.append(errorBox(e));
      }
    },
  }, 'summary as sent'), place);
}

/** The day to look at, and "as known on": what had been decided by then (the API's asOf). */
function dayForm(sellerId, when) {
  const onInput = el('input', { type: 'date', id: 'standing-on', name: 'on', value: when.on });
  const asOfInput = el('input', { type: 'date', id: 'as-of', name: 'asOf', value: when.asOf });
  return el('form', {
    class: 'card inline-form', id: 'day-form',
    onsubmit: (event) => {
      event.preventDefault();
      const params = new URLSearchParams();
      if (onInput.value) params.set('on', onInput.value);
      if (asOfInput.value) params.set('asOf', asOfInput.value);
      window.location.hash = `#/sellers/${encodeURIComponent(sellerId)}${params.size ? `?${params}` : ''}`;
    },
  },
  el('label', {}, 'Standing on', onInput),
  el('label', { title: 'Only what had been decided on or before this day' }, 'As known on', asOfInput),
  el('button', { type: 'submit' }, 'Show'));
}

export function standingCard(standing) {
  const d = standing.deactivation;
  const facts = [
    ['Account', pill(standing.accountStatus)],
    ['Prime badge', standing.primeBadge ? pill('SHOWN', 'met') : pill('REMOVED', 'missed')],
    ['Active strikes', el('strong', { id: 'active-strikes' }, String(standing.activeStrikes))],
    ['Ladder step', standing.penalty ? pill(standing.penalty, 'step') : 'none'],
  ];
  if (d) {
    facts.push(
      ['Deactivated since', `${d.since} (${d.reason === 'IMMEDIATE' ? 'immediate deactivation' : 'strike'})`],
      ['Minimum until', d.minimumUntil || '–'],
      ['Plan of action', d.planOfActionRequired ? pill(d.planOfActionStatus, d.planOfActionStatus.toLowerCase()) : 'not required'],
      ['Reactivates on', el('strong', { id: 'reactivates-on' }, d.reactivatesOn || 'not yet decided')],
    );
  }
  return section(`Standing on ${standing.on}`,
    el('dl', { class: 'facts', id: 'standing' }, facts.map(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])));
}

function metricsCard(assessments, charts) {
  if (!assessments.length) return section('Metrics', el('p', { class: 'muted' }, 'No assessment on record.'));
  const grid = el('div', { class: 'chart-grid' });
  const metrics = [...new Set(assessments.flatMap((a) => a.metrics.map((m) => m.metric)))];
  metrics.forEach((metric) => {
    const points = assessments.map((a) => {
      const m = a.metrics.find((x) => x.metric === metric);
      if (!m) return { label: a.periodStart };
      return {
        label: a.periodStart, rate: m.rate, goal: m.goal, status: m.status,
        allowanceRate: m.allowance !== null && m.allowance !== undefined && m.denominator > 0 ? m.allowance / m.denominator : null,
      };
    });
    const comparison = assessments.flatMap((a) => a.metrics).find((x) => x.metric === metric)?.comparison;
    const box = chartBox(`chart-${metric}`);
    grid.append(box);
    charts.push(() => drawMetric(box, metricName(metric), points, comparison));
  });
  return section('Weekly rate against its goal', grid,
    el('p', { class: 'muted small' }, 'Points: green met, amber exempt (inside the allowance), red missed. The dotted line is the allowance as a rate of that week.'));
}

function allStrikes(assessments) {
  const byId = new Map();
  assessments.forEach((a) => a.strikes.forEach((s) => byId.set(s.strikeId || `${a.assessmentId}-${s.number}`, s)));
  return [...byId.values()].sort((x, y) => x.issuedOn.localeCompare(y.issuedOn) || x.number - y.number);
}

export function strikeTimeline(assessments, standing) {
  const strikes = allStrikes(assessments);
  if (!strikes.length) return section('Strikes', el('p', { class: 'muted' }, 'No strike on record.'));
  const d = standing.deactivation;
  const start = Math.min(...strikes.map((s) => day(s.issuedOn)));
  const end = Math.max(...strikes.map((s) => day(s.expiresOn)), day(standing.on) + DAY,
    d?.reactivatesOn ? day(d.reactivatesOn) + DAY : 0);
  const place = (node, from, to) => {
    node.style.left = `${((from - start) / (end - start)) * 100}%`;
    node.style.width = `${Math.max(((to - from) / (end - start)) * 100, 0.6)}%`;
    return node;
  };
  const rows = strikes.map((s) => {
    const revoked = s.status === 'REVOKED';
    const bar = place(el('div', { class: `bar ${revoked ? 'revoked' : s.penalty.toLowerCase()}`, title: `${s.issuedOn} → ${s.expiresOn}` },
      `#${s.number} ${s.penalty.replaceAll('_', ' ').toLowerCase()}`), day(s.issuedOn), day(s.expiresOn));
    return el('div', { class: 'timeline-row strike-row', dataset: { status: s.status } },
      el('div', { class: 'timeline-label' },
        el('strong', {}, `#${s.number}`), ` ${metricName(s.metric)}`, el('br'),
        el('span', { class: 'small' }, `${s.issuedOn} – ${s.expiresOn}`),
        revoked ? [' ', pill(`REVOKED by revision ${s.revokedByRevision ?? '?'}`, 'revoked')] : null),
      el('div', { class: 'timeline-track' }, bar));
  });
  const track = el('div', { class: 'timeline-track' });
  if (d) {
    track.append(place(el('div', { class: 'bar deactivated', title: 'deactivated' },
      `deactivated ${d.since}${d.reactivatesOn ? ` → reactivates ${d.reactivatesOn}` : ''}`),
    day(d.since), d.reactivatesOn ? day(d.reactivatesOn) : Math.max(day(d.minimumUntil || d.since) + DAY, day(standing.on) + DAY)));
  }
  track.append(place(el('div', { class: 'marker', title: standing.on }), day(standing.on), day(standing.on)));
  rows.push(el('div', { class: 'timeline-row' }, el('div', { class: 'timeline-label' }, el('strong', {}, 'Account'), el('br'),
    el('span', { class: 'small' }, `marker: ${standing.on}`)), track));
  return section(windowsTitle(strikes),
    el('div', { class: 'timeline', id: 'strike-timeline' },
      el('div', { class: 'timeline-row axis' }, el('div', { class: 'timeline-label' }),
        el('div', { class: 'timeline-axis' }, el('span', {}, new Date(start).toISOString().slice(0, 10)),
          el('span', {}, new Date(end).toISOString().slice(0, 10)))),
      rows));
}

/** The strikes' windows as the API dated them: "N-day windows" when they all last as long. */
function windowsTitle(strikes) {
  const lengths = new Set(strikes.map((s) => Math.round((day(s.expiresOn) - day(s.issuedOn)) / DAY)));
  return lengths.size === 1 ? `Strikes and their ${[...lengths][0]}-day windows` : 'Strikes and their windows';
}

function decisionsCard(assessments) {
  const rows = [...assessments].reverse().map((a) => {
    const revisions = el('div', { class: 'revisions' });
    if (a.revision > 1) {
      for (let r = 1; r < a.revision; r += 1) {
        revisions.append(el('button', {
          type: 'button', class: 'link',
          onclick: async (event) => {
            event.target.disabled = true;
            try {
              const old = await api(`/fba-onsite/assessments/${a.assessmentId}`, { query: { revision: r } });
              revisions.append(revisionSummary(old));
            } catch (e) {
              revisions.append(errorBox(e));
            }
          },
        }, `show revision ${r}`));
      }
    }
    return el('tr', { class: 'decision' },
      el('td', {}, `${a.periodStart} – ${a.periodEnd}`, el('br'), el('span', { class: 'small muted' }, `assessed ${a.assessedOn || '–'}`)),
      el('td', {}, a.metrics.map((m) => el('div', { class: 'small' }, pill(m.status), ` ${metricName(m.metric)} `, el('span', { class: 'nowrap' }, percent(m.rate))))),
      el('td', {}, a.strikes.length ? a.strikes.map((s) => el('div', { class: 'small' },
        `#${s.number} ${s.penalty} `, s.status === 'REVOKED' ? pill('REVOKED', 'revoked') : null)) : '–'),
      el('td', {}, el('a', { href: `#/policy?version=${a.ruleSetVersion}`, class: 'mono', title: a.ruleSetVersion }, shortVersion(a.ruleSetVersion))),
      el('td', {}, el('details', {}, el('summary', {}, `${a.firedRules.length} rules`),
        el('ul', { class: 'small' }, a.firedRules.map((r) => el('li', {}, r))))),
      el('td', {}, `${a.revision}`, a.appealId ? el('div', { class: 'small muted' }, 'after an appeal') : null, revisions,
        summaryButton(a)));
  });
  return section('Decisions',
    rows.length ? table(['Period', 'Metrics', 'Strikes', 'Rule set', 'Fired rules', 'Revision'], rows, { id: 'decisions' })
      : el('p', { class: 'muted' }, 'No decision on record.'));
}

function revisionSummary(a) {
  return el('div', { class: 'revision small' },
    el('strong', {}, `Revision ${a.revision}`), a.supersededBy ? ` (superseded by ${a.supersededBy})` : '', ': ',
    a.metrics.filter((m) => m.status !== 'MET').map((m) => `${metricName(m.metric)} ${m.status}`).join(', ') || 'all met',
    '; strikes ', a.strikes.map((s) => `#${s.number} ${s.status}`).join(', ') || 'none');
}
