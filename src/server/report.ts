/**
 * Reports drafted together (issue 15, docs/report-drafting.md): the coordinator of a report task makes
 * one shared Google Doc from an outline and one sub-task per writing unit; each unit writes its section
 * in the Doc and submits it by reporting its sub-task (late needs an explanation, as for any task); the
 * coordinator accepts (confirms) or sends it back; when every section is accepted, "Tổng hợp" makes the
 * final Doc without the guidance, and its PDF, and reports the report task with that link.
 *
 * Drive under `drive.file` only: the Doc is made by Drive's HTML conversion, read back by `files.export`
 * (HTML: headings and their ids) and `revisions.list`, so only the account that made it (the
 * coordinator) can read it through the add-on. The section map and the figures seen live in a document
 * property per report (`nhacviec.report.<task id>`).
 */
import type { ActionContext, RowChanges } from '../core/task-actions';
import { planReport, statusOf } from '../core/task-actions';
import { dayFromIso, isoFromDay, ymdFromDay } from '../core/civil-date';
import { formatDay } from '../core/format';
import { t, UserError } from '../core/messages';
import { canSee, isAssignee } from '../core/permissions';
import { isDone, effectiveDeadline } from '../core/status';
import type { Task } from '../core/task';
import { docUrl } from '../core/workspace/record';
import type { DriveRole } from '../core/workspace/record';
import { isGroup, parseOutline, validateOutline } from '../core/report/outline';
import { finalDocHtml, isOurLine, reportDocHtml, type ReportDocInput } from '../core/report/doc';
import {
  applyScan,
  blocksOfExport,
  locateSections,
  progressOf,
  sectionLink,
  sectionState,
  type Progress,
  type SectionState,
  type StoredSection,
  type UnitTask,
} from '../core/report/sections';
import { appendAudit, type AuditEntry } from '../gas/audit';
import { loadContext } from '../gas/context';
import { withDocumentLock } from '../gas/lock';
import { pendingNotices } from '../core/pending-lines';
import { appendTask, findTask, loadTaskAround, loadTasks, type TaskStore } from '../gas/task-store';
import { applySharing, shareFailureText, yearFolder } from '../gas/workspace/create';
import {
  createBlobFile,
  createDocFromHtml,
  createFolder,
  exportAs,
  exportHtml,
  listArtefacts,
  listRevisions,
  PROP,
} from '../gas/workspace/drive';
import { reportResult } from './tasks';
import { documentProperties } from '../gas/properties';

const KEY = 'nhacviec.report.';

/** What is kept of a report between runs (short keys: one property holds at most 9 KB). */
interface ReportRecord {
  task: string;
  title: string;
  basis: string;
  doc: string;
  folder: string;
  owner: string;
  /** The units' deadline, ISO. */
  due: string;
  s: StoredSection[];
  /** Unit name → its sub-task's id. */
  sub: Record<string, string>;
  rev: { who: string; at: string }[];
  /** When the Doc was last read (ISO), '' before. */
  seen: string;
  final?: { doc: string; pdf: string };
}

export interface ReportSectionView {
  heading: string;
  level: number;
  units: string[];
  /** '' for a group heading (written by nobody). */
  state: SectionState | '';
  length: number;
  /** When a change was last seen (ISO), '' before any. */
  changed: string;
  /** 'renamed' | 'missing' | 'unclear' | '' */
  flag: string;
  link: string;
  /** The writing units' sub-tasks. */
  tasks: string[];
}

export interface ReportView {
  taskId: string;
  title: string;
  docUrl: string;
  unitsDeadline: string;
  coordinator: boolean;
  /** The sub-tasks the caller may submit (an assignee of them). */
  mine: string[];
  sections: ReportSectionView[];
  progress: Progress;
  /** The Doc's edit history from Drive's revisions, newest first: the document's, not a paragraph's. */
  revisions: { who: string; at: string }[];
  seen: string;
  final?: { doc: string; pdf: string };
  message: string;
}

