/**
 * Each person's first screen (src/core/screen.ts), kept in the document cache so that opening the
 * sidebar reads no row of the register (docs/register-access.md, "The first screen, kept").
 *
 * - Kept under the day (Viet Nam) and the context's fingerprint: a screen of yesterday, or of other
 *   settings, staff, units or holidays, is never read again. Each value holds the screen, the tasks it
 *   shows, and the register's last row and column when it was current; an open finding the sheet's
 *   last row or column moved (rows or columns inserted or deleted: no trigger fires) rebuilds it.
 * - Built by the daily refresh for everyone (`keepScreens`), by a cold open for its person; patched by
 *   every write of the add-on to a task's row (`screensAfterWrite`) and by a person's edit of one
 *   cell (`screensAfterEdit`); dropped (`dropScreens`) when a change cannot be patched.
 * - A write stamp, renewed by every patch and drop, keeps a cold open from storing a screen computed
 *   from rows read before a write it did not see.
 * - The cache failing is a miss: the register is read, and nothing is kept.
 */
import { isoFromDay, type Day } from '../core/civil-date';
import { SHEETS, TASK_COLUMNS } from '../core/schema';
import { canSee } from '../core/permissions';
import { buildScreen, patchScreen, screenTaskIds, type Screen } from '../core/screen';
import { readTaskRow, type Task } from '../core/task';
import type { ActionContext } from '../core/task-actions';
import { childrenByParent } from '../core/task-view';
import { loadContextParts, type ContextParts } from './context-cache';
import { cell, readRowsAt, readTableHead, rowsWhere, type Table } from './table';
import type { TaskStore } from './task-store';
import { todayVN } from './time';
import { fromParts, toParts } from './cache-parts';
import { documentCache, orNull } from './properties';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A kept screen: the screen and the tasks it shows. */
export interface Kept {
  screen: Screen;
  tasks: Record<string, Task>;
}

type Change = { old: Task | null; now: Task | null; kids: Task[] | null };

const EXPIRY_S = 21600; // 6 h, Google's longest
const MAX_CHUNKS = 4;
/** Screens the daily refresh keeps at most: the cache holds 1,000 items, the rest are built on opening. */
const MAX_BUILT = 250;
/**
 * Each screen looks at every task: the refresh builds at most this many (person, task) pairs — 250
 * people at 10,000 tasks, 60 at 50,000 (about 4 s of Node); the others' screens are built on opening.
 */
const MAX_WORK = 3_000_000;
/** The daily refresh spends at most this long building screens (CPU time, beside the e-mails). */
const BUILD_MS = 15_000;

const prefix = (parts: ContextParts, today: Day) =>
  `nhacviec.screen.${parts.fingerprint}.${isoFromDay(today)}.`;
/** Renewed by every patch and drop: a cold open stores its screen only if it has not changed meanwhile. */
const stampKey = (p: string) => p + 'stamp';
/** "lastRow,lastColumn" of the register every kept screen is current for. */
const sizeKey = (p: string) => p + 'size';
const chunkKeys = (p: string, email: string) =>
  Array.from({ length: MAX_CHUNKS }, (_, i) => `${p}${email.toLowerCase()}#${i}`);
const everyone = (p: string, parts: ContextParts) => parts.dir.people.flatMap((x) => chunkKeys(p, x.email));
const stamp = () => `${Date.now().toString(36)}.${Math.floor(Math.random() * 1e9).toString(36)}`;

/** A kept screen as cache values under `keys`, or null when too large to keep. */
function toChunks(keys: string[], kept: Kept): Record<string, string> | null {
  const parts = toParts(JSON.stringify(kept), MAX_CHUNKS);
  if (!parts) return null;
  const out: Record<string, string> = {};
  parts.forEach((p, i) => (out[keys[i]] = p));
  return out;
}

function fromChunks(keys: string[], got: Record<string, string>): Kept | null {
  const json = fromParts(keys.map((k) => got[k]));
  if (json === null) return null;
  try {
    const v = JSON.parse(json) as Kept;
    return v && v.screen && v.tasks ? v : null;
  } catch {
    return null;
  }
}

