/**
 * Benchmark of the weekly plans and the monthly evaluation (issue 16), on a register made by
 * `buildRegister`, on the built bundle:
 *
 * - `monthlyEvaluation`: the head of the agency (here the administrator, none being named) prefills last
 *   month's form of every person from the register — reading only the task columns the figures need —
 *   and writes them to `Đánh giá` (what the morning run of the month's first working day does too);
 * - `openWeeklyPlan`: a unit's leader opens the page on this week from the sidebar (opened first, so
 *   the context is cached, as for every call after the sidebar's first): their own plan, the plans of
 *   their unit's people and who has not handed one in, with the `Kế hoạch tuần` sheet holding half a
 *   year of plans (26 weeks of every person's plan) before this week's.
 *
 * Works on copies of the register's world; the caller's emulator is left as it was. Run alone:
 *   node --expose-gc --import tsx scripts/bench-plans.ts        (BENCH_SIZES=1000,10000 to choose)
 */
import type { Emulator } from '../emulator';
import { PLAN_COLUMNS } from '../src/core/schema';
import { BENCH_ADMIN, buildRegister } from './bench-fixtures';
import { copyOf, measure, median3, type Measure } from './bench-measure';

const DAY = 86_400_000;
const WEEKS = 26;

export interface PlansBenchRun extends Measure {
  operation: string;
  tasks: number;
  note?: string;
}

/** Every person's plan for each of the last 26 weeks and this one, pasted into `Kế hoạch tuần`. */
function withPlans(register: Emulator): { emu: Emulator; leader: string; week: string } {
  const emu = copyOf(register);
  const now = emu.clock.now();
  const vnDay = Math.floor((now + 7 * 3600_000) / DAY);
  const monday = vnDay - ((((vnDay + 4) % 7) + 7 + 6) % 7);
  const { globals, end } = emu.beginExecution({ as: BENCH_ADMIN });
  let leader = '';
  try {
    const ss = (globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    const staff = ss.getSheetByName('Cán bộ')!;
    const people = staff.getRange(2, 1, staff.getLastRow() - 1, 3).getValues();
    leader = String(ss.getSheetByName('Đơn vị')!.getRange(2, 4).getValue());
    const rows: unknown[][] = [];
    for (let w = WEEKS; w >= 0; w--) {
      const week = monday - 7 * w;
      for (const [email, name, unit] of people) {
        const items = [1, 2, 3, 4, 5].map((n) => ({
          what: `Việc ${n} của tuần`,
          when: 'Thứ Hai',
          expected: 'Báo cáo',
          taskId: '',
          outcome: w > 0 ? 'done' : '',
        }));
        const data = {
          unit,
          items,
          status: 'submitted',
          submittedAt: now - 7 * w * DAY,
          late: false,
          comment: '',
          reviewer: '',
        };
        const cells: Record<string, unknown> = {
          week: new Date(week * DAY - 7 * 3600_000),
          email,
          name,
          unit,
          items: items.map((i, n) => `${n + 1}. ${i.what}`).join('\n'),
          status: 'Đã nộp',
          submittedAt: new Date(data.submittedAt),
          late: false,
          data: JSON.stringify(data),
        };
        rows.push(PLAN_COLUMNS.map((c) => cells[c.key] ?? ''));
      }
    }
    const sheet = ss.getSheetByName('Kế hoạch tuần')!;
    sheet.insertRowsAfter(sheet.getMaxRows(), rows.length);
    sheet.getRange(2, 1, rows.length, PLAN_COLUMNS.length).setValues(rows);
  } finally {
    end();
  }
  // The page opens from the sidebar's button: the sidebar, opened first, has the context cached.
  emu.run('getSidebarState', [], { as: leader });
  const iso = new Date(monday * DAY).toISOString().slice(0, 10);
  return { emu, leader, week: iso };
}

export function benchPlans(register: Emulator, size: number): PlansBenchRun[] {
  const month = (() => {
    const d = new Date(register.clock.now() + 7 * 3600_000);
    d.setUTCDate(0); // the last day of last month
    return d.toISOString().slice(0, 7);
  })();
  const evaluation = median3(() => {
    const { m, value } = measure<{ ok: boolean; error?: string }>(
      copyOf(register),
      'prefillEvaluations',
      [{ month }],
      {
        as: BENCH_ADMIN,
      },
    );
    if (!value.ok) throw new Error(`bench: prefillEvaluations refused: ${value.error}`);
    return m;
  });
  const { emu, leader, week } = withPlans(register);
  const open = median3(() => {
    const { m, value } = measure<{ ok: boolean; error?: string }>(copyOf(emu), 'getWeekPlans', [{ week }], {
      as: leader,
    });
    if (!value.ok) throw new Error(`bench: getWeekPlans refused: ${value.error}`);
    return m;
  });
  return [
    { operation: 'monthlyEvaluation', tasks: size, ...evaluation, note: `every person's form of ${month}` },
    {
      operation: 'openWeeklyPlan',
      tasks: size,
      ...open,
      note: `a unit's leader; ${WEEKS + 1} weeks of plans`,
    },
  ];
}

if (require.main === module) {
  const sizes = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
  const rows = sizes.flatMap((n) => benchPlans(buildRegister(n), n));
  console.table(
    rows.map((r) => ({
      operation: r.operation,
      tasks: r.tasks,
      spreadsheetCalls: r.spreadsheetCalls,
      dataCalls: r.dataCalls,
      cellsRead: r.cellsRead,
      cellsWritten: r.cellsWritten,
      'modelled s': Math.round(r.modelledMs / 100) / 10,
      ms: r.ms,
    })),
  );
}
