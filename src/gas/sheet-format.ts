/**
 * What setup puts on the sheets besides headers: data validation (dates, dropdowns from the units and
 * staff sheets, checkboxes, 0–100 % progress), the status colours as conditional-format rules, and the
 * warning protections on computed columns.
 *
 * Each rule is built once per kind and all of a sheet's validations are written in one call: builders
 * are Spreadsheet calls too.
 *
 * Rules warn rather than reject: a pasted block with one bad date is kept, shown with Sheets' warning
 * triangle, and listed by the refresh, instead of being refused whole. Apps Script applies "reject"
 * rules to the add-on's own writes too, which would make a bad cell block unrelated updates.
 */
import {
  HOLIDAY_KIND_LABELS,
  ROLE_LABELS,
  SHEETS,
  type ColumnDef,
  type ColumnKind,
  type SheetDef,
} from '../core/schema';
import { STATUS_COLOURS, STATUS_LABELS_EN, STATUS_LABELS_VI, type TaskStatus } from '../core/status';
import { columnLetter } from '../core/a1';
import { findSheet } from './table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

/** Rules by kind, built once per execution and shared by every sheet (builder calls are Spreadsheet calls). */
const ruleCache = new Map<ColumnKind, Rule | null>();

export function applyValidations(
  ss: Spreadsheet,
  sheet: Sheet,
  def: SheetDef,
  cols: readonly ColumnDef[],
  start: number,
  rows: number,
): void {
  const ruleFor = (kind: ColumnKind): Rule | null => {
    // A rule that could not be built yet (its source sheet comes later) is tried again next time.
    if (!ruleCache.get(kind)) ruleCache.set(kind, buildRule(ss, kind));
    return ruleCache.get(kind) ?? null;
  };
  // Computed columns hold what the add-on writes (days left may be negative): no rule for them.
  // The staff sheet's own e-mail column is the list itself.
  const row = cols.map((c) =>
    c.computed || (def.key === 'staff' && c.kind === 'email') ? null : ruleFor(c.kind),
  );
  if (rows < 1 || row.every((r) => r === null)) return;
  sheet.getRange(2, start, rows, cols.length).setDataValidations(Array.from({ length: rows }, () => row));
}

/** `setAllowInvalid` is left at its default (true): a bad value gets a warning, not a refusal. */
function buildRule(ss: Spreadsheet, kind: ColumnKind): Rule | null {
  const builder = () => SpreadsheetApp.newDataValidation();
  switch (kind) {
    case 'date':
      return builder().requireDate().build();
    case 'percent':
      // The column is formatted as a percentage: Sheets stores 50 % as 0.5.
      return builder().requireNumberBetween(0, 1).build();
    case 'checkbox':
      return builder().requireCheckbox().build();
    case 'role':
      return builder()
        .requireValueInList(
          Object.values(ROLE_LABELS).map((l) => l.vi),
          true,
        )
        .build();
    case 'holidayKind':
      return builder()
        .requireValueInList(
          Object.values(HOLIDAY_KIND_LABELS).map((l) => l.vi),
          true,
        )
        .build();
    case 'unit': {
      const units = findSheet(ss, SHEETS.units);
      // Unit names are in the second column of a fresh units sheet.
      return units ? builder().requireValueInRange(units.getRange('B2:B'), true).build() : null;
    }
    case 'email': {
      // Assigners, confirmers, leaders, followers and focal points come from the staff sheet's e-mails.
      const staff = findSheet(ss, SHEETS.staff);
      return staff ? builder().requireValueInRange(staff.getRange('A2:A'), true).build() : null;
    }
    default:
      return null;
  }
}

/** Statuses that share a colour share a rule. */
const COLOUR_GROUPS: TaskStatus[][] = [
  ['overdue'],
  ['due_soon'],
  ['done_late'],
  ['awaiting_confirmation'],
  ['done_early', 'done_on_time'],
  ['in_progress', 'ongoing'],
  ['archived'],
];

/**
 * Colours each task row of a new task sheet by its status text, in either language, so switching the
 * language keeps the colours. A formula on the status column (anchored column, relative row) follows
 * the column if users move it, as Sheets adjusts references. The range is open-ended (`A2:AE`), so
 * rows added below keep their colours.
 */
export function applyTaskSheetRules(tasks: Sheet, statusColumn: number, lastColumn: number): void {
  const range = tasks.getRange(`A2:${columnLetter(lastColumn)}`);
  const col = `$${columnLetter(statusColumn)}2`;
  const formula = (group: TaskStatus[]) =>
    `=OR(${group
      .flatMap((s) => [STATUS_LABELS_VI[s], STATUS_LABELS_EN[s]])
      .map((l) => `${col}="${l}"`)
      .join(',')})`;
  // The first rule carries the range; the others copy it (one call fewer each).
  const [first, ...rest] = COLOUR_GROUPS;
  const base = SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(formula(first))
    .setBackground(STATUS_COLOURS[first[0]].background)
    .setRanges([range])
    .build();
  const rules = [
    base,
    ...rest.map((group) =>
      base
        .copy()
        .whenFormulaSatisfied(formula(group))
        .setBackground(STATUS_COLOURS[group[0]].background)
        .build(),
    ),
  ];
  tasks.setConditionalFormatRules(rules);
}

/** The description of the computed columns' protection (how setup knows its own). */
export const COMPUTED_PROTECTION = 'Cột do Nhắc Việc tự tính, không sửa tay';

/** Computed columns get a warning protection: the add-on overwrites them, people should not. */
export function protectComputedColumns(tasks: Sheet, runs: { start: number; length: number }[]): void {
  for (const run of runs) {
    tasks
      .getRange(`${columnLetter(run.start)}:${columnLetter(run.start + run.length - 1)}`)
      .protect()
      .setWarningOnly(true)
      .setDescription(COMPUTED_PROTECTION);
  }
}
