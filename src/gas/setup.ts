/**
 * "Thiết lập sổ theo dõi": makes the active spreadsheet a task register. Safe to run again at any time:
 * it creates what is missing (sheets, columns, settings rows, holidays for the current and next year)
 * and never rewrites or duplicates what is there. A sheet of one of our names whose content is not ours
 * is left untouched and reported.
 */
import { contextChanged } from './context-cache';
import {
  COLUMN_METADATA_KEY,
  HOLIDAY_KIND_LABELS,
  ROLE_LABELS,
  SHEETS,
  TASK_COLUMNS,
  type ColumnDef,
  type SheetDef,
  type SheetKey,
} from '../core/schema';
import { looksLikeOurSheet, resolveColumns } from '../core/columns';
import { t, UserError } from '../core/messages';
import { DEFAULT_SETTINGS, SETTING_DEFS, SETTING_KEYS } from '../core/settings';
import { prefillHolidays } from '../core/holidays';
import { dayOfInstant, instantOfDayStart, ymdFromDay, VN_OFFSET_MINUTES } from '../core/civil-date';
import { isDateValue } from '../core/values';
import { keepAsText } from '../core/parse';
import { columnLetter } from '../core/a1';
import {
  adjacentRuns,
  appendRows,
  cell,
  findSheet,
  forgetColumnMap,
  freshTable,
  metadataPositions,
  rememberSheet,
  type Table,
  readTable,
  usesColumnMetadata,
} from './table';
import { peopleOf, readStaff, sessionEmail } from './identity';
import { withDocumentLock } from './lock';
import { appendAudit } from './audit';
import { createQueueSheet, dropUnusedColumns, NEW_SHEET_COLUMNS } from './reminders/sheets';
import {
  applyTaskSheetRules,
  applyValidations,
  COMPUTED_PROTECTION,
  protectComputedColumns,
} from './sheet-format';
import { todayVN, VN_TIME_ZONE } from './time';
import { checkCopy, recordRegisterId, resetCopiedProperties } from './template-copy';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SetupResult {
  ok: boolean;
  message: string;
  created: string[];
  extended: string[];
  foreign: string[];
}

/** The order matters: the units' and tasks' dropdowns point at the staff and units sheets. */
const ORDER: SheetKey[] = [
  'settings',
  'staff',
  'units',
  'holidays',
  'tasks',
  'audit',
  'plans',
  'evaluations',
];

const HEADER_BACKGROUND = '#e8eaed';

export interface SetupOptions {
  /**
   * The agency's name (`Tên cơ quan`, printed on slips, reports and e-mails), asked for at setup: written
   * to the settings when given and different; blank or absent leaves the setting as it is.
   */
  agencyName?: unknown;
}

/** The agency's name as given to setup: trimmed, at most 200 characters; '' when none was given. */
export function agencyNameOf(given: unknown): string {
  if (given === undefined || given === null) return '';
  if (typeof given !== 'string') throw new UserError('setup.badAgencyName', {}, [], 'vi');
  const name = given.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (name.length > 200) throw new UserError('setup.badAgencyName', {}, [], 'vi');
  return name;
}

/** The agency's name in the settings sheet; '' when there is none (or no settings sheet yet). */
export function registeredAgencyName(ss: Spreadsheet): string {
  if (!ss.getSheetByName(SHEETS.settings.vi)) return '';
  try {
    const table = readTable(ss, SHEETS.settings);
    const row = table.rows.find((r) => String(cell(table, r, 'key')).trim() === 'agencyName');
    return row ? String(cell(table, row, 'value')).trim() : '';
  } catch {
    return ''; // a settings sheet setup cannot read: setup reports it, the question may be asked
  }
}

