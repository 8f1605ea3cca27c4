/**
 * A task's workspace: its folder (inside the register's folder for the year), its working document,
 * its task slip as a PDF, the folder shared with exactly the task's people, and the register's row
 * pointing at them with a QR code of the document's link.
 *
 * Idempotent and resumable: every file carries `appProperties` naming the register and the task, and
 * each run first lists (one call) what this account already made for the task, then makes only what is
 * missing. A run that failed after the folder, before the document, is completed by the next one.
 *
 * Ownership (`drive.file`): the folder belongs to the account that ran the add-on when it was made, and
 * only the add-on running as that account can see it again. The row records that account; anyone else
 * is told who can finish or re-share (see view.ts), unless that person no longer works here, in which
 * case a new workspace is made under the caller's account.
 *
 * Runs under the caller's document lock (the same one the assignment holds): two clicks cannot make two
 * folders. Drive work takes seconds; the other actions wait for it as they wait for any change.
 */
import { formatDay } from '../../core/format';
import { t, UserError } from '../../core/messages';
import { qrPngDataUrl } from '../../core/qr';
import { TASK_COLUMNS } from '../../core/schema';
import type { ActionContext } from '../../core/task-actions';
import { parseTaskId, type Task } from '../../core/task';
import {
  builtinDocHtml,
  docName,
  fillTemplate,
  folderName,
  slipHtml,
  slipName,
  type TaskFacts,
} from '../../core/workspace/documents';
import { factsOfTask } from '../../core/workspace/facts';
import { slipFingerprint } from '../../core/workspace/slip-version';
import {
  docUrl,
  formatWorkspaceRecord,
  parseWorkspaceRecord,
  type DriveRole,
  type WorkspaceRecord,
} from '../../core/workspace/record';
import { desiredSharing, planSharing, type CurrentPermission } from '../../core/workspace/sharing';
import { ownerGone } from '../../core/workspace/view';
import { ymdFromDay } from '../../core/civil-date';
import { findTask, relocateRow, type TaskStore } from '../task-store';
import { writeColumns, type Table } from '../table';
import {
  addPermission,
  changePermission,
  classifyDriveError,
  createBlobFile,
  createDocFromHtml,
  createFolder,
  driveDetail,
  exportHtml,
  FOLDER_MIME,
  listArtefacts,
  listPermissions,
  PROP,
  removePermission,
  replaceBlobContent,
  type ArtefactKind,
  type DriveFile,
} from './drive';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface WorkspaceOutcome {
  /** Folder, document and slip all exist now. */
  complete: boolean;
  /** Something was created or re-shared: worth an audit line. */
  changed: boolean;
  message: string;
}

/** What one run achieved, whatever step it stopped at. */
interface Progress {
  folder?: DriveFile;
  doc?: DriveFile;
  slipId: string;
  /** The facts the slip now prints (`slip-version.ts`), when this run made or checked it. */
  slipFacts?: string;
  /** An existing slip was made again: the task's facts had changed since. */
  slipRenewed?: boolean;
  qrDataUrl: string;
  /** The sharing now set on the folder, when this run set it. */
  shared?: Record<string, DriveRole>;
  shareFailures: { email: string; reason: string; noAccount: boolean }[];
  sharingChanged: boolean;
  templateFallback: boolean;
  created: number;
  error: string;
}

/** Refuses when the register predates the workspace column: the owner could not be recorded. */
export function requireWorkspaceColumn(table: Table): void {
  if (table.map.workspace === undefined) {
    const col = TASK_COLUMNS.find((c) => c.key === 'workspace')!;
    throw new UserError('ws.missingColumn', { column: col.vi });
  }
}

/** The year the task's folder goes under: its id's year (NV-2026-…), else the year it was assigned. */
function yearOf(task: Task, ctx: ActionContext): number {
  return parseTaskId(task.id)?.year ?? ymdFromDay(task.assignedDay ?? ctx.today).year;
}

/** People-facing words for a failed Drive call. */
export function failureReason(e: unknown, ctx: ActionContext): string {
  const lang = ctx.settings.language;
  if (e instanceof UserError) return e.text(lang);
  const owner = ctx.me.email;
  switch (classifyDriveError(e)) {
    case 'quota':
      return t(lang, 'ws.err.quota', { owner });
    case 'rate':
      return t(lang, 'ws.err.rate');
    case 'transient':
      return t(lang, 'ws.err.transient');
    case 'notFound':
      return t(lang, 'ws.err.notFound');
    case 'denied':
      return t(lang, 'ws.err.denied', { owner });
    default:
      return t(lang, 'ws.err.other', { detail: driveDetail(e) });
  }
}

