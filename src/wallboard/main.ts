/**
 * The wall board ("bảng điện tử"): full-screen, read-only, refreshing itself. It asks the server for
 * `getWallboard` every few minutes (`?refresh=<seconds>` in the web app's address changes the pace)
 * and, between two calls, turns the pages of the units' ranking and of the overdue list so that long
 * lists fit a screen with large type. A failed call keeps the last figures on screen and says so.
 *
 * Everything shown is text put in as text nodes (no HTML from the register is ever parsed).
 */
import { FIGURE_MESSAGES } from '../core/i18n/figures';
import { combine, translator, type KeyOf, type MessageParams } from '../core/i18n/translate';
import { WALLBOARD_MESSAGES } from '../core/i18n/wallboard';
import type { Language } from '../core/language';
import type { WallboardTask, WallboardUnit, WallboardView } from '../core/stats/views';
import { h } from '../client/dom';
import { vnMoment } from '../core/format';

import { makeCall } from '../client/rpc';

declare const google: {
  script: {
    url?: { getLocation(cb: (loc: { parameter: Record<string, string> }) => void): void };
  };
};

const DEFAULT_REFRESH_S = 300;
const PAGE_TURN_S = 15;
/** Rows per page: as many as the screen's height leaves room for (measured after each render). */
let unitsPerPage = 12;
let overduePerPage = 6;

const board = document.getElementById('board')!;
let lang: Language = 'vi';
let view: WallboardView | null = null;
let error: string | null = null;
let page = 0;
let lastLoad = 0;
// Only the board's own words and the figures' names: its bundle carries no other message.
const MESSAGES = /* @__PURE__ */ combine(WALLBOARD_MESSAGES, FIGURE_MESSAGES);
const t = /* @__PURE__ */ translator(MESSAGES);
const tr = (key: KeyOf<typeof MESSAGES>, params: MessageParams = {}) => t(lang, key, params);

/** A failed call keeps the last figures on screen; the board says why in its own words. */
const call = makeCall((detail) => detail);

function pageOf<T>(items: T[], size: number): { items: T[]; index: number; count: number } {
  const count = Math.max(1, Math.ceil(items.length / size));
  const index = page % count;
  return { items: items.slice(index * size, index * size + size), index, count };
}

function tile(
  label: string,
  value: string | number,
  share: string | null,
  colour: string,
  id: string,
): HTMLElement {
  return h(
    'div',
    { className: 'tile', style: `border-top-color:${colour}`, 'data-testid': `tile-${id}` },
    h('div', { className: 'label' }, label),
    h('div', { className: 'value' }, String(value)),
    share === null ? null : h('div', { className: 'share', style: `color:${colour}` }, share),
  );
}

function pager(p: { index: number; count: number }): HTMLElement | null {
  return p.count > 1 ? h('span', { className: 'page' }, `${p.index + 1}/${p.count}`) : null;
}

function unitsSection(units: WallboardUnit[]): HTMLElement {
  const p = pageOf(units, unitsPerPage);
  return h(
    'section',
    { 'data-testid': 'units' },
    h('h2', {}, tr('wall.units'), pager(p)),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', {}, tr('stats.col.rank')),
          h('th', {}, tr('stats.col.unit')),
          h('th', { className: 'n' }, tr('stats.short.assigned')),
          h('th', { className: 'n' }, tr('stats.short.onTimeRate')),
          h('th', { className: 'n' }, tr('stats.short.overdue')),
          h('th', { className: 'n' }, tr('stats.short.updateRate')),
        ),
      ),
      h(
        'tbody',
        {},
        ...p.items.map((u) =>
          h(
            'tr',
            {},
            h('td', { className: 'rank' }, u.rank === null ? '—' : String(u.rank)),
            h('td', {}, u.name),
            h('td', { className: 'n' }, String(u.assigned)),
            h('td', { className: 'n' }, u.onTimeRate),
            h('td', { className: u.overdue > 0 ? 'n bad' : 'n' }, String(u.overdue)),
            h('td', { className: u.full ? 'n full' : 'n' }, u.updateRate),
          ),
        ),
      ),
    ),
  );
}

function overdueSection(list: WallboardTask[], total: number): HTMLElement {
  const p = pageOf(list, overduePerPage);
  const more = total - list.length;
  return h(
    'section',
    { 'data-testid': 'overdue' },
    h('h2', {}, `${tr('wall.overdue')} (${total})`, pager(p)),
    // The tile counts the period's tasks by the statistics basis; this list is every task overdue now.
    h(
      'p',
      { className: 'note', 'data-testid': 'overdue-note' },
      tr('wall.overdueNote', { tile: tr('stats.fig.overdue'), period: view?.periodLabel ?? '' }),
    ),
    list.length === 0
      ? h('div', { className: 'none' }, tr('wall.noOverdue'))
      : h(
          'ol',
          { className: 'overdue' },
          ...p.items.map((o) =>
            h(
              'li',
              { 'data-id': o.id },
              h('span', { className: o.confidential ? 'title secret' : 'title' }, `${o.id} · ${o.title}`),
              h('span', { className: 'late' }, tr('wall.daysLate', { n: o.daysLate })),
              h('span', { className: 'meta' }, `${o.unit} · ${tr('wall.deadline', { date: o.deadline })}`),
            ),
          ),
        ),
    more > 0 && p.index === p.count - 1
      ? h('p', { className: 'notice' }, tr('wall.more', { n: more }))
      : null,
  );
}

