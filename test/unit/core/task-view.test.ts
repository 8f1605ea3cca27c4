/**
 * A task as the sidebar shows it (`src/core/task-view.ts`): plain JSON with ISO dates, its status and
 * colour, what the viewer may do, and the filtered, most-urgent-first lists.
 */
import fc from 'fast-check';
import { WorkingCalendar } from '../../../src/core/calendar';
import { dayFromIso } from '../../../src/core/civil-date';
import { Directory, type Person } from '../../../src/core/directory';
import { canSee } from '../../../src/core/permissions';
import type { Role } from '../../../src/core/schema';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { STATUS_COLOURS, STATUS_LABELS_EN, STATUS_LABELS_VI } from '../../../src/core/status';
import type { Task } from '../../../src/core/task';
import type { ActionContext } from '../../../src/core/task-actions';
import {
  byUrgency,
  childrenByParent,
  isMine,
  toView,
  visibleViews,
  type TaskFilter,
  type TaskView,
} from '../../../src/core/task-view';
import { matches } from '../../../src/sidebar/lists';
import { tasksFromRows } from '../../helpers/tasks';

const person = (email: string, role: Role, unit: string): Person => ({
  email,
  name: `Tên ${email.split('@')[0]}`,
  unit,
  role,
  active: true,
  row: 2,
});

const LEADER = 'lanhdao@x.vn';
const FOLLOWER = 'theodoi@x.vn';
const A = 'a@x.vn'; // official of Phòng Một
const B = 'b@x.vn'; // official of Phòng Hai
const V = 'v@x.vn'; // viewer

const dir = new Directory(
  [
    person(LEADER, 'leader', 'VP'),
    person(FOLLOWER, 'follower', 'VP'),
    person(A, 'official', 'P1'),
    person(B, 'official', 'P2'),
    person(V, 'viewer', 'VP'),
  ],
  [
    { code: 'P1', name: 'Phòng Một', parent: '', leader: '', follower: FOLLOWER, focal: '' },
    { code: 'P2', name: 'Phòng Hai', parent: '', leader: '', follower: '', focal: '' },
    { code: 'VP', name: 'Văn phòng', parent: '', leader: '', follower: '', focal: '' },
  ],
);

const TODAY = '2026-03-04'; // a Wednesday
const ctx = (email: string, extra: Partial<ActionContext> = {}): ActionContext => ({
  me: dir.person(email)!,
  dir,
  calendar: new WorkingCalendar(),
  settings: DEFAULT_SETTINGS,
  today: dayFromIso(TODAY)!,
  ...extra,
});

let seq = 0;
/** One register row, read as the add-on reads it; Phòng Một's, assigned by the leader to A. */
function task(cells: Record<string, unknown> = {}): Task {
  seq += 1;
  return tasksFromRows([
    {
      id: `NV-2026-${String(seq).padStart(4, '0')}`,
      title: `Nhiệm vụ ${seq}`,
      assigner: LEADER,
      leadUnit: 'Phòng Một',
      assignees: A,
      assignedDate: '02/03/2026',
      deadline: '31/03/2026',
      progress: 0,
      ...cells,
    },
  ])[0];
}