/**
 * Makes Drive's sharing of the folder match `desired`: removes, changes, adds. A person Drive refuses
 * (no Google account behind the address, a malformed address) is reported and skipped; any other
 * failure stops the run (the next one lists the permissions again and carries on).
 */
export function applySharing(
  folderId: string,
  current: readonly CurrentPermission[],
  desired: ReadonlyMap<string, DriveRole>,
  ctx: ActionContext,
): {
  shared: Record<string, DriveRole>;
  failures: Progress['shareFailures'];
  added: number;
  removed: number;
  changed: number;
} {
  const plan = planSharing(current, desired);
  for (const r of plan.remove) removePermission(folderId, r.id);
  for (const c of plan.change) changePermission(folderId, c.id, c.role);
  const failures: Progress['shareFailures'] = [];
  for (const a of plan.add) {
    try {
      addPermission(folderId, a.email, a.role);
    } catch (e) {
      const kind = classifyDriveError(e);
      if (kind !== 'noAccount' && kind !== 'other') throw e;
      failures.push({ email: a.email, reason: failureReason(e, ctx), noAccount: kind === 'noAccount' });
    }
  }
  const failed = new Set(failures.map((f) => f.email));
  const shared = Object.fromEntries([...desired].filter(([e]) => !failed.has(e)));
  return {
    shared,
    failures,
    added: plan.add.length - failures.length,
    removed: plan.remove.length,
    changed: plan.change.length,
  };
}

/** The sentence about people Drive would not share with, '' when there are none. */
export function shareFailureText(failures: Progress['shareFailures'], ctx: ActionContext): string {
  const lang = ctx.settings.language;
  const parts: string[] = [];
  const noAccount = failures.filter((f) => f.noAccount).map((f) => f.email);
  if (noAccount.length) parts.push(t(lang, 'ws.noAccount', { emails: noAccount.join(', ') }));
  for (const f of failures.filter((x) => !x.noAccount))
    parts.push(t(lang, 'ws.shareFailed', { emails: f.email, reason: f.reason }));
  return parts.join(' ');
}

function childrenOf(store: TaskStore, id: string): Task[] {
  return store.tasks.filter((t) => t.parentId === id);
}

/** Creates what is missing of the task's workspace, records it in the row, and says what happened. */
export function ensureWorkspace(
  ss: Spreadsheet,
  store: TaskStore,
  ctx: ActionContext,
  id: string,
): WorkspaceOutcome {
  const { task, index } = findTask(store, id);
  requireWorkspaceColumn(store.table);
  const lang = ctx.settings.language;
  const me = ctx.me.email;
  let rec = parseWorkspaceRecord(task.workspace);
  let fresh = false;
  if (rec.owner && rec.owner !== me) {
    if (!ownerGone(ctx.dir, rec.owner)) {
      const owner = ctx.dir.person(rec.owner)?.name || rec.owner;
      throw new UserError('ws.otherOwner', { id: task.id, owner, action: t(lang, 'ui.ws.retry') });
    }
    // The owner left: their folder can never be reached again; start a new one under this account.
    rec = parseWorkspaceRecord('');
    fresh = true;
  }

  const registerId = ss.getId();
  const year = yearOf(task, ctx);
  const facts = factsOfTask(task, ctx.dir, ctx.settings);
  const today = formatDay(ctx.today);
  const props = (kind: ArtefactKind): Record<string, string> => ({
    [PROP.register]: registerId,
    [PROP.task]: task.id,
    [PROP.kind]: kind,
  });
  const p: Progress = {
    slipId: '',
    qrDataUrl: '',
    shareFailures: [],
    sharingChanged: false,
    templateFallback: false,
    created: 0,
    error: '',
  };

  try {
    const found = listArtefacts(registerId, task.id, year);
    const ofKind = (kind: ArtefactKind) =>
      found.filter((f) => f.appProperties[PROP.task] === task.id && f.appProperties[PROP.kind] === kind);
    const folders = ofKind('folder');
    p.folder = folders.find((f) => f.id === task.folderId) ?? folders[0];
    let freshFolder = false;
    if (!p.folder) {
      p.folder = createFolder(
        folderName(facts),
        yearFolder(ss, found, registerId, year, p).id,
        props('folder'),
      );
      p.created++;
      freshFolder = true;
    }
    const folderId = p.folder.id;
    const inFolder = (f: DriveFile) => f.parents.includes(folderId);
    const docs = ofKind('doc').filter(inFolder);
    p.doc = docs.find((f) => f.id === task.docId) ?? docs[0];
    if (!p.doc) {
      p.doc = makeDoc(facts, ctx, folderId, props('doc'), p, {
        today,
        related: task.docId ? '' : task.driveLink,
      });
      p.created++;
    }
    const link = p.doc.webViewLink || docUrl(p.doc.id);
    p.qrDataUrl = qrPngDataUrl(link);
    const slip = ofKind('slip').filter(inFolder)[0];
    const printed = slipFingerprint(facts);
    if (slip) {
      p.slipId = slip.id;
      // The task changed since the slip was made (an extension, an edit): the PDF follows it.
      if (rec.slip !== slip.id || rec.slipFacts !== printed) {
        replaceBlobContent(slip.id, slipPdf(facts, lang, link, p.qrDataUrl, today));
        p.slipRenewed = true;
      }
    } else {
      p.slipId = createBlobFile(slipPdf(facts, lang, link, p.qrDataUrl, today), folderId, props('slip')).id;
      p.created++;
    }
    p.slipFacts = printed;
    // A folder made just now has its owner only: no need to ask Drive.
    const current = freshFolder ? [] : listPermissions(folderId);
    const desired = desiredSharing(task, childrenOf(store, task.id), ctx.dir, ctx.settings, me);
    const result = applySharing(folderId, current, desired, ctx);
    p.shared = result.shared;
    p.shareFailures = result.failures;
    p.sharingChanged = result.added + result.removed + result.changed > 0;
  } catch (e) {
    p.error = failureReason(e, ctx);
  }

  writeRow(store, index, task, ctx, rec, fresh, p);
  const complete = !p.error && !!p.folder && !!p.doc && !!p.slipId;
  const parts = [
    p.error
      ? t(lang, 'ws.failed', { id: task.id, reason: p.error })
      : t(lang, p.created > 0 ? 'ws.created' : p.slipRenewed ? 'ws.slipRenewed' : 'ws.exists', {
          id: task.id,
        }),
  ];
  if (p.templateFallback) parts.push(t(lang, 'ws.templateFallback', { owner: me }));
  const failures = shareFailureText(p.shareFailures, ctx);
  if (failures) parts.push(failures);
  return {
    complete,
    changed: p.created > 0 || p.sharingChanged || !!p.slipRenewed,
    message: parts.join(' '),
  };
}

