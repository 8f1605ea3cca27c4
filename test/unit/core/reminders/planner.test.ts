/** The pure reminder planner: who gets what, once, on which day. */
import fc from 'fast-check';
import { WorkingCalendar } from '../../../../src/core/calendar';
import { dayFromIso, isoFromDay, type Day } from '../../../../src/core/civil-date';
import { Directory, type Person, type Unit } from '../../../../src/core/directory';
import { prefillHolidays } from '../../../../src/core/holidays';
import { DEFAULT_SETTINGS } from '../../../../src/core/settings';
import type { Task } from '../../../../src/core/task';
import { blankTask } from '../../../helpers/tasks';
import { digestMarker, parseReminderKey } from '../../../../src/core/reminders/keys';
import { SECTION_LIMIT, kindRank } from '../../../../src/core/reminders/kinds';
import { planDigests, type Digest, type PlanInput } from '../../../../src/core/reminders/planner';

const d = (iso: string) => dayFromIso(iso)!;
const cal = WorkingCalendar.fromRows(prefillHolidays(2026));

let seq = 0;
function task(extra: Partial<Task> & { deadline?: Day | null }): Task {
  seq += 1;
  return blankTask({
    row: seq + 1,
    id: `NV-2026-${String(seq).padStart(4, '0')}`,
    title: `Nhiệm vụ ${seq}`,
    ...extra,
  });
}

const person = (email: string, role: Person['role'] = 'official', unit = 'P1', active = true): Person => ({
  email,
  name: email.split('@')[0],
  unit,
  role,
  active,
  row: 2,
});
const unit = (code: string, name: string, extra: Partial<Unit> = {}): Unit => ({
  code,
  name,
  parent: '',
  leader: '',
  follower: '',
  focal: '',
  ...extra,
});

const ADMIN = 'vp@x.vn';
const DIRECTOR = 'giamdoc@x.vn';
const HEAD = 'truongphong@x.vn';
const FOLLOWER = 'theodoi@x.vn';
const FOCAL = 'daumoi@x.vn';
const A = 'a@x.vn';
const B = 'b@x.vn';
const RETIRED = 'nghi@x.vn';

const directory = new Directory(
  [
    person(ADMIN, 'admin', 'VP'),
    person(DIRECTOR, 'leader', 'SO'),
    person(HEAD, 'leader', 'P1'),
    person(FOLLOWER, 'follower', 'VP'),
    person(FOCAL, 'focal', 'P1'),
    person(A),
    person(B),
    person(RETIRED, 'official', 'P1', false),
  ],
  [
    unit('SO', 'Sở', { leader: DIRECTOR }),
    unit('P1', 'Phòng Một', { parent: 'SO', leader: HEAD, follower: FOLLOWER, focal: FOCAL }),
    unit('VP', 'Văn phòng', { parent: 'SO' }),
  ],
);

const plan = (tasks: Task[], today: string, extra: Partial<PlanInput> = {}) =>
  planDigests({
    tasks,
    directory,
    calendar: cal,
    settings: DEFAULT_SETTINGS,
    today: d(today),
    handled: new Set(),
    ...extra,
  });

const digestOf = (p: { digests: Digest[] }, to: string) => p.digests.find((x) => x.to === to);
const kinds = (dg: Digest | undefined) => dg?.items.map((it) => `${it.task.id}:${it.kind}`) ?? [];

