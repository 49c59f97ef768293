// "Week so far" on the seller page: the counts of a week still running sent to
// POST /fba-onsite/week-to-date, which stores nothing, and each metric's status if the week ended now
// with its headroom (how many more units of its kind the week can take before it is missed). The
// metrics, goals and product families are the API's to say; none is listed here.
import { api } from './api.js';
import { el, section, table, pill, percent, metricName, errorBox, today } from './dom.js';

const DAY = 86400000;

/** The form, for callers who may ask (evaluators and analysts); null for anyone else. */
export function weekSoFarCard(sellerId, ctx) {
  if (!ctx.can('evaluator') && !ctx.can('analyst')) return null;
  const [sunday, saturday] = thisWeek();
  const input = (name, attrs) => el('input', { id: `wtd-${name}`, name, ...attrs });
  const fields = {
    periodStart: input('periodStart', { type: 'date', value: sunday, required: true }),
    periodEnd: input('periodEnd', { type: 'date', value: saturday, required: true }),
    unitsShipped: input('unitsShipped', { type: 'number', min: 0, value: 0, required: true }),
    unitsLateProcessed: input('unitsLateProcessed', { type: 'number', min: 0, value: 0, required: true }),
    unitsCancelled: input('unitsCancelled', { type: 'number', min: 0, value: 0, required: true }),
    unitsLateHandover: input('unitsLateHandover', { type: 'number', min: 0, value: 0, required: true }),
  };
  const returns = el('textarea', {
    id: 'wtd-returns', name: 'returns', rows: 2, placeholder: 'CE 600 9',
    title: 'One product family a line: family, units shipped, units returned',
  });
  const answer = el('div', { id: 'week-so-far-answer', 'aria-live': 'polite' });
  const form = el('form', {
    class: 'inline-form', id: 'week-so-far-form',
    onsubmit: async (event) => {
      event.preventDefault();
      const button = form.querySelector('button');
      button.disabled = true;
      try {
        const body = { sellerId };
        Object.entries(fields).forEach(([name, field]) => {
          body[name] = field.type === 'number' ? Number(field.value) : field.value;
        });
        body.returns = returnLines(returns.value);
        answer.replaceChildren(weekSoFar(await api('/fba-onsite/week-to-date', { method: 'POST', body })));
      } catch (e) {
        answer.replaceChildren(errorBox(e));
      } finally {
        button.disabled = false;
      }
    },
  },
  el('label', {}, 'From', fields.periodStart),
  el('label', {}, 'To', fields.periodEnd),
  el('label', {}, 'Shipped', fields.unitsShipped),
  el('label', {}, 'Late processed', fields.unitsLateProcessed),
  el('label', {}, 'Cancelled', fields.unitsCancelled),
  el('label', {}, 'Late handover', fields.unitsLateHandover),
  el('label', {}, 'Returns (family shipped returned)', returns),
  el('button', { type: 'submit' }, 'Show the week so far'));
  return section('Week so far', form,
    el('p', { class: 'muted small' }, 'The counts so far of a week still running; nothing is stored. Headroom: how many more units of the metric\'s kind the week can take before the metric is missed.'),
    answer);
}

function weekSoFar(view) {
  const rows = view.metrics.map((m) => el('tr', { class: 'week-so-far-metric', dataset: { metric: m.metric } },
    el('td', {}, metricName(m.metric)),
    el('td', {}, pill(m.status)),
    el('td', { class: 'nowrap' }, percent(m.rate)),
    el('td', { class: 'nowrap' }, percent(m.goal)),
    el('td', { class: 'headroom' }, m.headroomUnits === undefined ? '–' : String(m.headroomUnits))));
  const strikes = view.strikesIfEndedNow.length
    ? el('ul', { id: 'strikes-if-ended-now' }, view.strikesIfEndedNow.map((s) => el('li', {},
      `#${s.number} ${metricName(s.metric)}: `, pill(s.penalty, 'step'))))
    : el('p', { class: 'muted', id: 'strikes-if-ended-now' }, 'No strike if the week ended now.');
  return el('div', {},
    table(['Metric', 'Status if it ended now', 'Rate', 'Goal', 'Headroom (units)'], rows, { id: 'week-so-far' }),
    el('h3', {}, 'Strikes if it ended now'), strikes);
}

/** "CE 600 9" lines as return lines; a line that does not read is sent as it is, for the API to refuse. */
function returnLines(text) {
  return text.split('\n').map((line) => line.trim()).filter(Boolean).map((line) => {
    const [family, shipped, returned] = line.split(/[\s,;]+/);
    return { family, shipped: Number(shipped), returned: Number(returned) };
  });
}

/** Sunday to Saturday of today's week, the policy's default period. */
function thisWeek() {
  const now = Date.parse(`${today()}T00:00:00Z`);
  const sunday = now - new Date(now).getUTCDay() * DAY;
  return [new Date(sunday).toISOString().slice(0, 10), new Date(sunday + 6 * DAY).toISOString().slice(0, 10)];
}