export interface ReportSummary {
  taskId: string;
  title: string;
  /** A report is made (else: a report task the caller coordinates, with no shared Doc yet). */
  made: boolean;
  share: number;
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function readRecord(id: string): ReportRecord | null {
  const raw = documentProperties().getProperty(KEY + id);
  return raw ? (JSON.parse(raw) as ReportRecord) : null;
}
const saveRecord = (r: ReportRecord) => documentProperties().setProperty(KEY + r.task, JSON.stringify(r));
/** Every report of the register (one read of the document properties). */
const records = () =>
  Object.entries(documentProperties().getProperties())
    .filter(([k]) => k.startsWith(KEY))
    .map(([, v]) => JSON.parse(v) as ReportRecord);

function audit(ss: Spreadsheet, ctx: ActionContext, entries: Omit<AuditEntry, 'actor'>[]): void {
  appendAudit(
    ss,
    entries.map((e) => ({ actor: ctx.me.email, ...e })),
  );
}

/**
 * The report task, refused as missing when the caller may not see it (nor, with `viaParts`, one of its
 * sub-tasks: a writing unit sees the report it writes for), and when it is confidential.
 */
function reportTask(store: TaskStore, ctx: ActionContext, id: unknown, viaParts = false): Task {
  const { task } = findTask(store, id);
  const sees = (x: Task) => canSee(ctx.me, x, ctx.dir, ctx.settings);
  if (!sees(task) && !(viaParts && store.tasks.some((c) => c.parentId === task.id && sees(c))))
    throw new UserError('action.noTask', { id: task.id });
  if (task.confidential) throw new UserError('rp.confidential', { id: task.id });
  return task;
}

const isCoordinator = (ctx: ActionContext, task: Task) => isAssignee(ctx.me, task);

/** The people who write for a unit: its focal point, else its active members. */
function writersOf(ctx: ActionContext, unit: string): string[] {
  const u = ctx.dir.unit(unit);
  const focal = u?.focal && ctx.dir.person(u.focal)?.active !== false ? [u.focal] : [];
  return focal.length ? focal : ctx.dir.membersOf(unit).map((p) => p.email);
}

function unitTaskOf(task: Task | undefined, ctx: ActionContext): UnitTask | undefined {
  if (!task) return undefined;
  const status = statusOf(task, ctx);
  const stage = isDone(status) ? 'done' : status === 'awaiting_confirmation' ? 'awaiting' : 'open';
  return { stage, sentBack: stage === 'open' && task.result !== '' && task.reportedDay === null };
}

function view(rec: ReportRecord, tasks: readonly Task[], ctx: ActionContext, message = ''): ReportView {
  const byId = new Map(tasks.map((x) => [x.id, x]));
  const sections = rec.s.map((s, i): ReportSectionView => {
    const subs = s.u.map((u) => rec.sub[u]).filter(Boolean);
    const group = isGroup(
      rec.s.map((x) => ({ level: x.l })),
      i,
    );
    return {
      heading: s.h,
      level: s.l,
      units: s.u,
      state: group
        ? ''
        : sectionState(
            s,
            subs.map((id) => unitTaskOf(byId.get(id), ctx)),
          ),
      length: s.n,
      changed: s.t,
      flag: s.f ?? '',
      link: sectionLink(rec.doc, s.id),
      tasks: subs,
    };
  });
  const task = byId.get(rec.task);
  return {
    taskId: rec.task,
    title: rec.title,
    docUrl: docUrl(rec.doc),
    unitsDeadline: formatDay(dayFromIso(rec.due) ?? ctx.today),
    coordinator: !!task && isCoordinator(ctx, task),
    mine: Object.values(rec.sub).filter((id) => {
      const sub = byId.get(id);
      return !!sub && isAssignee(ctx.me, sub);
    }),
    sections,
    progress: progressOf(sections.filter((s) => s.state !== '').map((s) => s.state as SectionState)),
    revisions: rec.rev,
    seen: rec.seen,
    ...(rec.final ? { final: rec.final } : {}),
    message,
  };
}

/** Reads the Doc (one export, one revisions list) and records what each section holds now. */
function scan(rec: ReportRecord): ReturnType<typeof locateSections> {
  const map = rec.s.map((s) => ({ id: s.id, heading: s.h, level: s.l, units: s.u }));
  const found = locateSections(map, blocksOfExport(exportHtml(rec.doc)), isOurLine);
  const now = new Date().toISOString();
  applyScan(rec.s, found, now);
  rec.rev = listRevisions(rec.doc).reverse().slice(0, 10);
  rec.seen = now;
  return found;
}

// ——— Endpoints ————————————————————————————————————————————————————————————————————

export interface CreateReportInput {
  taskId: unknown;
  title?: unknown;
  basis?: unknown;
  outline: unknown;
  /** ISO date; empty: 2 working days before the report's deadline. */
  unitsDeadline?: unknown;
}

export function createReport(input: CreateReportInput): ReportView {
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const ctx = loadContext(ss);
    const lang = ctx.settings.language;
    const form = (input ?? {}) as CreateReportInput;
    const store = loadTaskAround(ss, ctx, form.taskId, { children: true });
    const task = reportTask(store, ctx, form.taskId);
    if (!isCoordinator(ctx, task)) throw new UserError('rp.notCoordinator', { id: task.id });
    if (readRecord(task.id)) throw new UserError('rp.exists', { id: task.id });
    const units =
      typeof form.unitsDeadline === 'string' && form.unitsDeadline ? dayFromIso(form.unitsDeadline) : null;
    const { sections, unitsDeadline } = validateOutline(parseOutline(String(form.outline ?? '')), ctx.dir, {
      report: effectiveDeadline(task),
      units,
      today: ctx.today,
      calendar: ctx.calendar,
    });
    const title = String(form.title ?? '').trim() || task.title;
    const basis = String(form.basis ?? '').trim();
    const unitNames = [...new Set(sections.flatMap((s) => s.units))];
    const writers = new Map(unitNames.map((u) => [u, writersOf(ctx, u)]));
    for (const [u, w] of writers) if (!w.length) throw new UserError('rp.noWriter', { unit: u });

    // The Doc, in this account's folder of the task (under drive.file the add-on reaches only folders
    // this account made: the task's workspace folder when this account made it, else a new one).
    const registerId = ss.getId();
    const year = ymdFromDay(task.assignedDay ?? ctx.today).year;
    const found = listArtefacts(registerId, task.id, year);
    const tag = (kind: string) => ({ [PROP.register]: registerId, [PROP.task]: task.id, [PROP.kind]: kind });
    const folder =
      found.find((f) => f.appProperties[PROP.task] === task.id && f.appProperties[PROP.kind] === 'folder') ??
      createFolder(
        `${task.id} – ${task.title}`,
        yearFolder(ss, found, registerId, year, { created: 0 }).id,
        tag('folder'),
      );
    const docInput: ReportDocInput = {
      lang,
      agency: ctx.settings.agencyName,
      date: ctx.today,
      title,
      basis,
      sections,
    };
    const doc = createDocFromHtml(title, reportDocHtml(docInput), folder.id, tag('report'));
    // Drive names each heading (`h.…`): read back once, in order, for the section links and the map.
    const heads = blocksOfExport(exportHtml(doc.id)).filter((b) => b.h > 0);
    const ids = heads.length === sections.length ? heads.map((h) => h.id) : sections.map(() => '');

    // Shared for editing with the writing units' people, for comments with the report's leaders.
    const desired = new Map<string, DriveRole>();
    const put = (email: string, role: DriveRole | 'none') => {
      const e = email.trim().toLowerCase();
      if (e && role !== 'none' && e !== ctx.me.email.toLowerCase() && !desired.has(e)) desired.set(e, role);
    };
    for (const w of writers.values()) w.forEach((e) => put(e, 'writer'));
    const lead = ctx.dir.unit(task.leadUnit);
    put(task.assigner, ctx.settings.shareAssigner);
    if (lead) {
      put(lead.leader, ctx.settings.shareLeader);
      put(lead.follower, ctx.settings.shareFollower);
    }
    const shared = applySharing(doc.id, [], desired, ctx);

    // One sub-task per writing unit, due on the units' deadline, linked to its (first) section.
    const rec: ReportRecord = {
      task: task.id,
      title,
      basis,
      doc: doc.id,
      folder: folder.id,
      owner: ctx.me.email,
      due: isoFromDay(unitsDeadline),
      s: sections.map((s, i) => ({ id: ids[i], h: s.heading, l: s.level, u: s.units, n: 0, x: '', t: '' })),
      sub: {},
      rev: [],
      seen: '',
    };
    const entries: Omit<AuditEntry, 'actor'>[] = [
      {
        taskId: task.id,
        action: t(lang, 'rp.audit.create'),
        before: '',
        after: docUrl(doc.id),
        note: `${sections.length}`,
      },
    ];
    for (const unit of unitNames) {
      const mineIdx = sections.findIndex((s) => s.units.includes(unit));
      const link = sectionLink(doc.id, ids[mineIdx]);
      const headings = sections.filter((s) => s.units.includes(unit)).map((s) => s.heading);
      const record: RowChanges = {
        title: t(lang, 'rp.subTitle', { title }),
        details: t(lang, 'rp.subDetails', { headings: headings.join('; '), link }),
        source: basis || task.source,
        assigner: ctx.me.email,
        leadUnit: unit,
        assignees: writers.get(unit)!.join(', '),
        assignedDate: { day: ctx.today },
        deadline: { day: unitsDeadline },
        extensionCount: 0,
        progress: 0,
        updateCount: 0,
        archived: false,
        confidential: false,
        parentId: task.id,
        driveLink: link,
        folderId: folder.id,
        docId: doc.id,
      };
      const sub = appendTask(store, record, ctx);
      rec.sub[unit] = sub.id;
      entries.push({
        taskId: sub.id,
        action: t(lang, 'audit.delegate'),
        before: '',
        after: `${sub.title} → ${sub.assignees.join(', ')}`,
        note: task.id,
        notices: pendingNotices('assigned', sub.assignees, ctx.me.email, ''),
      });
    }
    saveRecord(rec);
    audit(ss, ctx, entries);
    const message = [t(lang, 'rp.created', { n: unitNames.length }), shareFailureText(shared.failures, ctx)]
      .filter(Boolean)
      .join(' ');
    return view(rec, store.tasks, ctx, message);
  });
}