describe('planDigests', () => {
  test('assignees: overdue, due today, due soon; nothing for tasks far off, done or archived', () => {
    const overdue = task({ assignees: [A], deadline: d('2026-02-27'), leadUnit: 'Phòng Một' });
    const today = task({ assignees: [A], deadline: d('2026-03-02') });
    const soon = task({ assignees: [A], deadline: d('2026-03-04') }); // D − 2 = Monday 02/03
    const later = task({ assignees: [A], deadline: d('2026-03-05'), lastUpdateDay: d('2026-03-02') });
    const done = task({
      assignees: [A],
      deadline: d('2026-02-27'),
      reportedDay: d('2026-02-26'),
      confirmedBy: HEAD,
    });
    const archived = task({ assignees: [A], deadline: d('2026-02-27'), archived: true });
    const p = plan([overdue, today, soon, later, done, archived], '2026-03-02');
    expect(kinds(digestOf(p, A))).toEqual([
      `${overdue.id}:overdue`,
      `${today.id}:due_today`,
      `${soon.id}:due_soon`,
    ]);
    expect(digestOf(p, A)!.tier).toBe(0);
    const it = digestOf(p, A)!.items[0];
    expect(it.daysLeft).toBe(-1);
    // The head of unit and its follower, and the director above them, are told of the overdue task.
    for (const who of [HEAD, FOLLOWER, DIRECTOR])
      expect(kinds(digestOf(p, who))).toEqual([`${overdue.id}:unit_overdue`]);
  });

  test('a task without assignee goes to the unit focal point, else its leader', () => {
    const t1 = task({ leadUnit: 'P1', deadline: d('2026-03-02') });
    const t2 = task({ leadUnit: 'Sở', deadline: d('2026-03-02') });
    const p = plan([t1, t2], '2026-03-02');
    expect(kinds(digestOf(p, FOCAL))).toEqual([`${t1.id}:due_today`]);
    expect(kinds(digestOf(p, DIRECTOR))).toEqual([`${t2.id}:due_today`]);
  });

  test('stale: not updated for 5 working days, counted from the last update or the assignment', () => {
    const fresh = task({ assignees: [B], assignedDay: d('2026-02-25'), deadline: d('2026-04-30') });
    const stale = task({
      assignees: [B],
      assignedDay: d('2026-02-09'),
      lastUpdateDay: d('2026-02-23'),
      deadline: d('2026-04-30'),
    });
    const ongoing = task({ assignees: [B], assignedDay: d('2026-01-05') });
    const p = plan([fresh, stale, ongoing], '2026-03-02');
    const dg = digestOf(p, B)!;
    expect(kinds(dg)).toEqual([`${ongoing.id}:stale`, `${stale.id}:stale`]);
    expect(dg.items.find((it) => it.task.id === stale.id)!.notUpdatedDays).toBe(5);
  });

  test('confirmation goes to the assigner and the followers; extension to the assigner, else the leader', () => {
    const reported = task({
      assignees: [A],
      assigner: DIRECTOR,
      leadUnit: 'P1',
      deadline: d('2026-03-20'),
      reportedDay: d('2026-02-27'),
    });
    const ext = task({
      assignees: [A],
      assigner: HEAD,
      deadline: d('2026-03-20'),
      extensionRequest: '27/03/2026 — chờ số liệu',
    });
    const extNoAssigner = task({
      assignees: [B],
      leadUnit: 'P1',
      deadline: d('2026-03-20'),
      extensionRequest: 'x',
    });
    const p = plan([reported, ext, extNoAssigner], '2026-03-02');
    expect(kinds(digestOf(p, DIRECTOR))).toEqual([`${reported.id}:confirm`]);
    expect(kinds(digestOf(p, FOLLOWER))).toEqual([`${reported.id}:confirm`]);
    expect(kinds(digestOf(p, HEAD))).toEqual([`${ext.id}:extension`, `${extNoAssigner.id}:extension`]);
    expect(digestOf(p, A)).toBeUndefined();
  });

  test('a confirmer who carries out the task is not asked to confirm it; the others who may are', () => {
    // The assigner reported the result of a task assigned to themselves: the follower confirms it.
    const own = task({
      assignees: [DIRECTOR],
      assigner: DIRECTOR,
      leadUnit: 'P1',
      reportedDay: d('2026-02-27'),
    });
    // The follower is an assignee too: the assigner confirms it, not the follower.
    const follows = task({
      assignees: [FOLLOWER],
      assigner: DIRECTOR,
      leadUnit: 'P1',
      reportedDay: d('2026-02-27'),
    });
    const p = plan([own, follows], '2026-03-02');
    expect(kinds(digestOf(p, DIRECTOR))).toEqual([`${follows.id}:confirm`]);
    expect(kinds(digestOf(p, FOLLOWER))).toEqual([`${own.id}:confirm`]);
    // Every confirmer carries it out: the leader of the unit is asked (the head of the agency once named).
    const alone = task({
      assignees: [FOLLOWER],
      assigner: FOLLOWER,
      leadUnit: 'P1',
      reportedDay: d('2026-02-27'),
    });
    expect(kinds(digestOf(plan([alone], '2026-03-02'), HEAD))).toEqual([`${alone.id}:confirm`]);
    expect(digestOf(plan([alone], '2026-03-02'), FOLLOWER)).toBeUndefined();
    const headed = plan([alone], '2026-03-02', { settings: { ...DEFAULT_SETTINGS, agencyHead: DIRECTOR } });
    expect(kinds(digestOf(headed, DIRECTOR))).toEqual([`${alone.id}:confirm`]);
    expect(digestOf(headed, HEAD)).toBeUndefined();
    // An office of a few that lets one confirm one's own: the assigner is asked again.
    const small = plan([own], '2026-03-02', { settings: { ...DEFAULT_SETTINGS, selfDecision: true } });
    expect(kinds(digestOf(small, DIRECTOR))).toEqual([`${own.id}:confirm`]);
  });

  test('a task concerning a person twice appears once, under the most urgent kind', () => {
    const t1 = task({
      assignees: [HEAD],
      leadUnit: 'P1',
      assigner: HEAD,
      deadline: d('2026-02-27'),
      extensionRequest: 'x',
    });
    const p = plan([t1], '2026-03-02');
    expect(kinds(digestOf(p, HEAD))).toEqual([`${t1.id}:overdue`]);
  });

  test('people marked as no longer working here get nothing', () => {
    const t1 = task({ assignees: [RETIRED, A], deadline: d('2026-03-02') });
    const p = plan([t1], '2026-03-02');
    expect(digestOf(p, RETIRED)).toBeUndefined();
    expect(digestOf(p, A)).toBeDefined();
  });

  test('nothing on a rest day; everything with the rest-day setting', () => {
    const t1 = task({ assignees: [A], deadline: d('2026-02-13') });
    expect(plan([t1], '2026-02-17').digests).toEqual([]);
    expect(plan([t1], '2026-02-17').sendDay).toBe(false);
    const p = plan([t1], '2026-02-17', { settings: { ...DEFAULT_SETTINGS, sendOnRestDays: true } });
    expect(kinds(digestOf(p, A))).toEqual([`${t1.id}:overdue`]);
  });

  test('admins get the weekly summary by unit on the summary day only', () => {
    const t1 = task({ assignees: [A], leadUnit: 'Phòng Một', deadline: d('2026-02-20') });
    const t2 = task({ assignees: [A], leadUnit: 'P1', deadline: d('2026-02-26') });
    const t3 = task({ assignees: [B], leadUnit: 'Văn phòng', deadline: d('2026-02-27') });
    const t4 = task({ assignees: [B], deadline: d('2026-02-27') });
    const monday = plan([t1, t2, t3, t4], '2026-03-02');
    const summary = digestOf(monday, ADMIN)!.summary!;
    expect(summary.total).toBe(4);
    expect(summary.units[0]).toEqual({ unit: 'Phòng Một', overdue: 2, maxDaysLate: 6 });
    expect(summary.units.map((u) => u.unit)).toEqual(['Phòng Một', 'Văn phòng', '']); // no unit last
    expect(digestOf(plan([t1], '2026-03-03'), ADMIN)).toBeUndefined();
  });

  test('sections are capped; the rest is counted, and only listed items get keys', () => {
    const many = Array.from({ length: SECTION_LIMIT + 7 }, () =>
      task({ assignees: [A], deadline: d('2026-02-27') }),
    );
    const dg = digestOf(plan(many, '2026-03-02'), A)!;
    expect(dg.items).toHaveLength(SECTION_LIMIT);
    expect(dg.more.overdue).toBe(7);
    expect(dg.keys).toHaveLength(SECTION_LIMIT + 1);
    expect(dg.keys[0]).toBe(digestMarker(A, d('2026-03-02')));
  });

  test('digests are ordered: overdue escalations, then due today, then the rest', () => {
    const p = plan(
      [
        task({ assignees: [B], deadline: d('2026-03-05') }),
        task({ assignees: [FOCAL], deadline: d('2026-03-03') }),
        task({ assignees: [A], deadline: d('2026-03-02') }),
      ],
      '2026-03-03',
    );
    expect(p.digests.map((x) => [x.to, x.tier])).toEqual([
      [A, 0],
      [FOCAL, 1],
      [B, 2],
    ]);
  });

  test('a person whose digest is in the log gets nothing more that day, even for a new task', () => {
    const t1 = task({ assignees: [A], deadline: d('2026-03-03') });
    const first = plan([t1], '2026-03-03');
    const handled = new Set(first.digests.flatMap((x) => x.keys));
    const t2 = task({ assignees: [A], deadline: d('2026-02-27') });
    const again = plan([t1, t2], '2026-03-03', { handled });
    expect(digestOf(again, A)).toBeUndefined();
    expect(again.alreadyHandled).toBe(1);
    // The next day is a new day.
    expect(kinds(digestOf(plan([t1, t2], '2026-03-04', { handled }), A))).toContain(`${t2.id}:overdue`);
  });

  test("the reminders' health goes to every active admin only, alone when they have nothing else, once", () => {
    const t1 = task({ assignees: [A], deadline: d('2026-03-03') });
    const health = ['Không có lần chạy nhắc việc nào vào các ngày làm việc: 2026-03-02.'];
    const p = plan([t1], '2026-03-03', { health });
    const admin = digestOf(p, ADMIN)!;
    expect(admin).toMatchObject({ items: [], health, summary: null });
    expect(admin.keys.map((k) => parseReminderKey(k)!.kind)).toEqual(['digest', 'health']);
    expect(digestOf(p, A)!.health).toBeUndefined();
    expect(p.digests.filter((x) => x.health)).toHaveLength(1);
    // In the log: not again that day; no health, no digest for the admin.
    const handled = new Set(p.digests.flatMap((x) => x.keys));
    expect(digestOf(plan([t1], '2026-03-03', { health, handled }), ADMIN)).toBeUndefined();
    expect(digestOf(plan([t1], '2026-03-03'), ADMIN)).toBeUndefined();
  });
});

