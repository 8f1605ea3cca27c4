/**
 * Every `google.script.run` endpoint of the pages, typed by the one contract (`src/api.ts`). Each answers
 * with a `Reply` (`endpoint`): data, or a message for the person, never a stack trace. Arguments arrive
 * from a browser and are treated as untrusted by what they are handed to.
 */
import type { ApiServer } from '../api';
import { checkAudit } from '../gas/audit';
import { moveToSheet } from '../gas/audit-pending';
import { orNull } from '../gas/properties';
import { withDocumentLock } from '../gas/lock';
import { loadContext, requireAdmin } from '../gas/context';
import { refreshRegister } from '../gas/refresh';
import { setupRegister } from '../gas/setup';
import { runSelfCheck } from '../gas/self-check';
import { showWallboardDialog } from '../gas/stats/ui';
import { endpoint } from '../server/endpoint';
import * as reminders from '../server/reminders';
import { sidebarState, taskHistory } from '../server/sidebar';
import * as stats from '../server/stats';
import * as tasks from '../server/tasks';
import * as workspace from '../server/workspace';
import * as plans from '../server/plans';
import * as evaluation from '../server/evaluation';
import * as report from '../server/report';

const api: ApiServer = {
  getSidebarState: () => endpoint(sidebarState),
  assignTask: (input) => endpoint(() => tasks.assignTask(input)),
  delegateTask: (parentId, input) => endpoint(() => tasks.delegateTask(parentId, input)),
  updateProgress: (id, input) => endpoint(() => tasks.updateProgress(id, input)),
  requestExtension: (id, input) => endpoint(() => tasks.requestExtension(id, input)),
  decideExtension: (id, input) => endpoint(() => tasks.decideExtension(id, input)),
  reportResult: (id, input) => endpoint(() => tasks.reportResult(id, input)),
  confirmTask: (id) => endpoint(() => tasks.confirmTask(id)),
  undoConfirmTask: (id) => endpoint(() => tasks.undoConfirmTask(id)),
  sendBackTask: (id, input) => endpoint(() => tasks.sendBackTask(id, input)),
  archiveTask: (id, input) => endpoint(() => tasks.archiveTask(id, input)),
  listTasks: (filter) => endpoint(() => tasks.listTasks(filter)),
  getTaskHistory: (id) => endpoint(() => taskHistory(id)),

  createTaskWorkspace: (id) => endpoint(() => workspace.createTaskWorkspace(id)),
  syncTaskSharing: (id) => endpoint(() => workspace.syncTaskSharing(id)),

  listReports: () => endpoint(() => report.listReports()),
  getReport: (taskId, opts) => endpoint(() => report.getReport(taskId, opts)),
  createReport: (input) => endpoint(() => report.createReport(input)),
  compileReport: (taskId, input) => endpoint(() => report.compileReport(taskId, input)),
  openReportDialog: () => endpoint(() => report.showReportDialog()),

  getStatistics: (args) => endpoint(() => stats.getStatistics(args)),
  getStatisticsTasks: (args) => endpoint(() => stats.getStatisticsTasks(args)),
  refreshStatisticsSheet: () => endpoint(() => stats.refreshStatisticsSheet()),
  createMonthlyReport: (args) => endpoint(() => stats.monthlyReport(args)),
  openWallboardDialog: () =>
    endpoint(() => {
      showWallboardDialog();
      return { message: '' };
    }),
  getWallboard: () => endpoint(() => stats.getWallboard()),

  getReminderStatus: () => endpoint(() => reminders.getReminderStatus()),
  installReminders: (hour) => endpoint(() => reminders.installReminders(hour)),
  uninstallReminders: () => endpoint(() => reminders.uninstallReminders()),
  adminSetup: (agencyName) => endpoint(() => setupRegister({ agencyName })),
  adminRefresh: () => endpoint(() => refreshRegister({ admin: true })),
  checkAuditLog: () =>
    endpoint(() => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const ctx = loadContext(ss);
      requireAdmin(ctx);
      // The lines still waiting in the properties go to the sheet first, where the admin will look. A
      // move that cannot be made now (the register busy, Google failing) does not stop the check: it
      // reads the waiting lines where they are, after the sheet's.
      orNull(() => withDocumentLock(() => moveToSheet(ss)));
      return checkAudit(ss, ctx.settings.language);
    }),
  // `exec selfCheck` from the command line passes no argument.
  selfCheck: (args?: { sendTestMail?: unknown }) => endpoint(() => runSelfCheck(args ?? {})),

  openPage: (name) => endpoint(() => plans.openPage(name)),
  getWeekPlans: (args) => endpoint(() => plans.getWeekPlans(args ?? {})),
  saveWeekPlan: (args) => endpoint(() => plans.saveWeekPlan(args ?? {})),
  markPlanItem: (args) => endpoint(() => plans.markPlanItem(args ?? {})),
  reviewWeekPlan: (args) => endpoint(() => plans.reviewWeekPlan(args ?? {})),
  planItemToTask: (args) => endpoint(() => plans.planItemToTask(args ?? {})),
  getEvaluations: (args) => endpoint(() => evaluation.getEvaluations(args ?? {})),
  prefillEvaluations: (args) => endpoint(() => evaluation.prefillEvaluations(args ?? {})),
  selfEvaluate: (args) => endpoint(() => evaluation.selfEvaluate(args ?? {})),
  rateEvaluation: (args) => endpoint(() => evaluation.rateEvaluation(args ?? {})),
  approveEvaluations: (args) => endpoint(() => evaluation.approveEvaluations(args ?? {})),
  getEvaluationSummary: (args) => endpoint(() => evaluation.getEvaluationSummary(args ?? {})),
};

