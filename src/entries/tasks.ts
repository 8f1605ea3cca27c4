/** Entry points of the sidebar's task work: the first screen, the actions, lists and history. */
import { endpoint } from '../server/endpoint';
import { sidebarState, taskHistory } from '../server/sidebar';
import * as tasks from '../server/tasks';

/** Sidebar: the first screen (one round trip). */
function getSidebarState(): unknown {
  return endpoint(sidebarState);
}
/** Sidebar: assign a task (leaders, admins). */
function assignTask(input: tasks.AssignInputArg): unknown {
  return endpoint(() => tasks.assignTask(input));
}
/** Sidebar: delegate part of a task to people of one's unit. */
function delegateTask(parentId: string, input: tasks.AssignInputArg): unknown {
  return endpoint(() => tasks.delegateTask(parentId, input));
}
/** Sidebar: progress update. */
function updateProgress(id: string, input: Parameters<typeof tasks.updateProgress>[1]): unknown {
  return endpoint(() => tasks.updateProgress(id, input));
}
/** Sidebar: extension request. */
function requestExtension(id: string, input: Parameters<typeof tasks.requestExtension>[1]): unknown {
  return endpoint(() => tasks.requestExtension(id, input));
}
/** Sidebar: approve or refuse an extension request. */
function decideExtension(id: string, input: Parameters<typeof tasks.decideExtension>[1]): unknown {
  return endpoint(() => tasks.decideExtension(id, input));
}
/** Sidebar: report the result. */
function reportResult(id: string, input: Parameters<typeof tasks.reportResult>[1]): unknown {
  return endpoint(() => tasks.reportResult(id, input));
}
/** Sidebar: confirm completion. */
function confirmTask(id: string): unknown {
  return endpoint(() => tasks.confirmTask(id));
}
/** Sidebar: send a reported result back. */
function sendBackTask(id: string, input: Parameters<typeof tasks.sendBackTask>[1]): unknown {
  return endpoint(() => tasks.sendBackTask(id, input));
}
/** Sidebar: archive (withdraw) a task. */
function archiveTask(id: string, input: Parameters<typeof tasks.archiveTask>[1]): unknown {
  return endpoint(() => tasks.archiveTask(id, input));
}
/** Sidebar: filtered task list. */
function listTasks(filter: Parameters<typeof tasks.listTasks>[0]): unknown {
  return endpoint(() => tasks.listTasks(filter));
}
/** Sidebar: a task's history from the audit sheet. */
function getTaskHistory(id: string): unknown {
  return endpoint(() => taskHistory(id));
}

global.getSidebarState = getSidebarState;
global.assignTask = assignTask;
global.delegateTask = delegateTask;
global.updateProgress = updateProgress;
global.requestExtension = requestExtension;
global.decideExtension = decideExtension;
global.reportResult = reportResult;
global.confirmTask = confirmTask;
global.sendBackTask = sendBackTask;
global.archiveTask = archiveTask;
global.listTasks = listTasks;
global.getTaskHistory = getTaskHistory;