export function setupRegister(options: SetupOptions = {}): SetupResult {
  const email = sessionEmail();
  if (!email) throw new UserError('auth.noEmail');
  const agencyName = agencyNameOf(options.agencyName);
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    // One look at the sheet names instead of asking for each of ours (a new spreadsheet has one sheet).
    const names = new Set<string>();
    for (const sheet of ss.getSheets()) {
      const name = sheet.getName();
      names.add(name);
      const def = Object.values(SHEETS).find((d) => d.vi === name);
      if (def) rememberSheet(def, sheet);
    }
    const present = (def: SheetDef) => names.has(def.vi);
    const owner = (ss.getOwner()?.getEmail() ?? '').toLowerCase();
    // A copy of a register (template-copy.ts): its first setup is the copier's, who becomes an admin
    // beside the template's (kept); a copy that came with no property at all lets in its owner only.
    const copy = checkCopy(ss, present(SHEETS.staff));
    const takeOver = copy.copy && (!copy.bare || owner === email);
    if (takeOver) resetCopiedProperties(ss);
    else requireAdminIfStaffExists(ss, email, present(SHEETS.staff));
    // Recorded first: a setup Google interrupts half-way is completed by the next one, not taken for a
    // copy (its staff sheet would exist with no audit record yet).
    if (!copy.copy && !copy.recorded) recordRegisterId(ss);
    if (ss.getSpreadsheetTimeZone() !== VN_TIME_ZONE) ss.setSpreadsheetTimeZone(VN_TIME_ZONE);

    const done: string[] = [];
    const result: SetupResult = { ok: true, message: '', created: [], extended: [], foreign: [] };
    const sheets: Partial<Record<SheetKey, Sheet>> = {};
    for (const key of ORDER) {
      const def = SHEETS[key];
      const outcome = ensureSheet(ss, def, present(def));
      if (outcome.kind === 'foreign') {
        result.foreign.push(def.vi);
        continue;
      }
      sheets[key] = outcome.sheet;
      if (key === 'tasks' && (outcome.kind === 'created' || outcome.refit)) formatNewTaskSheet(outcome.sheet);
      if (outcome.kind === 'created') {
        result.created.push(def.vi);
        done.push(t('vi', 'setup.createdSheet', { sheet: def.vi }));
      } else if (outcome.added > 0) {
        result.extended.push(def.vi);
        done.push(t('vi', 'setup.addedColumns', { sheet: def.vi, count: outcome.added }));
      }
    }
    // Remember where the new sheets' columns are, so the first read need not resolve their metadata.
    for (const key of ['tasks', 'units'] as const) {
      if (result.created.includes(SHEETS[key].vi)) freshTable(sheets[key]!, SHEETS[key], NEW_SHEET_ROWS);
    }
    const tableOf = (key: SheetKey) =>
      result.created.includes(SHEETS[key].vi)
        ? freshTable(sheets[key]!, SHEETS[key], NEW_SHEET_ROWS)
        : readTable(ss, SHEETS[key]);
    const settings = sheets.settings ? tableOf('settings') : null;
    const agencyNamed = settings ? fillSettings(settings, agencyName) : false;
    if (sheets.holidays) {
      const added = fillHolidays(tableOf('holidays'));
      if (added.count > 0)
        done.push(t('vi', 'setup.holidaysAdded', { count: added.count, years: added.years }));
    }
    const staff = sheets.staff ? tableOf('staff') : null;
    if (staff && (takeOver ? addCopyAdmin(staff, email) : addFirstAdmin(staff, email)))
      done.push(t('vi', 'setup.adminAdded', { email }));
    // The sheets that decide who may do what are edited by the administrators only.
    if (staff) {
      const admins = peopleOf(staff)
        .filter((p) => p.role === 'admin' && p.active)
        .map((p) => p.email);
      for (const key of ADMIN_SHEETS) {
        const sheet = sheets[key];
        if (sheet) protectForAdmins(sheet, admins, owner);
      }
    }
    // After the protections, which list the administrator running setup.
    if (settings && agencyName && (writeAgencyName(settings, agencyName) || agencyNamed))
      done.push(t('vi', 'setup.agencyName', { name: agencyName }));
    // The hidden queue of notifications (assignments, decisions) that the hourly job sends. Made here
    // so that the first assignment of a new register costs no more than the others.
    if (!present(SHEETS.notifyQueue)) createQueueSheet(ss);
    // Setup may have added settings, holidays or the first admin; running it again is also how an
    // administrator applies a hand edit at once: the cached context is renewed either way.
    contextChanged();

    const parts = [
      done.length ? t('vi', 'setup.done', { created: done.join('; ') }) : t('vi', 'setup.nothingNew'),
    ];
    if (takeOver) parts.push(t('vi', 'setup.copy', { email }));
    for (const name of result.foreign) parts.push(t('vi', 'setup.foreignSheet', { sheet: name }));
    result.ok = result.foreign.length === 0;
    result.message = parts.join(' ');
    // Setup changes the register too: what it did is recorded like every other change.
    if ((done.length > 0 || takeOver) && sheets.audit) {
      appendAudit(
        ss,
        [
          {
            actor: email,
            taskId: '',
            action: t('vi', 'audit.setup'),
            before: '',
            after: result.message,
            note: '',
          },
        ],
        new Date(),
        { toSheet: true },
      );
    }
    return result;
  });
}