describe('planDigests properties', () => {
  const emails = [A, B, HEAD, FOLLOWER, FOCAL, DIRECTOR, ADMIN, RETIRED, 'ngoai@khac.vn'];
  const arbTask = fc
    .record({
      assignees: fc.subarray(emails, { maxLength: 3 }),
      assigner: fc.constantFrom('', HEAD, DIRECTOR),
      leadUnit: fc.constantFrom('', 'P1', 'Phòng Một', 'VP', 'Sở', 'Không có'),
      deadline: fc.option(fc.integer({ min: d('2026-01-20'), max: d('2026-04-10') }), { nil: null }),
      assigned: fc.integer({ min: d('2025-12-01'), max: d('2026-01-19') }),
      update: fc.option(fc.integer({ min: d('2026-01-01'), max: d('2026-03-20') }), { nil: null }),
      reported: fc.option(fc.integer({ min: d('2026-01-20'), max: d('2026-03-20') }), { nil: null }),
      confirmed: fc.boolean(),
      archived: fc.boolean(),
      ext: fc.boolean(),
      confidential: fc.boolean(),
    })
    .map((r) =>
      task({
        assignees: r.assignees,
        assigner: r.assigner,
        leadUnit: r.leadUnit,
        deadline: r.deadline,
        assignedDay: r.assigned,
        lastUpdateDay: r.update,
        reportedDay: r.reported,
        confirmedBy: r.confirmed && r.reported !== null ? HEAD : '',
        archived: r.archived && !r.ext,
        extensionRequest: r.ext ? 'gia hạn' : '',
        confidential: r.confidential,
      }),
    );

  test('at most one digest per person per day, never a key twice, a second plan adds nothing', () => {
    fc.assert(
      fc.property(
        fc.array(arbTask, { maxLength: 40 }),
        fc.integer({ min: d('2026-01-26'), max: d('2026-03-20') }),
        (tasks, today) => {
          const input: PlanInput = {
            tasks,
            directory,
            calendar: cal,
            settings: DEFAULT_SETTINGS,
            today,
            handled: new Set(),
          };
          const first = planDigests(input);
          const people = first.digests.map((x) => x.to);
          expect(new Set(people).size).toBe(people.length);
          const keys = first.digests.flatMap((x) => x.keys);
          expect(new Set(keys).size).toBe(keys.length);
          for (const k of keys) expect(parseReminderKey(k)!.iso).toBe(isoFromDay(today));
          for (const dg of first.digests) {
            expect(dg.items.length + (dg.summary ? 1 : 0)).toBeGreaterThan(0);
            expect(dg.to).not.toBe(RETIRED);
            for (let i = 1; i < dg.items.length; i++)
              expect(kindRank(dg.items[i - 1].kind)).toBeLessThanOrEqual(kindRank(dg.items[i].kind));
          }
          for (let i = 1; i < first.digests.length; i++)
            expect(first.digests[i - 1].tier).toBeLessThanOrEqual(first.digests[i].tier);
          if (!cal.isWorkingDay(today)) expect(first.digests).toEqual([]);
          const second = planDigests({ ...input, handled: new Set(keys) });
          expect(second.digests).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
