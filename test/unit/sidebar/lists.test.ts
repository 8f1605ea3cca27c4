/**
 * The sidebar's lists without the DOM (`src/sidebar/lists.ts`): groups by state, sort orders, the
 * page's own filtering (the server's rules), when a loaded answer serves a narrower filter, and the
 * tab each person lands on.
 */
import fc from 'fast-check';
import { TASK_STATUSES, urgencyRank, type TaskStatus } from '../../../src/core/status';
import type { TaskFilter, TaskView } from '../../../src/core/task-view';
import { grouped, groupOf, landing, matches, narrows, SORT_KEYS } from '../../../src/sidebar/lists';

let seq = 0;
function view(over: Partial<TaskView> = {}): TaskView {
  const status = over.status ?? 'in_progress';
  return {
    id: `NV-${String(++seq).padStart(4, '0')}`,
    title: 'Báo cáo',
    source: '',
    leadUnit: 'Phòng Một',
    coUnits: [],
    assignees: [{ email: 'a@x.vn', name: 'Nguyễn Văn A' }],
    assigned: '2026-03-01',
    effectiveDeadline: '2026-03-10',
    progress: 0,
    urgency: urgencyRank(status),
    ...over,
    status,
  } as TaskView;
}

describe('groups', () => {
  it('overdue, due soon, awaiting confirmation, in progress (ongoing too), then finished or archived', () => {
    const expected: Record<TaskStatus, string> = {
      overdue: 'overdue',
      due_soon: 'due_soon',
      awaiting_confirmation: 'awaiting',
      in_progress: 'in_progress',
      ongoing: 'in_progress',
      done_early: 'finished',
      done_on_time: 'finished',
      done_late: 'finished',
      archived: 'finished',
    };
    for (const s of TASK_STATUSES) expect(groupOf(s)).toBe(expected[s]);
  });

  it("a leader's mixed list: groups in order, empty ones left out, finished last", () => {
    const tasks = [
      view({ status: 'done_on_time' }),
      view({ status: 'in_progress' }),
      view({ status: 'overdue' }),
      view({ status: 'ongoing', effectiveDeadline: null }),
      view({ status: 'archived' }),
    ];
    const groups = grouped(tasks, 'urgency');
    expect(groups.map(([g, l]) => [g, l.length])).toEqual([
      ['overdue', 1],
      ['in_progress', 2],
      ['finished', 2],
    ]);
  });

  const arbView = fc
    .record({
      status: fc.constantFrom(...TASK_STATUSES),
      day: fc.option(fc.integer({ min: 1, max: 28 }), { nil: null }),
      assignedDay: fc.integer({ min: 1, max: 28 }),
      progress: fc.integer({ min: 0, max: 100 }),
    })
    .map(({ status, day, assignedDay, progress }) =>
      view({
        status,
        progress,
        effectiveDeadline: day === null ? null : `2026-03-${String(day).padStart(2, '0')}`,
        assigned: `2026-02-${String(assignedDay).padStart(2, '0')}`,
      }),
    );

  it('every task is in exactly one group, each group in the chosen order', () => {
    fc.assert(
      fc.property(fc.array(arbView, { maxLength: 40 }), fc.constantFrom(...SORT_KEYS), (tasks, key) => {
        const groups = grouped(tasks, key);
        const flat = groups.flatMap(([, l]) => l);
        expect(flat.map((t) => t.id).sort()).toEqual(tasks.map((t) => t.id).sort());
        for (const [g, list] of groups) {
          expect(list.length).toBeGreaterThan(0);
          for (const t of list) expect(groupOf(t.status)).toBe(g);
          for (let i = 1; i < list.length; i++) {
            const [a, b] = [list[i - 1], list[i]];
            if (key === 'deadline')
              expect((a.effectiveDeadline ?? '9999') <= (b.effectiveDeadline ?? '9999')).toBe(true);
            if (key === 'assigned') expect(a.assigned! >= b.assigned!).toBe(true);
            if (key === 'progress') expect(a.progress <= b.progress).toBe(true);
            if (key === 'urgency') expect(a.urgency <= b.urgency).toBe(true);
          }
        }
      }),
    );
  });
});

