/**
 * The rules of `src/core/permissions.ts`, one test (at least) per clause: removing any clause of any rule
 * turns one of these red. Then properties over random directories and tasks, and the two places that
 * used to decide "who confirms" on their own — the reminder planner and the report's notification —
 * checked against the one rule.
 */
import fc from 'fast-check';
import { WorkingCalendar } from '../../../src/core/calendar';
import { dayFromIso } from '../../../src/core/civil-date';
import { Directory, type Person, type Unit } from '../../../src/core/directory';
import {
  allowedActions,
  canAssign,
  canSee,
  confirmersOf,
  decidesOwn,
  isAgencyHead,
  isConfirmer,
  isDoer,
  isOnTask,
  mayArchive,
  mayDecide,
  refusalNeedsReason,
  toldOfExtensionRequest,
  toldOfResult,
  unitChain,
} from '../../../src/core/permissions';
import { planDigests } from '../../../src/core/reminders/planner';
import type { Role } from '../../../src/core/schema';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { Task } from '../../../src/core/task';
import { planReport, type ActionContext } from '../../../src/core/task-actions';
import { tasksFromRows } from '../../helpers/tasks';

const person = (email: string, role: Role, unit: string, active = true): Person => ({
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

const ADMIN = 'vanphong@x.vn';
const DIRECTOR = 'giamdoc@x.vn'; // a leader by role, and the leader the units sheet names for the Sở
const OTHER_LEADER = 'phogiamdoc@x.vn'; // a leader by role, in charge of no unit
const HEAD = 'truongphong@x.vn'; // named leader of Phòng Một in the units sheet; an official by role
const FOLLOWER = 'theodoi@x.vn'; // named follower of Phòng Một; a follower by role
const TOP_FOLLOWER = 'theodoiso@x.vn'; // named follower of the Sở, above Phòng Một; an official by role
const CO_FOLLOWER = 'theodoi2@x.vn'; // named follower of Phòng Hai
const FOCAL = 'daumoi@x.vn'; // focal point of Phòng Một
const FOCAL2 = 'daumoi2@x.vn'; // focal point of Phòng Hai
const ASSIGNER = 'giao@x.vn'; // assigned the tasks below; an official by role now
const A = 'a@x.vn'; // official of Phòng Một, the assignee
const Z = 'z@x.vn'; // official of Phòng Một, not assigned
const B = 'b@x.vn'; // official of Phòng Hai
const C = 'c@x.vn'; // official of Phòng Y tế: outside everything
const V = 'v@x.vn'; // viewer
const TC_HEAD = 'tp.tc@x.vn';
const TC_TEAM = 'to.tc@x.vn';

const people = [
  person(ADMIN, 'admin', 'VP'),
  person(DIRECTOR, 'leader', 'SO'),
  person(OTHER_LEADER, 'leader', 'YT'),
  person(HEAD, 'official', 'VP'),
  person(FOLLOWER, 'follower', 'VP'),
  person(TOP_FOLLOWER, 'official', 'VP'),
  person(CO_FOLLOWER, 'follower', 'VP'),
  person(FOCAL, 'focal', 'P1'),
  person(FOCAL2, 'focal', 'P2'),
  person(ASSIGNER, 'official', 'YT'),
  person(A, 'official', 'P1'),
  person(Z, 'official', 'P1'),
  person(B, 'official', 'P2'),
  person(C, 'official', 'YT'),
  person(V, 'viewer', 'VP'),
  person(TC_HEAD, 'leader', 'TC'),
  person(TC_TEAM, 'leader', 'TC1'),
];
const dir = new Directory(people, [
  unit('SO', 'Sở', { leader: DIRECTOR, follower: TOP_FOLLOWER }),
  unit('P1', 'Phòng Một', { parent: 'SO', leader: HEAD, follower: FOLLOWER, focal: FOCAL }),
  unit('P2', 'Phòng Hai', { parent: 'SO', follower: CO_FOLLOWER, focal: FOCAL2 }),
  unit('VP', 'Văn phòng', { parent: 'SO' }),
  unit('YT', 'Phòng Y tế'),
  unit('TC', 'Phòng Tài chính', { leader: TC_HEAD }),
  unit('TC1', 'Tổ Tài chính', { parent: 'TC', leader: TC_TEAM }),
]);
const me = (email: string): Person => dir.person(email) ?? person(email, 'official', '');

/** A task as the register reads it; by default Phòng Một's, with Phòng Hai helping, assigned to A. */
function task(cells: Record<string, unknown> = {}): Task {
  return tasksFromRows([
    {
      id: 'NV-2026-0001',
      title: 'Rà soát hồ sơ',
      assigner: ASSIGNER,
      leadUnit: 'Phòng Một',
      coUnits: 'Phòng Hai',
      assignees: A,
      assignedDate: '02/03/2026',
      deadline: '10/03/2026',
      ...cells,
    },
  ])[0];
}
const secret = (cells: Record<string, unknown> = {}) => task({ confidential: true, ...cells });
const sees = (email: string, t: Task) => canSee(me(email), t, dir);

const OPEN = { open: true, awaiting: false, extensionPending: false, extensionsLeft: true };
const AWAITING = { open: false, awaiting: true, extensionPending: false, extensionsLeft: true };
const CLOSED = { open: false, awaiting: false, extensionPending: false, extensionsLeft: true };

describe('the people in charge of a unit (unitChain)', () => {
  it('are the leader and follower columns of the unit, then of the units above it, nearest first', () => {
    expect(unitChain(dir, 'Phòng Một')).toEqual({
      leaders: [HEAD, DIRECTOR],
      followers: [FOLLOWER, TOP_FOLLOWER],
    });
  });

  it('finds the unit by code or name in any case; nobody for an unknown or empty unit', () => {
    expect(unitChain(dir, ' p1 ')).toEqual(unitChain(dir, 'Phòng Một'));
    expect(unitChain(dir, 'Phòng Không')).toEqual({ leaders: [], followers: [] });
    expect(unitChain(dir, '')).toEqual({ leaders: [], followers: [] });
  });

  it('lists each person once, in lower case, and stops on a parent cycle typed by hand', () => {
    const looped = new Directory(
      [],
      [
        unit('X', 'Tổ X', { parent: 'Y', leader: ' Boss@X.vn ', follower: 'f@x.vn' }),
        unit('Y', 'Tổ Y', { parent: 'X', leader: 'boss@x.vn', follower: 'g@x.vn' }),
      ],
    );
    expect(unitChain(looped, 'X')).toEqual({ leaders: ['boss@x.vn'], followers: ['f@x.vn', 'g@x.vn'] });
  });
});

describe('the people on a task (isOnTask)', () => {
  it('are its assignees, its assigner and whoever confirmed it', () => {
    const t = task({ confirmedBy: C });
    expect(isOnTask(me(A), t)).toBe(true);
    expect(isOnTask(me(ASSIGNER), t)).toBe(true);
    expect(isOnTask(me(C), t)).toBe(true);
    expect(isOnTask(me(Z), t)).toBe(false);
    expect(isOnTask(me(FOLLOWER), t)).toBe(false);
  });

  it('compares addresses whatever their case; an empty address is nobody', () => {
    expect(isOnTask({ ...me(A), email: ' A@X.VN ' }, task())).toBe(true);
    expect(isOnTask(person('', 'official', 'P1'), task({ assigner: '' }))).toBe(false);
  });
});

describe('who confirms a result (confirmersOf)', () => {
  it('the assigner, then the followers of the lead unit and of the units above it', () => {
    expect(confirmersOf(task(), dir)).toEqual([ASSIGNER, FOLLOWER, TOP_FOLLOWER]);
    expect(confirmersOf(task({ assigner: '' }), dir)).toEqual([FOLLOWER, TOP_FOLLOWER]);
  });

  it('never the followers of a co-unit, nor the leaders', () => {
    const c = confirmersOf(task(), dir);
    expect(c).not.toContain(CO_FOLLOWER);
    expect(c).not.toContain(HEAD);
    expect(c).not.toContain(DIRECTOR);
  });

  it('the units sheet makes a follower, not the staff role', () => {
    expect(isConfirmer(me(TOP_FOLLOWER), task(), dir)).toBe(true); // an official by role
    expect(isConfirmer(me(CO_FOLLOWER), task(), dir)).toBe(false); // a follower by role, of a co-unit
  });

  it('nobody for a task with no assigner whose unit has no follower', () => {
    expect(confirmersOf(task({ assigner: '', leadUnit: 'Phòng Y tế', coUnits: '' }), dir)).toEqual([]);
  });
});

describe('who carries out a task (isDoer)', () => {
  it('its assignees', () => {
    expect(isDoer(me(A), task(), dir)).toBe(true);
    expect(isDoer(me(Z), task(), dir)).toBe(false); // same unit, official, not assigned
  });

  it('the focal points of its lead unit, and of no other', () => {
    expect(isDoer(me(FOCAL), task(), dir)).toBe(true);
    expect(isDoer(me(FOCAL2), task(), dir)).toBe(false); // the co-unit's
    expect(isDoer(me(FOCAL), task({ leadUnit: 'P2', coUnits: '' }), dir)).toBe(false);
  });
});

describe('who may see a task (canSee)', () => {
  it('1. admins and leaders see every task, confidential ones too', () => {
    expect(sees(ADMIN, secret())).toBe(true);
    expect(sees(OTHER_LEADER, secret())).toBe(true);
  });

  it('2. the people on a confidential task see it', () => {
    expect(sees(A, secret())).toBe(true);
    expect(sees(C, secret({ confirmedBy: C }))).toBe(true);
    expect(sees(ASSIGNER, secret())).toBe(true);
  });

  it('2. its confirmers see a confidential task: the followers of the lead unit, whatever their role', () => {
    expect(sees(FOLLOWER, secret())).toBe(true);
    expect(sees(TOP_FOLLOWER, secret())).toBe(true);
  });

  it('3. nobody else sees a confidential task', () => {
    for (const email of [V, HEAD, CO_FOLLOWER, Z, B, FOCAL, FOCAL2, C])
      expect(sees(email, secret())).toBe(false);
  });

  it('4. viewers see every task that is not confidential', () => {
    expect(sees(V, task({ leadUnit: 'Phòng Y tế', coUnits: '' }))).toBe(true);
  });

  it('5. the people in charge of its lead unit see it, by the units sheet', () => {
    const t = task({ coUnits: '' });
    expect(sees(HEAD, t)).toBe(true); // an official of another unit, named leader of Phòng Một
    expect(sees(HEAD, task({ leadUnit: 'Phòng Y tế', coUnits: '' }))).toBe(false);
  });

  it('5. the people in charge of one of its co-units see it', () => {
    expect(sees(CO_FOLLOWER, task())).toBe(true);
    expect(sees(CO_FOLLOWER, task({ coUnits: '' }))).toBe(false);
  });

  it('6. the members of its lead unit see it (staff rows name units by code, tasks by name)', () => {
    expect(sees(Z, task({ coUnits: '' }))).toBe(true);
    expect(sees(C, task({ coUnits: '' }))).toBe(false);
  });

  it('6. the members of one of its co-units see it', () => {
    expect(sees(B, task())).toBe(true);
    expect(sees(B, task({ coUnits: '' }))).toBe(false);
  });

  it('6. a unit matches by code, by name, or as typed when the units sheet lacks it', () => {
    const byName = person('n@x.vn', 'official', 'Phòng Một');
    expect(canSee(byName, task({ leadUnit: 'P1', coUnits: '' }), dir)).toBe(true);
    const unlisted = person('u@x.vn', 'official', 'Ban Dân vận');
    expect(canSee(unlisted, task({ leadUnit: 'Ban Dân vận', coUnits: '' }), dir)).toBe(true);
  });
});

describe('who may decide (mayDecide) and archive (mayArchive)', () => {
  it('admins and leaders decide and archive, whoever assigned the task', () => {
    for (const email of [ADMIN, OTHER_LEADER]) {
      expect(mayDecide(me(email), task(), dir)).toBe(true);
      expect(mayArchive(me(email), task(), dir)).toBe(true);
    }
  });

  it('the confirmers decide: the assigner, whatever their role, and the followers of the lead unit', () => {
    expect(mayDecide(me(ASSIGNER), task(), dir)).toBe(true);
    expect(mayDecide(me(FOLLOWER), task(), dir)).toBe(true);
    expect(mayDecide(me(TOP_FOLLOWER), task(), dir)).toBe(true);
  });

  it('nobody else decides: not the unit leader by the units sheet, a co-unit follower, or the doers', () => {
    for (const email of [HEAD, CO_FOLLOWER, A, FOCAL, Z, C])
      expect(mayDecide(me(email), task(), dir)).toBe(false);
  });

  it('the assigner and the followers of the lead unit archive (product.md "Who decides on a task")', () => {
    expect(mayArchive(me(ASSIGNER), task(), dir)).toBe(true);
    expect(mayArchive(me(FOLLOWER), task(), dir)).toBe(true);
    expect(mayArchive(me(TOP_FOLLOWER), task(), dir)).toBe(true);
    expect(allowedActions(me(FOLLOWER), task(), dir, OPEN)).toEqual(['archive']);
  });

  it('nobody else archives: not the unit leader by the units sheet, a co-unit follower, or the doers', () => {
    for (const email of [HEAD, CO_FOLLOWER, A, FOCAL, Z, C])
      expect(mayArchive(me(email), task(), dir)).toBe(false);
  });

  it('only admins and leaders assign', () => {
    expect(canAssign(me(ADMIN))).toBe(true);
    expect(canAssign(me(OTHER_LEADER))).toBe(true);
    expect(canAssign(me(FOLLOWER))).toBe(false);
    expect(canAssign(me(A))).toBe(false);
  });
});

describe('who decides, with the head of the agency named (product.md "Who decides on a task")', () => {
  const HEADED = { agencyHead: ' Phogiamdoc@X.vn ', selfDecision: false };
  const AGENCY_HEAD = OTHER_LEADER; // a leader by role, in charge of no unit: named head in the settings

  it('names the head of the agency by the settings, nobody when they are empty', () => {
    expect(isAgencyHead(me(AGENCY_HEAD), HEADED)).toBe(true);
    expect(isAgencyHead(me(DIRECTOR), HEADED)).toBe(false);
    expect(isAgencyHead(me(AGENCY_HEAD))).toBe(false);
    expect(isAgencyHead(person('', 'leader', ''), { agencyHead: '', selfDecision: false })).toBe(false);
  });

  it('the head of the agency decides, archives and sees any task, even when not a leader by role', () => {
    const headOfficial = { agencyHead: C, selfDecision: false };
    expect(mayDecide(me(C), task(), dir, headOfficial)).toBe(true);
    expect(mayArchive(me(C), task(), dir, headOfficial)).toBe(true);
    expect(canSee(me(C), secret(), dir, headOfficial)).toBe(true);
    expect(canSee(me(C), secret(), dir)).toBe(false);
  });

  it('once the head is named, no other leader or admin decides or archives', () => {
    for (const email of [ADMIN, DIRECTOR, TC_HEAD]) {
      expect(mayDecide(me(email), task(), dir, HEADED)).toBe(false);
      expect(mayArchive(me(email), task(), dir, HEADED)).toBe(false);
      expect(mayDecide(me(email), task(), dir)).toBe(true); // until named, as before
      expect(mayArchive(me(email), task(), dir)).toBe(true);
    }
    expect(mayDecide(me(AGENCY_HEAD), task(), dir, HEADED)).toBe(true);
    expect(allowedActions(me(DIRECTOR), task(), dir, AWAITING, HEADED)).toEqual([]);
    expect(allowedActions(me(AGENCY_HEAD), task(), dir, AWAITING, HEADED)).toEqual([
      'confirm',
      'sendBack',
      'archive',
    ]);
  });

  it('the confirmers still decide when the head is named, and the assigner still archives', () => {
    expect(mayDecide(me(ASSIGNER), task(), dir, HEADED)).toBe(true);
    expect(mayDecide(me(FOLLOWER), task(), dir, HEADED)).toBe(true);
    expect(mayArchive(me(ASSIGNER), task(), dir, HEADED)).toBe(true);
    expect(mayArchive(me(FOLLOWER), task(), dir, HEADED)).toBe(true);
  });
});

describe('nobody decides on their own request or result (decidesOwn)', () => {
  const SMALL = { agencyHead: '', selfDecision: true };

  it('a doer who is also a confirmer does not decide: an assignee follower, the assigner assigned', () => {
    const own = task({ assignees: `${A}, ${FOLLOWER}` });
    expect(decidesOwn(me(FOLLOWER), own, dir)).toBe(true);
    expect(mayDecide(me(FOLLOWER), own, dir)).toBe(false);
    const selfAssigned = task({ assigner: A }); // delegated to themselves, no deadline or any
    expect(mayDecide(me(A), selfAssigned, dir)).toBe(false);
  });

  it('a leader or a focal point does not approve their own extension or confirm their own result', () => {
    expect(mayDecide(me(DIRECTOR), task({ assignees: DIRECTOR }), dir)).toBe(false);
    expect(mayDecide(me(FOCAL), task({ assigner: FOCAL }), dir)).toBe(false); // focal of the lead unit
    expect(allowedActions(me(DIRECTOR), task({ assignees: DIRECTOR }), dir, AWAITING)).toEqual(['archive']);
  });

  it('the office setting allows it for offices of a few people (off by default)', () => {
    expect(decidesOwn(me(DIRECTOR), task({ assignees: DIRECTOR }), dir, SMALL)).toBe(false);
    expect(mayDecide(me(DIRECTOR), task({ assignees: DIRECTOR }), dir, SMALL)).toBe(true);
    expect(mayDecide(me(A), task({ assigner: A }), dir, SMALL)).toBe(true);
  });

  it('a person not doing the task is not deciding on their own', () => {
    expect(decidesOwn(me(FOLLOWER), task(), dir)).toBe(false);
    expect(decidesOwn(me(DIRECTOR), task(), dir)).toBe(false);
  });
});

describe('a refusal gives a reason (refusalNeedsReason)', () => {
  it('refusing an extension and sending back need one; approving does not', () => {
    expect(refusalNeedsReason('decideExtension', false)).toBe(true);
    expect(refusalNeedsReason('sendBack', false)).toBe(true);
    expect(refusalNeedsReason('decideExtension', true)).toBe(false);
  });
});

describe('what a person may do now (allowedActions)', () => {
  const may = (email: string, t: Task, state: typeof OPEN) => allowedActions(me(email), t, dir, state);

  it('a viewer nothing, even on a task they assigned and are assigned to', () => {
    const own = task({ assigner: V, assignees: V });
    expect(may(V, own, { ...AWAITING, open: true, extensionPending: true })).toEqual([]);
  });

  it('the doers of an open task update, report, delegate and request an extension', () => {
    expect(may(A, task(), OPEN)).toEqual(['update', 'report', 'delegate', 'requestExtension']);
    expect(may(A, task(), AWAITING)).toEqual([]);
  });

  it('no extension request while one is pending or none is left', () => {
    expect(may(A, task(), { ...OPEN, extensionPending: true })).toEqual(['update', 'report', 'delegate']);
    expect(may(A, task(), { ...OPEN, extensionsLeft: false })).toEqual(['update', 'report', 'delegate']);
  });

  it('the deciders decide a pending extension, and confirm or send back a reported result', () => {
    expect(may(FOLLOWER, task(), { ...OPEN, extensionPending: true })).toEqual([
      'decideExtension',
      'archive',
    ]);
    expect(may(FOLLOWER, task(), OPEN)).toEqual(['archive']);
    expect(may(FOLLOWER, task(), AWAITING)).toEqual(['confirm', 'sendBack', 'archive']);
    expect(may(HEAD, task(), { ...AWAITING, extensionPending: true })).toEqual([]);
  });

  it('the archivers archive a task open or awaiting confirmation, not a closed one', () => {
    expect(may(ASSIGNER, task(), OPEN)).toEqual(['archive']);
    expect(may(ASSIGNER, task(), AWAITING)).toEqual(['confirm', 'sendBack', 'archive']);
    expect(may(ASSIGNER, task(), CLOSED)).toEqual([]);
  });
});

describe('who is told', () => {
  it('of a result to confirm: its confirmers', () => {
    expect(toldOfResult(task(), dir)).toEqual([ASSIGNER, FOLLOWER, TOP_FOLLOWER]);
  });

  it('of a result with no confirmer: the nearest leader up the tree, and only them', () => {
    expect(toldOfResult(task({ assigner: '', leadUnit: 'Tổ Tài chính', coUnits: '' }), dir)).toEqual([
      TC_TEAM,
    ]);
    expect(toldOfResult(task({ assigner: '', leadUnit: 'Phòng Y tế', coUnits: '' }), dir)).toEqual([]);
  });

  it('of a result: never a confirmer who carries out the task, who may not confirm it', () => {
    expect(toldOfResult(task({ assigner: A }), dir)).toEqual([FOLLOWER, TOP_FOLLOWER]);
    expect(toldOfResult(task({ assignees: `${A}, ${FOLLOWER}` }), dir)).toEqual([ASSIGNER, TOP_FOLLOWER]);
    // the setting for offices of a few lets them confirm their own: then they are told
    const small = { agencyHead: '', selfDecision: true };
    expect(toldOfResult(task({ assigner: A }), dir, small)).toEqual([A, FOLLOWER, TOP_FOLLOWER]);
  });

  it('of a result whose confirmers all carry it out: whoever else may confirm, never a doer', () => {
    const own = task({ assigner: TC_TEAM, assignees: TC_TEAM, leadUnit: 'Tổ Tài chính', coUnits: '' });
    expect(toldOfResult(own, dir)).toEqual([TC_HEAD]); // the next leader up, not the doer
    expect(toldOfResult(own, dir, { agencyHead: OTHER_LEADER })).toEqual([OTHER_LEADER]);
    expect(toldOfResult(own, dir, { agencyHead: TC_TEAM })).toEqual([]);
  });

  it('of an extension request: the assigner, else the nearest leader up the tree', () => {
    expect(toldOfExtensionRequest(task(), dir)).toEqual([ASSIGNER]);
    expect(toldOfExtensionRequest(task({ assigner: '' }), dir)).toEqual([HEAD]);
    expect(toldOfExtensionRequest(task({ assigner: '', leadUnit: 'TC1' }), dir)).toEqual([TC_TEAM]);
  });

  it('the report notifies exactly the people the rule names', () => {
    const ctx: ActionContext = {
      me: me(A),
      dir,
      calendar: new WorkingCalendar(),
      settings: DEFAULT_SETTINGS,
      today: dayFromIso('2026-03-05')!,
    };
    const t = task();
    expect(planReport(t, ctx, { result: 'Xong' }).notify?.to).toEqual(toldOfResult(t, dir));
  });
});

// ——— Properties over random registers ———————————————————————————————————————————————

const POOL = ['p1@x.vn', 'p2@x.vn', 'p3@x.vn', 'p4@x.vn', 'p5@x.vn', 'p6@x.vn'];
const CODES = ['U1', 'U2', 'U3', 'U4'];
const NAMES = CODES.map((c) => `Đơn vị ${c}`);
const ROLES: Role[] = ['admin', 'leader', 'follower', 'focal', 'official', 'viewer'];
const cell = fc.constantFrom('', ...POOL, ' P3@X.VN ');
const unitName = fc.constantFrom('', ...CODES, ...NAMES, 'Đơn vị lạ');

const directoryArb = fc
  .record({
    units: fc.tuple(
      ...CODES.map((code, i) =>
        fc
          .record({ parent: fc.constantFrom('', ...CODES), leader: cell, follower: cell, focal: cell })
          .map((u) => unit(code, NAMES[i], u)),
      ),
    ),
    people: fc.tuple(
      ...POOL.map((email) =>
        fc
          .record({ role: fc.constantFrom(...ROLES), unit: unitName })
          .map((p) => person(email, p.role, p.unit)),
      ),
    ),
  })
  .map(({ units, people }) => new Directory(people, units));

const taskArb = fc
  .record({
    assigner: cell,
    leadUnit: unitName,
    coUnits: fc.subarray([...CODES, ...NAMES]),
    assignees: fc.subarray(POOL),
    confirmedBy: cell,
    confidential: fc.boolean(),
  })
  .map((r) => task({ ...r, coUnits: r.coUnits.join(', '), assignees: r.assignees.join(', ') }));

const caseArb = fc.record({ d: directoryArb, t: taskArb, who: fc.nat({ max: POOL.length - 1 }) });

describe('properties', () => {
  it('whoever may decide on a task may see it', () => {
    fc.assert(
      fc.property(caseArb, fc.constantFrom('', ...POOL), ({ d, t, who }, head) => {
        const p = d.person(POOL[who])!;
        const rules = { agencyHead: head, selfDecision: false };
        return !mayDecide(p, t, d, rules) || canSee(p, t, d, rules);
      }),
    );
  });

  it('every confirmer listed in the staff sheet, but a viewer or a doer, may confirm and see the result', () => {
    fc.assert(
      fc.property(caseArb, ({ d, t }) => {
        for (const email of confirmersOf(t, d)) {
          const p = d.person(email);
          if (!p || p.role === 'viewer' || decidesOwn(p, t, d)) continue;
          if (!canSee(p, t, d) || !allowedActions(p, t, d, AWAITING).includes('confirm')) return false;
        }
        return true;
      }),
    );
  });

  it('nobody decides on a task they carry out, unless the setting allows it', () => {
    fc.assert(
      fc.property(caseArb, fc.boolean(), ({ d, t, who }, small) => {
        const p = d.person(POOL[who])!;
        const rules = { agencyHead: small ? '' : POOL[0], selfDecision: small };
        return small || !isDoer(p, t, d) || !mayDecide(p, t, d, rules);
      }),
    );
  });

  it('with a head named, whoever decides is a confirmer or the head', () => {
    fc.assert(
      fc.property(caseArb, ({ d, t, who }) => {
        const p = d.person(POOL[who])!;
        const rules = { agencyHead: POOL[0], selfDecision: false };
        return !mayDecide(p, t, d, rules) || isConfirmer(p, t, d) || p.email === POOL[0];
      }),
    );
  });

  it('outside a confidential task, nobody but an admin, a leader or a confirmer sees anything of it', () => {
    fc.assert(
      fc.property(caseArb, ({ d, t, who }) => {
        const p = d.person(POOL[who])!;
        const hidden = { ...t, confidential: true };
        const insider =
          p.role === 'admin' ||
          p.role === 'leader' ||
          isOnTask(p, hidden) ||
          confirmersOf(hidden, d).includes(p.email);
        return insider || !canSee(p, hidden, d);
      }),
    );
  });

  it('making a task confidential never lets anyone more see it', () => {
    fc.assert(
      fc.property(caseArb, ({ d, t, who }) => {
        const p = d.person(POOL[who])!;
        return !canSee(p, { ...t, confidential: true }, d) || canSee(p, { ...t, confidential: false }, d);
      }),
    );
  });

  it('a result with confirmers who may confirm goes to them alone; the rule never names an address twice or an empty one', () => {
    fc.assert(
      fc.property(caseArb, ({ d, t }) => {
        const told = toldOfResult(t, d);
        const confirmers = confirmersOf(t, d).filter((e) => !d.person(e) || !decidesOwn(d.person(e)!, t, d));
        return (
          told.every(Boolean) &&
          new Set(told).size === told.length &&
          (confirmers.length === 0 || told.join() === confirmers.join())
        );
      }),
    );
  });

  it('nobody is told to confirm a result they carry out', () => {
    fc.assert(
      fc.property(caseArb, ({ d, t }) =>
        toldOfResult(t, d).every((e) => !d.person(e) || !isDoer(d.person(e)!, t, d)),
      ),
    );
  });

  it('the reminder planner reminds of a result, and of an extension request, exactly whom the rules name', () => {
    const calendar = new WorkingCalendar();
    const today = dayFromIso('2026-03-04')!; // a Wednesday
    fc.assert(
      fc.property(caseArb, fc.boolean(), ({ d, t }, awaiting) => {
        const pending: Task = {
          ...t,
          assignees: ['ngoai@khac.vn'], // a doer from outside, so nobody here hears of it as a doer
          deadline: dayFromIso('2026-04-30')!,
          lastUpdateDay: today,
          reportedDay: awaiting ? today : null,
          confirmedBy: '',
          extensionRequest: awaiting ? '' : '30/05/2026 — chờ số liệu',
        };
        const plan = planDigests({
          tasks: [pending],
          directory: d,
          calendar,
          settings: DEFAULT_SETTINGS,
          today,
          handled: new Set(),
        });
        const reminded = plan.digests
          .filter((g) => g.items.some((it) => it.kind === (awaiting ? 'confirm' : 'extension')))
          .map((g) => g.to)
          .sort();
        const rule = awaiting ? toldOfResult(pending, d) : toldOfExtensionRequest(pending, d);
        return reminded.join() === [...rule].sort().join();
      }),
      { numRuns: 200 },
    );
  });
});
