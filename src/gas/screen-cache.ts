/**
 * Each person's first screen (src/core/screen.ts), kept in the document cache so that opening the
 * sidebar reads no row of the register (docs/register-access.md, "The first screen, kept").
 *
 * - Kept in packs: the active people, in a fixed order drawn from the staff sheet, six to a pack; a
 *   pack holds their screens and, once each, the tasks those screens show (as rows of values), in at
 *   most `MAX_PARTS` cache values. 1,250 people at 50,000 tasks take 209 packs in 242 of the cache's
 *   1,000 items. The cache evicting one value of a pack makes its six people open cold, no one else.
 * - Kept under the day (Viet Nam) and the context's fingerprint: a screen of yesterday, or of other
 *   settings, staff, units or holidays, is never read again. Beside them, the register's last row and
 *   column when they were current; an open finding the sheet's last row or column moved (rows or
 *   columns inserted or deleted: no trigger fires) rebuilds its screen.
 * - Built by the daily refresh for everyone (`keepScreens`), by a cold open for its person; patched by
 *   every write of the add-on to a task's row (`screensAfterWrite`) and by a person's edit of one
 *   cell (`screensAfterEdit`); dropped (`dropScreens`) when a change cannot be patched.
 * - A write stamp, renewed by every patch and drop, keeps a cold open from storing a screen computed
 *   from rows read before a write it did not see.
 * - The cache failing is a miss: the register is read, and nothing is kept.
 */
import { isoFromDay, type Day } from '../core/civil-date';
import type { Directory } from '../core/directory';
import { SHEETS, TASK_COLUMNS } from '../core/schema';
import { canSee } from '../core/permissions';
import { buildScreens, patchScreen, screenTaskIds, type Screen } from '../core/screen';
import { readTaskRow, type Task } from '../core/task';
import type { ActionContext } from '../core/task-actions';
import { childrenByParent } from '../core/task-view';
import {
  loadContextParts,
  SCREENS_REBUILD_KEY,
  screensRebuildAsked,
  type ContextParts,
} from './context-cache';
import { cell, readRowsAt, readTableHead, rowsWhere, type Table } from './table';
import type { TaskStore } from './task-store';
import { todayVN } from './time';
import { fromParts, toParts } from './cache-parts';
import { CACHE_LONGEST_S, documentCache, orNull } from './properties';
import { settledByRead, withDocumentLock } from './lock';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A kept screen: the screen and the tasks it shows. */
export interface Kept {
  screen: Screen;
  tasks: Record<string, Task>;
}

/** A pack as cached: screens by lower-case e-mail, and each task they show as its values in `k`'s order. */
interface Pack {
  s: Record<string, Screen>;
  k: string[];
  t: Record<string, unknown[]>;
}

/** A pack as read: the screens, and the tasks they show by id. */
interface Held {
  screens: Record<string, Screen>;
  tasks: Map<string, Task>;
}

/**
 * A task's row before and after (null: not a task). `old` 'held': as each pack holds it (a date or a
 * number typed by hand, whose value before the edit is not known, and which changes nobody's right to
 * see the task).
 */
type Change = { old: Task | null | 'held'; now: Task | null; kids: Task[] | null };

/** People per pack: an open reads its pack (about 90 KB), a patch the packs of those concerned. */
export const PACK_PEOPLE = 6;
/** Cache values per pack at most (90,000 bytes each): a pack that does not fit sheds people. */
const MAX_PARTS = 8;
/**
 * Cache values the daily refresh fills at most: the cache holds 1,000 items, the row index and the
 * context's copy share them, and a cold open adds to them. Packs beyond are built on opening.
 */
const MAX_ENTRIES = 600;

const prefix = (parts: ContextParts, today: Day) =>
  `nhacviec.screen.${parts.fingerprint}.${isoFromDay(today)}.`;
/** Renewed by every patch and drop: a cold open stores its screen only if it has not changed meanwhile. */
const stampKey = (p: string) => p + 'stamp';
/** "lastRow,lastColumn" of the register every kept screen is current for. */
const sizeKey = (p: string) => p + 'size';
const packKeys = (p: string, i: number) => Array.from({ length: MAX_PARTS }, (_, j) => `${p}${i}#${j}`);
const stamp = () => `${Date.now().toString(36)}.${Math.floor(Math.random() * 1e9).toString(36)}`;

/**
 * Who shares a pack: the active people, those who see every task first (their lists overlap), then by
 * unit and e-mail, `PACK_PEOPLE` to a pack. The same for every execution with the same staff sheet.
 */