/** The tasks a screen shows, from `byId`; null when one is missing. */
function tasksOf(screen: Screen, byId: (id: string) => Task | undefined): Record<string, Task> | null {
  const tasks: Record<string, Task> = {};
  for (const id of screenTaskIds(screen)) {
    const t = byId(id);
    if (!t) return null;
    tasks[id] = t;
  }
  return tasks;
}

const sizeOf = (sheet: GoogleAppsScript.Spreadsheet.Sheet) =>
  `${sheet.getLastRow()},${sheet.getLastColumn()}`;

/**
 * The caller's kept screen, when it is current; else null and `store`, which keeps the screen an open
 * computes from the whole register — unless a write came in between.
 */
export function openScreen(
  ss: Spreadsheet,
  ctx: ActionContext,
): { kept: Kept | null; store: (screen: Screen, byId: ReadonlyMap<string, Task>) => void } {
  const none = { kept: null, store: () => undefined };
  const cache = documentCache();
  if (!cache) return none;
  const parts = loadContextParts(ss);
  const p = prefix(parts, ctx.today);
  const keys = chunkKeys(p, ctx.me.email);
  const got = orNull(() => cache.getAll([...keys, stampKey(p), sizeKey(p)]));
  const sheet = ss.getSheetByName(SHEETS.tasks.vi);
  if (!got || !sheet) return none;
  // Rows or columns inserted or deleted by hand fire no trigger: the sheet's size tells.
  const size = sizeOf(sheet);
  const kept = got[sizeKey(p)] === size ? fromChunks(keys, got) : null;
  if (kept) return { kept, store: () => undefined };
  return {
    kept: null,
    store: (screen, byId) => {
      const tasks = tasksOf(screen, (id) => byId.get(id));
      const chunks = tasks && toChunks(keys, { screen, tasks });
      // Stored only when no write was patched or dropped since the rows were read.
      if (!chunks || orNull(() => cache.get(stampKey(p))) !== (got[stampKey(p)] ?? null)) return;
      if (got[sizeKey(p)] !== size) {
        // The others' screens are of another register: they go, and this size is the one kept.
        if (orNull(() => cache.removeAll(everyone(p, parts))) === null) return;
        Object.assign(chunks, { [sizeKey(p)]: size, [stampKey(p)]: stamp() });
      }
      orNull(() => cache.putAll(chunks, EXPIRY_S));
    },
  };
}

/**
 * The daily refresh read every task: every active person's screen is built and kept (at most
 * `MAX_BUILT`; the others are built when they open the sidebar). Never throws.
 */
export function keepScreens(ss: Spreadsheet, tasks: readonly Task[], table: Table, today: Day): void {
  try {
    const cache = documentCache();
    if (!cache) return;
    const parts = loadContextParts(ss);
    const p = prefix(parts, today);
    const children = childrenByParent(tasks);
    const byId = new Map(tasks.map((t) => [t.id, t]));
    const values: Record<string, string> = { [stampKey(p)]: stamp(), [sizeKey(p)]: sizeOf(table.sheet) };
    cache.removeAll(everyone(p, parts));
    const most = Math.min(MAX_BUILT, Math.ceil(MAX_WORK / Math.max(1, tasks.length)));
    const people = parts.dir.people.filter((x) => x.active).slice(0, most);
    values[KEPT_KEY] = JSON.stringify({ p, emails: people.map((x) => x.email) });
    const until = Date.now() + BUILD_MS;
    for (const me of people) {
      if (Date.now() > until) break; // the morning's e-mails come first: the others build on opening
      const screen = buildScreen(tasks, { ...parts, me, today }, children);
      const kept = tasksOf(screen, (id) => byId.get(id));
      Object.assign(values, kept && toChunks(chunkKeys(p, me.email), { screen, tasks: kept }));
    }
    cache.putAll(values, EXPIRY_S);
  } catch {
    // The next open builds its own screen.
  }
}

/** The prefix and the people of the screens the daily refresh kept: what the hourly run puts again. */
const KEPT_KEY = 'nhacviec.screen.kept';

