/**
 * How the sidebar's lists are arranged, without the DOM: tasks grouped by state (what needs doing
 * first, finished last), sorted as the person chose, filtered on the page when the tasks are already
 * here, and the tab each person lands on.
 */
import { foldVietnamese } from '../core/fold';
import type { TaskStatus } from '../core/status';
import { byUrgency, type TaskFilter, type TaskView } from '../core/task-view';

export type Group = 'overdue' | 'due_soon' | 'awaiting' | 'in_progress' | 'finished';
/** Overdue, due soon, awaiting confirmation, in progress (with ongoing tasks), then finished or archived. */
export const GROUPS: readonly Group[] = ['overdue', 'due_soon', 'awaiting', 'in_progress', 'finished'];

export function groupOf(status: TaskStatus): Group {
  if (status === 'overdue' || status === 'due_soon') return status;
  if (status === 'awaiting_confirmation') return 'awaiting';
  return status === 'in_progress' || status === 'ongoing' ? 'in_progress' : 'finished';
}

export type SortKey = 'urgency' | 'deadline' | 'assigned' | 'progress';
export const SORT_KEYS: readonly SortKey[] = ['urgency', 'deadline', 'assigned', 'progress'];

const byId = (a: TaskView, b: TaskView) => a.id.localeCompare(b.id);
const COMPARE: Record<SortKey, (a: TaskView, b: TaskView) => number> = {
  urgency: byUrgency,
  // Nearest deadline first; tasks without one last.
  deadline: (a, b) =>
    (a.effectiveDeadline ?? '9999').localeCompare(b.effectiveDeadline ?? '9999') || byId(a, b),
  // Newest first.
  assigned: (a, b) => (b.assigned ?? '').localeCompare(a.assigned ?? '') || byId(a, b),
  // Least advanced first: what may need a push.
  progress: (a, b) => a.progress - b.progress || byUrgency(a, b),
};

/** The tasks in each group (empty groups left out), each group sorted by `key`. */
export function grouped(tasks: readonly TaskView[], key: SortKey): [Group, TaskView[]][] {
  const sorted = [...tasks].sort(COMPARE[key]);
  return GROUPS.map((g): [Group, TaskView[]] => [g, sorted.filter((t) => groupOf(t.status) === g)]).filter(
    ([, list]) => list.length > 0,
  );
}

/** Whether a task matches a filter, as the server's `visibleViews` decides (visibility aside). */
export function matches(t: TaskView, f: TaskFilter): boolean {
  const text = foldVietnamese(f.text ?? '');
  const d = t.effectiveDeadline;
  return (
    (!f.status || t.status === f.status) &&
    (!f.unit || t.leadUnit === f.unit || t.coUnits.includes(f.unit)) &&
    (!f.person || t.assignees.some((a) => a.email === f.person!.toLowerCase())) &&
    (!text || foldVietnamese(`${t.id} ${t.title} ${t.source}`).includes(text)) &&
    (!f.from || (d !== null && d >= f.from)) &&
    (!f.to || (d !== null && d <= f.to))
  );
}

/**
 * Whether every task matching `want` is among those matching `had`: then a complete answer to `had`
 * answers `want` on the page, without asking the server again (typing more of a word, adding a filter).
 */
export function narrows(want: TaskFilter, had: TaskFilter): boolean {
  const same = (k: 'status' | 'unit' | 'person') => !had[k] || had[k] === want[k];
  return (
    same('status') &&
    same('unit') &&
    same('person') &&
    foldVietnamese(want.text ?? '').includes(foldVietnamese(had.text ?? '')) &&
    (!had.from || (!!want.from && want.from >= had.from)) &&
    (!had.to || (!!want.to && want.to <= had.to))
  );
}

export type Landing = 'pending' | 'mine' | 'all';
/**
 * Where the sidebar opens: what awaits the person's decision, else their unfinished tasks, else
 * everything they may see (for those who have that tab), else their tasks.
 */
export function landing(pending: readonly TaskView[], mine: readonly TaskView[], hasAll: boolean): Landing {
  if (pending.length > 0) return 'pending';
  if (mine.some((t) => groupOf(t.status) !== 'finished') || !hasAll) return 'mine';
  return 'all';
}
