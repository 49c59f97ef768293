// The policy page: the active version, its files highlighted, the history with a side-by-side diff,
// the last reload and its scenarios, and which rules the scenarios fire (rule coverage).
import { api } from './api.js';
import { el, mount, section, table, pill, shortVersion } from './dom.js';

// DRL is Java with rule keywords: Prism's Java grammar, extended.
function drlGrammar() {
  const { Prism } = window;
  if (!Prism.languages.drl) {
    Prism.languages.drl = Prism.languages.extend('java', {
      keyword: /\b(?:rule|when|then|end|salience|no-loop|lock-on-active|agenda-group|dialect|declare|query|function|global|import|package|not|exists|forall|from|collect|accumulate|insert|insertLogical|update|modify|retract|delete|eval|over|and|or|new|if|else|return|null|true|false|this|int|long|boolean|String|double|var|for|in|extends|static|final|public|private)\b/,
    });
  }
  return Prism.languages.drl;
}

function highlighted(text, path) {
  const code = el('code', { class: 'language-drl' });
  if (path.endsWith('.drl')) code.innerHTML = window.Prism.highlight(text, drlGrammar(), 'drl');
  else code.textContent = text;
  return el('pre', { class: 'code language-drl', id: 'file-text' }, code);
}

export async function renderPolicy(main, query) {
  const [rules, versions, coverage] = await Promise.all([api('/rules'), api('/rules/versions'), api('/rules/coverage')]);
  const version = query.get('version') || rules.version;
  const compare = query.get('compare') || '';
  const shown = await api(`/rules/versions/${version}`);
  const file = query.get('file') || shown.files.find((f) => f.path.endsWith('.drl'))?.path || shown.files[0]?.path;
  const link = (params) => `#/policy?${new URLSearchParams({ version, ...(compare ? { compare } : {}), ...params })}`;

  const fileList = el('ul', { class: 'files', id: 'files' }, shown.files.map((f) => el('li', {},
    el('a', { href: link({ file: f.path }), class: f.path === file ? 'current' : '' }, f.path))));
  const current = shown.files.find((f) => f.path === file);

  mount(main,
    el('h1', {}, 'Policy'),
    section('Active rule set',
      el('dl', { class: 'facts', id: 'active-rules' },
        el('dt', {}, 'Version'), el('dd', { class: 'mono', id: 'active-version' }, rules.version),
        el('dt', {}, 'Loaded at'), el('dd', {}, rules.loadedAt || '–'),
        el('dt', {}, 'Source'), el('dd', {}, rules.source || '–'),
        el('dt', {}, 'Files'), el('dd', {}, String(rules.files.length)))),
    reloadCard(rules.lastReload),
    section(`Files of ${shown.active ? 'the active version' : `version ${shortVersion(version)}`}`,
      el('div', { class: 'files-layout' }, fileList,
        current ? el('div', { class: 'file' }, el('h3', { class: 'mono' }, current.path),
          shown.active ? rulesOfFile(current, coverage) : null, highlighted(current.text, current.path)) : null)),
    coverageCard(coverage),
    historyCard(versions, version, compare),
    compare ? await diffCard(compare, version) : null);
}

function reloadCard(reload) {
  if (!reload) {
    return section('Last reload', el('p', { id: 'last-reload' }, 'No reload since the service started: the rules it started with serve, and their scenarios passed at start.'));
  }
  const scenarios = reload.failedScenarios?.length
    ? el('ul', { class: 'error' }, reload.failedScenarios.map((s) => el('li', {}, s)))
    : el('p', {}, reload.status === 'OK' ? 'Every scenario passed.'
      : reload.coverageBelowMinimum?.length ? 'Every scenario passed, but they fire too few of the rules:'
        : 'The scenarios did not run (the rules did not compile).');
  return section('Last reload',
    el('dl', { class: 'facts', id: 'last-reload' },
      el('dt', {}, 'Outcome'), el('dd', {}, pill(reload.status === 'OK' ? 'OK' : 'FAILED', reload.status === 'OK' ? 'met' : 'missed')),
      el('dt', {}, 'At'), el('dd', {}, reload.at), el('dt', {}, 'By'), el('dd', {}, reload.by || '–'),
      el('dt', {}, 'Took'), el('dd', {}, `${reload.millis} ms`),
      el('dt', {}, 'Version'), el('dd', { class: 'mono' }, reload.version || '–')),
    reload.errors?.length ? el('ul', { class: 'error' }, reload.errors.map((e) => el('li', {}, `${e.file}:${e.line}: ${e.message}`))) : null,
    el('h3', {}, 'Scenarios'), scenarios,
    reload.coverageBelowMinimum?.length
      ? el('ul', { class: 'error', id: 'coverage-below-minimum' }, reload.coverageBelowMinimum.map((s) => el('li', {}, s)))
      : null);
}

