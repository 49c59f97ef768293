// The review queue: plans of action, appeals and improvement plans still to decide, oldest first,
// each with its context and, for reviewers, the forms that decide it.
import { api } from './api.js';
import { el, mount, section, pill, errorBox, today } from './dom.js';
import { standingCard, strikeTimeline } from './seller.js';
import { accountCard } from './provider.js';

const KIND_NAMES = { PLAN_OF_ACTION: 'Plan of action', APPEAL: 'Appeal', IMPROVEMENT_PLAN: 'Improvement plan' };

/**
 * The queue as the API has it now. After a decision it is read again, so the count and every other
 * item's context reflect it; the decision's outcome stays on top.
 */
export async function renderQueue(main, query, ctx, outcome = null) {
  const [fba, services] = await Promise.all([api('/fba-onsite/pending-reviews'), api('/services/pending-reviews')]);
  const queue = [...fba, ...services].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  const reviewer = ctx.can('reviewer');
  const decided = async (result) => {
    if (window.location.hash.startsWith('#/queue')) await renderQueue(main, query, ctx, result);
  };
  mount(main,
    el('h1', {}, 'Review queue ', el('span', { id: 'queue-count' }, `(${queue.length})`)),
    outcome ? el('div', { class: 'card', id: 'queue-outcome' }, outcome) : null,
    reviewer ? null : el('p', { class: 'card muted', id: 'read-only' }, 'You can read the queue; deciding is for reviewers.'),
    queue.length ? el('ol', { class: 'queue', id: 'queue' }, queue.map((item) => queueItem(item, reviewer, decided)))
      : el('p', { class: 'card', id: 'queue-empty' }, 'Nothing is waiting for a decision.'));
}

function subjectLink(item) {
  const enc = encodeURIComponent(item.subjectId);
  return item.program === 'services'
    ? el('a', { href: `#/providers/${enc}` }, `Provider ${item.subjectId}`)
    : el('a', { href: `#/sellers/${enc}` }, `Seller ${item.subjectId}`);
}

function queueItem(item, reviewer, decided) {
  const context = el('div', { class: 'context' });
  const details = el('details', {
    ontoggle: async () => {
      if (!details.open || context.dataset.loaded) return;
      context.dataset.loaded = 'yes';
      context.append(await contextOf(item));
    },
  }, el('summary', {}, 'Context'), context);
  const outcome = el('div', { class: 'outcome' });
  return el('li', { class: 'card queue-item', dataset: { id: item.id, kind: item.kind, subject: item.subjectId } },
    el('div', { class: 'queue-head' }, pill(KIND_NAMES[item.kind], 'kind'), ' ', subjectLink(item),
      el('span', { class: 'muted small' }, ` received ${item.receivedAt.slice(0, 16).replace('T', ' ')}`,
        item.submittedOn ? `, submitted on ${item.submittedOn}` : '', item.submittedBy ? ` by ${item.submittedBy}` : '')),
    el('p', { class: 'summary' }, item.summary || ''),
    details,
    reviewer ? decisionForm(item, outcome, decided) : null,
    outcome);
}

async function contextOf(item) {
  try {
    const enc = encodeURIComponent(item.subjectId);
    if (item.program === 'services') {
      const plan = await api(`/services/improvement-plans/${item.id}`);
      return el('div', {}, accountCard(await api(`/services/providers/${enc}/account`)),
        el('p', {}, el('strong', {}, 'Plan: '), plan.improvementPlan), plan.appealReason ? el('p', {}, el('strong', {}, 'Appeal: '), plan.appealReason) : null);
    }
    const [standing, assessments] = await Promise.all([api(`/sellers/${enc}/standing`), api(`/sellers/${enc}/assessments`)]);
    let detail = null;
    if (item.kind === 'PLAN_OF_ACTION') {
      const plan = await api(`/plans-of-action/${item.id}`);
      detail = el('dl', { class: 'facts' }, el('dt', {}, 'Root cause'), el('dd', {}, plan.rootCause),
        el('dt', {}, 'Corrective actions'), el('dd', {}, plan.correctiveActions), el('dt', {}, 'Preventive actions'), el('dd', {}, plan.preventiveActions));
    } else {
      const appeal = await api(`/appeals/${item.id}`);
      detail = el('dl', { class: 'facts' }, el('dt', {}, 'Metric'), el('dd', {}, appeal.metric), el('dt', {}, 'Misses appealed'), el('dd', {}, String(appeal.missesAppealed)),
        el('dt', {}, 'Reason'), el('dd', {}, appeal.reason || '–'), el('dt', {}, 'Attachments'), el('dd', {}, (appeal.attachments || []).join(', ') || '–'));
    }
    return el('div', {}, detail, standingCard(standing), strikeTimeline(assessments, standing),
      el('p', {}, el('a', { href: `#/sellers/${enc}` }, 'The whole seller page')));
  } catch (e) {
    return errorBox(e);
  }
}

function decisionForm(item, outcome, decided) {
  const decidedOn = el('input', { type: 'date', name: 'decidedOn', required: true, value: today() });
  const comment = el('input', { name: 'comment', placeholder: 'Comment' });
  const misses = el('input', { type: 'number', name: 'missesAccepted', min: 0, value: '' });
  let approved = true;
  const form = el('form', {
    class: 'inline-form decision-form',
    onsubmit: async (event) => {
      event.preventDefault();
      form.querySelectorAll('button').forEach((b) => { b.disabled = true; });
      let result;
      try {
        if (item.kind === 'APPEAL') {
          const body = { accepted: approved, decidedOn: decidedOn.value };
          if (approved && misses.value !== '') body.missesAccepted = Number(misses.value);
          const answer = await api(`/appeals/${item.id}/decision`, { method: 'POST', body });
          result = el('p', { class: 'done' }, `Appeal ${approved ? 'accepted' : 'rejected'}; the assessment is at revision ${answer.revision}. `, subjectLink(item));
        } else {
          const body = { approved, decidedOn: decidedOn.value, comment: comment.value || null };
          const path = item.kind === 'PLAN_OF_ACTION' ? `/plans-of-action/${item.id}/decision` : `/services/improvement-plans/${item.id}/decision`;
          const answer = await api(path, { method: 'POST', body });
          const reactivates = answer.standing?.deactivation?.reactivatesOn;
          result = el('p', { class: 'done' }, `${KIND_NAMES[item.kind]} ${approved ? 'approved' : 'rejected'} on ${decidedOn.value}.`,
            reactivates ? ` Reactivates on ${reactivates}. ` : ' ', subjectLink(item));
        }
      } catch (e) {
        mount(outcome, errorBox(e));
        form.querySelectorAll('button').forEach((b) => { b.disabled = false; });
        return;
      }
      form.remove();
      mount(outcome, result);
      try {
        await decided(result);
      } catch (e) {
        outcome.append(errorBox(e));
      }
    },
  },
  el('label', {}, 'Decided on', decidedOn),
  item.kind === 'APPEAL' ? el('label', {}, 'Misses accepted', misses) : el('label', {}, 'Comment', comment),
  el('button', { type: 'submit', class: 'approve', onclick: () => { approved = true; } }, item.kind === 'APPEAL' ? 'Accept' : 'Approve'),
  el('button', { type: 'submit', class: 'reject', onclick: () => { approved = false; } }, 'Reject'));
  return form;
}
