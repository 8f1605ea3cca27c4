/** Tasks for pure tests: built field by field, or read from register rows as the core reads them. */
import { readTaskRow, type Task } from '../../src/core/task';
import type { TaskColumnKey } from '../../src/core/schema';

/**
 * Every field of a task, blank or empty. `Required` makes the compiler insist on each one, the optional
 * `workspace` included (readTaskRow always fills it), so a field added to `Task` must be added here.
 */
const BLANK: Required<Task> = {
  row: 2,
  id: '',
  title: '',
  details: '',
  source: '',
  assigner: '',
  leadUnit: '',
  coUnits: [],
  assignees: [],
  assignedDay: null,
  deadline: null,
  extendedDeadline: null,
  extensionCount: 0,
  extensionRequest: '',
  progress: null,
  lastUpdateDay: null,
  updateCount: 0,
  reportedDay: null,
  result: '',
  confirmedBy: '',
  confirmedDay: null,
  archived: false,
  shownStatus: null,
  shownDaysLeft: '',
  explanation: '',
  confidential: false,
  parentId: '',
  driveLink: '',
  notes: '',
  folderId: '',
  docId: '',
  workspace: '',
};

/** A complete task: every field blank or empty unless the test says otherwise (fresh lists each time). */
export function blankTask(extra: Partial<Task> = {}): Task {
  return { ...BLANK, coUnits: [], assignees: [], ...extra };
}

/** Register rows (by column key) as the core reads them. */
export function tasksFromRows(rows: readonly Record<string, unknown>[]): Task[] {
  return rows.map((r, i) => {
    const read = readTaskRow((k: TaskColumnKey) => (r[k] === undefined || r[k] === null ? '' : r[k]), i + 2);
    if (read.kind !== 'task') throw new Error(`row ${i + 2} is not a task: ${JSON.stringify(read)}`);
    return read.task;
  });
}