/**
 * The hourly run: the screens the daily refresh kept today are put again, so they outlive the cache's
 * 6 hours. Cache calls only (idle hours read no sheet); never throws.
 */
export function renewScreens(): void {
  try {
    const cache = documentCache();
    const raw = cache?.get(KEPT_KEY);
    if (!cache || !raw) return;
    const { p, emails } = JSON.parse(raw) as { p: string; emails: string[] };
    if (!p.endsWith(`.${isoFromDay(todayVN())}.`)) return;
    const got = cache.getAll([...emails.flatMap((e) => chunkKeys(p, e)), stampKey(p), sizeKey(p)]);
    if (got[sizeKey(p)] !== undefined) cache.putAll({ ...got, [KEPT_KEY]: raw }, EXPIRY_S);
  } catch {
    // Screens that lapse are built again on opening.
  }
}

/** A task's row as the table holds it after a write (a leading apostrophe only marks text). */
export function taskOfRow(table: Table, index: number, lang: ActionContext['settings']['language']) {
  const row = table.rows[index];
  if (!row) return null;
  const read = readTaskRow(
    (k) => {
      const v = cell(table, row, k);
      return typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v;
    },
    index + 2,
    lang,
  );
  return read.kind === 'task' && read.task.id ? read.task : null;
}

/**
 * One task's row changed from `old` to `now` (null: not a task). `kids` are `now`'s sub-tasks when the
 * writer read them (null: not known). `lastRow` is the sheet's last row after the write and `appended`
 * says the write added it; `lastRow` null: the writer did not read it (a person's edit: the sheet is
 * asked). The kept screen of each person who may see either version is patched, or dropped when the
 * patch cannot be exact; every screen goes when the register's size is not the one they were kept for.
 * One `getAll` and one `putAll`; never throws.
 */
export function patchScreens(
  ss: Spreadsheet,
  ctx: Pick<ActionContext, 'settings' | 'calendar' | 'dir' | 'today'>,
  change: Change & { lastRow: number | null | 'same'; appended: boolean },
): void {
  const cache = documentCache();
  if (!cache) return;
  const parts = loadContextParts(ss);
  const p = prefix(parts, ctx.today);
  const { old, now, lastRow, appended } = change;
  // Only those who may see the task, before or after, can have it on their screen; a sub-task is on
  // the screen of whoever lists its parent, so everyone's is looked at.
  const sub = Boolean(old?.parentId || now?.parentId);
  const concerned = ctx.dir.people.filter(
    (me) =>
      sub ||
      (old && canSee(me, old, ctx.dir, ctx.settings)) ||
      (now && canSee(me, now, ctx.dir, ctx.settings)),
  );
  const keys = concerned.flatMap((me) => chunkKeys(p, me.email));
  const values: Record<string, string> = { [stampKey(p)]: stamp() };
  const dropped: string[] = [];
  try {
    const got = cache.getAll([...keys, sizeKey(p)]);
    const kept = got[sizeKey(p)];
    if (kept === undefined) return; // nothing kept for today
    // 'same': a row rewritten in place, the sheet's length not asked: a change of size made by hand
    // since is still seen by the next open, which compares it.
    if (lastRow !== 'same') {
      const [row, column] = kept.split(',');
      const rows = lastRow ?? ss.getSheetByName(SHEETS.tasks.vi)?.getLastRow();
      if (rows === undefined || Number(row) !== (appended ? rows - 1 : rows)) return dropScreens(ss);
      values[sizeKey(p)] = `${rows},${column}`;
    }
    for (const me of concerned) {
      const mine = chunkKeys(p, me.email);
      const before = fromChunks(mine, got);
      const next = before && patchedKept(before, { ...ctx, me }, change);
      const chunks = next && toChunks(mine, next);
      if (chunks) Object.assign(values, chunks);
      else if (mine.some((k) => got[k] !== undefined)) dropped.push(...mine);
    }
    cache.putAll(values, EXPIRY_S);
    if (dropped.length > 0) cache.removeAll(dropped);
  } catch {
    dropScreens(ss);
  }
}

