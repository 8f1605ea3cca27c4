/**
 * A person's first screen kept and patched (src/core/screen.ts): after any sequence of changes, a
 * patched screen equals the one computed afresh from every task, or the patch refuses (null: the screen
 * is dropped); a screen never lists a task its person may not see.
 */
import fc from 'fast-check';
import { WorkingCalendar } from '../../../src/core/calendar';
import { dayFromIso } from '../../../src/core/civil-date';
import { Directory, type Person } from '../../../src/core/directory';
import { canSee } from '../../../src/core/permissions';
import {
  buildScreen,
  buildScreens,
  LIST_LIMIT,
  listedIds,
  MIN_KEPT,
  patchScreen,
  type Screen,
} from '../../../src/core/screen';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { Task } from '../../../src/core/task';
import type { ActionContext } from '../../../src/core/task-actions';
import { childrenByParent } from '../../../src/core/task-view';
import { blankTask } from '../../helpers/tasks';

const person = (email: string, role: Person['role'], unit: string): Person => ({
  email,
  name: email,
  unit,
  role,
  active: true,
  row: 2,
});
const PEOPLE = [
  person('admin@x.vn', 'admin', 'VP'),
  person('lead@x.vn', 'leader', 'VP'),
  person('f@x.vn', 'follower', 'VP'),
  person('a@x.vn', 'official', 'P1'),
  person('b@x.vn', 'official', 'P2'),
  person('c@x.vn', 'focal', 'P1'),
  person('v@x.vn', 'viewer', 'VP'),
];
const dir = new Directory(PEOPLE, [
  { code: 'P1', name: 'Phòng Một', parent: '', leader: 'lead@x.vn', follower: 'f@x.vn', focal: '' },
  { code: 'P2', name: 'Phòng Hai', parent: '', leader: '', follower: '', focal: '' },
  { code: 'VP', name: 'Văn phòng', parent: '', leader: '', follower: '', focal: '' },
]);
const EMAILS = PEOPLE.map((p) => p.email);
const TODAY = dayFromIso('2026-03-04')!;
const ctxOf = (me: Person): ActionContext => ({
  me,
  dir,
  calendar: new WorkingCalendar(),
  settings: DEFAULT_SETTINGS,
  today: TODAY,
});

const fresh = (tasks: readonly Task[], me: Person) => buildScreen(tasks, ctxOf(me), childrenByParent(tasks));

