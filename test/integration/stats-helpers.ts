/** The Ngũ Hành Sơn register written through the emulator, for the statistics tests on the built bundle. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Emulator } from '../../emulator';
import type { ChartData, SheetData } from '../../emulator/spreadsheet/model';
import { STAFF_COLUMNS, TASK_COLUMNS, UNIT_COLUMNS } from '../../src/core/schema';
import { NHS_ADMIN, NHS_NOW, NHS_PEOPLE, NHS_UNITS, nguHanhSonRegister } from '../helpers/ngu-hanh-son';
import { appendByKey, asUser, expectPlainJson, newEmulator, setSetting } from './helpers';

export const LEADER = 'lanh.dao@nguhanhson.gov.vn';
export const VIEWER = 'xem@nguhanhson.gov.vn';
/** An official of Phòng Tư pháp (NHS03). */
export const OFFICIAL = NHS_PEOPLE.find((p) => p.unit === 'NHS03')!.email;
/** Follows Phòng Kinh tế (NHS05). */
export const FOLLOWER = 'theo.doi@nguhanhson.gov.vn';
export const STATS = 'Thống kê';

export type Reply<T> = { ok: true; data: T } | { ok: false; error: string; code?: string };

export function ok<T>(r: Reply<T>): T {
  if (!r.ok) throw new Error(`refused: ${r.error}`);
  return r.data;
}

/** A sidebar call: its reply must cross google.script.run, so it is plain JSON. */
export function call<T>(emu: Emulator, as: string, fn: string, ...args: unknown[]): Reply<T> {
  return expectPlainJson(emu.run<Reply<T>>(fn, args, { as }).value);
}

/** Setup, units, staff and the generated year, written as an office would, then refreshed. */
export function nhsRegister(opts: { agency?: string } = {}): Emulator {
  const emu = newEmulator(NHS_NOW);
  emu.run('setup', [], { as: NHS_ADMIN });
  appendByKey(
    emu,
    'Đơn vị',
    UNIT_COLUMNS,
    NHS_UNITS.map((u) => ({
      code: u.code,
      name: u.name,
      ...(u.code === 'NHS05' ? { follower: FOLLOWER } : {}),
    })),
  );
  appendByKey(emu, 'Cán bộ', STAFF_COLUMNS, [
    { email: LEADER, name: 'Lê Ngọc Nhất', unit: 'NHS01', role: 'Lãnh đạo', active: true },
    { email: VIEWER, name: 'Người Xem', unit: 'NHS01', role: 'Chỉ xem', active: true },
    {
      email: FOLLOWER,
      name: 'Chuyên Viên Theo Dõi',
      unit: 'NHS01',
      role: 'Chuyên viên theo dõi',
      active: true,
    },
    ...NHS_PEOPLE.map((p) => ({ ...p, role: 'Cán bộ thực hiện', active: true })),
  ]);
  appendByKey(emu, 'Nhiệm vụ', TASK_COLUMNS, nguHanhSonRegister().rows);
  if (opts.agency) setSetting(emu, 'agencyName', opts.agency);
  emu.run('refresh', [], { as: NHS_ADMIN });
  return emu;
}

export { setSetting };

export function statsSheet(emu: Emulator): SheetData {
  const ss = emu.world.spreadsheets.byId[emu.world.activeSpreadsheetId];
  const sheet = ss.sheets.find((s) => s.name === STATS);
  if (!sheet) throw new Error('no Thống kê sheet');
  return sheet;
}

/** The values a chart draws (its ranges read back through the spreadsheet, as Sheets would). */
export function chartValues(emu: Emulator, chart: ChartData): unknown[][][] {
  return asUser(emu, (ss) =>
    chart.ranges.map((g) =>
      ss
        .getSheetByName(STATS)!
        .getRange(g.r0 + 1, g.c0 + 1, g.nr, g.nc)
        .getValues(),
    ),
  );
}

/** A PDF's text as pdf.js reads it (test/helpers/pdf-text.mjs runs in a child: pdfjs is ESM-only). */
export function pdfText(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'stats-pdf-'));
  try {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, bytes);
    const out = JSON.parse(
      execFileSync(process.execPath, ['test/helpers/pdf-text.mjs', file], { encoding: 'utf8' }),
    ) as { pages: string[] };
    return out.pages.join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
