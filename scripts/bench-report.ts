/**
 * Benchmark row for issue 15: `reportProgress`, one progress refresh of a shared report of 24 sections
 * (one per unit of the bench register), half of them written: the sidebar's "Cập nhật tiến độ", a whole
 * execution (caller and register read, one Doc export as HTML, one revisions list, the record saved).
 * Budget: ≤ 5 s modelled (issue 15).
 */
import { BENCH_ADMIN, BENCH_ASSIGNMENT, buildRegister } from './bench-fixtures';
import { costFigures, heapMB, median3, round1 as round, type Measure } from './bench-measure';

export interface ReportBenchRun extends Measure {
  operation: string;
  tasks: number;
  note?: string;
}

type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

export function benchReportProgress(size = 1000, sections = 24): ReportBenchRun {
  return median3(() => {
    const emu = buildRegister(size);
    emu.run('refresh', [], { as: BENCH_ADMIN });
    const assigned = emu.run<Reply<{ task: { id: string } }>>(
      'assignTask',
      [{ ...BENCH_ASSIGNMENT, title: 'Báo cáo tổng kết năm 2026', assignees: [BENCH_ADMIN] }],
      { as: BENCH_ADMIN },
    ).value;
    if (!assigned.ok) throw new Error(assigned.error);
    const taskId = assigned.data.task.id;
    const outline = [
      'I. Kết quả thực hiện',
      ...Array.from(
        { length: sections },
        (_, k) => `${k + 1}. Kết quả của Đơn vị ${k + 1}\nĐơn vị: Đơn vị ${k + 1}`,
      ),
    ].join('\n');
    const made = emu.run<Reply<{ docUrl: string }>>('createReport', [{ taskId, outline }], {
      as: BENCH_ADMIN,
    }).value;
    if (!made.ok) throw new Error(made.error);
    const docId = /document\/d\/([^/]+)/.exec(made.data.docUrl)![1];
    for (let k = 0; k < sections; k += 2)
      emu.typeInDoc(
        BENCH_ADMIN,
        docId,
        `${k + 1}. Kết quả`,
        'Đã hoàn thành các chỉ tiêu.\n'.repeat(20).trim(),
      );
    const t0 = performance.now();
    const run = emu.run<Reply<unknown>>('getReport', [taskId, { refresh: true }], { as: BENCH_ADMIN });
    const ms = performance.now() - t0;
    if (!run.value.ok) throw new Error(run.value.error);
    return {
      operation: 'reportProgress',
      tasks: size,
      ...costFigures(run),
      emails: 0,
      recipients: 0,
      ms: round(ms),
      heapMB: heapMB(),
      note: `one refresh of a ${sections}-section report, half written (budget ≤ 5 s modelled)`,
    };
  });
}
