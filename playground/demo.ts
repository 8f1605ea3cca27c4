/**
 * Builds the demo district through the add-on itself, as an office would: the administrator runs
 * `setup` (giving the agency's name), the office fills `Đơn vị`, `Cán bộ` and `Nhiệm vụ` (here in one batch per sheet, through an
 * execution's SpreadsheetApp, values placed by header text), then `refresh` computes statuses and colours.
 */
import { SHEETS, type SheetDef } from '../src/core/schema';
import { demoDistrict, DEMO_ADMIN, DEMO_AGENCY, DEMO_NOW, type DemoDistrict } from './demo-data';
import type { Playground } from './state';

export { DEMO_ADMIN, DEMO_AGENCY, DEMO_NOW } from './demo-data';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Row = Record<string, unknown>;

export interface DemoReport {
  units: number;
  people: number;
  tasks: number;
  /** What could not be done (a missing entry point or column), for the caller to show. */
  warnings: string[];
  setupMessage?: string;
  refreshed: boolean;
}

/** A demo value as a cell value: `{date}` → Date, null → ''. */
function cellValue(v: unknown): unknown {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'date' in (v as object)) return new Date((v as { date: number }).date);
  return v;
}

/** Writes `rows` from row 2 on, each value under the header whose text is the column's `vi` label. */
function writeRows(ss: Spreadsheet, def: SheetDef, rows: Row[], warnings: string[]): void {
  const sheet = ss.getSheetByName(def.vi);
  if (!sheet) {
    warnings.push(`Không có sheet "${def.vi}" sau khi thiết lập.`);
    return;
  }
  if (rows.length === 0) return;
  const width = sheet.getLastColumn();
  const header = sheet
    .getRange(1, 1, 1, width)
    .getValues()[0]
    .map((h) => String(h).trim());
  const keys = Object.keys(rows[0]);
  const at: Record<string, number> = {};
  for (const key of keys) {
    const col = def.columns.find((c) => c.key === key);
    const i = col ? header.indexOf(col.vi) : -1;
    if (i < 0) warnings.push(`Sheet "${def.vi}" không có cột cho "${key}"; bỏ qua.`);
    else at[key] = i;
  }
  const grid = rows.map((r) => {
    const line: unknown[] = new Array(width).fill('');
    for (const [key, i] of Object.entries(at)) line[i] = cellValue(r[key]);
    return line;
  });
  const needed = rows.length + 1;
  if (sheet.getMaxRows() < needed) sheet.insertRowsAfter(sheet.getMaxRows(), needed - sheet.getMaxRows());
  sheet.getRange(2, 1, grid.length, width).setValues(grid);
}

/** Replaces the playground's world with the demo district. */
export function buildDemo(pg: Playground, district: DemoDistrict = demoDistrict()): DemoReport {
  const report: DemoReport = { units: 0, people: 0, tasks: 0, warnings: [], refreshed: false };
  pg.clear({ now: DEMO_NOW });
  pg.meta.user = DEMO_ADMIN;
  for (const p of district.people) {
    pg.world.users[p.email] = { email: p.email, accountType: 'workspace', locale: 'vi' };
  }
  const functions = pg.topLevelFunctions();
  if (!functions.includes('setup'))
    throw new Error('Bản build chưa có hàm setup: không dựng được dữ liệu mẫu.');
  const setup = pg.run<{ message?: string }>('setup', [DEMO_AGENCY], { as: DEMO_ADMIN });
  report.setupMessage = setup.value?.message;

  const { globals, end } = pg.emulator.beginExecution({ as: DEMO_ADMIN });
  try {
    const app = globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const ss = app.getActiveSpreadsheet();
    ss.rename('Sổ theo dõi nhiệm vụ – UBND quận Ngũ Hành Sơn');
    writeRows(ss, SHEETS.units, district.units, report.warnings);
    writeRows(ss, SHEETS.staff, district.people as unknown as Row[], report.warnings);
    writeRows(ss, SHEETS.tasks, district.tasks, report.warnings);
    app.flush();
  } finally {
    end();
  }
  report.units = district.units.length;
  report.people = district.people.length;
  report.tasks = district.tasks.length;

  if (functions.includes('refresh')) {
    pg.run('refresh', [], { as: DEMO_ADMIN });
    report.refreshed = true;
  } else {
    report.warnings.push('Bản build chưa có hàm refresh: trạng thái chưa được tính.');
  }
  // The Thống kê sheet with its charts, as the daily job would leave it (issue 7).
  if (functions.includes('refreshStatisticsSheet')) {
    const stats = pg.run<{ ok: boolean; error?: string }>('refreshStatisticsSheet', [], {
      as: DEMO_ADMIN,
    }).value;
    if (!stats.ok) report.warnings.push(`Thống kê: ${stats.error}`);
  }
  pg.meta.lastTriggerCheck = pg.now;
  return report;
}
