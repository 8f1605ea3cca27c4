import { instantOfDayStart } from '../../../../src/core/civil-date';
import {
  carried,
  withoutCarried,
  cleanItems,
  mondayOf,
  planDeadline,
  submit,
  type Plan,
} from '../../../../src/core/plans/plan';
import { DEFAULT_SETTINGS } from '../../../../src/core/settings';
import { day } from '../../../helpers/small-office';

const week = day(2026, 3, 9); // a Monday
const hour = 3_600_000;
const plan = (extra: Partial<Plan> = {}): Plan => ({
  week,
  email: 'a@x.vn',
  unit: 'TP',
  items: [],
  status: 'draft',
  submittedAt: 0,
  late: false,
  comment: '',
  reviewer: '',
  ...extra,
});

describe('weeks and deadlines', () => {
  it('finds the Monday of any day of the week', () => {
    for (let d = week; d < week + 7; d++) expect(mondayOf(d)).toBe(week);
  });
  it('is due on the Friday before at 17:00 Viet Nam time by default', () => {
    expect(planDeadline(week, DEFAULT_SETTINGS)).toBe(instantOfDayStart(day(2026, 3, 6)) + 17 * hour);
  });
  it('follows the settings (Thursday at 9)', () => {
    expect(planDeadline(week, { planDueDay: 4, planDueHour: 9 })).toBe(
      instantOfDayStart(day(2026, 3, 5)) + 9 * hour,
    );
  });
});

describe('submit', () => {
  const due = planDeadline(week, DEFAULT_SETTINGS);
  it('accepts a plan after its deadline and marks it late', () => {
    expect(submit(plan(), due + 1, DEFAULT_SETTINGS)).toMatchObject({ status: 'submitted', late: true });
    expect(submit(plan(), due, DEFAULT_SETTINGS)).toMatchObject({ late: false, submittedAt: due });
  });
  it('keeps the first submission’s time when the plan is corrected later', () => {
    const first = submit(plan(), due - hour, DEFAULT_SETTINGS);
    expect(submit({ ...first, status: 'approved' }, due + 5 * hour, DEFAULT_SETTINGS)).toMatchObject({
      status: 'submitted',
      submittedAt: due - hour,
      late: false,
    });
  });
});

describe('cleanItems', () => {
  it('keeps what, when, expected and the task id, trimmed', () => {
    expect(
      cleanItems([{ what: ' Họp ', when: 'Thứ Hai', expected: 'Biên bản', taskId: 'NV-2026-0001' }]),
    ).toEqual([{ what: 'Họp', when: 'Thứ Hai', expected: 'Biên bản', taskId: 'NV-2026-0001', outcome: '' }]);
  });
  it('refuses an item without a "what", a text too long, too many items, or not a list', () => {
    expect(cleanItems([{ what: '' }])).toBeNull();
    expect(cleanItems([{ what: 'x', when: 'y'.repeat(101) }])).toBeNull();
    expect(cleanItems(Array.from({ length: 31 }, () => ({ what: 'x' })))).toBeNull();
    expect(cleanItems('Họp')).toBeNull();
    expect(cleanItems([null])).toBeNull();
  });
  it('keeps an outcome already marked on an unchanged item', () => {
    const before = [{ what: 'Họp', when: '', expected: '', taskId: '', outcome: 'done' as const }];
    expect(cleanItems([{ what: 'Họp' }], before)![0].outcome).toBe('done');
    expect(cleanItems([{ what: 'Khác' }], before)![0].outcome).toBe('');
  });
});

describe('withoutCarried', () => {
  const item = { what: 'A', when: 'Thứ Hai', expected: 'Xong', taskId: '', outcome: 'moved' as const };
  it('takes out the first untouched copy only', () => {
    const copy = { ...item, outcome: '' as const };
    const other = { ...copy, what: 'B' };
    expect(withoutCarried([other, copy, copy], item)).toEqual([other, copy]);
  });
  it('leaves a copy already marked or edited, and says there was none', () => {
    expect(withoutCarried([{ ...item, outcome: 'done' }], item)).toBeNull();
    expect(withoutCarried([{ ...item, outcome: '', expected: 'Khác' }], item)).toBeNull();
    expect(withoutCarried([{ ...item, outcome: '', when: 'Thứ Ba' }], item)).toBeNull();
    expect(withoutCarried([{ ...item, outcome: '', taskId: 'NV-1' }], item)).toBeNull();
    expect(withoutCarried([{ ...item, outcome: '', what: 'B' }], item)).toBeNull();
  });
});

describe('carried', () => {
  it('takes the moved items into the next week, without their outcome', () => {
    const items = cleanItems([{ what: 'A' }, { what: 'B' }])!;
    items[0].outcome = 'moved';
    items[1].outcome = 'notDone';
    expect(carried(items)).toEqual([{ what: 'A', when: '', expected: '', taskId: '', outcome: '' }]);
  });
});