const meets = (c, minimum) => c.fired * 100 >= minimum * c.rules;

function coverageMark(rule) {
  return rule.scenarios > 0
    ? pill(`covered · ${rule.scenarios} scenario${rule.scenarios === 1 ? '' : 's'}`, 'met')
    : pill('not covered', 'missed');
}

/** The rules of the file shown, each marked covered (with how many scenarios fire it) or not. */
function rulesOfFile(file, coverage) {
  if (!file.path.endsWith('.drl')) return null;
  const program = file.path.split('/')[0];
  const names = [...file.text.matchAll(/^\s*rule\s+"([^"]+)"/gm)].map((m) => m[1]);
  const items = names.map((name) => {
    const rule = coverage.byRule.find((r) => r.program === program && r.rule === name);
    const calendar = coverage.programs[program]?.calendarRules?.includes(name);
    return el('li', { 'data-covered': rule ? String(rule.scenarios > 0) : 'calendar' }, name, ' ',
      rule ? coverageMark(rule) : pill(calendar ? 'calendar: runs at load' : 'not counted', 'not_applicable'));
  });
  return items.length ? el('ul', { class: 'rule-marks', id: 'file-rule-coverage' }, items) : null;
}

/** Per program: rules, those a scenario fires, the percentage against the minimum; then every rule, uncovered first. */
function coverageCard(coverage) {
  const programs = Object.entries(coverage.programs).map(([program, c]) => el('tr', {},
    el('td', {}, program), el('td', {}, String(c.rules)), el('td', {}, String(c.fired)), el('td', {}, `${c.percent.toFixed(1)} %`),
    el('td', {}, meets(c, coverage.minimum) ? pill('meets the minimum', 'met') : pill('below the minimum', 'missed'))));
  const byRule = [...coverage.byRule].sort((a, b) => (a.scenarios > 0) - (b.scenarios > 0)
    || a.program.localeCompare(b.program) || a.rule.localeCompare(b.rule));
  const rows = byRule.map((r) => el('tr', { 'data-covered': String(r.scenarios > 0) },
    el('td', {}, r.program), el('td', {}, r.rule), el('td', {}, String(r.scenarios)), el('td', {}, coverageMark(r))));
  return section('Rule coverage',
    el('p', {}, `Which rules of the active set the ${coverage.scenarios} scenarios of rules/tests/ fire. Each program must reach ${coverage.minimum} % for a reload to be taken; calendar rules run when the rules are compiled and are not counted.`),
    table(['Program', 'Rules', 'Fired', 'Percent', ''], programs, { id: 'coverage-programs' }),
    table(['Program', 'Rule', 'Scenarios', ''], rows, { id: 'rule-coverage' }));
}

