/**
 * Draws a sheet's embedded charts over the playground's grid as SVG, at their anchor cells: pie, bar
 * (horizontal) and column (vertical, stacked with `isStacked`), and line charts — enough to see what
 * the add-on built in Sheets. 600 × 371 px, Sheets' default size. Text goes in as text nodes.
 */
import type { ChartView } from '../charts';

const W = 600;
const H = 371;
const SVG = 'http://www.w3.org/2000/svg';
/** Google Sheets' default series colours. */
const PALETTE = ['#4285F4', '#EA4335', '#FBBC04', '#34A853', '#FF6D01', '#46BDC6', '#7BAAF7', '#F07B72'];

function el(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

function colours(chart: ChartView, n: number): string[] {
  const given = Array.isArray(chart.options.colors) ? (chart.options.colors as string[]) : [];
  return Array.from({ length: n }, (_, i) => given[i] ?? PALETTE[i % PALETTE.length]);
}

function legend(svg: SVGElement, names: string[], cols: string[], x: number, y: number): void {
  names.forEach((name, i) => {
    svg.append(el('rect', { x, y: y + i * 18, width: 12, height: 12, fill: cols[i] }));
    svg.append(el('text', { x: x + 18, y: y + i * 18 + 10, 'font-size': 11, fill: '#3c4043' }, name));
  });
}

function pie(svg: SVGElement, chart: ChartView): void {
  const values = chart.rows.map((r) => Math.max(0, r.values[0] ?? 0));
  const total = values.reduce((a, b) => a + b, 0);
  const cols = colours(chart, values.length);
  const cx = 170;
  const cy = H / 2 + 10;
  const r = 130;
  let a0 = -Math.PI / 2;
  values.forEach((v, i) => {
    if (total === 0 || v === 0) return;
    const a1 = a0 + (v / total) * 2 * Math.PI;
    const large = a1 - a0 > Math.PI ? 1 : 0;
    const p = (a: number) => `${cx + r * Math.cos(a)} ${cy + r * Math.sin(a)}`;
    const d =
      v === total
        ? `M ${cx - r} ${cy} a ${r} ${r} 0 1 0 ${2 * r} 0 a ${r} ${r} 0 1 0 ${-2 * r} 0`
        : `M ${cx} ${cy} L ${p(a0)} A ${r} ${r} 0 ${large} 1 ${p(a1)} Z`;
    const slice = el('path', { d, fill: cols[i], stroke: '#fff', 'stroke-width': 1 });
    slice.append(el('title', {}, `${chart.rows[i].label}: ${v}`));
    svg.append(slice);
    a0 = a1;
  });
  legend(
    svg,
    chart.rows.map(
      (row, i) =>
        `${row.label}: ${values[i]}${total ? ` (${Math.round((values[i] * 1000) / total) / 10} %)` : ''}`,
    ),
    cols,
    330,
    70,
  );
}

function bars(svg: SVGElement, chart: ChartView, horizontal: boolean): void {
  const series = Math.max(0, ...chart.rows.map((r) => r.values.length));
  const cols = colours(chart, series);
  const stacked = chart.options.isStacked === true || chart.options.isStacked === 'true';
  const totals = chart.rows.map((r) =>
    stacked
      ? r.values.reduce<number>((a, b) => a + (b ?? 0), 0)
      : Math.max(0, ...r.values.map((v) => v ?? 0)),
  );
  const max = Math.max(1, ...totals);
  const names = chart.headers.slice(1);
  const plot = horizontal
    ? { x: 170, y: 30, w: W - 190, h: H - 70 }
    : { x: 40, y: 30, w: W - 60, h: H - 110 };
  const n = Math.max(1, chart.rows.length);
  const band = (horizontal ? plot.h : plot.w) / n;
  chart.rows.forEach((row, i) => {
    let acc = 0;
    row.values.forEach((v, s) => {
      const len = ((v ?? 0) / max) * (horizontal ? plot.w : plot.h);
      const thick = stacked ? band * 0.7 : (band * 0.8) / series;
      const off = stacked ? band * 0.15 : band * 0.1 + s * thick;
      const rect = horizontal
        ? el('rect', {
            x: plot.x + acc,
            y: plot.y + i * band + off,
            width: Math.max(0, len),
            height: thick,
            fill: cols[s],
          })
        : el('rect', {
            x: plot.x + i * band + off,
            y: plot.y + plot.h - acc - len,
            width: thick,
            height: Math.max(0, len),
            fill: cols[s],
          });
      rect.append(el('title', {}, `${row.label} — ${names[s] ?? ''}: ${v ?? 0}`));
      svg.append(rect);
      if (stacked) acc += len;
    });
    const label = row.label.length > 28 ? row.label.slice(0, 27) + '…' : row.label;
    svg.append(
      horizontal
        ? el(
            'text',
            {
              x: plot.x - 6,
              y: plot.y + i * band + band / 2 + 4,
              'font-size': Math.min(11, band),
              'text-anchor': 'end',
              fill: '#3c4043',
            },
            label,
          )
        : el(
            'text',
            {
              x: plot.x + i * band + band / 2,
              y: plot.y + plot.h + 14,
              'font-size': 10,
              'text-anchor': 'middle',
              fill: '#3c4043',
            },
            label,
          ),
    );
  });
  legendRow(svg, names, cols);
}

function legendRow(svg: SVGElement, names: string[], cols: string[]): void {
  let x = 10;
  names.forEach((name, i) => {
    svg.append(el('rect', { x, y: H - 18, width: 10, height: 10, fill: cols[i] }));
    svg.append(el('text', { x: x + 14, y: H - 9, 'font-size': 10, fill: '#3c4043' }, name));
    x += 20 + name.length * 6;
  });
}

function line(svg: SVGElement, chart: ChartView): void {
  const series = Math.max(0, ...chart.rows.map((r) => r.values.length));
  const cols = colours(chart, series);
  const max = Math.max(1, ...chart.rows.flatMap((r) => r.values.map((v) => v ?? 0)));
  const plot = { x: 40, y: 30, w: W - 60, h: H - 100 };
  const step = plot.w / Math.max(1, chart.rows.length - 1);
  for (let s = 0; s < series; s++) {
    const pts = chart.rows.map(
      (r, i) => `${plot.x + i * step},${plot.y + plot.h - ((r.values[s] ?? 0) / max) * plot.h}`,
    );
    svg.append(el('polyline', { points: pts.join(' '), fill: 'none', stroke: cols[s], 'stroke-width': 2 }));
  }
  chart.rows.forEach((r, i) => {
    if (chart.rows.length > 16 && i % 2 === 1) return;
    svg.append(
      el(
        'text',
        {
          x: plot.x + i * step,
          y: plot.y + plot.h + 14,
          'font-size': 9,
          'text-anchor': 'middle',
          fill: '#3c4043',
        },
        r.label,
      ),
    );
  });
  svg.append(
    el(
      'text',
      { x: plot.x - 4, y: plot.y + 4, 'font-size': 9, 'text-anchor': 'end', fill: '#5f6368' },
      String(max),
    ),
  );
  legendRow(svg, chart.headers.slice(1), cols);
}

export function chartSvg(chart: ChartView): SVGElement {
  const svg = el('svg', {
    width: W,
    height: H,
    viewBox: `0 0 ${W} ${H}`,
    role: 'img',
    'data-chart-type': chart.type,
  });
  svg.append(el('rect', { x: 0, y: 0, width: W, height: H, fill: '#fff', stroke: '#dadce0' }));
  const title = typeof chart.options.title === 'string' ? chart.options.title : '';
  if (title)
    svg.append(el('text', { x: 10, y: 20, 'font-size': 14, 'font-weight': 600, fill: '#202124' }, title));
  if (chart.type === 'PIE') pie(svg, chart);
  else if (chart.type === 'LINE' || chart.type === 'AREA') line(svg, chart);
  else bars(svg, chart, chart.type === 'BAR');
  return svg;
}

/**
 * Places the charts over the grid: `left`/`top` of the anchor cell from the column widths and the
 * fixed row height of the grid (22 px), for anchors on the page of rows shown.
 */
export function drawCharts(
  wrap: HTMLElement,
  charts: ChartView[],
  layout: {
    colWidths: number[];
    columnLetters: string[];
    firstRow: number;
    rowCount: number;
    frozen: number;
  },
): void {
  const ROW = 22;
  const HEAD = 22;
  const ROWNUM = 46;
  for (const chart of charts) {
    const letter = columnLetterOf(chart.col);
    const ci = layout.columnLetters.indexOf(letter);
    if (ci < 0) continue;
    const shownRow = chart.row <= layout.frozen ? chart.row - 1 : chart.row - layout.firstRow + layout.frozen;
    if (shownRow < 0 || shownRow > layout.rowCount + layout.frozen) continue;
    const left = ROWNUM + layout.colWidths.slice(0, ci).reduce((a, b) => a + b, 0) + chart.offsetX;
    const top = HEAD + shownRow * ROW + chart.offsetY;
    const box = document.createElement('div');
    box.className = 'chart';
    box.dataset.testid = 'chart';
    box.setAttribute(
      'style',
      `position:absolute;left:${left}px;top:${top}px;box-shadow:0 1px 3px rgba(0,0,0,.2);z-index:3`,
    );
    box.append(chartSvg(chart));
    wrap.append(box);
  }
}

function columnLetterOf(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