const packings = new WeakMap<Directory, { packs: string[][]; at: Map<string, number> }>();
export function packing(dir: Directory) {
  let k = packings.get(dir);
  if (k) return k;
  const by = (x: Directory['people'][number]) =>
    `${x.role === 'admin' || x.role === 'leader' ? '' : x.unit.toLowerCase()}\n${x.email.toLowerCase()}`;
  const emails = [
    ...new Set(
      dir.people
        .filter((x) => x.active)
        .map(by)
        .sort(),
    ),
  ].map((x) => x.slice(x.lastIndexOf('\n') + 1));
  const packs: string[][] = [];
  const at = new Map<string, number>();
  for (const e of emails) {
    if (at.has(e)) continue;
    if (!packs.length || packs[packs.length - 1].length === PACK_PEOPLE) packs.push([]);
    packs[packs.length - 1].push(e);
    at.set(e, packs.length - 1);
  }
  packings.set(dir, (k = { packs, at }));
  return k;
}

const everyone = (p: string, dir: Directory) => packing(dir).packs.flatMap((_, i) => packKeys(p, i));

/**
 * The pack's values under `keys`: each screen whose tasks `find` knows, and those tasks once each;
 * null when it needs more than `MAX_PARTS` values.
 */
function toPack(
  keys: string[],
  screens: Record<string, Screen>,
  find: (id: string) => Task | undefined,
): Record<string, string> | null {
  const pack: Pack = { s: {}, k: [], t: {} };
  const tasks = new Map<string, Task>();
  for (const [email, screen] of Object.entries(screens)) {
    const mine = tasksOf(screen, find);
    if (!mine) continue; // a task it shows is not known: this screen is not kept
    pack.s[email] = screen;
    for (const t of Object.values(mine)) tasks.set(t.id, t);
  }
  const fields = new Set<string>();
  for (const t of tasks.values()) for (const f of Object.keys(t)) fields.add(f);
  pack.k = [...fields];
  for (const [id, t] of tasks) pack.t[id] = pack.k.map((f) => (t as unknown as Record<string, unknown>)[f]);
  const parts = toParts(JSON.stringify(pack), MAX_PARTS);
  if (!parts) return null;
  const out: Record<string, string> = {};
  parts.forEach((x, i) => (out[keys[i]] = x));
  return out;
}

