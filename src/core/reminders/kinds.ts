/**
 * What a reminder is about, and how urgent each kind is. The order decides three things: which kind a
 * task is shown under when it concerns a person in several ways (the most urgent), the order of the
 * sections in a digest, and which digests go first when the e-mail quota is short.
 */

export type ReminderKind =
  /** The person's own task, past its deadline. */
  | 'overdue'
  /** The person's own task, deadline today. */
  | 'due_today'
  /** A task overdue in a unit the person leads or follows (escalation). */
  | 'unit_overdue'
  /** An extension request the person (the assigner) must decide. */
  | 'extension'
  /** A reported result the person (assigner or follower) must confirm. */
  | 'confirm'
  /** The person's own task, within the reminder window before its deadline. */
  | 'due_soon'
  /** The person's own open task, progress not updated for N working days. */
  | 'stale';

/** Most urgent first: the section order of a digest. */
export const KIND_ORDER: readonly ReminderKind[] = [
  'overdue',
  'due_today',
  'unit_overdue',
  'extension',
  'confirm',
  'due_soon',
  'stale',
];

const RANK = new Map<ReminderKind, number>(KIND_ORDER.map((k, i) => [k, i]));

export function kindRank(kind: ReminderKind): number {
  return RANK.get(kind) ?? KIND_ORDER.length;
}

/**
 * When the quota is short: overdue escalations first (0), then what is due today (1), then the rest (2).
 * Overdue means both the person's own overdue tasks and their units'.
 */
export type Tier = 0 | 1 | 2;

export function tierOf(kind: ReminderKind): Tier {
  if (kind === 'overdue' || kind === 'unit_overdue') return 0;
  if (kind === 'due_today') return 1;
  return 2;
}

/** At most this many tasks are listed per section; the rest are counted ("… and 12 more"). */
export const SECTION_LIMIT = 15;
