/**
 * The sidebar's first screen in one round trip: who the person is, what they may do, the lists they
 * need (their tasks, what awaits their decision, and for those who follow others the most urgent of
 * everyone's), and the pickers of the assignment form.
 */
import { isoFromDay } from '../core/civil-date';
import { ROLE_LABELS } from '../core/schema';
import { canAssign, canSee } from '../core/permissions';
import type { ActionContext } from '../core/task-actions';
import type { TaskStatus } from '../core/status';
import { buildScreen, type Screen, type ScreenList } from '../core/screen';
import type { Task } from '../core/task';
import { childrenByParent, toView, type TaskView } from '../core/task-view';
import type { Language } from '../core/settings';
import { UserError } from '../core/messages';
import { loadContext } from '../gas/context';
import { loadTasks } from '../gas/task-store';
import { openScreen } from '../gas/screen-cache';
import { AUDIT_COLUMNS } from '../core/schema';
import { auditRows } from '../gas/audit';

export interface SidebarState {
  me: { email: string; name: string; role: string; roleLabel: string; unit: string; unitName: string };
  lang: Language;
  agencyName: string;
  maxExtensions: number;
  today: string;
  canAssign: boolean;
  units: { code: string; name: string }[];
  /** People the person may assign to (everyone for leaders, their unit's members for delegation). */
  people: { email: string; name: string; unit: string }[];
  mine: TaskView[];
  /** Waiting for this person's decision: extension requests and reported results. */
  pending: TaskView[];
  /** The most urgent visible tasks (leaders, admins, followers, viewers). */
  urgent: TaskView[];
  visibleTotal: number;
  /** How many tasks "Việc của tôi" holds in all (`mine` carries the first of them). */
  mineTotal: number;
  counts: Record<TaskStatus, number>;
}

/**
 * The first screen: the caller's kept screen (src/gas/screen-cache.ts: a few light calls, no row read)
 * or, when none is current, one computed from the whole register and kept for the next opens.
 */
export function sidebarState(): SidebarState {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ctx = loadContext(ss);
  const { kept, store } = openScreen(ss, ctx);
  let screen: Screen;
  let byId: ReadonlyMap<string, Task>;
  if (kept) {
    screen = kept.screen;
    byId = new Map(Object.entries(kept.tasks));
  } else {
    const { tasks } = loadTasks(ss, ctx);
    screen = buildScreen(tasks, ctx, childrenByParent(tasks));
    byId = new Map(tasks.map((t) => [t.id, t]));
    store(screen, byId);
  }
  return stateOf(ctx, screen, byId);
}

/** The sidebar's first screen from a person's screen and the tasks it lists (with their sub-tasks). */
export function stateOf(ctx: ActionContext, screen: Screen, byId: ReadonlyMap<string, Task>): SidebarState {
  const { me, dir } = ctx;
  const views = (list: ScreenList) =>
    list.top.map(([, , id]) =>
      toView(
        byId.get(id)!,
        ctx,
        (screen.kids[id] ?? []).map((k) => byId.get(k)!),
      ),
    );
  const unit = dir.unit(me.unit);
  const people = dir.assignable(canAssign(me) ? undefined : me.unit).map((p) => ({
    email: p.email,
    name: p.name,
    unit: p.unit,
  }));
  return {
    me: {
      email: me.email,
      name: me.name,
      role: me.role,
      roleLabel: ROLE_LABELS[me.role][ctx.settings.language],
      unit: me.unit,
      unitName: unit?.name ?? me.unit,
    },
    lang: ctx.settings.language,
    agencyName: ctx.settings.agencyName,
    maxExtensions: ctx.settings.maxExtensions,
    today: isoFromDay(ctx.today),
    canAssign: canAssign(me),
    units: dir.units.map((u) => ({ code: u.code, name: u.name })),
    people,
    mine: views(screen.mine),
    pending: views(screen.pending),
    urgent: views(screen.urgent),
    visibleTotal: screen.visibleTotal,
    mineTotal: screen.mine.total,
    counts: { ...screen.counts },
  };
}

export interface HistoryLine {
  at: string;
  actor: string;
  action: string;
  before: string;
  after: string;
  note: string;
}

/** A task's lines in the audit sheet, oldest first; only for people who may see the task. */
export function taskHistory(id: string): HistoryLine[] {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ctx = loadContext(ss);
  const store = loadTasks(ss, ctx);
  const task = store.tasks.find((t) => t.id === String(id ?? '').trim());
  if (!task || !canSee(ctx.me, task, ctx.dir, ctx.settings))
    throw new UserError('action.noTask', { id: String(id) });
  // In schema order, the sheet's lines then those still waiting to be moved there (audit-pending.ts).
  const col = (k: string) => AUDIT_COLUMNS.findIndex((c) => c.key === k);
  return auditRows(ss)
    .filter((r) => String(r[col('taskId')]) === task.id)
    .map((r) => {
      const at = r[col('at')];
      return {
        at: Object.prototype.toString.call(at) === '[object Date]' ? (at as Date).toISOString() : String(at),
        actor: ctx.dir.person(String(r[col('actor')]))?.name || String(r[col('actor')]),
        action: String(r[col('action')]),
        before: String(r[col('before')]),
        after: String(r[col('after')]),
        note: String(r[col('note')]),
      };
    });
}