/**
 * Once the staff sheet names an administrator, only administrators may run setup again. A staff sheet
 * whose columns cannot be read (its role or e-mail column deleted, say) names nobody for sure: then only
 * the spreadsheet's owner may run setup to repair it, never "anyone, since no administrator is known".
 */
function requireAdminIfStaffExists(ss: Spreadsheet, email: string, staffExists: boolean): void {
  if (!staffExists) return;
  let people;
  try {
    people = readStaff(ss).people;
  } catch (e) {
    const owner = (ss.getOwner()?.getEmail() ?? '').trim().toLowerCase();
    if (owner && owner === email) return; // the owner repairs the sheet with this very setup
    throw e;
  }
  const admins = people.filter((p) => p.role === 'admin' && p.active);
  if (admins.length === 0) return;
  if (!admins.some((p) => p.email === email)) {
    const me = people.find((p) => p.email === email);
    throw new UserError('auth.notAdmin', { email, role: me ? ROLE_LABELS[me.role].vi : '—' }, [], 'vi');
  }
}

type EnsureOutcome =
  | { kind: 'created'; sheet: Sheet }
  /** `refit`: a task sheet with no task yet, its columns in schema order: formatted again (a setup
   * Google interrupted may have left it half-formatted; formatting again replaces, never adds). */
  | { kind: 'ours'; sheet: Sheet; added: number; refit?: boolean }
  | { kind: 'foreign' };

function ensureSheet(ss: Spreadsheet, def: SheetDef, exists: boolean): EnsureOutcome {
  const existing = exists ? findSheet(ss, def) : null;
  if (!existing) {
    const sheet = ss.insertSheet(def.vi);
    rememberSheet(def, sheet);
    addColumns(ss, sheet, def, def.columns, 1, true);
    // The audit only grows: each line takes the grid's whole width toward the 10-million-cell limit.
    if (def.key === 'audit') dropUnusedColumns(sheet, def.columns.length, { maxColumns: NEW_SHEET_COLUMNS });
    return { kind: 'created', sheet };
  }
  const lastColumn = existing.getLastColumn();
  if (lastColumn === 0) {
    // Empty (made by a setup Google interrupted, or by hand): filled as a new one.
    addColumns(ss, existing, def, def.columns, 1, false);
    return { kind: 'created', sheet: existing };
  }
  if (def.key === 'audit') dropUnusedColumns(existing, def.columns.length, { lastColumn });
  const header = lastColumn > 0 ? existing.getRange(1, 1, 1, lastColumn).getValues()[0] : [];
  const fromMetadata = usesColumnMetadata(def) ? metadataPositions(existing) : new Map<string, number>();
  if (fromMetadata.size === 0 && !looksLikeOurSheet(def, header)) return { kind: 'foreign' };
  const { map, missing } = resolveColumns(def, header, fromMetadata);
  // An empty "Mật" column in place of a lost one would show every confidential task to everyone.
  const secret = def.key === 'tasks' && missing.find((c) => c.key === 'confidential');
  if (secret && existing.getLastRow() > 1)
    throw new UserError('setup.confidentialLost', { sheet: def.vi, column: secret.vi });
  if (usesColumnMetadata(def)) {
    // Columns found by their header text get their metadata back, so a later rename cannot lose them.
    tagColumns(
      existing,
      def.columns
        .filter((c) => c.key in map && !fromMetadata.has(c.key))
        .map((c) => ({ column: map[c.key] + 1, key: c.key })),
    );
  }
  if (missing.length > 0) {
    addColumns(ss, existing, def, missing, Math.max(lastColumn, 0) + 1, false);
    forgetColumnMap(def);
  }
  const refit =
    def.key === 'tasks' && def.columns.every((c, i) => map[c.key] === i) && existing.getLastRow() <= 1;
  return { kind: 'ours', sheet: existing, added: missing.length, refit };
}

