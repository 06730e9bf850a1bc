import { t } from '../i18n';
import type { ExecutionReport } from './api';

const SVG = 'http://www.w3.org/2000/svg';
const W = 760;
const H = 300;
const PAD = { left: 72, right: 16, top: 28, bottom: 36 };

function el(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Million won for the axis: the chart shows shape, the table beside it the exact figures. */
const millions = (won: string) => Number(BigInt(won) / 1_000_000n);

/**
 * Execution over the year: cumulative executed at each month's end (solid) against the
 * cumulative quarterly plan at each quarter's end (dashed). Labelled for screen readers; the
 * month table below it carries the same figures.
 */
export function executionChart(report: ExecutionReport, titleId: string, descId: string): SVGElement {
  const executed = report.monthly.filter((m) => m.executed !== null).map((m) => ({ month: m.month, value: millions(m.executed!) }));
  const planned = [{ month: 0, value: 0 }, ...report.monthly.filter((m) => m.planned !== null).map((m) => ({ month: m.month, value: millions(m.planned!) }))];
  const top = Math.max(1, ...executed.map((p) => p.value), ...planned.map((p) => p.value));
  const step = 10 ** Math.floor(Math.log10(top));
  const ceiling = Math.ceil(top / step) * step;
  const x = (month: number) => PAD.left + (month / 12) * (W - PAD.left - PAD.right);
  const y = (value: number) => H - PAD.bottom - (value / ceiling) * (H - PAD.top - PAD.bottom);

  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-labelledby': `${titleId} ${descId}`, 'data-testid': 'report-chart' });
  for (let i = 0; i <= 4; i++) {
    const value = (ceiling / 4) * i;
    svg.append(el('line', { x1: PAD.left, x2: W - PAD.right, y1: y(value), y2: y(value), class: 'grid-line' }));
    svg.append(el('text', { x: PAD.left - 8, y: y(value) + 4, 'text-anchor': 'end' }, value.toLocaleString('en-US')));
  }
  svg.append(el('text', { x: PAD.left - 8, y: 12, 'text-anchor': 'end' }, t('fin.chart.unit')));
  for (let month = 1; month <= 12; month++) svg.append(el('text', { x: x(month), y: H - PAD.bottom + 18, 'text-anchor': 'middle' }, String(month)));
  svg.append(el('line', { x1: PAD.left, x2: W - PAD.right, y1: y(0), y2: y(0), class: 'axis' }));
  const path = (points: { month: number; value: number }[]) => points.map((p, i) => `${i ? 'L' : 'M'}${x(p.month).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  svg.append(el('path', { d: path(planned), class: 'planned' }));
  for (const p of planned.slice(1)) svg.append(el('circle', { cx: x(p.month), cy: y(p.value), r: 4, class: 'dot-planned' }));
  if (executed.length > 0) {
    svg.append(el('path', { d: path([{ month: 0, value: 0 }, ...executed]), class: 'executed' }));
    for (const p of executed) svg.append(el('circle', { cx: x(p.month), cy: y(p.value), r: 4, class: 'dot-executed' }));
  }
  return svg;
}
