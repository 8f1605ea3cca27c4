/**
 * The monthly evaluation's arithmetic (Decree 335/2025/NĐ-CP as docs/evaluation.md reads it): a score
 * out of 100 made of the general criteria (30) and the task results (70); the task results weigh
 * quantity, quality and timeliness, each a share of the tasks due in the month, and each late delivery
 * costs a share (25 %) of that task's timeliness points; four levels by thresholds (90 / 70 / 50); at
 * most 20 % as many "xuất sắc" as "tốt". Every number comes from the settings (`evalRules`).
 */
import type { Settings } from '../settings';

export type Level = 'excellent' | 'good' | 'pass' | 'fail';
/** Best first: a level's index is its rank (0 = xuất sắc). */
export const LEVELS: readonly Level[] = ['excellent', 'good', 'pass', 'fail'];
export const LEVEL_LABELS: Record<Level, { vi: string; en: string }> = {
  excellent: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Excellent' },
  good: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'Good' },
  pass: { vi: 'Hoàn thành nhiệm vụ', en: 'Completed' },
  fail: { vi: 'Không hoàn thành nhiệm vụ', en: 'Not completed' },
};

export interface EvalRules {
  generalMax: number;
  taskMax: number;
  /** The share of a task's timeliness points a late delivery costs (0–1). */
  lateCut: number;
  /** Weights of quantity, quality, timeliness. */
  weights: readonly [number, number, number];
  /** Lowest totals of xuất sắc, tốt, hoàn thành (descending). */
  thresholds: readonly [number, number, number];
  /** Xuất sắc at most this share of those rated tốt (0–1). */
  excellentCap: number;
}

export type EvalSettings = Pick<
  Settings,
  'evalGeneralMax' | 'evalTaskMax' | 'evalLateCut' | 'evalWeights' | 'evalLevels' | 'evalExcellentCap'
>;

export function evalRules(s: EvalSettings): EvalRules {
  return {
    generalMax: s.evalGeneralMax,
    taskMax: s.evalTaskMax,
    lateCut: s.evalLateCut / 100,
    weights: s.evalWeights,
    thresholds: s.evalLevels,
    excellentCap: s.evalExcellentCap / 100,
  };
}

/** Counts behind the task-result score: tasks due in the month, done on time, done late. */
export interface TaskCounts {
  due: number;
  onTime: number;
  late: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The task-result score (0–taskMax). Quantity = done / due; timeliness = (on time + late × (1 − cut)) /
 * due; quality = the leader's share (0–1; the prefill offers quantity). No task due: quantity and
 * timeliness count as complete (nothing was missed).
 */
export function taskScore(c: TaskCounts, quality: number, r: EvalRules): number {
  const n = c.due;
  const quantity = n > 0 ? (c.onTime + c.late) / n : 1;
  const timeliness = n > 0 ? (c.onTime + c.late * (1 - r.lateCut)) / n : 1;
  const [wq, wc, wt] = r.weights;
  const sum = wq + wc + wt || 1;
  const q = Math.min(1, Math.max(0, quality));
  return round2((r.taskMax * (wq * quantity + wc * q + wt * timeliness)) / sum);
}

/** The level a total reaches. */
export function levelOf(total: number, r: EvalRules): Level {
  const i = r.thresholds.findIndex((th) => total >= th);
  return i < 0 ? 'fail' : LEVELS[i];
}

/** A level may be lower than the score's (discipline, the decree's other cases), never higher. */
export function levelAllowed(level: Level, total: number, r: EvalRules): boolean {
  return LEVELS.indexOf(level) >= LEVELS.indexOf(levelOf(total, r));
}

export interface CapCheck {
  ok: boolean;
  excellent: number;
  good: number;
  /** The most xuất sắc the tốt allow. */
  max: number;
}

/** The 20 % rule: xuất sắc at most cap × tốt, in one agency and month. */
export function checkCap(levels: readonly Level[], r: EvalRules): CapCheck {
  const excellent = levels.filter((l) => l === 'excellent').length;
  const good = levels.filter((l) => l === 'good').length;
  const max = Math.floor(good * r.excellentCap + 1e-9);
  return { ok: excellent <= max, excellent, good, max };
}

/** A quarter's or year's result: the mean of its months' totals and its level. */
export function aggregate(totals: readonly number[], r: EvalRules): { mean: number; level: Level } | null {
  if (totals.length === 0) return null;
  const mean = round2(totals.reduce((a, b) => a + b, 0) / totals.length);
  return { mean, level: levelOf(mean, r) };
}
