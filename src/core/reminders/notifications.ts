/**
 * Notifications: events from the sidebar (a task assigned, an extension decided, a result sent back…)
 * queued by the action and sent by the next hourly run, one e-mail per person for everything queued
 * for them. The queue holds only the task id: the title is read from the register when the e-mail is
 * written, so a confidential task never has its title copied into the queue or the e-mail.
 */
import type { Day } from '../civil-date';
import { reminderKey } from './keys';

export type NotificationKind =
  | 'assigned'
  | 'extension_requested'
  | 'extension_approved'
  | 'extension_refused'
  | 'reported'
  | 'sent_back'
  | 'confirmed'
  | 'confirm_undone'
  | 'archived';

export const NOTIFICATION_KINDS: readonly NotificationKind[] = [
  'assigned',
  'extension_requested',
  'extension_approved',
  'extension_refused',
  'reported',
  'sent_back',
  'confirmed',
  'confirm_undone',
  'archived',
];

export function isNotificationKind(k: unknown): k is NotificationKind {
  return typeof k === 'string' && (NOTIFICATION_KINDS as readonly string[]).includes(k);
}

export interface QueuedNotification {
  /** Unique per entry: two identical events are two notifications. */
  id: string;
  /** Epoch ms when queued. */
  at: number;
  to: string;
  kind: NotificationKind;
  taskId: string;
  /** Who did it (e-mail). */
  actor: string;
  note: string;
  /** 1-based row in the queue sheet. */
  row: number;
}

/** The key recorded when a notification is sent: the entry id makes each one distinct. */
export function notificationKey(n: QueuedNotification, day: Day): string {
  return reminderKey(n.to, n.taskId, `notify-${n.kind}-${n.id}`, day);
}

/** Groups by recipient, oldest first within each, recipients in order of their oldest entry. */
export function groupByRecipient(queue: readonly QueuedNotification[]): Map<string, QueuedNotification[]> {
  const out = new Map<string, QueuedNotification[]>();
  for (const n of [...queue].sort((a, b) => a.at - b.at || a.row - b.row)) {
    const to = n.to.trim().toLowerCase();
    if (!to) continue;
    const list = out.get(to);
    if (list) list.push(n);
    else out.set(to, [n]);
  }
  return out;
}