// One line each: gas-entry-generator finds the names here (a loop would hide them from it).
global.getSidebarState = api.getSidebarState;
global.assignTask = api.assignTask;
global.delegateTask = api.delegateTask;
global.updateProgress = api.updateProgress;
global.requestExtension = api.requestExtension;
global.decideExtension = api.decideExtension;
global.reportResult = api.reportResult;
global.confirmTask = api.confirmTask;
global.undoConfirmTask = api.undoConfirmTask;
global.sendBackTask = api.sendBackTask;
global.archiveTask = api.archiveTask;
global.listTasks = api.listTasks;
global.getTaskHistory = api.getTaskHistory;
global.createTaskWorkspace = api.createTaskWorkspace;
global.syncTaskSharing = api.syncTaskSharing;
global.listReports = api.listReports;
global.getReport = api.getReport;
global.createReport = api.createReport;
global.compileReport = api.compileReport;
global.openReportDialog = api.openReportDialog;
global.getStatistics = api.getStatistics;
global.getStatisticsTasks = api.getStatisticsTasks;
global.refreshStatisticsSheet = api.refreshStatisticsSheet;
global.createMonthlyReport = api.createMonthlyReport;
global.openWallboardDialog = api.openWallboardDialog;
global.getWallboard = api.getWallboard;
global.getReminderStatus = api.getReminderStatus;
global.installReminders = api.installReminders;
global.uninstallReminders = api.uninstallReminders;
global.adminSetup = api.adminSetup;
global.adminRefresh = api.adminRefresh;
global.checkAuditLog = api.checkAuditLog;
global.selfCheck = api.selfCheck;
global.openPage = api.openPage;
global.getWeekPlans = api.getWeekPlans;
global.saveWeekPlan = api.saveWeekPlan;
global.markPlanItem = api.markPlanItem;
global.reviewWeekPlan = api.reviewWeekPlan;
global.planItemToTask = api.planItemToTask;
global.getEvaluations = api.getEvaluations;
global.prefillEvaluations = api.prefillEvaluations;
global.selfEvaluate = api.selfEvaluate;
global.rateEvaluation = api.rateEvaluation;
global.approveEvaluations = api.approveEvaluations;
global.getEvaluationSummary = api.getEvaluationSummary;
