/**
 * The facts the documents print, from a task row (server) or from the sidebar's task view (browser),
 * so that the PDF slip and the PNG slip say the same thing.
 */
import type { Directory } from '../directory';
import { formatDay } from '../format';
import type { Settings } from '../settings';
import { effectiveDeadline } from '../status';
import type { Task } from '../task';
import type { TaskView } from '../task-view';
import type { TaskFacts } from './documents';

export function factsOfTask(task: Task, dir: Directory, settings: Settings): TaskFacts {
  const person = (e: string) => dir.person(e)?.name || e;
  const unit = (u: string) => dir.unit(u)?.name || u;
  const deadline = effectiveDeadline(task);
  return {
    agency: settings.agencyName,
    id: task.id,
    title: task.title,
    details: task.details,
    source: task.source,
    leadUnit: unit(task.leadUnit),
    coUnits: task.coUnits.map(unit),
    assigner: person(task.assigner),
    assignees: task.assignees.map(person),
    assigned: task.assignedDay === null ? '' : formatDay(task.assignedDay),
    deadline: deadline === null ? '' : formatDay(deadline),
  };
}

/** 'yyyy-MM-dd' → 'dd/MM/yyyy', without time zones. */
const showIso = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : '');

export function factsOfView(v: TaskView, agency: string): TaskFacts {
  return {
    agency,
    id: v.id,
    title: v.title,
    details: v.details,
    source: v.source,
    leadUnit: v.leadUnit,
    coUnits: v.coUnits,
    assigner: v.assigner.name || v.assigner.email,
    assignees: v.assignees.map((a) => a.name || a.email),
    assigned: showIso(v.assigned),
    deadline: showIso(v.effectiveDeadline),
  };
}