/** The office's wall clock, in Viet Nam time whatever the screen's zone. */
const clock = (): string => vnMoment(Date.now()).time;

/**
 * How many rows fit between a list's first row and the bottom of the screen (less the footer): the
 * ranking and the overdue list are paged by what the screen shows, never cut by it.
 */
function fitRows(section: string, row: string, current: number): number {
  const first = board.querySelector<HTMLElement>(`[data-testid="${section}"] ${row}`);
  if (!first) return current;
  const footer = board.querySelector('footer')?.getBoundingClientRect().height ?? 0;
  const top = first.getBoundingClientRect().top + window.scrollY;
  const height = first.getBoundingClientRect().height + (row === 'li' ? 5 : 0);
  const room = window.innerHeight - top - footer - 24;
  return Math.max(1, Math.floor(room / Math.max(1, height)));
}

function render(): void {
  draw();
  // Measured on the page as drawn; drawn again once when the number of rows changes.
  const units = fitRows('units', 'tbody tr', unitsPerPage);
  const overdue = fitRows('overdue', 'li', overduePerPage);
  if (units !== unitsPerPage || overdue !== overduePerPage) {
    unitsPerPage = units;
    overduePerPage = overdue;
    draw();
  }
}

function draw(): void {
  if (!view) {
    board.replaceChildren(
      h(
        'p',
        { className: error ? 'notice error' : 'loading' },
        error ? tr('wall.error', { error }) : 'Đang tải…',
      ),
    );
    return;
  }
  const v = view;
  const w = v.whole;
  const colour = {
    green: '#22c55e',
    orange: '#f97316',
    grey: '#94a3b8',
    blue: '#3b82f6',
    red: '#ef4444',
    purple: '#a78bfa',
  };
  board.replaceChildren(
    h(
      'header',
      {},
      h(
        'div',
        {},
        v.agencyName ? h('div', { className: 'agency' }, v.agencyName) : null,
        h('h1', {}, v.title),
      ),
      h(
        'div',
        { className: 'asof' },
        h('div', { className: 'clock', 'data-testid': 'clock' }, clock()),
        h('div', { 'data-testid': 'asof' }, tr('wall.asOf', { period: v.periodLabel, time: v.asOf })),
      ),
    ),
    h(
      'div',
      { className: 'tiles' },
      tile(tr('stats.fig.assigned'), w.counts.assigned, null, '#e2e8f0', 'assigned'),
      tile(
        tr('stats.fig.completedOnTime'),
        w.counts.doneEarly + w.counts.doneOnTime,
        w.pct.completedOnTime,
        colour.green,
        'completedOnTime',
      ),
      tile(tr('stats.fig.doneLate'), w.counts.doneLate, w.pct.doneLate, colour.orange, 'doneLate'),
      tile(tr('stats.fig.archived'), w.counts.archived, w.pct.archived, colour.grey, 'archived'),
      tile(tr('stats.fig.inTime'), w.counts.inTime, w.pct.inTime, colour.blue, 'inTime'),
      tile(tr('stats.fig.overdue'), w.counts.overdue, w.pct.overdue, colour.red, 'overdue'),
      tile(tr('stats.fig.updated'), w.counts.updated, w.pct.updated, colour.purple, 'updated'),
      tile(
        tr('stats.fig.unitsFull'),
        `${v.unitsFullyUpdated}/${v.unitsWithTasks}`,
        null,
        colour.green,
        'unitsFull',
      ),
    ),
    v.reports?.length
      ? h(
          'div',
          { className: 'reports', 'data-testid': 'reports' },
          `${tr('wall.reports')}: ${v.reports.map((r) => `${r.title} ${Math.round(r.share * 100)} %`).join(' · ')}`,
        )
      : '',
    h('div', { className: 'columns' }, unitsSection(v.units), overdueSection(v.overdue, v.overdueTotal)),
    h(
      'footer',
      {},
      h('span', {}, 'Nhắc Việc'),
      error
        ? h('span', { className: 'notice error', role: 'alert' }, tr('wall.error', { error }))
        : h('span', {}, ''),
    ),
  );
}

async function load(): Promise<void> {
  lastLoad = Date.now();
  const reply = await call('getWallboard');
  if (reply.ok) {
    view = reply.data;
    lang = view.lang;
    error = null;
  } else {
    error = reply.error;
  }
  render();
}

function start(refreshSeconds: number): void {
  void load();
  // One timer: turn the pages, tick the clock, and reload when it is time.
  setInterval(
    () => {
      if (Date.now() - lastLoad >= refreshSeconds * 1000) void load();
      else {
        page += 1;
        render();
      }
    },
    Math.min(PAGE_TURN_S, refreshSeconds) * 1000,
  );
}

// A screen turned or resized: the rows per page are measured again.
window.addEventListener('resize', () => render());

function refreshFromLocation(cb: (s: number) => void): void {
  try {
    if (google.script.url) {
      google.script.url.getLocation((loc) => {
        const n = Number(loc?.parameter?.refresh);
        cb(Number.isFinite(n) && n >= 1 ? n : DEFAULT_REFRESH_S);
      });
      return;
    }
  } catch {
    // A dialog has no address of its own: the default pace.
  }
  cb(DEFAULT_REFRESH_S);
}

// Start once: from the address when it answers, else after two seconds at the default pace.
let started = false;
const go = (seconds: number) => {
  if (started) return;
  started = true;
  start(seconds);
};
setTimeout(() => go(DEFAULT_REFRESH_S), 2000);
refreshFromLocation(go);
