/**
 * The daily refresh: one read of the register, statuses recomputed, and only the cells whose value
 * changes written (`writeCells`: one call per distinct value, so 70 statuses changed in a register of
 * 50,000 rows are 70 cells in a few calls, not a block from the first changed row to the last). A second
 * refresh on the same day changes nothing and writes nothing. Rows that cannot be read are left exactly
 * as they are and listed in the result.
 */
import { documentProperties } from './properties';
import { planRefresh, type RefreshPlan } from '../core/refresh';
import type { Settings } from '../core/settings';
import type { WorkingCalendar } from '../core/calendar';
import type { Day } from '../core/civil-date';
import { ROLE_LABELS, SHEETS } from '../core/schema';
import { t, UserError } from '../core/messages';
import { loadContext, requireAdmin } from './context';
import type { TaskStatus } from '../core/status';
import type { RowProblem } from '../core/task';
import { readTable, type Table } from './table';
import { writeCells } from './cell-writes';
import { withDocumentLock } from './lock';
import { todayVN } from './time';
import { isoFromDay } from '../core/civil-date';
import { COUNTER_KEY, loadTasks, readIdCounters } from './task-store';
import { appendAudit } from './audit';
import { hintsOf, keepRowHints } from './row-index';
import { keepScreens } from './screen-cache';

/** When the statuses were last refreshed, for the sidebar. */
export const LAST_REFRESH_KEY = 'nhacviec.lastRefresh';

export interface RefreshResult {
  ok: boolean;
  message: string;
  today: string;
  total: number;
  changed: number;
  counts: Record<TaskStatus, number>;
  problems: RowProblem[];
}

/**
 * The refresh asked for by a person (the menu, the admin tab, the command line, `dailyJob`): the caller
 * must be in the staff sheet (an empty or unknown e-mail is refused before anything is read) and may not
 * be a viewer, since the refresh writes to the register. `adminRefresh` asks for an admin besides. The
 * audit names the person who started it; the timed `dailyJob` (`timed`) is "Nhắc Việc", as the morning run.
 */
export function refreshRegister(opts: { admin?: boolean; timed?: boolean } = {}): RefreshResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ctx = loadContext(ss);
  if (opts.admin) requireAdmin(ctx);
  if (ctx.me.role === 'viewer') {
    const lang = ctx.settings.language;
    throw new UserError(
      'auth.readOnly',
      { email: ctx.me.email, role: ROLE_LABELS[ctx.me.role][lang] },
      [],
      lang,
    );
  }
  return withDocumentLock(() => {
    const table = readTable(ss, SHEETS.tasks);
    const read = { settings: ctx.settings, calendar: ctx.calendar, table };
    return refreshTable(ss, read, todayVN(), opts.timed ? '' : ctx.me.email).result;
  });
}

/**
 * The refresh over a register already read (the hourly job reads it once for the refresh and the
 * reminders): statuses and missing ids written in batches, id counters kept, one audit line.
 */
export function refreshTable(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  read: { settings: Settings; calendar: WorkingCalendar; table: Table },
  today: Day,
  actor = '',
): { result: RefreshResult; plan: RefreshPlan } {
  const { settings, calendar, table } = read;
  const props = documentProperties();
  const counters = readIdCounters(props);
  const plan = planRefresh({ rows: table.rows, map: table.map, today, calendar, settings, counters });

  writeCells(table, plan.changes);
  if (Object.keys(plan.counters).length > 0) {
    props.setProperty(COUNTER_KEY, JSON.stringify({ ...counters, ...plan.counters }));
  }

  const lang = settings.language;
  const parts = [t(lang, 'refresh.done', { changed: plan.changes.size, total: plan.tasks.length })];
  if (plan.problems.length > 0) {
    parts.push(
      t(lang, 'refresh.badRows', {
        count: plan.problems.length,
        rows: plan.problems
          .slice(0, 10)
          .map((p) => t(lang, 'refresh.badRow', { row: p.row, reasons: p.reasons.join('; ') }))
          .join(' | '),
      }),
    );
  }
  const result: RefreshResult = {
    ok: plan.problems.length === 0,
    message: parts.join(' '),
    today: isoFromDay(today),
    total: plan.tasks.length,
    changed: plan.changes.size,
    counts: plan.counts,
    problems: plan.problems,
  };
  if (plan.changes.size > 0) {
    // One line for the whole run: statuses follow from dates; the line says when the job changed them.
    appendAudit(
      ss,
      [
        {
          actor: actor || 'Nhắc Việc',
          taskId: '',
          action: t(lang, actor ? 'audit.refreshBy' : 'audit.refresh'),
          before: '',
          after: result.message,
          note: '',
        },
      ],
      new Date(),
      { toSheet: true },
    );
  }
  props.setProperty(LAST_REFRESH_KEY, JSON.stringify({ at: new Date().toISOString(), ...summary(result) }));
  keepScreens(ss, plan.tasks, table, today); // every task was read: each person's first screen is built
  keepRowHints(hintsOf(plan.tasks), true); // and where each open task's row is (row-index.ts)
  return { result, plan };
}

function summary(r: RefreshResult) {
  return { total: r.total, changed: r.changed, problems: r.problems.length };
}

/**
 * Everyone's first screen built again from the register: for the hourly run, when the screens kept
 * this morning were all dropped during the day (src/gas/screen-cache.ts). Never throws: the screens are
 * then built at each person's next open, as before.
 */
export function rebuildScreens(): void {
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    if (!ss) return;
    withDocumentLock(() => {
      const ctx = loadContext(ss);
      const store = loadTasks(ss, ctx);
      keepScreens(ss, store.tasks, store.table, todayVN());
    });
  } catch {
    // a miss: each person builds theirs on opening
  }
}