function historyCard(versions, version, compare) {
  const left = el('select', { id: 'diff-from', name: 'compare' }, versions.map((v) => el('option', { value: v.version, selected: v.version === compare }, `${shortVersion(v.version)} · ${v.firstLoadedAt?.slice(0, 19) || ''}${v.active ? ' (active)' : ''}`)));
  const right = el('select', { id: 'diff-to', name: 'version' }, versions.map((v) => el('option', { value: v.version, selected: v.version === version }, `${shortVersion(v.version)} · ${v.firstLoadedAt?.slice(0, 19) || ''}${v.active ? ' (active)' : ''}`)));
  if (!compare && versions.length > 1) left.value = versions.find((v) => v.version !== version)?.version;
  const rows = versions.map((v) => el('tr', {},
    el('td', {}, el('a', { href: `#/policy?version=${v.version}`, class: 'mono', title: v.version }, shortVersion(v.version))),
    el('td', {}, v.firstLoadedAt || '–'), el('td', {}, v.active ? pill('ACTIVE', 'met') : '')));
  return section('Version history',
    table(['Version', 'First served', ''], rows, { id: 'versions' }),
    el('form', {
      class: 'inline-form', id: 'diff-form',
      onsubmit: (event) => {
        event.preventDefault();
        window.location.hash = `#/policy?${new URLSearchParams({ version: right.value, compare: left.value })}`;
      },
    }, el('label', {}, 'Compare', left), el('label', {}, 'with', right), el('button', { type: 'submit' }, 'Show differences')));
}

async function diffCard(fromVersion, toVersion) {
  const [from, to] = await Promise.all([api(`/rules/versions/${fromVersion}`), api(`/rules/versions/${toVersion}`)]);
  const paths = [...new Set([...from.files, ...to.files].map((f) => f.path))].sort();
  const text = (v, p) => v.files.find((f) => f.path === p)?.text ?? '';
  const changed = paths.filter((p) => text(from, p) !== text(to, p));
  return section(`Differences: ${shortVersion(fromVersion)} → ${shortVersion(toVersion)}`,
    el('div', { id: 'diff' }, changed.length ? changed.map((p) => sideBySide(p, text(from, p), text(to, p)))
      : el('p', {}, 'The two versions have the same files.')));
}

/** Lines of both sides aligned: removed on the left, added on the right, unchanged on both. */
function sideBySide(path, before, after) {
  const rows = [];
  let leftNo = 0;
  let rightNo = 0;
  const parts = window.Diff.diffLines(before, after);
  const lines = (value) => value.replace(/\n$/, '').split('\n');
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i];
    if (!part.added && !part.removed) {
      lines(part.value).forEach((l) => { leftNo += 1; rightNo += 1; rows.push([leftNo, l, 'same', rightNo, l, 'same']); });
    } else if (part.removed) {
      const removed = lines(part.value);
      const added = parts[i + 1]?.added ? lines(parts[(i += 1)].value) : [];
      for (let k = 0; k < Math.max(removed.length, added.length); k += 1) {
        const l = k < removed.length ? [(leftNo += 1), removed[k], 'removed'] : ['', '', 'empty'];
        const r = k < added.length ? [(rightNo += 1), added[k], 'added'] : ['', '', 'empty'];
        rows.push([...l, ...r]);
      }
    } else {
      lines(part.value).forEach((l) => { rightNo += 1; rows.push(['', '', 'empty', rightNo, l, 'added']); });
    }
  }
  return el('div', { class: 'diff-file' }, el('h3', { class: 'mono' }, path),
    el('div', { class: 'table-wrap' }, el('table', { class: 'diff' },
      el('colgroup', {}, el('col', { class: 'ln' }), el('col', {}), el('col', { class: 'ln' }), el('col', {})),
      el('tbody', {}, folded(rows).map((row) => (row.skipped
      ? el('tr', { class: 'fold' }, el('td', { colspan: 4 }, `… ${row.skipped} unchanged lines`))
      : el('tr', {}, el('td', { class: 'ln' }, row[0]), el('td', { class: row[2] }, row[1]),
        el('td', { class: 'ln' }, row[3]), el('td', { class: row[5] }, row[4]))))))));
}

/** Unchanged lines more than three away from a change are folded into one line that counts them. */
function folded(rows, context = 3) {
  const near = rows.map(() => false);
  rows.forEach((row, i) => {
    if (row[2] !== 'same') for (let k = Math.max(0, i - context); k <= Math.min(rows.length - 1, i + context); k += 1) near[k] = true;
  });
  const out = [];
  rows.forEach((row, i) => {
    if (near[i]) out.push(row);
    else if (out.length && out[out.length - 1].skipped) out[out.length - 1].skipped += 1;
    else out.push({ skipped: 1 });
  });
  return out;
}