/** The slip as a one-page PDF. */
function slipPdf(
  facts: TaskFacts,
  lang: ActionContext['settings']['language'],
  link: string,
  qrDataUrl: string,
  today: string,
): GoogleAppsScript.Base.Blob {
  const html = slipHtml(facts, lang, { qrDataUrl, link, today });
  return Utilities.newBlob(html, 'text/html', 'slip.html')
    .getAs('application/pdf')
    .setName(slipName(facts, lang));
}

/**
 * After an action on the task by the folder's creator (an extension approved, the title or the people
 * edited): the slip PDF is made again when what it prints changed. Only the creator's account can
 * replace it (`drive.file` access is per account): for anyone else the record keeps the old
 * fingerprint, so the slip is made again at the creator's next action on the task (or "Thử lại"), and
 * the reply says so. Never throws: the action has succeeded already.
 */
export function renewSlipIfStale(
  store: TaskStore,
  ctx: ActionContext,
  id: string,
): { ok: boolean; message: string } | null {
  const task = store.tasks.find((x) => x.id === id);
  if (!task || task.confidential || !task.folderId) return null;
  const rec = parseWorkspaceRecord(task.workspace);
  if (!rec.slip) return null;
  const facts = factsOfTask(task, ctx.dir, ctx.settings);
  const printed = slipFingerprint(facts);
  if (rec.slipFacts === printed) return null;
  const lang = ctx.settings.language;
  if (rec.owner !== ctx.me.email) {
    const owner = ctx.dir.person(rec.owner)?.name || rec.owner || '?';
    return { ok: false, message: t(lang, 'ws.slipStale', { id: task.id, owner }) };
  }
  try {
    const link = task.driveLink || (task.docId ? docUrl(task.docId) : '');
    replaceBlobContent(
      rec.slip,
      slipPdf(facts, lang, link, link ? qrPngDataUrl(link) : '', formatDay(ctx.today)),
    );
  } catch (e) {
    return { ok: false, message: t(lang, 'ws.failed', { id: task.id, reason: failureReason(e, ctx) }) };
  }
  rec.slipFacts = printed;
  const workspace = formatWorkspaceRecord(rec);
  try {
    const index = relocateRow(store, task.id, findTask(store, id).index);
    writeColumns(store.table, ['workspace'], new Map([[index, { workspace }]]));
  } catch {
    // The slip is new already; unrecorded, it is only made once more at the next action.
  }
  task.workspace = workspace;
  return { ok: true, message: t(lang, 'ws.slipRenewed', { id: task.id }) };
}