/** The report of a task, its sections' states; `refresh`: read the Doc now (its creator's account only). */
export function getReport(taskId: unknown, opts?: { refresh?: unknown }): ReportView | null {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ctx = loadContext(ss);
  const store = loadTaskAround(ss, ctx, taskId, { children: true });
  const task = reportTask(store, ctx, taskId, true);
  const rec = readRecord(task.id);
  if (!rec) return null;
  let message = '';
  if (opts?.refresh === true) {
    if (rec.owner !== ctx.me.email) message = t(ctx.settings.language, 'rp.notOwner', { owner: rec.owner });
    else {
      scan(rec);
      saveRecord(rec);
    }
  }
  return view(rec, store.tasks, ctx, message);
}

/**
 * "Tổng hợp": every section accepted → the final Doc (headings and what the units wrote, no guidance)
 * and its PDF in the task's folder, then the report task reported with the final Doc's link (late: the
 * explanation, as for any task). Made once: a second call only reports.
 */
export function compileReport(taskId: unknown, input?: { explanation?: unknown }): ReportView {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const made = withDocumentLock(() => {
    const ctx = loadContext(ss);
    const lang = ctx.settings.language;
    const store = loadTaskAround(ss, ctx, taskId, { children: true });
    const task = reportTask(store, ctx, taskId);
    const rec = readRecord(task.id);
    if (!rec) throw new UserError('rp.none', { id: task.id });
    if (!isCoordinator(ctx, task)) throw new UserError('rp.notCoordinator', { id: task.id });
    if (rec.owner !== ctx.me.email) throw new UserError('rp.notOwner', { owner: rec.owner });
    const open = view(rec, store.tasks, ctx).sections.filter((s) => s.state !== '' && s.state !== 'accepted');
    if (open.length) throw new UserError('rp.notAccepted', { n: open.length });
    const link = rec.final ? docUrl(rec.final.doc) : '';
    // The result's checks first (a late report needs its explanation): nothing is made in vain.
    planReport(task, ctx, {
      result: t(lang, 'rp.resultText'),
      link: link || docUrl(rec.doc),
      explanation: input?.explanation,
    });
    if (!rec.final) {
      const found = scan(rec);
      const lost = rec.s.find((s, i) => found[i].found === 'missing' || found[i].unclear);
      if (lost) throw new UserError('rp.lost', { heading: lost.h });
      const docInput: ReportDocInput = {
        lang,
        agency: ctx.settings.agencyName,
        date: ctx.today,
        title: rec.title,
        basis: rec.basis,
        sections: rec.s.map((s) => ({ heading: s.h, level: s.l, units: s.u })),
      };
      const tag = { [PROP.register]: ss.getId(), [PROP.task]: task.id, [PROP.kind]: 'final' };
      const name = `${rec.title} (${t(lang, 'rp.resultText').toLowerCase()})`;
      const doc = createDocFromHtml(
        name,
        finalDocHtml(
          docInput,
          found.map((f) => f.body),
        ),
        rec.folder,
        tag,
      );
      const pdf = createBlobFile(exportAs(doc.id, 'application/pdf').setName(`${name}.pdf`), rec.folder, tag);
      rec.final = { doc: doc.id, pdf: pdf.id };
      saveRecord(rec);
      audit(ss, ctx, [
        {
          taskId: task.id,
          action: t(lang, 'rp.audit.compile'),
          before: '',
          after: docUrl(doc.id),
          note: pdf.id,
        },
      ]);
    }
    return { rec, ctx, tasks: store.tasks };
  });
  const { rec, ctx } = made;
  const lang = ctx.settings.language;
  // The report task's own action (its checks, row, audit line and notice), outside this lock.
  const reply = reportResult(rec.task, {
    result: t(lang, 'rp.resultText'),
    link: docUrl(rec.final!.doc),
    explanation: input?.explanation,
  });
  return view(rec, made.tasks, ctx, `${t(lang, 'rp.compiled')} ${reply.message}`);
}

