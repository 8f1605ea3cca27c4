/**
 * The reminder sender's time budget in modelled time (emulator/cost.ts): each e-mail costs 300 ms of
 * Google's time, so a morning of more digests than 4½ minutes hold stops at the budget, well inside the
 * 6-minute limit, and the next hourly run sends the rest.
 */
import { MAIL_SEND_MS } from '../../emulator/cost';
import { SEND_BUDGET_MS } from '../../src/gas/reminders/sender';
import { ADMIN, addStaff, addTasks } from './helpers';
import { remindersRegister, runJob } from './reminders-helpers';

const PEOPLE = 1200;
const person = (i: number) => `nguoi${i}@ubnd.example.vn`;

test('a morning of 1,200 digests stops at the 4½-minute budget and resumes the next hour', () => {
  const emu = remindersRegister('2026-03-02T16:00:00+07:00'); // reminders on at 7:00, from Monday
  addStaff(
    emu,
    Array.from({ length: PEOPLE }, (_, i) => ({
      email: person(i),
      name: `Cán bộ ${i}`,
      unit: 'VP',
      role: 'Cán bộ thực hiện',
      active: true,
    })),
  );
  // One task each, due on Tuesday: everyone gets a digest that morning.
  addTasks(
    emu,
    Array.from({ length: PEOPLE }, (_, i) => ({
      title: `Nhiệm vụ ${i}`,
      assignees: person(i),
      leadUnit: 'Văn phòng',
      deadline: '03/03/2026',
    })),
  );

  const morning = runJob(emu, '2026-03-03T07:05:00+07:00', ADMIN);
  expect(morning.value.action).toBe('daily');
  const { sent, deferred } = morning.value;
  expect(deferred).toBeGreaterThan(0);
  expect(sent + deferred).toBeGreaterThanOrEqual(PEOPLE);
  // It stopped at the budget: about as many e-mails as 4½ minutes hold, and within the 6 minutes.
  expect(sent).toBeLessThanOrEqual(Math.ceil(SEND_BUDGET_MS / MAIL_SEND_MS) + 1);
  expect(sent * MAIL_SEND_MS).toBeGreaterThan(SEND_BUDGET_MS * 0.75);
  expect(morning.cost.mailSends).toBe(sent);
  expect(morning.elapsedMs).toBeGreaterThan(SEND_BUDGET_MS);
  expect(morning.elapsedMs).toBeLessThan(6 * 60_000);

  // The next hourly run sends what is left.
  const next = runJob(emu, '2026-03-03T08:05:00+07:00', ADMIN);
  expect(next.value.sent).toBe(deferred);
  expect(next.value.deferred).toBe(0);
});
