/**
 * The modelled cost of a run (emulator/cost.ts) as the playground shows it beside the call counts, in
 * the web page's calls panel and the CLI's `calls`. Plain TypeScript: the page bundles it too.
 */
import type { CostMetrics } from '../emulator/cost';

const thousands = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
/** Seconds with a decimal comma, as Vietnamese writes them. */
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1).replace('.', ',')} s`;

/** "≈ 2,3 s in Google", then the cells moved and the costly calls. */
export function costSummary(c: CostMetrics): { time: string; cells: string } {
  const parts = [
    `${thousands(c.dataCalls)} lệnh gọi dữ liệu`,
    `${thousands(c.cellsRead)} ô đọc`,
    `${thousands(c.cellsWritten)} ô ghi`,
    `${thousands(c.formatCellsWritten)} ô định dạng`,
  ];
  if (c.mailSends) parts.push(`${thousands(c.mailSends)} thư`);
  if (c.driveCalls) parts.push(`${thousands(c.driveCalls)} lệnh gọi Drive`);
  if (c.conversions) parts.push(`${thousands(c.conversions)} lần chuyển đổi`);
  return { time: `≈ ${seconds(c.modelledMs)} trong Google (mô hình)`, cells: parts.join(' · ') };
}

/** For a `google.script.run` call: what the person waits, the round trip included. */
export function roundTripNote(c: CostMetrics, roundTripMs: number): string {
  return `+ ${seconds(roundTripMs)} cho google.script.run: người dùng chờ ≈ ${seconds(c.modelledMs + roundTripMs)}`;
}