/** Colours and protections of a new task sheet (its columns are in schema order). */
function formatNewTaskSheet(tasks: Sheet): void {
  // Ours that an interrupted setup left are replaced (a new sheet has none).
  for (const p of tasks.getProtections(SpreadsheetApp.ProtectionType.RANGE))
    if (p.getDescription() === COMPUTED_PROTECTION) p.remove();
  const keys = TASK_COLUMNS.map((c) => c.key as string);
  applyTaskSheetRules(tasks, keys.indexOf('status') + 1, keys.length);
  const computed = TASK_COLUMNS.flatMap((c, i) => ('computed' in c && c.computed ? [i] : []));
  protectComputedColumns(
    tasks,
    adjacentRuns(computed).map((r) => ({ start: r.start + 1, length: r.length })),
  );
}

/**
 * Tags columns with their key. A RangeList hands back every column's range in two calls, so tagging
 * costs one call per column instead of two.
 */
function tagColumns(sheet: Sheet, tags: readonly { column: number; key: string }[]): void {
  if (tags.length === 0) return;
  const ranges = sheet
    .getRangeList(tags.map((t) => `${columnLetter(t.column)}:${columnLetter(t.column)}`))
    .getRanges();
  const visibility = SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT;
  ranges.forEach((r, i) => r.addDeveloperMetadata(COLUMN_METADATA_KEY, tags[i].key, visibility));
}

/** A new sheet from insertSheet has 1,000 rows and 26 columns, as in the Sheets UI. */
const NEW_SHEET_ROWS = 1000;

/** Writes headers, formats and metadata for `cols`, starting at 1-based column `start`. */
function addColumns(
  ss: Spreadsheet,
  sheet: Sheet,
  def: SheetDef,
  cols: readonly ColumnDef[],
  start: number,
  isNew: boolean,
): void {
  const needed = start + cols.length - 1;
  const maxColumns = isNew ? 26 : sheet.getMaxColumns();
  if (needed > maxColumns) sheet.insertColumnsAfter(maxColumns, needed - maxColumns);
  const header = sheet.getRange(1, start, 1, cols.length);
  header
    .setValues([cols.map((c) => c.vi)])
    .setFontWeight('bold')
    .setBackground(HEADER_BACKGROUND);
  if (cols.some((c) => c.help)) header.setNotes([cols.map((c) => c.help ?? '')]);
  if (isNew) sheet.setFrozenRows(1);
  const rows = (isNew ? NEW_SHEET_ROWS : sheet.getMaxRows()) - 1;
  if (rows > 0 && cols.some((c) => FORMAT_BY_KIND[c.kind])) {
    sheet.getRange(2, start, rows, cols.length).setNumberFormats(numberFormats(cols, rows));
  }
  setWidths(sheet, cols, start);
  applyValidations(ss, sheet, def, cols, start, rows);
  if (usesColumnMetadata(def))
    tagColumns(
      sheet,
      cols.map((c, i) => ({ column: start + i, key: c.key })),
    );
  for (const run of adjacentRuns(cols.flatMap((c, i) => (c.hidden ? [start + i] : [])))) {
    sheet.hideColumns(run.start, run.length);
  }
  if (def.addOnOnly && isNew) protectAddOnSheet(sheet, def.key === 'audit');
}

