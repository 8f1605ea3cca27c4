/**
 * Benchmark rows for issue 5: one task's Drive workspace (folder, document, QR code, PDF slip, sharing),
 * in service calls by service — `driveCalls` beside `spreadsheetCalls` — on the built bundle.
 *
 * - `assignTask+workspace`: the whole assignment as the sidebar calls it, Drive work included.
 * - `createWorkspace`: the workspace's own share of that assignment: the same assignment measured with
 *   the workspace turned off (setting `autoWorkspace`) and on; the difference is what the workspace adds.
 * - `createWorkspace (retry)`: the sidebar's "Thử lại" for a task without one, a whole execution
 *   (it identifies the caller and reads the register like every endpoint, then does the same work).
 * - `qrAndSlip`: the QR code and the PDF slip alone (PNG encoding, slip HTML, the emulator's HTML → PDF).
 * The register's root and year folders are made by a first assignment beforehand (steady state).
 */
import type { Emulator } from '../emulator';
import { htmlToPdf } from '../emulator/services/pdf';
import { qrPngDataUrl } from '../src/core/qr';
import { slipHtml } from '../src/core/workspace/documents';
import { afterHandEdit, BENCH_ADMIN, BENCH_ASSIGNMENT, buildRegister } from './bench-fixtures';
import {
  costFigures,
  difference,
  heapMB,
  median3,
  noCost,
  round1 as round,
  type Measure,
} from './bench-measure';

export interface WorkspaceBenchRun extends Measure {
  operation: string;
  tasks: number;
  note?: string;
}

/** Writes a setting's value as the office would type it (outside the measured runs). */
function setSetting(emu: Emulator, key: string, value: string): void {
  const { globals, end } = emu.beginExecution({ as: BENCH_ADMIN });
  try {
    const ss = (globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    const sheet = ss.getSheetByName('Cài đặt')!;
    const values = sheet.getDataRange().getValues();
    const r = values.findIndex((v) => v[0] === key);
    if (r < 0) throw new Error(`no setting ${key}`);
    sheet.getRange(r + 1, values[0].indexOf('Giá trị') + 1).setValue(value);
  } finally {
    end();
  }
  afterHandEdit(emu);
}

type Reply = { ok: boolean; data?: { task?: { id: string }; workspace?: { ok: boolean } } };

function assign(emu: Emulator, title: string) {
  const run = emu.run<Reply>('assignTask', [{ ...BENCH_ASSIGNMENT, title }], { as: BENCH_ADMIN });
  if (!run.value.ok || !run.value.data?.task)
    throw new Error(`assignTask failed: ${JSON.stringify(run.value)}`);
  return run;
}

/** Three runs, each on a register of its own; each figure is the median. */
export function benchWorkspace(size = 1000): WorkspaceBenchRun[] {
  return median3(() => workspaceOnce(size));
}

function workspaceOnce(size: number): WorkspaceBenchRun[] {
  const emu = buildRegister(size);
  emu.run('refresh', [], { as: BENCH_ADMIN }); // its first morning: statuses and id counters
  const outbox = () => emu.world.mail.outbox.length;
  assign(emu, 'Khởi tạo thư mục của sổ theo dõi'); // makes the register's root and year folders

  setSetting(emu, 'autoWorkspace', 'Không');
  const off = assign(emu, 'Rà soát hồ sơ thủ tục hành chính quý IV (không thư mục)');
  setSetting(emu, 'autoWorkspace', 'Có');
  const mails = outbox();
  const on = assign(emu, BENCH_ASSIGNMENT.title);
  if (!on.value.data?.workspace?.ok)
    throw new Error(`the workspace was not made: ${JSON.stringify(on.value.data?.workspace)}`);
  const heap = heapMB();
  const rows: WorkspaceBenchRun[] = [
    {
      operation: 'assignTask+workspace',
      tasks: size,
      ...costFigures(on),
      emails: outbox() - mails,
      recipients: 0,
      ms: round(on.ms),
      heapMB: heap,
      note: 'assignment with the Drive folder, document, QR code, slip and sharing (2 people)',
    },
    {
      operation: 'createWorkspace',
      tasks: size,
      ...difference(costFigures(on), costFigures(off)),
      emails: 0,
      recipients: 0,
      ms: round(on.ms - off.ms),
      heapMB: heap,
      note: 'what the workspace adds to an assignment (same assignment with autoWorkspace off, then on)',
    },
  ];

  const id = off.value.data!.task!.id;
  const retry = emu.run<Reply>('createTaskWorkspace', [id], { as: BENCH_ADMIN });
  if (!retry.value.ok) throw new Error(`createTaskWorkspace failed: ${JSON.stringify(retry.value)}`);
  rows.push({
    operation: 'createWorkspace (retry)',
    tasks: size,
    ...costFigures(retry),
    emails: 0,
    recipients: 0,
    ms: round(retry.ms),
    heapMB: heapMB(),
    note: 'the sidebar button for a task without one: whole execution, caller and register read included',
  });

  // The QR code and the slip alone, as the server makes them (average of 20).
  const link = 'https://docs.google.com/document/d/1qW0_xTaveVCo7xwUy568NN6W8vKUcwSK/edit';
  const facts = {
    agency: 'UBND quận Ngũ Hành Sơn',
    id: 'NV-2026-0001',
    title: BENCH_ASSIGNMENT.title,
    details: BENCH_ASSIGNMENT.details,
    source: BENCH_ASSIGNMENT.source,
    leadUnit: 'Đơn vị 1',
    coUnits: [],
    assigner: 'Văn phòng',
    assignees: ['Cán bộ 1', 'Cán bộ 2'],
    assigned: '23/11/2026',
    deadline: '07/12/2026',
  };
  const t0 = performance.now();
  for (let i = 0; i < 20; i++) {
    const qr = qrPngDataUrl(link);
    htmlToPdf(slipHtml(facts, 'vi', { qrDataUrl: qr, link, today: '23/11/2026' }), 'slip.html');
  }
  rows.push({
    operation: 'qrAndSlip',
    tasks: 0,
    ...noCost(),
    emails: 0,
    recipients: 0,
    ms: round((performance.now() - t0) / 20),
    heapMB: heapMB(),
    note: 'QR PNG + slip HTML + HTML → PDF, average of 20',
  });
  return rows;
}