describe('filtering on the page', () => {
  const t = view({
    title: 'Kiểm tra vệ sinh an toàn thực phẩm',
    source: 'Công văn 12/UBND',
    status: 'due_soon',
    leadUnit: 'Phòng Y tế',
    coUnits: ['Phòng Hai'],
    assignees: [{ email: 'hoa@x.vn', name: 'Lê Thị Hoà' }],
    effectiveDeadline: '2026-03-05',
  });

  it("the server's rules: text without accents in id, title or source; unit lead or helping; status; deadline bounds", () => {
    expect(matches(t, {})).toBe(true);
    expect(matches(t, { text: 've sinh' })).toBe(true);
    expect(matches(t, { text: 'VỆ SINH' })).toBe(true);
    expect(matches(t, { text: '12/ubnd' })).toBe(true);
    expect(matches(t, { text: t.id.toLowerCase() })).toBe(true);
    expect(matches(t, { text: 'đất đai' })).toBe(false);
    expect(matches(t, { unit: 'Phòng Hai' })).toBe(true);
    expect(matches(t, { unit: 'Phòng Ba' })).toBe(false);
    expect(matches(t, { person: 'HOA@x.vn' })).toBe(true);
    expect(matches(t, { person: 'b@x.vn' })).toBe(false);
    expect(matches(t, { status: 'due_soon' })).toBe(true);
    expect(matches(t, { status: 'overdue' })).toBe(false);
    expect(matches(t, { from: '2026-03-05', to: '2026-03-05' })).toBe(true);
    expect(matches(t, { from: '2026-03-06' })).toBe(false);
    expect(matches(view({ effectiveDeadline: null }), { to: '2026-12-31' })).toBe(false);
  });

  it('typing more, or adding a filter, narrows; widening or changing one does not', () => {
    expect(narrows({ text: 've sinh' }, { text: 've' })).toBe(true);
    expect(narrows({ text: 'vệ sinh' }, { text: 'VE' })).toBe(true);
    expect(narrows({ text: 've', status: 'overdue' }, {})).toBe(true);
    expect(narrows({ from: '2026-03-05' }, { from: '2026-03-01' })).toBe(true);
    expect(narrows({ text: 've' }, { text: 've sinh' })).toBe(false);
    expect(narrows({ status: 'due_soon' }, { status: 'overdue' })).toBe(false);
    expect(narrows({}, { unit: 'Phòng Hai' })).toBe(false);
    expect(narrows({ to: '2026-03-20' }, { to: '2026-03-10' })).toBe(false);
  });

  const arbFilter: fc.Arbitrary<TaskFilter> = fc.record(
    {
      status: fc.constantFrom('' as const, 'overdue' as const, 'due_soon' as const),
      unit: fc.constantFrom('', 'Phòng Một', 'Phòng Hai'),
      text: fc.constantFrom('', 'v', 've', 've sinh', 'Vệ', 'bao', 'báo cáo'),
      from: fc.constantFrom('', '2026-03-01', '2026-03-05'),
      to: fc.constantFrom('', '2026-03-10', '2026-03-20'),
    },
    { requiredKeys: [] },
  );
  const arbTask = fc
    .record({
      status: fc.constantFrom<TaskStatus>('overdue', 'due_soon', 'in_progress'),
      title: fc.constantFrom('Kiểm tra vệ sinh', 'Báo cáo quý', 'Ve sinh môi trường'),
      leadUnit: fc.constantFrom('Phòng Một', 'Phòng Hai'),
      day: fc.option(fc.integer({ min: 1, max: 28 }), { nil: null }),
    })
    .map(({ day, ...r }) =>
      view({ ...r, effectiveDeadline: day === null ? null : `2026-03-${String(day).padStart(2, '0')}` }),
    );

  it('when a filter narrows a loaded one, filtering the loaded tasks loses none the server would give', () => {
    fc.assert(
      fc.property(fc.array(arbTask, { maxLength: 30 }), arbFilter, arbFilter, (tasks, had, want) => {
        fc.pre(narrows(want, had));
        const loaded = tasks.filter((x) => matches(x, had));
        expect(loaded.filter((x) => matches(x, want))).toEqual(tasks.filter((x) => matches(x, want)));
      }),
    );
  });
});

describe('landing tab', () => {
  const open = view({ status: 'overdue' });
  const done = view({ status: 'done_on_time' });
  it('what awaits the person, else their unfinished tasks, else everything, else their tasks', () => {
    expect(landing([view({ status: 'awaiting_confirmation' })], [open], true)).toBe('pending');
    expect(landing([], [open, done], true)).toBe('mine');
    expect(landing([], [done], true)).toBe('all');
    expect(landing([], [], true)).toBe('all');
    expect(landing([], [], false)).toBe('mine');
    expect(landing([], [done], false)).toBe('mine');
  });
});