/** What one change does to a task: each field drawn at random (the rules read every one of them). */
const edit = fc.record(
  {
    assignees: fc.subarray(['a@x.vn', 'b@x.vn', 'c@x.vn']),
    assigner: fc.constantFrom('lead@x.vn', 'admin@x.vn', 'a@x.vn', ''),
    leadUnit: fc.constantFrom('Phòng Một', 'Phòng Hai', 'P1', ''),
    deadlineOffset: fc.option(fc.integer({ min: -5, max: 8 })),
    reported: fc.boolean(),
    confirmed: fc.boolean(),
    archived: fc.boolean(),
    confidential: fc.boolean(),
    extensionRequest: fc.constantFrom('', '10/03/2026 — bận'),
    confirmedBy: fc.constantFrom('', 'f@x.vn'),
    progress: fc.integer({ min: 0, max: 100 }),
  },
  { requiredKeys: [] },
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function apply(task: Task, e: Edit): Task {
  const t: Task = { ...task };
  if (e.assignees) t.assignees = e.assignees;
  if (e.assigner !== undefined) t.assigner = e.assigner;
  if (e.leadUnit !== undefined) t.leadUnit = e.leadUnit;
  if (e.deadlineOffset !== undefined)
    t.deadline = e.deadlineOffset === null ? null : TODAY + e.deadlineOffset;
  if (e.reported !== undefined) t.reportedDay = e.reported ? TODAY - 1 : null;
  if (e.confirmed !== undefined) t.confirmedDay = e.confirmed && t.reportedDay !== null ? TODAY : null;
  if (e.archived !== undefined) t.archived = e.archived;
  if (e.confidential !== undefined) t.confidential = e.confidential;
  if (e.extensionRequest !== undefined) t.extensionRequest = e.extensionRequest;
  if (e.confirmedBy !== undefined) t.confirmedBy = e.confirmedBy;
  if (e.progress !== undefined) t.progress = e.progress;
  return t;
}

let seq = 0;
const newTask = (e: Edit, parentId: string): Task =>
  apply(
    blankTask({
      id: `NV-2026-${String(++seq).padStart(4, '0')}`,
      title: `Việc ${seq}`,
      assigner: 'lead@x.vn',
      leadUnit: 'Phòng Một',
      assignees: ['a@x.vn'],
      assignedDay: TODAY - 10,
      deadline: TODAY + 3,
      parentId,
    }),
    e,
  );

/** A step: a new task (a sub-task of an existing one, or not), or a change to one task. */
const step = fc.oneof(
  fc.record({ kind: fc.constant('new' as const), edit, parent: fc.nat(), sub: fc.boolean() }),
  fc.record({ kind: fc.constant('change' as const), edit, which: fc.nat() }),
);

/** Applies one step to the register; answers the old and new task and the new one's sub-tasks. */
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;
function run(tasks: Task[], s: Step) {
  if (s.kind === 'new' || tasks.length === 0) {
    const parent = s.kind === 'new' && s.sub && tasks.length > 0 ? tasks[s.parent % tasks.length].id : '';
    const now = newTask(s.edit, parent);
    tasks.push(now);
    return { old: null, now, kids: [] as Task[] };
  }
  const i = s.which % tasks.length;
  const old = tasks[i];
  const now = apply(old, s.edit);
  tasks[i] = now;
  return { old, now, kids: tasks.filter((t) => t.parentId === now.id) };
}

const sameScreen = (a: Screen, b: Screen) => expect(a).toEqual(b);

function neverShowsHidden(screen: Screen, tasks: readonly Task[], me: Person) {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  for (const id of listedIds(screen)) expect(canSee(me, byId.get(id)!, dir, DEFAULT_SETTINGS)).toBe(true);
}

describe('a kept screen', () => {
  it('patched after any sequence of changes equals the screen computed afresh, or is dropped', () => {
    let patchedCount = 0;
    let droppedCount = 0;
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 30 }), fc.boolean(), (steps, unknownKids) => {
        const tasks: Task[] = [];
        const kept = new Map<string, Screen>(PEOPLE.map((p) => [p.email, fresh(tasks, p)]));
        for (const s of steps) {
          const { old, now, kids } = run(tasks, s);
          for (const me of PEOPLE) {
            // A person's edit by hand does not say the sub-tasks (null); an action does.
            const patched = patchScreen(
              kept.get(me.email)!,
              old,
              now,
              unknownKids ? null : kids.map((k) => k.id),
              ctxOf(me),
            );
            const expected = fresh(tasks, me);
            if (patched) patchedCount++;
            else droppedCount++;
            if (patched) {
              sameScreen(patched, expected);
              neverShowsHidden(patched, tasks, me);
            }
            kept.set(me.email, patched ?? expected); // dropped: the next open builds it again
          }
        }
      }),
      { numRuns: 200 },
    );
    // Dropping is the exception (a task newly listed whose sub-tasks are unknown), not the rule.
    expect(patchedCount).toBeGreaterThan(droppedCount * 4);
  });

  it('a list cut at the limit that loses tasks it shows keeps the others, most urgent first, down to MIN_KEPT', () => {
    const tasks = Array.from({ length: LIST_LIMIT + 5 }, () => newTask({ deadlineOffset: -1 }, ''));
    const admin = PEOPLE[0];
    const screen = fresh(tasks, admin);
    expect(screen.urgent.total).toBe(LIST_LIMIT + 5);
    expect(screen.urgent.top).toHaveLength(LIST_LIMIT);
    const doneOf = (t: Task) => ({ ...t, reportedDay: TODAY - 1, confirmedDay: TODAY });
    const first = tasks.find((t) => t.id === screen.urgent.top[0][2])!;
    const done = doneOf(first);
    const once = patchScreen(screen, first, done, [], ctxOf(admin))!;
    const expected = fresh(
      tasks.map((t) => (t.id === first.id ? done : t)),
      admin,
    );
    expect(once.counts).toEqual(expected.counts);
    expect(once.urgent.total).toBe(expected.urgent.total);
    expect(once.urgent.top).toEqual(expected.urgent.top.slice(0, LIST_LIMIT - 1));
    // A task that now sorts after the last shown member is counted, not shown: its place among the
    // members not shown is unknown.
    const late = newTask({ deadlineOffset: -1 }, '');
    const withLate = patchScreen(once, null, late, [], ctxOf(admin))!;
    expect(withLate.urgent.total).toBe(once.urgent.total + 1);
    expect(withLate.urgent.top.map((e) => e[2])).not.toContain(late.id);
    // Shown members go one by one down to MIN_KEPT; the next one drops the screen.
    let kept: Screen = once;
    let current = tasks.map((t) => (t.id === first.id ? done : t));
    while (kept.urgent.top.length > MIN_KEPT) {
      const next = current.find((t) => t.id === kept.urgent.top[0][2])!;
      kept = patchScreen(kept, next, doneOf(next), [], ctxOf(admin))!;
      current = current.map((t) => (t.id === next.id ? doneOf(next) : t));
      expect(kept.urgent.top).toEqual(fresh(current, admin).urgent.top.slice(0, kept.urgent.top.length));
    }
    const lastShown = current.find((t) => t.id === kept.urgent.top[0][2])!;
    expect(patchScreen(kept, lastShown, doneOf(lastShown), [], ctxOf(admin))).toBeNull();
    // A task beyond the cut may leave: the counts follow, the shown list stays.
    const last = tasks.find((t) => !screen.urgent.top.some((e) => e[2] === t.id))!;
    const patched = patchScreen(
      screen,
      last,
      { ...last, reportedDay: TODAY - 1, confirmedDay: TODAY },
      [],
      ctxOf(admin),
    );
    const after = tasks.map((t) =>
      t.id === last.id ? { ...last, reportedDay: TODAY - 1, confirmedDay: TODAY } : t,
    );
    expect(patched).toEqual(fresh(after, admin));
  });

  it('a task made confidential leaves the screen of whoever may no longer see it', () => {
    const task = newTask({ assignees: ['a@x.vn'], deadlineOffset: -2 }, '');
    const b = PEOPLE.find((p) => p.email === 'b@x.vn')!;
    const shared = { ...task, leadUnit: 'Phòng Hai' };
    const before = fresh([shared], b);
    expect(listedIds(before)).toEqual([]); // an official's screen lists only their own
    expect(before.visibleTotal).toBe(1);
    const hidden = { ...shared, confidential: true };
    const after = patchScreen(before, shared, hidden, [], ctxOf(b))!;
    expect(after.visibleTotal).toBe(0);
    expect(after).toEqual(fresh([hidden], b));
    const viewer = PEOPLE.find((p) => p.role === 'viewer')!;
    const v = patchScreen(fresh([shared], viewer), shared, hidden, [], ctxOf(viewer))!;
    expect(listedIds(v)).toEqual([]);
    expect(v.visibleTotal).toBe(0);
  });

  it('a screen that does not hold what the register held is dropped, not patched', () => {
    const task = newTask({}, '');
    const a = PEOPLE.find((p) => p.email === 'a@x.vn')!;
    // The screen was built without the task (a row the screen never saw): removing it cannot be exact.
    expect(patchScreen(fresh([], a), task, null, [], ctxOf(a))).toBeNull();
  });

  it('lists every person on the task in their own list and the follower in what awaits them', () => {
    const reported = newTask({ reported: true }, '');
    const f = PEOPLE.find((p) => p.email === 'f@x.vn')!;
    const screen = fresh([reported], f);
    expect(screen.pending.top.map((e) => e[2])).toEqual([reported.id]);
    expect(screen.counts.awaiting_confirmation).toBe(1);
    const a = fresh(
      [reported],
      PEOPLE.find((p) => p.email === 'a@x.vn')!,
    );
    expect(a.mine.top.map((e) => e[2])).toEqual([reported.id]);
    expect(EMAILS).toContain('a@x.vn');
  });
});