/**
 * The reports the caller may see, the report tasks they coordinate that have none yet, and the units'
 * names (for the outline's unit picker).
 */
export function listReports(): { reports: ReportSummary[]; units: string[]; lang: string } {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ctx = loadContext(ss);
  const store = loadTasks(ss, ctx);
  const all = new Map(records().map((r) => [r.task, r]));
  const out: ReportSummary[] = [];
  const sees = (x: Task | undefined) => !!x && canSee(ctx.me, x, ctx.dir, ctx.settings);
  const byId = new Map(store.tasks.map((x) => [x.id, x]));
  for (const task of store.tasks) {
    const rec = all.get(task.id);
    // A writing unit sees the report it writes for through its sub-task.
    const seen = sees(task) || (!!rec && Object.values(rec.sub).some((id) => sees(byId.get(id))));
    if (task.confidential || task.archived || !seen) continue;
    if (rec) {
      out.push({
        taskId: task.id,
        title: rec.title,
        made: true,
        share: view(rec, store.tasks, ctx).progress.share,
      });
    } else if (isCoordinator(ctx, task) && !task.parentId && !isDone(statusOf(task, ctx)))
      out.push({ taskId: task.id, title: task.title, made: false, share: 0 });
  }
  return { reports: out, units: ctx.dir.units.map((u) => u.name), lang: ctx.settings.language };
}

