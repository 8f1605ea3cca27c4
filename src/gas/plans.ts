/**
 * The `Kế hoạch tuần` and `Đánh giá` sheets: a week's plans and a month's forms as rows. What the add-on
 * reads back is the hidden `data` column (JSON); the other columns show the same for people, and are
 * rewritten with every change. Columns are found by their header text (`keyed-rows.ts`).
 */
import { dayOfDateCell } from '../core/parse';
import { instantOfDayStart, ymdFromDay, type Day } from '../core/civil-date';
import { formatDay } from '../core/format';
import { LEVEL_LABELS } from '../core/evaluation/score';
import type { Form } from '../core/evaluation/form';
import type { Language } from '../core/language';
import { t } from '../core/messages';
import { mondayOf, type Plan } from '../core/plans/plan';
import { yearlyReminders } from '../core/evaluation/yearly';
import type { WorkingCalendar } from '../core/calendar';
import type { Directory } from '../core/directory';
import type { Settings } from '../core/settings';
import { findSheet } from './table';
import { SHEETS } from '../core/schema';
import { keepAsText } from '../core/parse';
import { get, keyedRows, place, type Keyed, type KeyedRow } from './keyed-rows';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** An item's outcome in the readable column: done, not done, moved. */
const OUTCOME_MARKS = { done: '✓', notDone: '✗', moved: '→' };

export interface Found<T> extends Keyed {
  items: { at: KeyedRow; value: T }[];
}

function parsed<T>(k: Keyed, of: (data: Record<string, unknown>, values: unknown[]) => T | null): Found<T> {
  const items: Found<T>['items'] = [];
  for (const at of k.rows) {
    try {
      const v = of(JSON.parse(String(get(k.head, at.values, 'data'))) as Record<string, unknown>, at.values);
      if (v) items.push({ at, value: v });
    } catch {
      // a row without readable data (typed by hand) is not a plan or form of ours
    }
  }
  return { ...k, items };
}

/** The plans of the week starting on Monday `week`. */
export function weekPlans(ss: Spreadsheet, week: Day): Found<Plan> {
  const k = keyedRows(ss, SHEETS.plans, 'week', (v) => dayOfDateCell(v) === week);
  return parsed(k, (d, values) => ({
    ...(d as unknown as Plan),
    week,
    email: String(get(k.head, values, 'email'))
      .trim()
      .toLowerCase(),
  }));
}

export function planRow(k: Keyed, plan: Plan, name: string, lang: Language, base?: unknown[]): unknown[] {
  const items = plan.items
    .map(
      (i, n) =>
        `${n + 1}. ${[i.what, i.when, i.expected].filter(Boolean).join(' — ')}` +
        (i.taskId ? ` [${i.taskId}]` : '') +
        (i.outcome ? ` (${OUTCOME_MARKS[i.outcome]})` : ''),
    )
    .join('\n');
  const { week: _w, email: _e, ...data } = plan;
  return place(
    k.head,
    {
      week: new Date(instantOfDayStart(plan.week)),
      email: plan.email,
      name,
      unit: plan.unit,
      items,
      status: t(lang, `plan.status.${plan.status}`),
      submittedAt: plan.submittedAt ? new Date(plan.submittedAt) : '',
      late: plan.late,
      comment: plan.comment,
      reviewer: plan.reviewer,
      data: JSON.stringify(data),
    },
    base,
  );
}

/** The forms of a month (`YYYY-MM`). */
export function monthForms(ss: Spreadsheet, month: string): Found<Form> {
  const k = keyedRows(ss, SHEETS.evaluations, 'month', (v) => String(v).trim() === month);
  return parsed(k, (d) => (d.month === month ? (d as unknown as Form) : null));
}

export function formRow(k: Keyed, f: Form, lang: Language, base?: unknown[]): unknown[] {
  const level = (l: Form['level']) => (l ? LEVEL_LABELS[l][lang] : '');
  return place(
    k.head,
    {
      month: keepAsText(f.month),
      email: f.email,
      name: f.name,
      unit: f.unit,
      status: t(lang, `eval.status.${f.status}`),
      taskScore: f.taskScore,
      selfLevel: level(f.selfLevel),
      general: f.general ?? '',
      total: f.total ?? '',
      level: level(f.level),
      strengths: f.strengths,
      weaknesses: f.weaknesses,
      rater: f.rater,
      approver: f.approver,
      data: JSON.stringify(f),
    },
    base,
  );
}

/**
 * On the plans' due day, a line for each active person (viewers aside) who has not handed in next
 * week's plan, for their morning digest. A register without the plans sheet has none; a sheet that
 * cannot be read gives none (never stops the reminders).
 */
export function planReminders(
  ss: Spreadsheet,
  r: { directory: Directory; settings: Settings; today: Day },
): { to: string; text: string }[] {
  const { settings, today } = r;
  const week = mondayOf(today) + 7;
  if (today !== week + settings.planDueDay - 8 || !findSheet(ss, SHEETS.plans)) return [];
  let found;
  try {
    found = weekPlans(ss, week);
  } catch (e) {
    console.error(e); // the reminders go on without these lines
    return [];
  }
  const done = new Set(found.items.flatMap((i) => (i.value.status === 'draft' ? [] : [i.value.email])));
  const deadline = `${formatDay(today)} ${settings.planDueHour}:00`;
  return r.directory.people
    .filter((p) => p.active && p.role !== 'viewer' && !done.has(p.email))
    .map((p) => ({
      to: p.email,
      text: t(settings.language, 'plan.digest', { week: formatDay(week), deadline }),
    }));
}

/**
 * In December, from `evalYearFrom` to `evalYearDue`: a line for each unit leader whose officials' months
 * of the year are not all rated (`core/evaluation/yearly.ts`). Read only in December; a register without
 * the sheet, or a sheet that cannot be read, gives none (never stops the reminders).
 */
export function yearReminders(
  ss: Spreadsheet,
  r: { directory: Directory; calendar: WorkingCalendar; settings: Settings; today: Day },
): { to: string; text: string }[] {
  const { year, month } = ymdFromDay(r.today);
  if (month !== 12 || !findSheet(ss, SHEETS.evaluations)) return [];
  try {
    const k = keyedRows(ss, SHEETS.evaluations, 'month', (v) => String(v).trim().startsWith(`${year}-`));
    return yearlyReminders(
      parsed(k, (d) =>
        typeof d.month === 'string' && typeof d.email === 'string' ? (d as unknown as Form) : null,
      ).items.map((i) => i.value),
      r,
    );
  } catch (e) {
    console.error(e);
    return [];
  }
}
