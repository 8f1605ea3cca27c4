/** Tasks for pure tests: every field blank or empty unless the test says otherwise. */
import type { Task } from '../../src/core/task';

export function blankTask(extra: Partial<Task> = {}): Task {
  return {
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
    ...extra,
  } as Task;
}