describe('toView', () => {
  it('is plain JSON: dates as ISO strings, never Date objects', () => {
    const t = task({
      deadline: '10/03/2026',
      extendedDeadline: '20/03/2026',
      lastUpdate: '03/03/2026',
      reportedDate: '04/03/2026',
    });
    const v = toView(t, ctx(A));
    expect(JSON.parse(JSON.stringify(v))).toEqual(v);
    expect(v).toMatchObject({
      assigned: '2026-03-02',
      deadline: '2026-03-10',
      extendedDeadline: '2026-03-20',
      effectiveDeadline: '2026-03-20',
      lastUpdate: '2026-03-03',
      reported: '2026-03-04',
      confirmed: null,
    });
  });

  it('names people from the staff sheet, and by their address when it lacks them', () => {
    const v = toView(task({ assignees: `${A}, ngoai@khac.vn` }), ctx(A));
    expect(v.assigner).toEqual({ email: LEADER, name: 'Tên lanhdao' });
    expect(v.assignees).toEqual([
      { email: A, name: 'Tên a' },
      { email: 'ngoai@khac.vn', name: 'ngoai@khac.vn' },
    ]);
  });

  it('reads the extension request cell; one it cannot read is shown as typed', () => {
    expect(toView(task({ extensionRequest: '20/03/2026 — chờ số liệu' }), ctx(A)).extensionRequest).toEqual({
      deadline: '2026-03-20',
      reason: 'chờ số liệu',
    });
    expect(toView(task({ extensionRequest: 'xin thêm một tuần' }), ctx(A)).extensionRequest).toEqual({
      deadline: '',
      reason: 'xin thêm một tuần',
    });
    expect(toView(task(), ctx(A)).extensionRequest).toBeNull();
  });

  it('gives the progress as a whole percentage', () => {
    expect(toView(task({ progress: 0.456 }), ctx(A)).progress).toBe(46);
    expect(toView(task({ progress: '' }), ctx(A)).progress).toBe(0);
  });

  it('an overdue task: its status, label, colour, urgency, and the working days past its deadline', () => {
    const v = toView(task({ deadline: '02/03/2026' }), ctx(A));
    expect(v.status).toBe('overdue');
    expect(v.statusLabel).toBe(STATUS_LABELS_VI.overdue);
    expect(v.colour).toEqual(STATUS_COLOURS.overdue);
    expect(v.urgency).toBe(0);
    expect(v.daysLeft).toBe(-2);
    expect(v.daysLate).toBe(2);
  });

  it('speaks the language of the settings', () => {
    const v = toView(
      task({ deadline: '05/03/2026' }),
      ctx(A, { settings: { ...DEFAULT_SETTINGS, language: 'en' } }),
    );
    expect(v.status).toBe('due_soon');
    expect(v.statusLabel).toBe(STATUS_LABELS_EN.due_soon);
    expect(v.daysLeft).toBe(1);
  });

  it('no days left once a task is closed or has no deadline', () => {
    expect(toView(task({ reportedDate: '03/03/2026' }), ctx(A)).daysLeft).toBeNull();
    expect(toView(task({ archived: true }), ctx(A)).daysLeft).toBeNull();
    expect(toView(task({ deadline: '' }), ctx(A))).toMatchObject({ status: 'ongoing', daysLeft: null });
    const done = toView(
      task({ reportedDate: '03/03/2026', confirmedBy: FOLLOWER, confirmedAt: '04/03/2026' }),
      ctx(A),
    );
    expect(done).toMatchObject({
      status: 'done_early',
      daysLeft: null,
      confirmedBy: FOLLOWER,
      confirmed: '2026-03-04',
    });
  });

  it('keeps the Drive link of a confidential task out of the view', () => {
    const link = 'https://drive.google.com/drive/folders/abc';
    expect(toView(task({ driveLink: link }), ctx(A)).driveLink).toBe(link);
    const secret = toView(task({ driveLink: link, confidential: true }), ctx(A));
    expect(secret.driveLink).toBe('');
    expect(secret.workspace.state).toBe('confidential');
    expect(secret.workspace.docLink).toBe('');
  });

  it("shows the children's progress and status", () => {
    const parent = task();
    const kids = [
      task({ parentId: parent.id, progress: 0.5, deadline: '02/03/2026' }),
      task({ parentId: parent.id, reportedDate: '03/03/2026' }),
    ];
    expect(toView(parent, ctx(A), kids).children).toEqual([
      { id: kids[0].id, title: kids[0].title, progress: 50, status: 'overdue' },
      { id: kids[1].id, title: kids[1].title, progress: 0, status: 'awaiting_confirmation' },
    ]);
  });

  describe('the actions are what the person may do in the task state', () => {
    it('the assignee of an open task updates, reports, delegates and asks for an extension', () => {
      expect(toView(task(), ctx(A)).actions).toEqual(['update', 'report', 'delegate', 'requestExtension']);
    });

    it('no extension request once the allowed extensions are used, or without a deadline', () => {
      expect(toView(task({ extensionCount: 1 }), ctx(A)).actions).toEqual(['update', 'report', 'delegate']);
      expect(toView(task({ deadline: '' }), ctx(A)).actions).toEqual(['update', 'report', 'delegate']);
    });

    it('no extension request while one is pending; the follower decides it', () => {
      const pending = task({ extensionRequest: '20/04/2026 — chờ số liệu' });
      expect(toView(pending, ctx(A)).actions).toEqual(['update', 'report', 'delegate']);
      expect(toView(pending, ctx(FOLLOWER)).actions).toEqual(['decideExtension', 'archive']);
    });

    it('a reported result: the follower and the leader confirm, send back or archive, the assignee waits', () => {
      const reported = task({ reportedDate: '03/03/2026' });
      expect(toView(reported, ctx(A)).actions).toEqual([]);
      expect(toView(reported, ctx(FOLLOWER)).actions).toEqual(['confirm', 'sendBack', 'archive']);
      expect(toView(reported, ctx(LEADER)).actions).toEqual(['confirm', 'sendBack', 'archive']);
    });

    it('nothing on an archived or confirmed task, nothing ever for a viewer', () => {
      expect(toView(task({ archived: true }), ctx(LEADER)).actions).toEqual([]);
      const done = task({ reportedDate: '03/03/2026', confirmedBy: FOLLOWER });
      expect(toView(done, ctx(LEADER)).actions).toEqual([]);
      expect(toView(task({ assignees: V }), ctx(V)).actions).toEqual([]);
    });
  });
});

