/**
 * The one contract between the pages (sidebar, wall board) and the server: the name, arguments and
 * reply of every `google.script.run` endpoint. The server's entries are typed against it
 * (`src/entries/api.ts`), the pages call through `call(name, ...args)` (`src/client/rpc.ts`), so a
 * misspelt name, a missing argument or a reply read as the wrong shape does not compile.
 *
 * Only plain JSON crosses: Apps Script refuses Dates in arguments and turns them into strings in
 * replies, so every date here is an ISO string. Arguments are what the page sends; the server still
 * treats each field as untrusted (the planners validate `unknown` values), because anyone can call
 * `google.script.run` from a browser console.
 *
 * Types only: nothing here runs, so the pages' bundles take nothing from the server.
 */
import type { AssignInput } from './core/task-actions';
import type { TaskFilter, TaskView } from './core/task-view';
import type { WallboardView } from './core/stats/views';
import type { SidebarState, HistoryLine } from './server/sidebar';
import type { ActionReply, AssignReply } from './server/tasks';
import type { WorkspaceReply } from './server/workspace';
import type { CreateReportInput, ReportSummary, ReportView } from './server/report';
import type { DrillArgs, DrillReply, StatsArgs, StatsReply } from './server/stats';
import type { ReminderStatus } from './server/reminders';
import type { ReportResult } from './gas/stats/report';
import type { SetupResult } from './gas/setup';
import type { RefreshResult } from './gas/refresh';
import type { AuditCheck } from './gas/audit';
import type { SelfCheckReport } from './gas/self-check';
import type { PlansReply } from './server/plans';
import type { EvaluationsReply, EvaluationSummary } from './server/evaluation';
import type { Outcome } from './core/plans/plan';
import type { Level } from './core/evaluation/score';

/** A weekly plan's item as the page sends it. */
export interface PlanItemInput {
  what: string;
  when?: string;
  expected?: string;
  taskId?: string;
}

export interface FieldError {
  field: string;
  message: string;
}

/** Every endpoint answers this way: data, or a message for the person (never a stack trace). */
export type Reply<T> =
  { ok: true; data: T } | { ok: false; error: string; code?: string; fields?: FieldError[] };

export interface Api {
  /** The sidebar's first screen, in one round trip. */
  getSidebarState(): SidebarState;
  /** Assign a task (leaders, admins). */
  assignTask(input: AssignInput): AssignReply;
  /** Delegate part of a task to people of one's unit. */
  delegateTask(parentId: string, input: AssignInput): AssignReply;
  updateProgress(id: string, input: { progress: number; note?: string; link?: string }): ActionReply;
  /** `acceptRestDay`: the person saw the rest-day warning and keeps the date. */
  requestExtension(
    id: string,
    input: { newDeadline: string; reason: string; acceptRestDay?: boolean },
  ): ActionReply;
  /** `deadline`: the next working day the warning suggested, instead of the requested rest day. */
  decideExtension(
    id: string,
    input: { approve: boolean; note?: string; acceptRestDay?: boolean; deadline?: string },
  ): ActionReply;
  reportResult(id: string, input: { result?: string; link?: string; explanation?: string }): ActionReply;
  confirmTask(id: string): ActionReply;
  /** Take back one's own confirmation within minutes, while it is the task's last change. */
  undoConfirmTask(id: string): ActionReply;
  sendBackTask(id: string, input: { reason: string }): ActionReply;
  archiveTask(id: string, input: { reason: string }): ActionReply;
  /** Tasks matching a filter, beyond the first screen (at most 200). */
  listTasks(filter: TaskFilter): { tasks: TaskView[]; total: number };
  /** A task's lines in the audit sheet. */
  getTaskHistory(id: string): HistoryLine[];

  /** The task's Drive folder, document, QR code and slip, or finish an interrupted run. */
  createTaskWorkspace(id: string): WorkspaceReply;
  /** Make the folder's sharing match the task's people (the folder's owner only). */
  syncTaskSharing(id: string): WorkspaceReply;

  /** Reports drafted together: those the caller may see, and report tasks they coordinate without one. */
  listReports(): { reports: ReportSummary[]; units: string[]; lang: string };
  /** A report's sections and progress; `refresh` reads the Doc now (the account that made it). */
  getReport(taskId: string, opts?: { refresh?: boolean }): ReportView | null;
  /** Make the shared Doc and the units' sub-tasks from an outline (the report task's coordinator). */
  createReport(input: CreateReportInput): ReportView;
  /** Every section accepted: the final Doc and PDF, and the report task reported with its link. */
  compileReport(taskId: string, input?: { explanation?: string }): ReportView;
  /** Open the report drafting page in a dialog. */
  openReportDialog(): { message: string };

