// The warm-up chart of the compare view, drawn as plain SVG: one line per
// path, iteration on x, time per iteration on a logarithmic y axis (paths
// differ by orders of magnitude, and warm-up is a ratio). Each line
// carries data-path and data-points so tests can read what was drawn.

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 640;
const HEIGHT = 360;
const MARGIN = { top: 16, right: 16, bottom: 40, left: 56 };

function node(tag, attributes = {}, parent = null) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (parent) parent.append(element);
  return element;
}

/** 1, 2, 5, 10, 20, 50… between `low` and `high`. */
function logTicks(low, high) {
  const ticks = [];
  for (let decade = Math.floor(Math.log10(low)); 10 ** decade <= high * 10; decade++) {
    for (const step of [1, 2, 5]) {
      const value = step * 10 ** decade;
      if (value >= low && value <= high) ticks.push(value);
    }
  }
  return ticks;
}

function formatMs(ms) {
  if (ms >= 100) return ms.toFixed(0);
  if (ms >= 1) return String(Number(ms.toPrecision(2)));
  return String(Number(ms.toPrecision(1)));
}

/**
 * Draws `series` ([{ id, label, color, points: [ms, …] }]) into `container`.
 */
export function drawChart(container, series) {
  container.replaceChildren();
  const svg = node('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img' }, container);
  node('title', {}, svg).textContent = 'Time per iteration, by path';
  const all = series.flatMap((s) => s.points).filter((ms) => ms > 0);
  const maxIterations = Math.max(2, ...series.map((s) => s.points.length));
  const low = all.length ? Math.min(...all) : 0.1;
  const high = all.length ? Math.max(...all) : 10;
  const yLow = 10 ** Math.floor(Math.log10(low));
  const yHigh = 10 ** Math.ceil(Math.log10(high * 1.0001));
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (i) => MARGIN.left + (plotW * i) / (maxIterations - 1);
  const y = (ms) => MARGIN.top + plotH * (1 - (Math.log10(Math.max(ms, yLow)) - Math.log10(yLow)) / (Math.log10(yHigh) - Math.log10(yLow)));

  const grid = node('g', { class: 'grid' }, svg);
  const axis = node('g', { class: 'axis' }, svg);
  for (const tick of logTicks(yLow, yHigh)) {
    node('line', { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y(tick), y2: y(tick) }, grid);
    const label = node('text', { x: MARGIN.left - 6, y: y(tick) + 4, 'text-anchor': 'end' }, axis);
    label.textContent = formatMs(tick);
  }
  const step = Math.max(1, Math.ceil(maxIterations / 10));
  for (let i = 0; i < maxIterations; i += step) {
    const label = node('text', { x: x(i), y: HEIGHT - MARGIN.bottom + 16, 'text-anchor': 'middle' }, axis);
    label.textContent = String(i + 1);
  }
  node('line', { x1: MARGIN.left, x2: MARGIN.left, y1: MARGIN.top, y2: HEIGHT - MARGIN.bottom }, axis);
  node('line', { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: HEIGHT - MARGIN.bottom, y2: HEIGHT - MARGIN.bottom }, axis);
  const xTitle = node('text', { x: MARGIN.left + plotW / 2, y: HEIGHT - 6, 'text-anchor': 'middle' }, axis);
  xTitle.textContent = 'iteration';
  const yTitle = node('text', { transform: `translate(14 ${MARGIN.top + plotH / 2}) rotate(-90)`, 'text-anchor': 'middle' }, axis);
  yTitle.textContent = 'ms per iteration (log scale)';

  for (const { id, label, color, points } of series) {
    const group = node('g', { class: 'series' }, svg);
    if (points.length === 0) continue;
    const d = points.map((ms, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(ms).toFixed(1)}`).join('');
    const path = node('path', { d, stroke: color, 'data-path': id, 'data-points': points.length }, group);
    node('title', {}, path).textContent = label;
    points.forEach((ms, i) => {
      const dot = node('circle', { cx: x(i).toFixed(1), cy: y(ms).toFixed(1), r: 2.5, fill: color }, group);
      node('title', {}, dot).textContent = `${label}: iteration ${i + 1}, ${ms.toFixed(3)} ms`;
    });
  }
  return svg;
}
