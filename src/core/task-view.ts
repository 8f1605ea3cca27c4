/**
 * A task as the sidebar shows it: plain JSON (ISO date strings, never Dates: `google.script.run`
 * refuses them), with the status, its colour and what the viewer may do with it.
 */
import { isoFromDay, type Day } from './civil-date';
import { foldVietnamese } from './fold';
import type { Directory, Person } from './directory';
import { allowedActions, canSee, isOnTask, type TaskAction } from './permissions';
import {
  daysLate,
  daysLeft,
  effectiveDeadline,
  isDone,
  statusLabel,
  STATUS_COLOURS,
  urgencyRank,
  type TaskStatus,
} from './status';
import { statusInput, type Task } from './task';
import { parseExtensionRequest, statusOf, type ActionContext } from './task-actions';
import { workspaceView, type WorkspaceView } from './workspace/view';

export interface TaskView {
  id: string;
  title: string;
  details: string;
  source: string;
  assigner: { email: string; name: string };
  leadUnit: string;
  coUnits: string[];
  assignees: { email: string; name: string }[];
  assigned: string | null;
  deadline: string | null;
  extendedDeadline: string | null;
  effectiveDeadline: string | null;
  extensionCount: number;
  extensionRequest: { deadline: string; reason: string } | null;
  progress: number;
  lastUpdate: string | null;
  updateCount: number;
  reported: string | null;
  result: string;
  confirmedBy: string;
  confirmed: string | null;
  status: TaskStatus;
  statusLabel: string;
  colour: { background: string; text: string; solid: string };
  urgency: number;
  /** Working days to the deadline (negative when overdue); null when there is none or it is closed. */
  daysLeft: number | null;
  daysLate: number;
  explanation: string;
  confidential: boolean;
  parentId: string;
  children: { id: string; title: string; progress: number; status: TaskStatus }[];
  driveLink: string;
  /** The Drive folder, document, slip and what the viewer may do with them (issue 5). */
  workspace: WorkspaceView;
  notes: string;
  actions: TaskAction[];
}

const iso = (d: Day | null) => (d === null ? null : isoFromDay(d));

export function toView(task: Task, ctx: ActionContext, allChildren: readonly Task[] = []): TaskView {
  // A sub-task the viewer may not see (a confidential one) is left out of its parent's card entirely.
  const children = allChildren.filter((c) => canSee(ctx.me, c, ctx.dir, ctx.settings));
  const status = statusOf(task, ctx);
  const si = statusInput(task);
  const open = !task.archived && status !== 'awaiting_confirmation' && !isDone(status);
  const request = task.extensionRequest ? parseExtensionRequest(task.extensionRequest) : null;
  const name = (email: string) => ctx.dir.person(email)?.name || email;
  const lang = ctx.settings.language;
  return {
    id: task.id,
    title: task.title,
    details: task.details,
    source: task.source,
    assigner: { email: task.assigner, name: name(task.assigner) },
    leadUnit: task.leadUnit,
    coUnits: task.coUnits,
    assignees: task.assignees.map((e) => ({ email: e, name: name(e) })),
    assigned: iso(task.assignedDay),
    deadline: iso(task.deadline),
    extendedDeadline: iso(task.extendedDeadline),
    effectiveDeadline: iso(effectiveDeadline(task)),
    extensionCount: task.extensionCount,
    extensionRequest: request
      ? { deadline: isoFromDay(request.day), reason: request.reason }
      : task.extensionRequest
        ? { deadline: '', reason: task.extensionRequest }
        : null,
    progress: Math.round(task.progress ?? 0),
    lastUpdate: iso(task.lastUpdateDay),
    updateCount: task.updateCount,
    reported: iso(task.reportedDay),
    result: task.result,
    confirmedBy: task.confirmedBy,
    confirmed: iso(task.confirmedDay),
    status,
    statusLabel: statusLabel(status, lang),
    colour: STATUS_COLOURS[status],
    urgency: urgencyRank(status),
    daysLeft: open ? daysLeft(si, ctx.today, ctx.calendar) : null,
    daysLate: daysLate(si, ctx.today, ctx.calendar),
    explanation: task.explanation,
    confidential: task.confidential,
    parentId: task.parentId,
    children: children.map((c) => ({
      id: c.id,
      title: c.title,
      progress: Math.round(c.progress ?? 0),
      status: statusOf(c, ctx),
    })),
    driveLink: task.confidential ? '' : task.driveLink,
    workspace: workspaceView(task, ctx, allChildren),
    notes: task.notes,
    actions: allowedActions(
      ctx.me,
      task,
      ctx.dir,
      {
        open,
        awaiting: status === 'awaiting_confirmation',
        extensionPending: task.extensionRequest !== '',
        extensionsLeft: task.extensionCount < ctx.settings.maxExtensions && effectiveDeadline(task) !== null,
      },
      ctx.settings,
    ),
  };
}

/** Most urgent first; then by deadline, then by id. */
export function byUrgency(a: TaskView, b: TaskView): number {
  return (
    a.urgency - b.urgency ||
    (a.effectiveDeadline ?? '9999').localeCompare(b.effectiveDeadline ?? '9999') ||
    a.id.localeCompare(b.id)
  );
}

/** Sub-tasks by their parent's id (a parent's card shows its children's progress). */
export function childrenByParent(tasks: readonly Task[]): Map<string, Task[]> {
  const children = new Map<string, Task[]>();
  for (const t of tasks) {
    if (!t.parentId) continue;
    const list = children.get(t.parentId);
    if (list) list.push(t);
    else children.set(t.parentId, [t]);
  }
  return children;
}

export interface TaskFilter {
  status?: TaskStatus | '';
  unit?: string;
  person?: string;
  /** 'yyyy-MM-dd' bounds on the effective deadline. */
  from?: string;
  to?: string;
  text?: string;
  /** Only tasks the viewer takes part in. */
  mine?: boolean;
  /** Skip this many of the matching tasks (the next page of a long list). */
  offset?: number;
}

/** The person is on the task (`isOnTask`): an assignee, its assigner, or whoever confirmed it. */
export function isMine(me: Person, task: Task): boolean {
  return isOnTask(me, task);
}

/** The tasks a person may see that match the filter, as views, most urgent first, at most `limit`. */
export function visibleViews(
  tasks: readonly Task[],
  ctx: ActionContext,
  dir: Directory,
  filter: TaskFilter,
  limit: number,
): { views: TaskView[]; total: number } {
  const children = childrenByParent(tasks);
  const text = foldVietnamese(filter.text ?? '');
  const views: TaskView[] = [];
  for (const task of tasks) {
    if (!canSee(ctx.me, task, dir, ctx.settings)) continue;
    if (filter.mine && !isMine(ctx.me, task)) continue;
    if (filter.unit && task.leadUnit !== filter.unit && !task.coUnits.includes(filter.unit)) continue;
    if (filter.person && !task.assignees.includes(filter.person.toLowerCase())) continue;
    if (text && !foldVietnamese(`${task.id} ${task.title} ${task.source}`).includes(text)) continue;
    const view = toView(task, ctx, children.get(task.id) ?? []);
    if (filter.status && view.status !== filter.status) continue;
    if (filter.from && (!view.effectiveDeadline || view.effectiveDeadline < filter.from)) continue;
    if (filter.to && (!view.effectiveDeadline || view.effectiveDeadline > filter.to)) continue;
    views.push(view);
  }
  views.sort(byUrgency);
  const offset = Math.max(0, Math.floor(Number(filter.offset) || 0));
  return { views: views.slice(offset, offset + limit), total: views.length };
}