const FORMAT_BY_KIND: Partial<Record<ColumnDef['kind'], string>> = {
  date: 'dd/MM/yyyy',
  datetime: 'dd/MM/yyyy HH:mm:ss',
  integer: '0',
  percent: '0%',
};

function numberFormats(cols: readonly ColumnDef[], rows: number): string[][] {
  const row = cols.map((c) => FORMAT_BY_KIND[c.kind] ?? 'General');
  return Array.from({ length: rows }, () => row);
}

/** Most columns share a standard width (one call); the wide ones get their own. */
const STANDARD_WIDTH = 130;
const WIDE = 240;
function setWidths(sheet: Sheet, cols: readonly ColumnDef[], start: number): void {
  sheet.setColumnWidths(start, cols.length, STANDARD_WIDTH);
  cols.forEach((c, i) => {
    if (c.width >= WIDE) sheet.setColumnWidth(start + i, c.width);
  });
}

/**
 * Apps Script runs as the person using it, so a sheet that blocked everyone but the add-on would block
 * the add-on too. The audit sheet is therefore protected with a warning, and every line carries a hash
 * of the line before it: editing or deleting a line by hand is detected (see audit.ts).
 */
function protectAddOnSheet(sheet: Sheet, audit: boolean): void {
  sheet
    .protect()
    .setWarningOnly(true)
    .setDescription(
      audit
        ? 'Nhật ký do Nhắc Việc ghi. Không sửa tay: mọi thay đổi sẽ bị phát hiện qua mã kiểm tra.'
        : 'Trang do Nhắc Việc ghi: hãy sửa trong bảng Nhắc Việc (mọi thay đổi được ghi vào Nhật ký).',
    );
}

/**
 * The sheets only administrators change: who works here and in what role, the units and who answers
 * for them, the settings, the days off. Whatever reads them decides who sees and does what.
 */
const ADMIN_SHEETS = ['staff', 'units', 'settings', 'holidays'] as const satisfies readonly SheetKey[];

const ADMIN_SHEET_DESCRIPTION =
  'Chỉ quản trị viên (vai trò "Quản trị (văn phòng)" trong sheet Cán bộ) và chủ sở hữu sửa được sheet này. ' +
  'Danh sách người được sửa cập nhật mỗi lần chạy Thiết lập sổ theo dõi.';

/**
 * A real protection (not a warning) whose editors are the active administrators of the staff sheet; the
 * spreadsheet's owner can always edit, and Sheets keeps the person running setup (an administrator) on
 * it. Run at every setup, so the editors follow the staff sheet: an administrator added or retired by
 * hand is taken on or off at the next setup. The sheet's one protection is reused, never duplicated.
 */
function protectForAdmins(sheet: Sheet, admins: readonly string[], owner: string): void {
  const protection = sheet.protect();
  if (protection.getDescription() !== ADMIN_SHEET_DESCRIPTION)
    protection.setDescription(ADMIN_SHEET_DESCRIPTION);
  if (protection.isWarningOnly()) protection.setWarningOnly(false);
  const wanted = new Set(admins.map((e) => e.toLowerCase()));
  const current = protection.getEditors().map((u) => u.getEmail().toLowerCase());
  const drop = current.filter((e) => !wanted.has(e) && e !== owner);
  // Always set the editors, even when they look right: until a script changes a new protection's
  // editor list, Google lets it mirror the spreadsheet's sharing, so it protects nothing (an owner who
  // is the only admin would otherwise leave these sheets open to every editor).
  protection.addEditors([...new Set([...wanted, owner].filter(Boolean))]);
  if (drop.length > 0) protection.removeEditors(drop);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}