describe('byUrgency', () => {
  const view = (urgency: number, effectiveDeadline: string | null, id: string) =>
    ({ urgency, effectiveDeadline, id }) as TaskView;

  it('most urgent first, then the nearest deadline (none last), then the id', () => {
    const list = [
      view(3, null, 'NV-2026-0001'),
      view(3, '2026-03-20', 'NV-2026-0003'),
      view(0, '2026-03-01', 'NV-2026-0009'),
      view(3, '2026-03-20', 'NV-2026-0002'),
      view(3, '2026-03-10', 'NV-2026-0004'),
    ];
    expect(list.sort(byUrgency).map((v) => v.id)).toEqual([
      'NV-2026-0009',
      'NV-2026-0004',
      'NV-2026-0002',
      'NV-2026-0003',
      'NV-2026-0001',
    ]);
  });

  it('is a consistent order: swapping the two flips the sign, and only equal keys tie', () => {
    const arb = fc.record({
      urgency: fc.nat({ max: 8 }),
      deadline: fc.option(fc.constantFrom('2026-01-05', '2026-03-10', '2026-12-31'), { nil: null }),
      id: fc.constantFrom('NV-2026-0001', 'NV-2026-0002', 'NV-2026-0010'),
    });
    fc.assert(
      fc.property(arb, arb, (a, b) => {
        const x = view(a.urgency, a.deadline, a.id);
        const y = view(b.urgency, b.deadline, b.id);
        const same = a.urgency === b.urgency && a.deadline === b.deadline && a.id === b.id;
        return Math.sign(byUrgency(x, y)) === -Math.sign(byUrgency(y, x)) && (byUrgency(x, y) === 0) === same;
      }),
    );
  });
});

