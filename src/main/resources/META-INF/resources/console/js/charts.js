// Charts drawn with Apache ECharts (packaged with the service, global `echarts`).
const charts = [];

window.addEventListener('resize', () => charts.forEach((c) => c.resize()));

export function disposeCharts() {
  charts.splice(0).forEach((c) => c.dispose());
}

export function chartBox(id) {
  const node = document.createElement('div');
  node.className = 'chart';
  if (id) node.id = id;
  return node;
}

/** An empty chart says so, under its title, instead of drawing axes around nothing. */
function nothingToDraw(node, title, message) {
  node.classList.add('empty');
  const heading = document.createElement('h3');
  heading.textContent = title;
  const text = document.createElement('p');
  text.className = 'muted no-data';
  text.textContent = message;
  node.replaceChildren(heading, text);
}

function draw(node, option) {
  const chart = window.echarts.init(node, null, { renderer: 'svg' });
  chart.setOption({ animation: false, textStyle: { fontFamily: 'inherit' }, ...option });
  charts.push(chart);
  return chart;
}

const STATUS_COLOURS = { MET: '#2e7d32', EXEMPT: '#f9a825', MISSED: '#c62828', NOT_APPLICABLE: '#9e9e9e' };

/**
 * One metric week by week: the rate against its goal, and the allowance (units exempt) shown as the
 * rate it equals that week; each point coloured by the status the rules gave.
 */
export function drawMetric(node, title, points, comparison, { asRate = true } = {}) {
  if (!points.some((p) => p.rate !== null && p.rate !== undefined)) {
    nothingToDraw(node, title, 'No data in this window: no period had units to measure.');
    return;
  }
  const pct = (v) => (v === null || v === undefined ? null : +(asRate ? v * 100 : v).toFixed(4));
  const unit = asRate ? ' %' : '';
  const hasAllowance = points.some((p) => p.allowanceRate !== null && p.allowanceRate !== undefined);
  draw(node, {
    title: { text: title, left: 0, textStyle: { fontSize: 13 } },
    grid: { left: 48, right: 12, top: 36, bottom: 48 },
    legend: { bottom: 0, itemWidth: 14, itemGap: 16, textStyle: { fontSize: 11 } },
    tooltip: { trigger: 'axis', valueFormatter: (v) => (v === null || v === undefined ? '–' : `${v}${unit}`) },
    xAxis: { type: 'category', data: points.map((p) => p.label), axisLabel: { fontSize: 10 } },
    yAxis: { type: 'value', scale: !asRate, axisLabel: { formatter: `{value}${unit}`, fontSize: 10 } },
    series: [
      {
        name: 'rate', type: 'line', symbolSize: 9,
        data: points.map((p) => ({ value: pct(p.rate), itemStyle: { color: STATUS_COLOURS[p.status] || '#1565c0' } })),
        lineStyle: { color: '#1565c0' },
      },
      {
        name: comparison === 'AT_LEAST' ? 'goal (min)' : 'goal (max)', type: 'line', step: 'middle', symbol: 'none',
        data: points.map((p) => pct(p.goal)), lineStyle: { color: '#c62828', type: 'dashed' }, itemStyle: { color: '#c62828' },
      },
      hasAllowance && {
        name: 'allowance', type: 'line', symbol: 'none', connectNulls: false,
        data: points.map((p) => pct(p.allowanceRate)), lineStyle: { color: '#f9a825', type: 'dotted', width: 2 },
        itemStyle: { color: '#f9a825' }, areaStyle: { color: 'rgba(249,168,37,0.08)' },
      },
    ].filter(Boolean),
  });
}

/** A back-test's totals, and the changes by metric and by penalty. */
export function drawBars(node, title, labels, series) {
  draw(node, {
    title: { text: title, left: 0, textStyle: { fontSize: 13 } },
    grid: { left: 40, right: 12, top: 36, bottom: 70 },
    legend: { bottom: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 4 ? 25 : 0, fontSize: 10 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: series.map((s) => ({ type: 'bar', name: s.name, data: s.data, itemStyle: { color: s.colour } })),
  });
}