  /** The statistics for a period (empty fields: the settings'). */
  getStatistics(args: StatsArgs): StatsReply;
  /** The tasks behind one number, only those the caller may see. */
  getStatisticsTasks(args: DrillArgs): DrillReply;
  /** Rewrite the `Thống kê` sheet now. */
  refreshStatisticsSheet(): { message: string };
  /** The monthly report as a Google Doc or PDF. */
  createMonthlyReport(args: { month?: string; format?: 'doc' | 'pdf' }): ReportResult;
  /** Open the wall board in a large dialog over the spreadsheet. */
  openWallboardDialog(): { message: string };
  /** The wall board's figures; depends on no viewer's identity. */
  getWallboard(): WallboardView;

  /** Whether reminders are on, who sends them, the last run and any warning. */
  getReminderStatus(): ReminderStatus;
  /** Turn reminders on at `hour` (0–23, Viet Nam time), sent from the caller's account (admins). */
  installReminders(hour: number): ReminderStatus;
  uninstallReminders(): ReminderStatus;
  /**
   * Set the register up again (admins): adds what is missing, changes nothing else, except the agency's
   * name when one is given.
   */
  adminSetup(agencyName?: string): SetupResult;
  /** Recompute statuses now (admins). */
  adminRefresh(): RefreshResult;
  /** Check the audit sheet's hash chain (admins). */
  checkAuditLog(): AuditCheck;
  /** Whether what the add-on needs works in the caller's account (admins); a test e-mail when asked. */
  selfCheck(args: { sendTestMail?: boolean }): SelfCheckReport;

  /** Show a page in the sidebar: the weekly plans and evaluations, or the task sidebar again. */
  openPage(name: 'plans' | 'sidebar'): { message: string };
  /** A week's plans (ISO day of the week; absent: the week being planned): one's own and those one leads. */
  getWeekPlans(args: { week?: string }): PlansReply;
  /**
   * Save one's own plan of the week; `submit` hands it in (after the deadline: marked late). `email`, when
   * given, must be the caller's (nobody writes someone else's plan).
   */
  saveWeekPlan(args: { week?: string; items: PlanItemInput[]; submit?: boolean; email?: string }): PlansReply;
  /** Mark an item of one's own plan; `moved` carries it into next week's plan. */
  markPlanItem(args: {
    week?: string;
    index: number;
    outcome: Exclude<Outcome, ''>;
    email?: string;
  }): PlansReply;
  /** A leader comments on, or approves, the plan of someone they lead. */
  reviewWeekPlan(args: { week?: string; email: string; comment?: string; approve?: boolean }): PlansReply;
  /** A leader assigns an item of someone's plan to them as a task (ISO or dd/MM/yyyy deadline). */
  planItemToTask(args: { week?: string; email: string; index: number; deadline: string }): PlansReply;
  /** A month's evaluation forms (`YYYY-MM` or `MM/yyyy`; absent: last month). */
  getEvaluations(args: { month?: string }): EvaluationsReply;
  /** Prefill the month's forms from the register now (unit leaders: their people; the head: everyone). */
  prefillEvaluations(args: { month?: string }): EvaluationsReply;
  selfEvaluate(args: { month?: string; level: Level; note?: string }): EvaluationsReply;
  rateEvaluation(args: {
    month?: string;
    email: string;
    general: number;
    quality: number;
    level: Level;
    strengths: string;
    weaknesses: string;
  }): EvaluationsReply;
  /** The head approves and publishes the month's rated forms (refused when the 20 % cap would break). */
  approveEvaluations(args: { month?: string }): EvaluationsReply;
  /** A person's published months of a year, each quarter's and the year's mean and level. */
  getEvaluationSummary(args: { email?: string; year?: number }): EvaluationSummary;
}

export type ApiName = keyof Api;
export type ApiArgs<K extends ApiName> = Parameters<Api[K]>;
export type ApiData<K extends ApiName> = ReturnType<Api[K]>;

/**
 * What the server exposes: the same names and arguments, each answering with a `Reply`. An
 * implementation may take wider arguments (`unknown`): a function of `unknown` satisfies one of `string`.
 */
export type ApiServer = { [K in ApiName]: (...args: ApiArgs<K>) => Reply<ApiData<K>> };
