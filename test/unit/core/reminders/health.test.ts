/** No silent stops: what the admins are told when the reminders did not run as they should. */
import { WorkingCalendar } from '../../../../src/core/calendar';
import { dayFromIso } from '../../../../src/core/civil-date';
import { prefillHolidays } from '../../../../src/core/holidays';
import { healthAtMorning, healthNow, vnTime } from '../../../../src/core/reminders/health';
import { isSendDay } from '../../../../src/core/reminders/schedule';

const d = (iso: string) => dayFromIso(iso)!;
const at = (vn: string) => Date.parse(`${vn}+07:00`);
const cal = WorkingCalendar.fromRows(prefillHolidays(2026));
const sendDay = (day: number) => isSendDay(day, cal, { sendOnRestDays: false });
const ok = { at: '2026-03-02T00:10:00.000Z', ok: true, message: 'Đã gửi' };

test('stalled: on a send day, two hours past the hour with no run begun today', () => {
  const state = { hour: 7, day: { iso: '2026-02-27' }, lastRun: ok };
  expect(healthNow(state, at('2026-03-02T08:59:00'), d('2026-03-02'), true, 'vi')).toEqual([]);
  const late = healthNow(state, at('2026-03-02T09:00:00'), d('2026-03-02'), true, 'vi');
  expect(late).toHaveLength(1);
  expect(late[0]).toContain('quá 7 giờ hơn 2 tiếng');
  expect(late[0]).toContain('07:10 02/03/2026');
  // A rest day, or today begun: nothing.
  expect(healthNow(state, at('2026-03-02T10:00:00'), d('2026-03-02'), false, 'vi')).toEqual([]);
  const begun = { ...state, day: { iso: '2026-03-02' } };
  expect(healthNow(begun, at('2026-03-02T10:00:00'), d('2026-03-02'), true, 'vi')).toEqual([]);
});

test('stalled after a failed run: the last successful one is named', () => {
  const failed = { ...ok, at: '2026-03-02T02:30:00.000Z', ok: false, message: 'Lỗi X' };
  const state = { hour: 7, day: { iso: '2026-02-27' }, lastRun: failed, lastOk: '2026-02-27T00:10:00.000Z' };
  const lines = healthNow(state, at('2026-03-02T09:40:00'), d('2026-03-02'), true, 'vi');
  expect(lines[0]).toContain('lần chạy thành công gần nhất: 07:10 27/02/2026');
  expect(lines[1]).toContain('(09:30 02/03/2026) không thành công: Lỗi X');
  expect(
    healthNow({ ...state, lastOk: undefined }, at('2026-03-02T09:40:00'), d('2026-03-02'), true, 'vi')[0],
  ).toContain('gần nhất: —');
});

test('a failed last run shows until a run succeeds', () => {
  const state = { hour: 7, day: { iso: '2026-03-02' }, lastRun: { ...ok, ok: false, message: 'Lỗi X' } };
  expect(healthNow(state, at('2026-03-02T08:00:00'), d('2026-03-02'), true, 'vi')).toEqual([
    expect.stringContaining('không thành công: Lỗi X'),
  ]);
});

test('at the morning run: send days missed since the last run (or since installing), a late start', () => {
  const state = { hour: 7, day: { iso: '2026-02-25' }, lastRun: ok };
  const lines = healthAtMorning(state, at('2026-03-02T07:20:00'), d('2026-03-02'), sendDay, 'vi');
  expect(lines).toEqual([expect.stringContaining('2026-02-26, 2026-02-27')]);
  const fresh = { hour: 7, day: null, lastRun: null, installedAt: '2026-02-27T01:00:00.000Z' };
  const late = healthAtMorning(fresh, at('2026-03-02T09:30:00'), d('2026-03-02'), sendDay, 'vi');
  expect(late).toEqual([expect.stringContaining('2026-02-27'), expect.stringContaining('trễ hơn 2 tiếng')]);
  expect(
    healthAtMorning(
      { ...state, day: { iso: '2026-02-27' } },
      at('2026-03-02T07:20:00'),
      d('2026-03-02'),
      sendDay,
      'vi',
    ),
  ).toEqual([]);
});

test('vnTime', () => {
  expect(vnTime('2026-03-02T17:05:00.000Z')).toBe('00:05 03/03/2026');
  expect(vnTime(null)).toBe('—');
});
