/**
 * A task as the register holds it, read from one row with every problem named. A row that cannot be
 * read is never "fixed" by guessing: the refresh leaves it as it is and lists it.
 */
import type { Day } from './civil-date';
import { dayOfDateCell, parseDateCell, parseEmailList, parsePercent } from './parse';
import type { StatusInput, TaskStatus } from './status';
import { statusFromLabel } from './status';
import { isBlank } from './values';
import { t, type MessageKey, type MessageParams } from './messages';
import { TASK_COLUMNS, type TaskColumnKey } from './schema';
import type { Language } from './language';

export interface Task {
  /** 1-based sheet row. */
  row: number;
  id: string;
  title: string;
  details: string;
  source: string;
  assigner: string;
  leadUnit: string;
  coUnits: string[];
  assignees: string[];
  assignedDay: Day | null;
  deadline: Day | null;
  extendedDeadline: Day | null;
  extensionCount: number;
  extensionRequest: string;
  /** 0–100, null when blank. */
  progress: number | null;
  lastUpdateDay: Day | null;
  updateCount: number;
  reportedDay: Day | null;
  result: string;
  confirmedBy: string;
  confirmedDay: Day | null;
  archived: boolean;
  /** The status the sheet shows now (null when blank or unreadable): the refresh compares with it. */
  shownStatus: TaskStatus | null;
  shownDaysLeft: unknown;
  explanation: string;
  confidential: boolean;
  parentId: string;
  driveLink: string;
  notes: string;
  folderId: string;
  docId: string;
  /** The Drive workspace record (JSON, see workspace/record.ts); '' or absent when none. */
  workspace?: string;
}

export interface RowProblem {
  row: number;
  reasons: string[];
  /** The row's id and assigner as far as they read (who is told of the problem). */
  id?: string;
  assigner?: string;
}

export type RowRead =
  { kind: 'blank' } | { kind: 'task'; task: Task } | { kind: 'problem'; problem: RowProblem };

const label = (key: TaskColumnKey, lang: Language) => {
  const col = TASK_COLUMNS.find((c) => c.key === key)!;
  return lang === 'vi' ? col.vi : col.en;
};

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : isBlank(v) ? '' : String(v));
const isTrue = (v: unknown) => v === true || (typeof v === 'string' && v.trim().toUpperCase() === 'TRUE');
const splitList = (v: unknown) =>
  text(v)
    .split(/[,;\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Reads one data row. `get(key)` returns the cell of that column ('' when the sheet lacks it).
 * Blank rows (no title, no id, no deadline) are skipped, not reported.
 */
export function readTaskRow(
  get: (key: TaskColumnKey) => unknown,
  row: number,
  lang: Language = 'vi',
): RowRead {
  const id = text(get('id'));
  const title = text(get('title'));
  if (!id && !title && isBlank(get('deadline')) && isBlank(get('assignees'))) return { kind: 'blank' };

  const reasons: string[] = [];
  const say = (key: MessageKey, params: MessageParams = {}) => reasons.push(t(lang, key, params));
  const optionalDay = (key: TaskColumnKey): Day | null => {
    const v = get(key);
    const fast = dayOfDateCell(v);
    if (fast !== null) return fast;
    if (isBlank(v)) return null;
    const parsed = parseDateCell(v);
    if (parsed.ok) return parsed.value;
    say('row.badDate', { column: label(key, lang), reason: parsed.error[lang] });
    return null;
  };
  const count = (key: TaskColumnKey): number => {
    const v = get(key);
    if (isBlank(v)) return 0;
    const n = typeof v === 'number' ? v : Number(text(v));
    if (Number.isInteger(n) && n >= 0) return n;
    say('row.badInteger', { column: label(key, lang) });
    return 0;
  };
  const emails = (key: TaskColumnKey): string[] => {
    const list = parseEmailList(text(get(key)));
    for (const bad of list.invalid) say('row.badEmail', { column: label(key, lang), value: bad });
    return list.emails;
  };

  if (!title) say('row.noTitle');
  const assignedDay = optionalDay('assignedDate');
  const deadline = optionalDay('deadline');
  const extendedDeadline = optionalDay('extendedDeadline');
  if (assignedDay !== null && deadline !== null && deadline < assignedDay) say('row.deadlineBeforeAssigned');

  let progress: number | null = null;
  const rawProgress = get('progress');
  if (!isBlank(rawProgress)) {
    const p = parsePercent(rawProgress);
    if (p.ok) progress = p.value;
    else say('row.badPercent', { column: label('progress', lang) });
  }

  const task: Task = {
    row,
    id,
    title,
    details: text(get('details')),
    source: text(get('source')),
    assigner: emails('assigner')[0] ?? '',
    leadUnit: text(get('leadUnit')),
    coUnits: splitList(get('coUnits')),
    assignees: emails('assignees'),
    assignedDay,
    deadline,
    extendedDeadline,
    extensionCount: count('extensionCount'),
    extensionRequest: text(get('extensionRequest')),
    progress,
    lastUpdateDay: optionalDay('lastUpdate'),
    updateCount: count('updateCount'),
    reportedDay: optionalDay('reportedDate'),
    result: text(get('result')),
    confirmedBy: emails('confirmedBy')[0] ?? '',
    confirmedDay: optionalDay('confirmedAt'),
    archived: isTrue(get('archived')),
    shownStatus: statusFromLabel(text(get('status'))),
    shownDaysLeft: get('daysLeft'),
    explanation: text(get('explanation')),
    confidential: isTrue(get('confidential')),
    parentId: text(get('parentId')),
    driveLink: text(get('driveLink')),
    notes: text(get('notes')),
    folderId: text(get('folderId')),
    docId: text(get('docId')),
    workspace: text(get('workspace')),
  };
  if (reasons.length > 0) return { kind: 'problem', problem: { row, reasons, id, assigner: task.assigner } };
  return { kind: 'task', task };
}

/** The status inputs of a task: confirmed means a confirmation date or a confirmer is recorded. */
export function statusInput(task: Task): StatusInput {
  return {
    deadline: task.deadline,
    extendedDeadline: task.extendedDeadline,
    reportedDay: task.reportedDay,
    confirmed: task.confirmedDay !== null || task.confirmedBy !== '',
    confirmedDay: task.confirmedDay,
    archived: task.archived,
  };
}

/** Task ids look like NV-2026-0001: prefix, year, a number that is never reused. */
const ID_PATTERN = /^([A-Z]{2,6})-(\d{4})-(\d{4,})$/;

export function parseTaskId(id: string): { prefix: string; year: number; seq: number } | null {
  const m = ID_PATTERN.exec(id.trim());
  return m ? { prefix: m[1], year: Number(m[2]), seq: Number(m[3]) } : null;
}

export function formatTaskId(prefix: string, year: number, seq: number): string {
  return `${prefix}-${year}-${String(seq).padStart(4, '0')}`;
}

/**
 * The next sequence number for a year: above every id seen in the sheet and above the stored counter,
 * so an id is never reused, even after rows are deleted or the counter is lost.
 */
export function nextSequence(existingIds: Iterable<string>, year: number, storedCounter: number): number {
  let max = Math.max(0, storedCounter);
  for (const id of existingIds) {
    const p = parseTaskId(id);
    if (p && p.year === year) max = Math.max(max, p.seq);
  }
  return max + 1;
}
