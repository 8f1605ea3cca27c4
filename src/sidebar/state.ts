/** The sidebar's state: what the first call returned, kept up to date by each action's reply. */
import type { Language } from '../core/language';
import type { SidebarState } from '../server/sidebar';
import type { TaskView } from '../core/task-view';

let current: SidebarState | null = null;

export function setState(s: SidebarState): void {
  current = s;
}
export function state(): SidebarState {
  if (!current) throw new Error('sidebar state not loaded');
  return current;
}
export function lang(): Language {
  return current?.lang ?? 'vi';
}

/** Lists kept outside the state (a page of "Tất cả", a count's list) that take each task's new state. */
export const onReplace: ((task: TaskView) => void)[] = [];

/** Replaces a task wherever the sidebar lists it, after an action returned its new state. */
export function replaceTask(task: TaskView): void {
  const s = state();
  for (const f of onReplace) f(task);
  // Keep the header's counts true without asking the server again.
  const before = [s.mine, s.pending, s.urgent].flat().find((t) => t.id === task.id);
  if (before && before.status !== task.status) {
    s.counts[before.status] = Math.max(0, s.counts[before.status] - 1);
    s.counts[task.status] += 1;
  }
  for (const list of [s.mine, s.pending, s.urgent]) {
    const i = list.findIndex((t) => t.id === task.id);
    if (i >= 0) list[i] = task;
  }
  if (
    !s.pending.some((t) => t.id === task.id) &&
    (task.actions.includes('confirm') || task.actions.includes('decideExtension'))
  ) {
    s.pending.push(task);
  }
  s.pending = s.pending.filter((t) => t.actions.includes('confirm') || t.actions.includes('decideExtension'));
}

export function addTask(task: TaskView): void {
  const s = state();
  for (const f of onReplace) f(task);
  s.counts[task.status] += 1;
  s.visibleTotal += 1;
  const me = s.me.email;
  if (task.assignees.some((a) => a.email === me) || task.assigner.email === me) {
    s.mine.unshift(task);
    s.mineTotal += 1;
  }
  if (task.urgency <= 2) s.urgent.unshift(task);
}
