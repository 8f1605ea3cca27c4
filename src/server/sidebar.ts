/**
 * The sidebar's first screen in one round trip: who the person is, what they may do, the lists they
 * need (their tasks, what awaits their decision, and for those who follow others the most urgent of
 * everyone's), and the pickers of the assignment form.
 */
import { isoFromDay } from '../core/civil-date';
import { ROLE_LABELS } from '../core/schema';
import { canAssign, canSee, mayDecide } from '../core/permissions';
import { statusOf } from '../core/task-actions';
import { TASK_STATUSES, urgencyRank, type TaskStatus } from '../core/status';
import { byUrgency, childrenByParent, isMine, toView, type TaskView } from '../core/task-view';
import type { Language } from '../core/settings';
import { UserError } from '../core/messages';
import { loadContext } from '../gas/context';
import { loadTasks } from '../gas/task-store';
import { readTable } from '../gas/table';
import { SHEETS } from '../core/schema';

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

const LIST_LIMIT = 150;

export function sidebarState(): SidebarState {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ctx = loadContext(ss);
  const store = loadTasks(ss, ctx);
  const { me, dir } = ctx;
  const children = childrenByParent(store.tasks);

  const counts = Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Record<TaskStatus, number>;
  const mine: TaskView[] = [];
  const pending: TaskView[] = [];
  const urgentAll: TaskView[] = [];
  const follows = me.role !== 'official' && me.role !== 'focal';
  let visibleTotal = 0;
  for (const task of store.tasks) {
    if (!canSee(me, task, dir, ctx.settings)) continue;
    visibleTotal++;
    // Every visible task is counted; only those the lists show are turned into views (the slow part).
    const status = statusOf(task, ctx);
    counts[status]++;
    const awaitsMe =
      (status === 'awaiting_confirmation' || (task.extensionRequest !== '' && !task.archived)) &&
      mayDecide(me, task, dir, ctx.settings);
    const listed =
      awaitsMe || (isMine(me, task) && status !== 'archived') || (follows && urgencyRank(status) <= 2);
    if (!listed) continue;
    const view = toView(task, ctx, children.get(task.id) ?? []);
    if (view.actions.includes('confirm') || view.actions.includes('decideExtension')) pending.push(view);
    if (isMine(me, task) && view.status !== 'archived') mine.push(view);
    // Overdue, due soon and awaiting confirmation: what someone who follows others looks at first.
    if (follows && view.urgency <= 2) urgentAll.push(view);
  }
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
    mineTotal: mine.length,
    mine: mine.sort(byUrgency).slice(0, LIST_LIMIT),
    pending: pending.sort(byUrgency).slice(0, LIST_LIMIT),
    urgent: urgentAll.sort(byUrgency).slice(0, LIST_LIMIT),
    visibleTotal,
    counts,
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
  const audit = readTable(ss, SHEETS.audit);
  const col = (k: string) => audit.map[k];
  return audit.rows
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
