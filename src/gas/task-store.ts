/**
 * The tasks of the register, read in one call, and the writes of one action: the changed cells of one
 * row (with its status recomputed at once) or one new row.
 */
import { documentProperties } from './properties';
import { instantOfDayStart, VN_OFFSET_MINUTES, ymdFromDay } from '../core/civil-date';
import { UserError } from '../core/messages';
import { SHEETS, type TaskColumnKey } from '../core/schema';
import { formatTaskId, nextSequence, readTaskRow, type Task } from '../core/task';
import { computedCells } from '../core/refresh';
import type { ActionContext, CellChange, RowChanges } from '../core/task-actions';
import { retrying } from './retry';
import { keepRowHints, readRowHint, type RowHint } from './row-index';
import {
  appendRows,
  readRowsAt,
  readTable,
  readTableHead,
  requireColumn,
  rowsMatching,
  readColumn,
  rowsWhere,
  writeRow,
  type Table,
  type TableHead,
} from './table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface TaskStore {
  table: Table & {
    /** The rows reach only the last row read: the sheet's length was not asked (a hinted action). */
    sizeUnknown?: boolean;
  };
  /** How the columns were found; `trusted`: from the cache, checked after the writes (`columnsStillMatch`). */
  head?: TableHead;
  tasks: Task[];
  /** Task id → data-row index (0 = sheet row 2). */
  index: Map<string, number>;
}

/**
 * The whole register: for what must look at every task (the sidebar's lists, searches, statistics).
 * An action on one task uses `loadTaskAround` instead, whose cost does not grow with the register.
 */
export function loadTasks(ss: Spreadsheet, ctx: ActionContext): TaskStore {
  const table = readTable(ss, SHEETS.tasks);
  const tasks: Task[] = [];
  const index = new Map<string, number>();
  table.rows.forEach((r, i) => {
    const read = readTaskRow((k) => cellOf(table, r, k), i + 2, ctx.settings.language);
    if (read.kind !== 'task' || !read.task.id || index.has(read.task.id)) return;
    tasks.push(read.task);
    index.set(read.task.id, i);
  });
  return { table, tasks, index };
}

/**
 * One task and, when asked, its sub-tasks and its parent — found by id with a `TextFinder` on the id
 * (and parent) column and read row by row, so an action costs the same at 1,000 tasks as at 50,000.
 * Called inside the document lock: the rows are found again by id at every action, never kept from an
 * earlier execution. The store's `table.rows` is sparse (only the rows read are filled) but as long as
 * the sheet's data, so appending and writing by row index behave as with the whole register.
 *
 * As `loadTasks`: the first row with an id wins over later duplicates, and a row that cannot be read is
 * not a task (the action answers "no such task"; the refresh lists the row for the office to fix).
 */
export function loadTaskAround(
  ss: Spreadsheet,
  ctx: ActionContext,
  id: unknown,
  with_: { children?: boolean; parent?: boolean; trust?: boolean } = {},
): TaskStore {
  const key = String(id ?? '').trim();
  // Where the rows were last seen (row-index.ts): read there, and used only if they hold the ids.
  const hinted = Boolean(key && with_.children && !with_.parent);
  const head = readTableHead(ss, SHEETS.tasks, with_.trust);
  const table: TaskStore['table'] = {
    sheet: head.sheet,
    def: head.def,
    map: head.map,
    header: head.header,
    rows: [],
    width: head.width,
  };
  const store: TaskStore = { table, tasks: [], index: new Map(), head };
  const hint = hinted ? readRowHint(key) : null;
  if (hint && loadHinted(store, head, ctx, key, hint)) return store;
  table.rows.length = Math.max(0, head.lastRow - 1);
  // One search finds the task's row (its id column) and its sub-tasks' rows (their parent column).
  const keys = with_.children ? ['id', 'parentId'] : ['id'];
  const found = rowsMatching(head, keys, key);
  const [task] = load(store, head, ctx, (found.get('id') ?? []).slice(0, 1));
  if (!task || task.id !== key) return store;
  if (with_.children) {
    const children = found.get('parentId') ?? [];
    load(store, head, ctx, children);
    keepRowHints(new Map([[key, { row: task.row, children }]]));
  }
  if (with_.parent && task.parentId) {
    const up = rowsMatching(head, keys, task.parentId);
    const [parent] = load(store, head, ctx, (up.get('id') ?? []).slice(0, 1));
    if (parent && with_.children) load(store, head, ctx, up.get('parentId') ?? []);
  }
  return store;
}