describe('every screen at once (the daily refresh)', () => {
  // Random offices: e-mails and units written in any case, units named by code or name, unit trees
  // (a cycle typed by hand included), every role, a head of the agency or none, confidential tasks.
  const EMAIL = fc.constantFrom('a@x.vn', 'B@x.vn', 'c@x.vn', 'd@x.vn', 'e@x.vn', ' f@x.vn', '');
  const UNIT = fc.constantFrom('P1', 'p1', 'Phòng Một', 'P2', 'Phòng Hai', 'VP', 'KHÁC', '');
  const office = fc.record({
    staff: fc.array(
      fc.record({
        email: EMAIL,
        role: fc.constantFrom('admin', 'leader', 'follower', 'focal', 'official', 'viewer') as fc.Arbitrary<
          Person['role']
        >,
        unit: UNIT,
      }),
      { minLength: 1, maxLength: 8 },
    ),
    units: fc.tuple(
      ...['P1', 'P2', 'VP'].map((code) =>
        fc
          .record({ parent: fc.constantFrom('', 'P1', 'P2', 'VP'), leader: EMAIL, follower: EMAIL })
          .map((u) => ({
            ...u,
            code,
            name: { P1: 'Phòng Một', P2: 'Phòng Hai', VP: 'Văn phòng' }[code]!,
            focal: '',
          })),
      ),
    ),
    head: fc.constantFrom('', 'c@x.vn', 'a@x.vn'),
    tasks: fc.array(
      fc.record({
        assignees: fc.array(EMAIL, { maxLength: 2 }),
        assigner: EMAIL,
        confirmedBy: EMAIL,
        leadUnit: UNIT,
        coUnits: fc.array(UNIT, { maxLength: 2 }),
        confidential: fc.boolean(),
        deadline: fc.option(fc.integer({ min: -5, max: 8 })),
        reported: fc.boolean(),
        extensionRequest: fc.constantFrom('', '10/03/2026 — bận'),
        sub: fc.boolean(),
      }),
      { maxLength: 25 },
    ),
  });

  it('are exactly the screens built person by person with canSee', () => {
    fc.assert(
      fc.property(office, (o) => {
        const people = o.staff.map((s, i) => ({ ...person(s.email, s.role, s.unit), row: i + 2 }));
        const d = new Directory(people, o.units);
        const tasks: Task[] = o.tasks.map((t, i) =>
          blankTask({
            ...t,
            id: `NV-${i}`,
            title: `Việc ${i}`,
            deadline: t.deadline === null ? null : TODAY + t.deadline,
            reportedDay: t.reported ? TODAY - 1 : null,
            parentId: t.sub && i > 0 ? `NV-${i - 1}` : '',
          }),
        );
        const settings = { ...DEFAULT_SETTINGS, agencyHead: o.head };
        const ctx = { dir: d, calendar: new WorkingCalendar(), settings, today: TODAY };
        const children = childrenByParent(tasks);
        const all = buildScreens(tasks, ctx, people, children);
        expect(all.size).toBe(people.length);
        for (const me of people) expect(all.get(me)).toEqual(buildScreen(tasks, { ...ctx, me }, children));
      }),
      { numRuns: 500 },
    );
  });
});