/** Adds the settings rows missing, the agency's name given to setup in its row; true when it was added. */
function fillSettings(table: Table, agencyName: string): boolean {
  const existing = new Set(table.rows.map((r) => String(cell(table, r, 'key')).trim()));
  const missing = SETTING_KEYS.filter((k) => !existing.has(k));
  appendRows(
    table,
    missing.map((k) => {
      const def = SETTING_DEFS[k];
      return {
        key: k,
        label: def.vi,
        value:
          k === 'agencyName' && agencyName
            ? keepAsText(agencyName)
            : (def.show as (v: unknown) => unknown)(DEFAULT_SETTINGS[k]),
        help: def.help,
      };
    }),
  );
  return missing.includes('agencyName');
}

/**
 * Writes the agency's name given to setup over the `agencyName` row already there (`fillSettings` wrote
 * it into a new row). True when the cell changed.
 */
function writeAgencyName(table: Table, name: string): boolean {
  const i = table.rows.findIndex((r) => String(cell(table, r, 'key')).trim() === 'agencyName');
  if (i < 0) return false;
  const now = String(cell(table, table.rows[i], 'value'))
    .replace(/^'/, '')
    .trim();
  if (now === name) return false;
  table.sheet.getRange(i + 2, table.map.value + 1).setValue(keepAsText(name));
  table.rows[i][table.map.value] = name;
  return true;
}

/** Adds the pre-filled holidays of this year and next, for the years the sheet has none of. */
function fillHolidays(table: Table): { count: number; years: string } {
  const year = ymdFromDay(todayVN()).year;
  const yearsPresent = new Set<number>();
  for (const r of table.rows) {
    const v = cell(table, r, 'date');
    if (isDateValue(v)) yearsPresent.add(ymdFromDay(dayOfInstant(v.getTime(), VN_OFFSET_MINUTES)).year);
  }
  const years = [year, year + 1].filter((y) => !yearsPresent.has(y));
  const rows = years.flatMap((y) =>
    prefillHolidays(y).map((h) => ({
      date: new Date(instantOfDayStart(h.day, VN_OFFSET_MINUTES)),
      name: h.name,
      kind: HOLIDAY_KIND_LABELS[h.kind].vi,
      provisional: h.provisional,
      note: h.provisional ? t('vi', 'holiday.provisional') : (h.source ?? ''),
    })),
  );
  appendRows(table, rows);
  return { count: rows.length, years: years.join(', ') };
}

/**
 * The first person to set up a copy becomes one of its administrators: the template's rows stay (the
 * copier retires them by hand if they are not wanted), a row of theirs is made an active admin, or one
 * is added.
 */
function addCopyAdmin(table: Table, email: string): boolean {
  const me = peopleOf(table).find((p) => p.email === email);
  if (me?.role === 'admin' && me.active) return false;
  if (!me) return addAdminRow(table, email);
  const at = (key: string) => table.sheet.getRange(me.row, table.map[key] + 1);
  at('role').setValue(ROLE_LABELS.admin.vi);
  at('active').setValue(true);
  return true;
}

/** The first person to set up the register becomes its administrator. */
function addFirstAdmin(table: Table, email: string): boolean {
  const people = peopleOf(table);
  if (people.some((p) => p.role === 'admin')) return false;
  return addAdminRow(table, email);
}

function addAdminRow(table: Table, email: string): boolean {
  // An address and a name of digits ("0912345678@gmail.com") stay text (src/core/parse.ts).
  const name = email.split('@')[0];
  appendRows(table, [
    { email: keepAsText(email), name: keepAsText(name), role: ROLE_LABELS.admin.vi, active: true },
  ]);
  return true;
}
