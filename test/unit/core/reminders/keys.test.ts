/** The keys that record a reminder as sent, so that none goes out twice. */
import { dayFromIso } from '../../../../src/core/civil-date';
import { digestMarker, parseReminderKey, reminderKey, splitKeys } from '../../../../src/core/reminders/keys';

const d = (iso: string) => dayFromIso(iso)!;
const A = 'a@x.vn';

test('round-trip, with | and % in addresses and ids', () => {
  const k = reminderKey('a|b%c@x.vn', 'NV|1', 'overdue', d('2026-03-02'));
  expect(k.split('|')).toHaveLength(4);
  expect(parseReminderKey(k)).toEqual({
    person: 'a|b%c@x.vn',
    taskId: 'NV|1',
    kind: 'overdue',
    iso: '2026-03-02',
  });
  expect(parseReminderKey('no key')).toBeNull();
  expect(splitKeys(`${k}\n\n ${digestMarker(A, d('2026-03-02'))} `)).toHaveLength(2);
});