describe('childrenByParent', () => {
  it('groups sub-tasks under their parent, in register order; tasks without a parent are nobody’s child', () => {
    const [p, q] = [task(), task()];
    const c1 = task({ parentId: p.id });
    const c2 = task({ parentId: q.id });
    const c3 = task({ parentId: p.id });
    const byParent = childrenByParent([p, c1, q, c2, c3]);
    expect([...byParent.keys()]).toEqual([p.id, q.id]);
    expect(byParent.get(p.id)).toEqual([c1, c3]);
    expect(byParent.get(q.id)).toEqual([c2]);
  });
});

describe('isMine', () => {
  it('the tasks a person is on: assigned to, assigned by, or confirmed by them', () => {
    const t = task({ assignees: B, assigner: LEADER, confirmedBy: FOLLOWER });
    expect(isMine(dir.person(B)!, t)).toBe(true);
    expect(isMine(dir.person(LEADER)!, t)).toBe(true);
    expect(isMine(dir.person(FOLLOWER)!, t)).toBe(true);
    expect(isMine(dir.person(A)!, t)).toBe(false);
  });
});

describe('visibleViews', () => {
  const overdue = task({ title: 'Rà soát hồ sơ đất đai', deadline: '02/03/2026' });
  const dueSoon = task({ deadline: '05/03/2026', coUnits: 'Phòng Hai', source: 'Thông báo 12/TB-UBND' });
  const later = task({ deadline: '20/03/2026', assignees: B, leadUnit: 'Phòng Hai' });
  const ongoing = task({ deadline: '', assignees: B, assigner: A, leadUnit: 'Phòng Hai' });
  const otherUnit = task({ deadline: '10/03/2026', assignees: B, leadUnit: 'Phòng Hai' });
  const secret = task({ deadline: '09/03/2026', confidential: true, assignees: B, leadUnit: 'Phòng Hai' });
  const all = [later, ongoing, otherUnit, secret, dueSoon, overdue];
  const ids = (filter: TaskFilter, email = A, limit = 100) =>
    visibleViews(all, ctx(email), dir, filter, limit).views.map((v) => v.id);

  it('only the tasks the person may see, most urgent first', () => {
    expect(ids({})).toEqual([overdue.id, dueSoon.id, ongoing.id]);
    expect(ids({}, LEADER)).toEqual([overdue.id, dueSoon.id, secret.id, otherUnit.id, later.id, ongoing.id]);
    for (const email of [A, B, V, FOLLOWER, LEADER]) {
      const seen = new Set(ids({}, email));
      for (const t of all) expect(seen.has(t.id)).toBe(canSee(dir.person(email)!, t, dir));
    }
  });

  it('"mine": only the tasks the person is on', () => {
    expect(ids({ mine: true })).toEqual([overdue.id, dueSoon.id, ongoing.id]);
    expect(ids({ mine: true }, B)).toEqual([secret.id, otherUnit.id, later.id, ongoing.id]);
    expect(ids({ mine: true }, V)).toEqual([]);
  });

  it('by unit, lead or helping; by assignee, whatever the case typed', () => {
    expect(ids({ unit: 'Phòng Hai' }, LEADER)).toEqual([
      dueSoon.id,
      secret.id,
      otherUnit.id,
      later.id,
      ongoing.id,
    ]);
    expect(ids({ person: 'B@X.VN' }, LEADER)).toEqual([secret.id, otherUnit.id, later.id, ongoing.id]);
  });

  it('by text in the id, title or source, whatever the case', () => {
    expect(ids({ text: 'HỒ SƠ' })).toEqual([overdue.id]);
    expect(ids({ text: '12/tb-ubnd' })).toEqual([dueSoon.id]);
    expect(ids({ text: ` ${later.id.toLowerCase()} ` }, LEADER)).toEqual([later.id]);
  });

  it('by status, and by effective deadline between two days inclusive (tasks without one are left out)', () => {
    expect(ids({ status: 'overdue' }, LEADER)).toEqual([overdue.id]);
    expect(ids({ from: '2026-03-05', to: '2026-03-10' }, LEADER)).toEqual([
      dueSoon.id,
      secret.id,
      otherUnit.id,
    ]);
    expect(ids({ from: '2026-03-10' }, LEADER)).toEqual([otherUnit.id, later.id]);
    expect(ids({ to: '2026-03-02' }, LEADER)).toEqual([overdue.id]);
  });

  it('at most `limit` views, with the total that matched', () => {
    const r = visibleViews(all, ctx(LEADER), dir, {}, 2);
    expect(r.views.map((v) => v.id)).toEqual([overdue.id, dueSoon.id]);
    expect(r.total).toBe(6);
  });

  it('`offset` gives the next page of the same order; a bad offset is the first page', () => {
    const page = (offset: unknown) =>
      visibleViews(all, ctx(LEADER), dir, { offset } as TaskFilter, 2).views.map((v) => v.id);
    expect(page(2)).toEqual([secret.id, otherUnit.id]);
    expect(page(4)).toEqual([later.id, ongoing.id]);
    expect(page(6)).toEqual([]);
    for (const bad of [-3, 'x', null, NaN]) expect(page(bad)).toEqual([overdue.id, dueSoon.id]);
  });

  it("a parent's view carries its children", () => {
    const child = task({ parentId: overdue.id, deadline: '02/03/2026' });
    const views = visibleViews([overdue, child], ctx(A), dir, {}, 10).views;
    expect(views.find((v) => v.id === overdue.id)!.children.map((c) => c.id)).toEqual([child.id]);
  });
});

