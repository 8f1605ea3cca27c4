/**
 * The day's e-mails: one per person, their digest and their queued notifications together, so a
 * person who has both gets one e-mail. Order: the digests in the planner's order (overdue escalations,
 * then due today, then the rest), then people with notifications only.
 */
import type { Day } from '../civil-date';
import type { Directory } from '../directory';
import type { Task } from '../task';
import type { NotificationItem, Outgoing } from './compose';
import type { Digest } from './planner';
import { groupByRecipient, notificationKey, type QueuedNotification } from './notifications';

export function buildOutgoing(
  digests: readonly Digest[],
  queue: readonly QueuedNotification[],
  tasksById: ReadonlyMap<string, Task>,
  directory: Directory,
  handled: ReadonlySet<string>,
  day: Day,
): Outgoing[] {
  const byPerson = groupByRecipient(queue);
  const item = (n: QueuedNotification): NotificationItem => ({
    entry: n,
    task: tasksById.get(n.taskId) ?? null,
    actorName: directory.person(n.actor)?.name ?? '',
  });
  const pending = (to: string) =>
    (byPerson.get(to) ?? []).filter((n) => !handled.has(notificationKey(n, day)));

  const out: Outgoing[] = [];
  const seen = new Set<string>();
  for (const d of digests) {
    const notes = pending(d.to);
    seen.add(d.to);
    out.push({
      to: d.to,
      name: d.name,
      tier: d.tier,
      digest: d,
      notifications: notes.map(item),
      keys: [...d.keys, ...notes.map((n) => notificationKey(n, day))],
    });
  }
  for (const to of byPerson.keys()) {
    if (seen.has(to)) continue;
    const notes = pending(to);
    if (notes.length === 0) continue;
    out.push({
      to,
      name: directory.person(to)?.name ?? '',
      tier: 2,
      digest: null,
      notifications: notes.map(item),
      keys: notes.map((n) => notificationKey(n, day)),
    });
  }
  return out;
}

/** Queue entries an e-mail carried (sent, or failed for good): they leave the queue. */
export function carriedEntries(out: readonly Outgoing[]): Set<string> {
  const ids = new Set<string>();
  for (const o of out) for (const n of o.notifications) ids.add(n.entry.id);
  return ids;
}