/** The register's folder for the year, made (with the register's root folder) when missing. */
export function yearFolder(
  ss: Spreadsheet,
  found: DriveFile[],
  registerId: string,
  year: number,
  p: { created: number },
): DriveFile {
  const folder = (key: string) =>
    found.find((f) => f.mimeType === FOLDER_MIME && f.appProperties[PROP.folder] === key);
  const existing = folder(`year:${year}`);
  if (existing) return existing;
  let root = folder('root');
  if (!root) {
    root = createFolder(`${t('vi', 'app.name')} – ${ss.getName()}`, 'root', {
      [PROP.register]: registerId,
      [PROP.folder]: 'root',
    });
    p.created++;
  }
  const made = createFolder(String(year), root.id, {
    [PROP.register]: registerId,
    [PROP.folder]: `year:${year}`,
  });
  p.created++;
  return made;
}

/**
 * The working document: the agency's template filled in when one is set and this account can read it
 * (else the built-in one, and the reply says so), converted by Drive from HTML.
 */
function makeDoc(
  facts: TaskFacts,
  ctx: ActionContext,
  folderId: string,
  appProperties: Record<string, string>,
  p: Progress,
  opts: { today: string; related: string },
): DriveFile {
  const lang = ctx.settings.language;
  let html: string | null = null;
  if (ctx.settings.docTemplate) {
    try {
      html = fillTemplate(exportHtml(ctx.settings.docTemplate), facts, lang);
    } catch (e) {
      const kind = classifyDriveError(e);
      if (kind !== 'notFound' && kind !== 'denied') throw e;
      p.templateFallback = true;
    }
  }
  html ??= builtinDocHtml(facts, lang, opts);
  return createDocFromHtml(docName(facts), html, folderId, appProperties);
}

/**
 * One write of the row's Drive cells (adjacent at the end of the sheet): what this run found or made,
 * and what earlier runs recorded where this one did not get that far.
 */
function writeRow(
  store: TaskStore,
  index: number,
  task: Task,
  ctx: ActionContext,
  rec: WorkspaceRecord,
  fresh: boolean,
  p: Progress,
): void {
  const keep = (v: string) => (fresh ? '' : v);
  const link = p.doc ? p.doc.webViewLink || docUrl(p.doc.id) : keep(task.driveLink);
  const record: WorkspaceRecord = {
    owner: p.folder ? ctx.me.email : rec.owner,
    slip: p.slipId || keep(rec.slip),
    slipFacts: p.slipFacts ?? keep(rec.slipFacts),
    shared: p.shared ?? (fresh ? {} : rec.shared),
    error: p.error,
    templateFallback: p.templateFallback || (!p.doc && rec.templateFallback),
  };
  const cells: Record<string, unknown> = {
    driveLink: link,
    folderId: p.folder?.id ?? keep(task.folderId),
    docId: p.doc?.id ?? keep(task.docId),
    workspace: formatWorkspaceRecord(record),
  };
  const table = store.table;
  index = relocateRow(store, task.id, index);
  const shownQr = table.map.qr === undefined ? '' : table.rows[index][table.map.qr];
  const hasImage = shownQr !== '' && typeof shownQr === 'object';
  const image =
    link && p.qrDataUrl && (link !== task.driveLink || !hasImage)
      ? qrCellImage(p.qrDataUrl, t(ctx.settings.language, 'ui.ws.qrAlt', { id: task.id }))
      : null;
  // Unchanged, the shown image is written back so that the block stays one range.
  cells.qr = image ?? (link ? shownQr : '');
  try {
    writeColumns(table, Object.keys(cells), new Map([[index, cells]]));
  } catch (e) {
    // Sheets refusing the image must not lose the ids: the link column still leads to the document.
    if (!image) throw e;
    cells.qr = '';
    writeColumns(table, Object.keys(cells), new Map([[index, cells]]));
  }
  Object.assign(task, {
    driveLink: String(cells.driveLink),
    folderId: String(cells.folderId),
    docId: String(cells.docId),
    workspace: String(cells.workspace),
  });
}

/**
 * The QR code as an in-cell image. `setSourceUrl` is documented for URLs; data URLs work in public
 * code but are unconfirmed (docs/platform.md), so a refusal leaves the cell empty instead of failing
 * the run. An `=IMAGE()` formula is no alternative: it needs a public URL, and the document is private.
 */
function qrCellImage(dataUrl: string, alt: string): GoogleAppsScript.Spreadsheet.CellImage | null {
  try {
    return SpreadsheetApp.newCellImage().setSourceUrl(dataUrl).setAltTextTitle(alt).build();
  } catch {
    return null;
  }
}