/**
 * The task and its sub-tasks at the rows a hint names, read in one call per run of adjacent rows
 * (without asking for the sheet's last row: a row beyond it reads blank and fails the check); false
 * (nothing kept) unless the task's row holds its id and each sub-task's row holds an id and the task's
 * id as its parent. A confidential task with a Drive folder is searched all the same: its folder's
 * sharing follows its sub-tasks, and a sub-task typed in by hand since the hint would be missed.
 * The store's rows then reach the last row read only (`sizeUnknown`): nothing an action on an existing
 * row needs the sheet's length.
 */
function loadHinted(
  store: TaskStore,
  head: TableHead,
  ctx: ActionContext,
  key: string,
  hint: RowHint,
): boolean {
  let read: Map<number, unknown[]>;
  try {
    read = readRowsAt(head, [hint.row, ...hint.children], false);
  } catch {
    return false; // beyond the grid: the register shrank
  }
  const at = (row: number, k: TaskColumnKey) => String(read.get(row)?.[head.map[k]] ?? '').trim();
  if (at(hint.row, 'id') !== key) return false;
  if (
    hint.children.some((r) => r === hint.row || [key, ''].includes(at(r, 'id')) || at(r, 'parentId') !== key)
  )
    return false;
  const values = read.get(hint.row)!;
  const task = readTaskRow((k) => cellOf(store.table, values, k), hint.row, ctx.settings.language);
  if (task.kind !== 'task' || (task.task.confidential && task.task.folderId)) return false;
  store.table.sizeUnknown = true;
  take(store, ctx, read);
  return true;
}

/** Reads the given sheet rows into the store (skipping those already there); returns their tasks. */
function load(store: TaskStore, head: TableHead, ctx: ActionContext, rows: number[]): Task[] {
  const wanted = rows.filter((r) => store.table.rows[r - 2] === undefined);
  return take(store, ctx, readRowsAt(head, wanted));
}

/** Keeps rows just read in the store; returns their tasks (the first row of an id wins). */
function take(store: TaskStore, ctx: ActionContext, rows: ReadonlyMap<number, unknown[]>): Task[] {
  const found: Task[] = [];
  for (const [row, values] of rows) {
    store.table.rows[row - 2] = values;
    const read = readTaskRow((k) => cellOf(store.table, values, k), row, ctx.settings.language);
    if (read.kind !== 'task' || !read.task.id || store.index.has(read.task.id)) continue;
    store.tasks.push(read.task);
    store.index.set(read.task.id, row - 2);
    found.push(read.task);
  }
  return found;
}

/** As `cell` in table.ts: a safety column the map lacks refuses instead of reading as blank. */
function cellOf(table: Table, row: readonly unknown[], key: TaskColumnKey): unknown {
  const i = table.map[key];
  if (i === undefined) {
    requireColumn(table.def, key);
    return '';
  }
  return row[i] ?? '';
}

export function findTask(store: TaskStore, id: unknown): { task: Task; index: number } {
  const key = String(id ?? '').trim();
  const index = store.index.get(key);
  if (index === undefined) throw new UserError('action.noTask', { id: key });
  return { task: store.tasks.find((t) => t.id === key)!, index };
}

/** A change as the cell gets it: calendar days become Dates at midnight in Viet Nam. */
function cellValue(v: CellChange): unknown {
  return typeof v === 'object' ? new Date(instantOfDayStart(v.day, VN_OFFSET_MINUTES)) : v;
}

/** What Sheets gives back for a written value: a leading apostrophe only marks text. */
const asRead = (v: unknown) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v);

/** The status and days-left cells that follow from a row, as the refresh would write them. */
function computedFor(task: Task, ctx: ActionContext): Record<string, unknown> {
  const { status, daysLeft } = computedCells(task, ctx.today, ctx.calendar, ctx.settings);
  return { status, daysLeft };
}

/** Writes the changes to one task's row, with its status recomputed; returns the task as it now is. */
export function updateTask(store: TaskStore, index: number, changes: RowChanges, ctx: ActionContext): Task {
  const { table } = store;
  const row = [...table.rows[index]];
  const cells: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(changes) as [TaskColumnKey, CellChange][]) {
    cells[k] = cellValue(v);
    const i = table.map[k];
    if (i !== undefined) row[i] = asRead(cells[k]);
  }
  const read = readTaskRow((k) => cellOf(table, row, k), index + 2, ctx.settings.language);
  if (read.kind !== 'task') throw new Error(`row ${index + 2} became unreadable`);
  Object.assign(cells, computedFor(read.task, ctx));
  writeRow(table, index, cells, asRead);
  store.tasks[store.tasks.findIndex((t) => t.id === read.task.id)] = read.task;
  return read.task;
}

/** A store read from a hint holds rows up to the last one read: the sheet's length is asked now. */
function knowSize(store: TaskStore): void {
  if (!store.table.sizeUnknown || !store.head) return;
  store.table.rows.length = Math.max(store.table.rows.length, store.head.lastRow - 1);
  store.table.sizeUnknown = false;
}