/**
 * The reports in progress and the share of their sections accepted, for the wall board (no viewer's
 * identity; confidential tasks never): a section is accepted when its units' sub-tasks are done.
 */
export function reportsInProgress(
  tasks: readonly Task[],
  done: (t: Task) => boolean,
): { title: string; share: number }[] {
  const byId = new Map(tasks.map((x) => [x.id, x]));
  const out: { title: string; share: number }[] = [];
  for (const rec of records()) {
    const task = byId.get(rec.task);
    if (!task || task.confidential || rec.final) continue;
    const leaves = rec.s.filter((x) => x.u.length);
    const accepted = leaves.filter((x) =>
      x.u.every((u) => done(byId.get(rec.sub[u]) ?? task) && byId.has(rec.sub[u])),
    );
    out.push({ title: rec.title, share: leaves.length ? accepted.length / leaves.length : 0 });
  }
  return out;
}

/**
 * The hourly job's refresh: the reports this account made (only it can read their Docs under
 * `drive.file`), not compiled yet; at most `max` a run. Never throws: a Doc that cannot be read waits.
 */
export function refreshOwnReports(max = 5): number {
  const me = Session.getEffectiveUser().getEmail();
  let n = 0;
  for (const rec of records()) {
    if (n >= max || rec.owner !== me || rec.final) continue;
    try {
      scan(rec);
      saveRecord(rec);
      n++;
    } catch (e) {
      console.warn(`report ${rec.task}: ${String(e)}`);
    }
  }
  return n;
}

/** Opens the report page in a large dialog over the spreadsheet. */
export function showReportDialog(): { message: string } {
  const page = HtmlService.createHtmlOutputFromFile('Report').setWidth(900).setHeight(700);
  SpreadsheetApp.getUi().showModalDialog(page, t('vi', 'rp.pageTitle'));
  return { message: '' };
}
