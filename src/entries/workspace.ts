/** Entry points of the Drive workspace: folder, document, QR code and task slip per task. */
import { reportToUser } from '../gas/ui';
import { endpoint } from '../server/endpoint';
import * as workspaceEndpoints from '../server/workspace';

/** Sidebar: create the task's folder, document, QR code and slip, or finish an interrupted run. */
function createTaskWorkspace(id: string): unknown {
  return endpoint(() => workspaceEndpoints.createTaskWorkspace(id));
}

/** Sidebar: make the folder's sharing match the task's people (the folder's owner only). */
function syncTaskSharing(id: string): unknown {
  return endpoint(() => workspaceEndpoints.syncTaskSharing(id));
}

/** Menu (admins): create the agency's template document and save its id in the settings. */
function createDocTemplateFromMenu(): void {
  reportToUser(() => workspaceEndpoints.createDocTemplate());
}

global.createTaskWorkspace = createTaskWorkspace;
global.syncTaskSharing = syncTaskSharing;
global.createDocTemplateFromMenu = createDocTemplateFromMenu;
