/**
 * The add-on's entry points. Each `global.name = fn` becomes a top-level `function name() {}` in
 * dist/Code.js (gas-entry-generator), which is what Apps Script can call: simple triggers, menu items,
 * installable triggers and `google.script.run` from the sidebar. Functions ending in `_` cannot be called
 * from the sidebar; nothing here does.
 */
import { buildMenu } from './gas/menu';
import { setupRegister } from './gas/setup';
import { refreshRegister } from './gas/refresh';
import { reportToUser } from './gas/ui';
import { endpoint } from './server/endpoint';
import { checkAudit } from './gas/audit';
import { loadContext, requireAdmin } from './gas/context';
import { sidebarState, taskHistory } from './server/sidebar';
import * as tasks from './server/tasks';

declare const global: Record<string, unknown>;

/** Simple trigger: builds the menu, whatever the authorization mode. */
function onOpen(): void {
  buildMenu();
}

/** Runs with full authorization when the add-on is installed; the menu must appear at once. */
function onInstall(): void {
  onOpen();
}

/** Menu: Thiết lập sổ theo dõi. */
function setupFromMenu(): void {
  reportToUser(() => setupRegister().message);
}

/** Menu: Cập nhật trạng thái ngay. */
function refreshFromMenu(): void {
  reportToUser(() => refreshRegister().message);
}

/** Menu: Mở bảng giao việc. */
function openSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Nhắc Việc');
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Time-driven trigger: the daily job (statuses now; reminders and statistics join it later). */
function dailyJob(): unknown {
  return refreshRegister();
}

/** Sidebar and CLI: set up the register, returning what was done. */
function setup(): unknown {
  return setupRegister();
}

/** Sidebar and CLI: recompute statuses now. */
function refresh(): unknown {
  return refreshRegister();
}

/** Sidebar (admin panel): set up again, answering with a reply instead of throwing. */
function adminSetup(): unknown {
  return endpoint(setupRegister);
}
/** Sidebar (admin panel): recompute statuses now. */
function adminRefresh(): unknown {
  return endpoint(refreshRegister);
}

/** Sidebar (admin panel): check the audit log's hash chain. */
function checkAuditLog(): unknown {
  return endpoint(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    requireAdmin(loadContext(ss));
    return checkAudit(ss);
  });
}

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

global.onOpen = onOpen;
global.onInstall = onInstall;
global.setupFromMenu = setupFromMenu;
global.refreshFromMenu = refreshFromMenu;
global.openSidebar = openSidebar;
global.dailyJob = dailyJob;
global.setup = setup;
global.refresh = refresh;
global.getSidebarState = getSidebarState;
global.adminSetup = adminSetup;
global.adminRefresh = adminRefresh;
global.checkAuditLog = checkAuditLog;
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

// --- Reminders (issue 6): the hourly trigger and the sidebar's reminder endpoints. ----------------
import { hourlyJob as runHourlyJob } from './gas/reminders/job';
import * as reminderEndpoints from './server/reminders';

/** Time-driven trigger (hourly): the daily refresh and digests once a day, notifications every hour. */
function hourlyJob(): unknown {
  return runHourlyJob();
}

/** Sidebar (admin): turn reminders on at `hour` (0–23, Viet Nam time), sent from the caller's account. */
function installReminders(hour: unknown): unknown {
  return endpoint(() => reminderEndpoints.installReminders(hour));
}

/** Sidebar (admin): turn reminders off. */
function uninstallReminders(): unknown {
  return endpoint(() => reminderEndpoints.uninstallReminders());
}

/** Sidebar: whether reminders are on, who sends them, the last run and any warning. */
function getReminderStatus(): unknown {
  return endpoint(() => reminderEndpoints.getReminderStatus());
}

global.hourlyJob = hourlyJob;
global.installReminders = installReminders;
global.uninstallReminders = uninstallReminders;
global.getReminderStatus = getReminderStatus;

// --- Drive workspace (issue 5): folder, document, QR code and task slip per task. ------------------
import * as workspaceEndpoints from './server/workspace';

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

// --- Statistics, wall board, monthly report (issue 7). --------------------------------------------
import * as statsEndpoints from './server/stats';
import { showWallboardDialog, wallboardWebApp } from './gas/stats/ui';

/** Menu: Cập nhật thống kê — rewrites the `Thống kê` sheet for the settings' period. */
function statisticsFromMenu(): void {
  reportToUser(() => statsEndpoints.refreshStatisticsSheet().message);
}

/** Menu: Mở bảng điện tử — the wall board in a large dialog. */
function openWallboard(): void {
  showWallboardDialog();
}

/** Menu: Tạo báo cáo tháng — last month's report as a Google Doc in the register's folder. */
function monthlyReportFromMenu(): void {
  reportToUser(() => statsEndpoints.monthlyReport({}).message);
}

/** Web app (container-bound script deployed by the admin): the wall board page. */
function doGet(): unknown {
  return wallboardWebApp();
}

/** Sidebar: the statistics for a period (`{period, basis, unit}`; empty = the settings'). */
function getStatistics(args: statsEndpoints.StatsArgs): unknown {
  return endpoint(() => statsEndpoints.getStatistics(args));
}

/** Sidebar: the tasks behind one number (`{period, basis, unit, person, figure}`), only those the caller may see. */
function getStatisticsTasks(args: statsEndpoints.DrillArgs): unknown {
  return endpoint(() => statsEndpoints.getStatisticsTasks(args));
}

/** Sidebar: rewrite the `Thống kê` sheet now. */
function refreshStatisticsSheet(): unknown {
  return endpoint(() => statsEndpoints.refreshStatisticsSheet());
}

/** Sidebar (leaders, admins, followers): the monthly report (`{month: 'MM/yyyy', format: 'doc' | 'pdf'}`). */
function createMonthlyReport(args: { month?: unknown; format?: unknown }): unknown {
  return endpoint(() => statsEndpoints.monthlyReport(args));
}

/** Wall board (dialog or web app): the figures and the overdue list; depends on no viewer's identity. */
function getWallboard(): unknown {
  return endpoint(() => statsEndpoints.getWallboard());
}

global.statisticsFromMenu = statisticsFromMenu;
global.openWallboard = openWallboard;
global.monthlyReportFromMenu = monthlyReportFromMenu;
global.doGet = doGet;
global.getStatistics = getStatistics;
global.getStatisticsTasks = getStatisticsTasks;
global.refreshStatisticsSheet = refreshStatisticsSheet;
global.createMonthlyReport = createMonthlyReport;
global.getWallboard = getWallboard;
