import { WorkingCalendar } from '../../../../src/core/calendar';
import { Directory } from '../../../../src/core/directory';
import { yearlyReminders } from '../../../../src/core/evaluation/yearly';
import type { FormStatus } from '../../../../src/core/evaluation/form';
import { DEFAULT_SETTINGS, type Settings } from '../../../../src/core/settings';
import { day, dir as office, person } from '../../../helpers/small-office';

const dir = new Directory([...office.people, person('b@x.vn', 'official')], office.units);
const form = (email: string, month: string, status: FormStatus = 'prefilled') => ({
  email,
  month,
  status,
  unit: 'TP',
});
const plain = new WorkingCalendar();
const line = (count: number, due = '15/12/2026') =>
  `Đơn vị của bạn còn ${count} cán bộ chưa được đánh giá đủ các tháng trong năm (hạn xếp loại năm ${due}).`;
function told(
  forms: ReturnType<typeof form>[],
  today: number,
  over: Partial<Settings> = {},
  calendar = plain,
) {
  return yearlyReminders(forms, {
    directory: dir,
    calendar,
    settings: { ...DEFAULT_SETTINGS, ...over },
    today,
  });
}

// December 2026: Tuesday 1st, Saturday 5th, Tuesday 15th, Wednesday 16th.
const missing = [form('a@x.vn', '2026-10'), form('a@x.vn', '2026-11', 'self'), form('b@x.vn', '2026-11')];

describe('yearlyReminders', () => {
  it('tells the unit leader how many officials still have a month of the year not rated, and the due day', () => {
    expect(told(missing, day(2026, 12, 1))).toEqual([{ to: 'lead@x.vn', text: line(2) }]);
    expect(told(missing, day(2026, 12, 15))).toEqual([{ to: 'lead@x.vn', text: line(2) }]);
  });
  it('says nothing outside December', () => {
    expect(told(missing, day(2026, 11, 10))).toEqual([]);
  });
  it('says nothing before the start day, from the setting', () => {
    expect(told(missing, day(2026, 12, 2), { evalYearFrom: 3 })).toEqual([]);
    expect(told(missing, day(2026, 12, 3), { evalYearFrom: 3 })).toHaveLength(1);
  });
  it('says nothing after the due day, from the setting', () => {
    expect(told(missing, day(2026, 12, 16))).toEqual([]);
    expect(told(missing, day(2026, 12, 16), { evalYearDue: 18 })).toEqual([
      { to: 'lead@x.vn', text: line(2, '18/12/2026') },
    ]);
  });
  it('says nothing on a weekend or a holiday', () => {
    expect(told(missing, day(2026, 12, 5))).toEqual([]);
    const holiday = new WorkingCalendar({
      daysOff: [{ day: day(2026, 12, 2), name: 'Nghỉ' }],
      swapWorkdays: [],
    });
    expect(told(missing, day(2026, 12, 2), {}, holiday)).toEqual([]);
    expect(told(missing, day(2026, 12, 3), {}, holiday)).toHaveLength(1);
  });
  it('says nothing once every month of the year is rated; December, another year and leavers do not count', () => {
    const done = [form('a@x.vn', '2026-10', 'approved'), form('b@x.vn', '2026-11', 'rated')];
    expect(told(done, day(2026, 12, 7))).toEqual([]);
    const notCounted = [
      ...done,
      form('a@x.vn', '2026-12'),
      form('b@x.vn', '2025-11'),
      form('gone@x.vn', '2026-11'),
    ];
    expect(told(notCounted, day(2026, 12, 7))).toEqual([]);
    expect(told([...done, form('b@x.vn', '2026-03')], day(2026, 12, 7))).toEqual([
      { to: 'lead@x.vn', text: line(1) },
    ]);
  });
  it('a leader’s own months go to the leader above, never to themselves; a unit without one tells nobody', () => {
    expect(told([form('lead@x.vn', '2026-11'), form('o@x.vn', '2026-11')], day(2026, 12, 7))).toEqual([]);
  });
});