function patchedKept(kept: Kept, ctx: ActionContext, change: Change): Kept | null {
  const { old, now, kids } = change;
  const screen = patchScreen(kept.screen, old, now, kids && kids.map((k) => k.id), ctx);
  if (!screen) return null;
  const fresh = new Map<string, Task>((kids ?? []).map((k) => [k.id, k]));
  if (now) fresh.set(now.id, now);
  const tasks = tasksOf(screen, (id) => fresh.get(id) ?? (id === old?.id ? undefined : kept.tasks[id]));
  return tasks && { screen, tasks };
}

/** Every kept screen of today goes (a change that cannot be patched): the next opens rebuild them. */
export function dropScreens(ss: Spreadsheet): void {
  const cache = documentCache();
  if (!cache) return;
  try {
    const parts = loadContextParts(ss);
    const p = prefix(parts, todayVN());
    cache.put(stampKey(p), stamp(), EXPIRY_S);
    cache.removeAll([sizeKey(p), ...everyone(p, parts)]);
  } catch {
    // Nothing more can be done: the screens lapse within 6 hours at the latest.
  }
}

/**
 * After an execution wrote task `id`'s row (an action, a workspace): the screens are patched from the
 * task as it was read (`old`, null for a new row) and as its row now holds it, with its sub-tasks as
 * read. Called once, when every write of the execution to the row is done.
 */
export function screensAfterWrite(
  ss: Spreadsheet,
  ctx: ActionContext,
  store: TaskStore,
  id: string,
  old: Task | null,
): void {
  const index = store.index.get(id);
  const now = index === undefined ? null : orNull(() => taskOfRow(store.table, index, ctx.settings.language));
  const kids = store.tasks.filter((t) => t.parentId === id && t.id !== id);
  const lastRow = store.table.sizeUnknown ? 'same' : store.table.rows.length + 1;
  patchScreens(ss, ctx, { old, now, kids, lastRow, appended: old === null });
}

/** Columns whose edit event's `oldValue` reads as the cell did (text and ticks, not dates or numbers). */
const AS_TEXT = new Set([
  'id',
  'status',
  'text',
  'longtext',
  'email',
  'emails',
  'unit',
  'units',
  'checkbox',
  'link',
]);

/**
 * A person edited the register by hand (`onEdit`). One cell of a column read as text: the row is read
 * again, the old row is the new one with the event's `oldValue`, and the screens are patched from both.
 * Anything else — several cells, a date or a number, an id typed or changed, a row repeating an id —
 * drops every screen. Never throws.
 */
export function screensAfterEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const range = e.range;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  try {
    const head = readTableHead(ss, SHEETS.tasks);
    const row = range.getRow();
    const col = range.getColumn() - 1;
    const key = Object.keys(head.map).find((k) => head.map[k] === col);
    if (!key && range.getNumColumns() === 1) return; // a column not ours
    const kind = TASK_COLUMNS.find((c) => c.key === key)?.kind ?? '';
    if (range.getNumRows() !== 1 || range.getNumColumns() !== 1 || row < 2 || !AS_TEXT.has(kind))
      return dropScreens(ss);
    const values = readRowsAt(head, [row]).get(row);
    if (!values) return dropScreens(ss);
    const before = [...values];
    before[col] = e.oldValue ?? '';
    const table: Table = { ...head, rows: [] };
    const parts = loadContextParts(ss);
    const lang = parts.settings.language;
    table.rows[row - 2] = before;
    const old = taskOfRow(table, row - 2, lang);
    table.rows[row - 2] = values;
    const now = taskOfRow(table, row - 2, lang);
    // The first row of an id is the task (as `loadTasks` reads): a row repeating it is not on any screen.
    const id = now?.id ?? old?.id;
    if (old?.id !== now?.id || (id && rowsWhere(head, 'id', id)[0] !== row)) return dropScreens(ss);
    if (!old) return; // neither is a task
    patchScreens(
      ss,
      { ...parts, today: todayVN() },
      { old, now, kids: null, lastRow: null, appended: false },
    );
  } catch {
    dropScreens(ss);
  }
}
