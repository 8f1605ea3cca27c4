/**
 * The reminders' own sheets — the send log and the hidden notification queue — created on first use
 * (installing the reminders creates both, so the daily job normally finds them). Their columns are in
 * schema order and only the add-on writes them (protected with a warning, as the audit sheet), so they
 * are read by position.
 */
import { t } from '../../core/messages';
import { SHEETS, type ColumnDef, type SheetDef } from '../../core/schema';
import { findSheet, rememberSheet } from '../table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const HEADER_BACKGROUND = '#e8eaed';
/**
 * Dates get their formats; text columns keep the default one. Their text stays text by the one rule of
 * src/core/parse.ts (`keepAsText`): never the plain-text format '@', where the apostrophe that marks
 * text would be stored as part of it. Logs made before kept '@' on their text columns: the monthly
 * rotation gives them back the default (send-log.ts).
 */
const FORMATS: Partial<Record<ColumnDef['kind'], string>> = {
  date: 'dd/MM/yyyy',
  datetime: 'dd/MM/yyyy HH:mm:ss',
};

export function ensureSendLog(ss: Spreadsheet): Sheet {
  return findSheet(ss, SHEETS.sendLog) ?? createSheet(ss, SHEETS.sendLog, false);
}

export function ensureQueue(ss: Spreadsheet): Sheet {
  return findSheet(ss, SHEETS.notifyQueue) ?? createQueueSheet(ss);
}

/**
 * The queue is the add-on's own hidden sheet: a header, a warning protection, nothing more. Setup
 * creates it, so the first assignment of a new register costs no more than the others.
 */
export function createQueueSheet(ss: Spreadsheet): Sheet {
  const def = SHEETS.notifyQueue;
  // Hidden at once, so where it is inserted does not matter.
  const sheet = ss.insertSheet(def.vi);
  rememberSheet(def, sheet);
  sheet.getRange(1, 1, 1, def.columns.length).setValues([def.columns.map((c) => c.vi)]);
  dropUnusedColumns(sheet, def.columns.length, { maxColumns: NEW_SHEET_COLUMNS });
  sheet.protect().setWarningOnly(true);
  sheet.hideSheet();
  return sheet;
}

/** Columns of a sheet Sheets has just inserted. */
export const NEW_SHEET_COLUMNS = 26;

/**
 * Deletes the grid's columns beyond `width` when they hold nothing. A new sheet has 26 columns, and
 * Google's 10-million-cell limit counts every cell of the grid: a log line of 9 values would take 26
 * cells. One structural call, and a light one to know the grid's width unless the caller knows it (a
 * sheet just inserted).
 */
export function dropUnusedColumns(
  sheet: Sheet,
  width: number,
  known: { lastColumn?: number; maxColumns?: number } = {},
): void {
  const max = known.maxColumns ?? sheet.getMaxColumns();
  if (max <= width || (known.lastColumn ?? 0) > width) return;
  sheet.deleteColumns(width + 1, max - width);
}

function createSheet(ss: Spreadsheet, def: SheetDef, hidden: boolean): Sheet {
  // insertSheet makes the new sheet active: give the person at the keyboard their sheet back.
  const active = ss.getActiveSheet();
  const sheet = ss.insertSheet(def.vi, ss.getNumSheets());
  if (active) ss.setActiveSheet(active);
  const cols = def.columns;
  sheet
    .getRange(1, 1, 1, cols.length)
    .setValues([cols.map((c) => c.vi)])
    .setFontWeight('bold')
    .setBackground(HEADER_BACKGROUND);
  sheet.setFrozenRows(1);
  dropUnusedColumns(sheet, cols.length, { maxColumns: NEW_SHEET_COLUMNS });
  const rows = sheet.getMaxRows() - 1;
  cols.forEach((c, i) => {
    const format = FORMATS[c.kind];
    if (format && rows > 0) sheet.getRange(2, i + 1, rows, 1).setNumberFormat(format);
    sheet.setColumnWidth(i + 1, c.width);
    if (c.hidden) sheet.hideColumns(i + 1);
  });
  sheet
    .protect()
    .setWarningOnly(true)
    .setDescription(t('vi', def.key === 'sendLog' ? 'reminderLog.protection' : 'notifyQueue.protection'));
  if (hidden) sheet.hideSheet();
  return sheet;
}

/** 0-based position of a column in one of these sheets. */
export function columnIndex(def: SheetDef, key: string): number {
  const i = def.columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`no column ${key} in ${def.key}`);
  return i;
}
