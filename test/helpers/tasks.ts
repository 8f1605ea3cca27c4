/** Register rows (by column key) as the core reads them, for pure tests. */
import { readTaskRow, type Task } from '../../src/core/task';
import type { TaskColumnKey } from '../../src/core/schema';

export function tasksFromRows(rows: readonly Record<string, unknown>[]): Task[] {
  return rows.map((r, i) => {
    const read = readTaskRow((k: TaskColumnKey) => (r[k] === undefined || r[k] === null ? '' : r[k]), i + 2);
    if (read.kind !== 'task') throw new Error(`row ${i + 2} is not a task: ${JSON.stringify(read)}`);
    return read.task;
  });
}
