/**
 * What the task slip (PDF) printed, as a short fingerprint kept in the row's workspace record: when the
 * task's facts change (an extension approved, the title or the people edited through the add-on, a
 * name corrected in the staff sheet) the fingerprint no longer matches and the PDF is made again. The
 * PNG slip and the Zalo text are drawn from the task as it is each time, so they never go stale.
 */
import type { TaskFacts } from './documents';

/** FNV-1a (32 bits) over the facts the slip prints; 8 hex digits. */
export function slipFingerprint(f: TaskFacts): string {
  const text = JSON.stringify([
    f.agency,
    f.id,
    f.title,
    f.details,
    f.source,
    f.leadUnit,
    f.coUnits,
    f.assigner,
    f.assignees,
    f.assigned,
    f.deadline,
  ]);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