describe('the page filters as the server does', () => {
  // The sidebar narrows a loaded list itself (src/sidebar/lists.ts `matches`) instead of asking again:
  // any clause of one that the other lacks shows a list the server would not give.
  const arbTask = fc
    .record({
      title: fc.constantFrom('Kiểm tra vệ sinh', 'Báo cáo quý', 'Ve sinh môi trường', 'Rà soát HỒ SƠ'),
      source: fc.constantFrom('', 'Thông báo 12/TB-UBND', 'Kế hoạch 5/KH'),
      leadUnit: fc.constantFrom('Phòng Một', 'Phòng Hai'),
      coUnits: fc.constantFrom('', 'Phòng Hai', 'Phòng Một, Văn phòng'),
      assignees: fc.constantFrom(A, B, `${A}, ${B}`),
      deadline: fc.constantFrom('', '02/03/2026', '04/03/2026', '05/03/2026', '10/03/2026', '20/03/2026'),
      extendedDeadline: fc.constantFrom('', '', '', '12/03/2026'),
      reportedDate: fc.constantFrom('', '', '03/03/2026'),
    })
    .map((cells) => task(cells));
  const arbFilter: fc.Arbitrary<TaskFilter> = fc.record(
    {
      status: fc.constantFrom('', 'overdue', 'due_soon', 'in_progress', 'awaiting_confirmation', 'ongoing'),
      unit: fc.constantFrom('', 'Phòng Một', 'Phòng Hai', 'Văn phòng'),
      person: fc.constantFrom('', A, B.toUpperCase()),
      text: fc.constantFrom('', 've sinh', 'HỒ SƠ', '12/tb', ' quý ', 'nv-2026'),
      from: fc.constantFrom('', '2026-03-04', '2026-03-10'),
      to: fc.constantFrom('', '2026-03-05', '2026-03-12'),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<TaskFilter>;

  it('every filter: the tasks the server gives are those the page keeps from the whole list', () => {
    fc.assert(
      fc.property(fc.array(arbTask, { maxLength: 25 }), arbFilter, (tasks, filter) => {
        const server = visibleViews(tasks, ctx(LEADER), dir, filter, 1000).views.map((v) => v.id);
        const all = visibleViews(tasks, ctx(LEADER), dir, {}, 1000).views;
        expect(all.filter((v) => matches(v, filter)).map((v) => v.id)).toEqual(server);
      }),
    );
  });
});