function fromPack(keys: string[], got: Record<string, string>): Held | null {
  const json = fromParts(keys.map((k) => got[k]));
  if (json === null) return null;
  try {
    const v = JSON.parse(json) as Pack;
    const tasks = new Map<string, Task>();
    for (const [id, row] of Object.entries(v.t))
      tasks.set(id, Object.fromEntries(v.k.map((f, i) => [f, row[i]])) as unknown as Task);
    return v.s ? { screens: v.s, tasks } : null;
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
 * computes from the whole register in the caller's pack — unless a write came in between.
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
  const email = ctx.me.email.toLowerCase();
  const i = packing(parts.dir).at.get(email);
  if (i === undefined) return none;
  const keys = packKeys(p, i);
  const got = orNull(() => cache.getAll([...keys, stampKey(p), sizeKey(p)]));
  const sheet = ss.getSheetByName(SHEETS.tasks.vi);
  if (!got || !sheet) return none;
  // Rows or columns inserted or deleted by hand fire no trigger: the sheet's size tells.
  const size = sizeOf(sheet);
  const held = got[sizeKey(p)] === size ? fromPack(keys, got) : null;
  const mine = held?.screens[email];
  const tasks = mine && tasksOf(mine, (id) => held.tasks.get(id));
  if (mine && tasks) return { kept: { screen: mine, tasks }, store: () => undefined };
  return {
    kept: null,
    store: (screen, byId) => {
      // The neighbours' screens stay; the tasks are taken from the register just read.
      const values = toPack(
        keys,
        { ...held?.screens, [email]: screen },
        (id) => byId.get(id) ?? held?.tasks.get(id),
      );
      // Stored only when no write was patched or dropped since the rows were read.
      if (!values?.[keys[0]] || orNull(() => cache.get(stampKey(p))) !== (got[stampKey(p)] ?? null)) return;
      if (got[sizeKey(p)] !== size) {
        // The others' screens are of another register: they go, and this size is the one kept.
        if (orNull(() => cache.removeAll(everyone(p, parts.dir))) === null) return;
        Object.assign(values, { [sizeKey(p)]: size, [stampKey(p)]: stamp() });
        // Rows inserted or deleted by hand: the next quiet hourly run builds everyone's again.
        if (got[sizeKey(p)] !== undefined) Object.assign(values, screensRebuildAsked());
      }
      orNull(() => cache.putAll(values, CACHE_LONGEST_S));
    },
  };
}

/** The prefix and the number of packs the daily refresh kept: what the hourly run puts again. */
const KEPT_KEY = 'nhacviec.screen.kept';
const keptKeys = (raw: string | null) => {
  const { p, packs } = JSON.parse(raw ?? '{"packs":0}') as { p: string; packs: number };
  return { p, keys: Array.from({ length: packs }, (_, i) => packKeys(p, i)).flat() };
};

/**
 * The daily refresh read every task: every active person's screen is built (all at once, each task
 * placed only for those who may see it) and kept in packs, up to `MAX_ENTRIES` cache values. Never throws.
 */
export function keepScreens(ss: Spreadsheet, tasks: readonly Task[], table: Table, today: Day): void {
  try {
    const cache = documentCache();
    if (!cache) return;
    const parts = loadContextParts(ss);
    const p = prefix(parts, today);
    const people = parts.dir.people.filter((x) => x.active);
    const built = buildScreens(tasks, { ...parts, today }, people, childrenByParent(tasks));
    const screens = new Map([...built].map(([me, s]) => [me.email.toLowerCase(), s]));
    const byId = new Map(tasks.map((t) => [t.id, t]));
    const values: Record<string, string> = { [stampKey(p)]: stamp(), [sizeKey(p)]: sizeOf(table.sheet) };
    // Yesterday's packs (or those of other settings) go with today's: room for today's.
    cache.removeAll([...keptKeys(cache.get(KEPT_KEY)).keys, ...everyone(p, parts.dir)]);
    let entries = 0;
    let kept = 0;
    for (const [i, emails] of packing(parts.dir).packs.entries()) {
      const keys = packKeys(p, i);
      let mine = emails.filter((e) => screens.has(e));
      let v: Record<string, string> | null = null;
      // A pack too large sheds its last people until it fits: they build theirs on opening.
      while (
        mine.length &&
        !(v = toPack(keys, Object.fromEntries(mine.map((e) => [e, screens.get(e)!])), (id) => byId.get(id)))
      )
        mine = mine.slice(0, -1);
      entries += v ? Object.keys(v).length : 0;
      if (entries > MAX_ENTRIES) break;
      Object.assign(values, v);
      kept = i + 1;
    }
    values[KEPT_KEY] = JSON.stringify({ p, packs: kept });
    cache.putAll(values, CACHE_LONGEST_S);
    cache.remove(SCREENS_REBUILD_KEY); // every screen is of this register now
  } catch {
    // The next open builds its own screen.
  }
}

/**
 * The hourly run: the packs the daily refresh kept today are put again, so they outlive the cache's
 * 6 hours. Cache calls only (idle hours read no sheet); never throws.
 */
export function renewScreens(): { rebuild: boolean } {
  try {
    const cache = documentCache();
    if (!cache) return { rebuild: false };
    const flags = cache.getAll([KEPT_KEY, SCREENS_REBUILD_KEY]);
    const today = isoFromDay(todayVN());
    const rebuild = flags[SCREENS_REBUILD_KEY] === today;
    const raw = flags[KEPT_KEY];
    if (!raw) return { rebuild };
    const { p, keys } = keptKeys(raw);
    if (!p.endsWith(`.${today}.`)) return { rebuild };
    const got = cache.getAll([...keys, stampKey(p), sizeKey(p)]);
    if (got[sizeKey(p)] !== undefined) cache.putAll({ ...got, [KEPT_KEY]: raw }, CACHE_LONGEST_S);
    return { rebuild };
  } catch {
    return { rebuild: false }; // screens that lapse are built again on opening
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
 * One task's row changed from `old` to `now` (null: not a task; 'held': as each pack holds it, and a
 * pack that does not hold it drops the screens concerned). `kids` are `now`'s sub-tasks when the
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
  const { now, lastRow, appended } = change;
  const held = change.old === 'held';
  const old = change.old === 'held' ? null : change.old;
  const id = held ? now?.id : old?.id;
  // Only those who may see the task, before or after, can have it on their screen; a sub-task is on
  // the screen of whoever lists its parent, so everyone's is looked at.
  const sub = Boolean(old?.parentId || now?.parentId);
  const concerned = ctx.dir.people.filter(
    (me) =>
      sub ||
      (old && canSee(me, old, ctx.dir, ctx.settings)) ||
      (now && canSee(me, now, ctx.dir, ctx.settings)),
  );
  const me = new Map(concerned.filter((x) => x.active).map((x) => [x.email.toLowerCase(), x]));
  const { at } = packing(parts.dir);
  const packs = [...new Set([...me.keys()].map((e) => at.get(e)))].filter((i) => i !== undefined);
  const values: Record<string, string> = { [stampKey(p)]: stamp() };
  const dropped: string[] = [];
  const fresh = new Map<string, Task>((change.kids ?? []).map((k) => [k.id, k]));
  if (now) fresh.set(now.id, now);
  const kids = change.kids && change.kids.map((k) => k.id);
  try {
    const got = cache.getAll([...packs.flatMap((i) => packKeys(p, i)), sizeKey(p)]);
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
    for (const i of packs) {
      const keys = packKeys(p, i);
      const pack = fromPack(keys, got);
      if (!pack) continue;
      // The task before, as this pack holds it when not given (a pack that does not hold it cannot say
      // what its screens counted it as: theirs are dropped).
      const was = held ? (id === undefined ? undefined : pack.tasks.get(id)) : old;
      // Those concerned are patched (a patch that cannot be exact drops that screen); neighbours stay.
      const screens: Record<string, Screen> = {};
      for (const [email, screen] of Object.entries(pack.screens)) {
        const who = me.get(email);
        const next = !who
          ? screen
          : was === undefined
            ? null
            : patchScreen(screen, was, now, kids, { ...ctx, me: who });
        if (next) screens[email] = next;
      }
      const v = toPack(keys, screens, (t) => fresh.get(t) ?? (t === id ? undefined : pack.tasks.get(t)));
      if (v) Object.assign(values, v);
      else dropped.push(...keys);
    }
    cache.putAll(values, CACHE_LONGEST_S);
    if (dropped.length > 0) cache.removeAll(dropped);
  } catch {
    dropScreens(ss);
  }
}

/** Every kept screen of today goes (a change that cannot be patched): the next opens rebuild them. */
export function dropScreens(ss: Spreadsheet): void {
  const cache = documentCache();
  if (!cache) return;
  try {
    const parts = loadContextParts(ss);
    const p = prefix(parts, todayVN());
    cache.putAll({ [stampKey(p)]: stamp(), ...screensRebuildAsked() }, CACHE_LONGEST_S);
    cache.removeAll([sizeKey(p), ...everyone(p, parts.dir)]);
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

/** How long a hand edit waits for an action to finish before it drops the screens instead. */
const EDIT_LOCK_MS = 5000;

/**
 * A person edited the register by hand (`onEdit`). One cell of a column read as text: the row is read
 * again, the old row is the new one with the event's `oldValue`, and the screens are patched from both.
 * One cell of a date or a number (whose `oldValue` does not read as the cell did): the task before is
 * the one each pack holds, and a pack that does not hold it drops the screens concerned. Anything else —
 * several cells, an id typed or changed, a row repeating an id, a date that unmakes the task — drops
 * every screen. The patch is made under the document lock, as every action's is: two patches of
 * one pack at once would leave only the last, and a screen showing the other task as it was. When the
 * lock is not free within `EDIT_LOCK_MS` (an action running long), the screens are dropped. Where
 * Google gives a simple trigger no lock at all (unconfirmed for an editor add-on's `onEdit`: checklist
 * step 10), the patch is made without it rather than dropping every screen at each edit. Never throws.
 */
export function screensAfterEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!orNull(() => LockService.getDocumentLock())) {
    console.info('onEdit: no document lock here; the kept screens are patched without it');
    return patchAfterEdit(ss, e);
  }
  try {
    withDocumentLock(() => patchAfterEdit(ss, e), EDIT_LOCK_MS, true);
  } catch {
    dropScreens(ss);
  }
}

function patchAfterEdit(ss: Spreadsheet, e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const range = e.range;
  try {
    const head = readTableHead(ss, SHEETS.tasks);
    const row = range.getRow();
    const col = range.getColumn() - 1;
    const key = Object.keys(head.map).find((k) => head.map[k] === col);
    if (!key && range.getNumColumns() === 1) return; // a column not ours
    const kind = TASK_COLUMNS.find((c) => c.key === key)?.kind ?? '';
    if (range.getNumRows() !== 1 || range.getNumColumns() !== 1 || row < 2 || !kind) return dropScreens(ss);
    const values = readRowsAt(head, [row]).get(row);
    settledByRead(); // nothing of this execution waits to be written: no flush
    if (!values) return dropScreens(ss);
    const table: Table = { ...head, rows: [] };
    const parts = loadContextParts(ss);
    const lang = parts.settings.language;
    table.rows[row - 2] = values;
    const now = taskOfRow(table, row - 2, lang);
    let old: Task | null | 'held' = 'held';
    if (AS_TEXT.has(kind)) {
      const before = [...values];
      before[col] = e.oldValue ?? '';
      table.rows[row - 2] = before;
      old = taskOfRow(table, row - 2, lang);
    } else if (!now) return dropScreens(ss); // a date or number that unmade a task: who saw it is not known
    // The first row of an id is the task (as `loadTasks` reads): a row repeating it is not on any screen.
    const id = now?.id ?? (old === 'held' ? undefined : old?.id);
    if ((old !== 'held' && old?.id !== now?.id) || (id && rowsWhere(head, 'id', id)[0] !== row))
      return dropScreens(ss);
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