/**
 * Whether any cell of the id column holds exactly `id`, whatever its case (a hand-typed "nv-…" counts
 * as taken: ids are never reused): one `TextFinder`.
 */
function idTaken(head: Pick<TableHead, 'sheet' | 'map' | 'lastRow'>, id: string): boolean {
  const col = head.map.id;
  if (col === undefined || head.lastRow < 2) return false;
  const range = head.sheet.getRange(2, col + 1, head.lastRow - 1, 1);
  return retrying(() => range.createTextFinder(id).matchEntireCell(true).findAll()).length > 0;
}

/** Document property holding the highest id number used per year (ids are never reused). */
export const COUNTER_KEY = 'nhacviec.idCounters';

/** The stored counters; a property someone broke by hand counts as none (the sheet's ids still rule). */
export function readIdCounters(props: GoogleAppsScript.Properties.Properties): Record<number, number> {
  const raw = retrying(() => props.getProperty(COUNTER_KEY));
  if (!raw) return {};
  try {
    const v = JSON.parse(raw) as Record<string, number>;
    return Object.fromEntries(Object.entries(v).map(([k, n]) => [Number(k), Number(n) || 0]));
  } catch {
    return {};
  }
}

/** Appends a new task with the next id of the year, never reused (counter and sheet both consulted). */
export function appendTask(
  store: TaskStore,
  record: RowChanges,
  ctx: ActionContext,
  /** Given: the counter's new value is put here for the caller to save with its audit line (one call). */
  saveWith?: Record<string, string>,
): Task {
  knowSize(store);
  const props = documentProperties();
  const counters = readIdCounters(props);
  const year = ymdFromDay(ctx.today).year;
  let seq = nextSequence(
    store.tasks.map((t) => t.id),
    year,
    Number(counters[year]) || 0,
  );
  let id = formatTaskId(ctx.settings.idPrefix, year, seq);
  // A store read around one task does not hold every id. One search checks the new id is free; when it
  // is not (ids typed or pasted by hand beyond the counter, before the morning refresh counted them),
  // the id column is read once and the next id follows the highest there (ids are never reused).
  if (store.tasks.length < store.table.rows.length) {
    const head = { ...store.table, lastRow: store.table.rows.length + 1 };
    if (idTaken(head, id)) {
      seq = nextSequence(readColumn(head, 'id').map(String), year, seq);
      id = formatTaskId(ctx.settings.idPrefix, year, seq);
    }
  }
  const cells: Record<string, unknown> = { id };
  for (const [k, v] of Object.entries(record) as [TaskColumnKey, CellChange][]) cells[k] = cellValue(v);
  const row: unknown[] = [];
  for (const [k, i] of Object.entries(store.table.map)) row[i] = asRead(cells[k] ?? '');
  const read = readTaskRow(
    (k) => cellOf(store.table, row, k),
    store.table.rows.length + 2,
    ctx.settings.language,
  );
  if (read.kind !== 'task') throw new Error('new task row is unreadable');
  Object.assign(cells, computedFor(read.task, ctx));
  appendRows(store.table, [cells]);
  const counter = JSON.stringify({ ...counters, [year]: seq });
  if (saveWith) saveWith[COUNTER_KEY] = counter;
  else retrying(() => props.setProperty(COUNTER_KEY, counter));
  store.tasks.push(read.task);
  store.index.set(id, store.table.rows.length - 1);
  // A parent's hint gains its new sub-task (the store holds the others: delegation reads them). A new
  // task gets its hint from its first action's search, or the next morning's refresh.
  const parent = store.index.get(read.task.parentId);
  if (parent !== undefined) {
    const children = store.tasks.filter((t) => t.parentId === read.task.parentId).map((t) => t.row);
    keepRowHints(new Map([[read.task.parentId, { row: parent + 2, children }]]));
  }
  return read.task;
}

/**
 * The data-row index of task `id` now. Between reading a row and writing it an action may spend seconds
 * on Drive, and a person may insert or delete rows meanwhile: the row is found again by id (one
 * `TextFinder`) and, if it moved, read again at its new place, so the write lands on this task's row.
 */
export function relocateRow(store: TaskStore, id: string, index: number): number {
  const table = store.table;
  const lastRow = table.sheet.getLastRow();
  const row = rowsWhere({ ...table, lastRow }, 'id', id)[0];
  if (row === undefined) throw new UserError('action.noTask', { id });
  if (row - 2 === index) return index;
  if (table.rows.length < lastRow - 1) table.rows.length = lastRow - 1;
  const values = readRowsAt({ ...table, lastRow }, [row]).get(row);
  if (values) table.rows[row - 2] = values;
  store.index.set(id, row - 2);
  return row - 2;
}
