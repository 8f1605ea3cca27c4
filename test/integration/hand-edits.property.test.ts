/**
 * A property of the built bundle: people editing the task sheet by hand (an administrator or an official,
 * in the Sheets interface) and people acting through the sidebar, in any order, never show a
 * confidential task's title to someone who may not see it, and never lose or duplicate a task.
 *
 * Generated: short sequences of hand edits — typing into a cell of a task row (title, assignees,
 * assigner, lead unit, co-units, parent, progress, notes), ticking "Mật", moving, inserting or deleting
 * a column of `Nhiệm vụ` (never a safety column nor the id column), inserting or deleting a row, cutting
 * a whole column and pasting it over another (never over the ids) — mixed with actions through the
 * endpoints (assign, delegate, update, request an extension, report, confirm, each by anyone), the
 * hourly job, and looks at everything each person gets.
 *
 * Checked, against the register as it stands (read by header text, independently of the add-on):
 * - every reply a person gets (the action's own, `getSidebarState`, `listTasks`, `getStatisticsTasks`),
 *   every e-mail to them (the outbox after `hourlyJob`) holds no title a confidential task ever had,
 *   unless they may see it: admins and leaders, its assignees, assigner, confirmer, the followers of its
 *   lead unit (src/core/permissions.ts `canSee`); the wall board (`getWallboard`, anyone's) none at all.
 *   A task once confidential stays so: nothing here unticks "Mật".
 * - every id assigned is in the id column exactly once, unless a person deleted its row; no id twice.
 *
 * 20 runs of 4 to 13 steps by default (about 10 s); a deeper search: HAND_EDITS_RUNS=300
 * HAND_EDITS_STEPS=20 (longer sequences), HAND_EDITS_DEBUG=1 prints each run's steps and replies.
 */
import fc from 'fast-check';
import { Emulator } from '../../emulator';
import type { WorldState } from '../../emulator/world';
import { addonEmulator } from '../../playground/project';
import { columnLetter } from '../../emulator/spreadsheet/a1';
import { COLUMN_METADATA_KEY, SAFETY_COLUMNS, TASK_COLUMNS } from '../../src/core/schema';
import { asUser, sheetValues } from './helpers';
import {
  ADMIN,
  FOCAL,
  FOLLOWER,
  LEADER,
  OFFICIAL,
  OTHER,
  UNIT_LEADER,
  call,
  setSetting,
  workspaceRegister,
  type Reply,
} from './workspace-helpers';

const SHEET = 'Nhiệm vụ';
const EVERYONE = [ADMIN, LEADER, UNIT_LEADER, OFFICIAL, FOLLOWER, FOCAL, OTHER];
/** Admins and leaders (by role) see every task. */
const SEES_ALL = new Set([ADMIN, LEADER, UNIT_LEADER]);
/** The followers of each unit (by code or name), as workspaceRegister's units sheet names them. */
const FOLLOWERS: Record<string, string[]> = {
  vp: [],
  'văn phòng': [],
  tp: [FOLLOWER],
  'phòng tư pháp': [FOLLOWER],
};
const DOERS = [OFFICIAL, OTHER, FOCAL, FOLLOWER];
const HAND_EDITORS = [ADMIN, OFFICIAL];
const UNITS = ['VP', 'TP'];

const vi = (key: string) => TASK_COLUMNS.find((c) => c.key === key)!.vi;
const ID = vi('id');
/** Deleting these, or pasting over the ids, is a person removing what the add-on must keep. */
const UNDELETABLE = new Set(['id', ...SAFETY_COLUMNS.tasks!]);
const TYPED = [
  'title',
  'assignees',
  'assigner',
  'leadUnit',
  'coUnits',
  'parentId',
  'progress',
  'notes',
] as const;

type Step =
  | { k: 'assign'; by: number; conf: boolean; who: number; unit: number }
  | { k: 'delegate'; task: number; by: number; conf: boolean; who: number }
  | { k: 'update' | 'extend' | 'report' | 'confirm'; task: number; by: number }
  | { k: 'type'; row: number; col: number; val: number; by: number }
  | { k: 'tick'; row: number; by: number }
  | { k: 'moveColumn'; from: number; to: number; by: number }
  | { k: 'insertColumn' | 'deleteColumn' | 'insertRow' | 'deleteRow'; at: number; by: number }
  | { k: 'pasteOver'; from: number; to: number; by: number }
  | { k: 'job' }
  | { k: 'look' };

const n = fc.nat({ max: 40 });
const assignStep = fc.record({
  k: fc.constant('assign' as const),
  by: n,
  conf: fc.boolean(),
  who: n,
  unit: n,
});
const structural = (k: 'insertColumn' | 'deleteColumn' | 'insertRow' | 'deleteRow') =>
  fc.record({ k: fc.constant(k), at: n, by: n });
/** Column edits that break the register (it then refuses everything) are rarer than the rest. */
const step: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: assignStep, weight: 4 },
  {
    arbitrary: fc.record({ k: fc.constant('delegate' as const), task: n, by: n, conf: fc.boolean(), who: n }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      k: fc.constantFrom('update' as const, 'extend' as const, 'report' as const, 'confirm' as const),
      task: n,
      by: n,
    }),
    weight: 5,
  },
  { arbitrary: fc.record({ k: fc.constant('type' as const), row: n, col: n, val: n, by: n }), weight: 4 },
  { arbitrary: fc.record({ k: fc.constant('tick' as const), row: n, by: n }), weight: 3 },
  { arbitrary: fc.record({ k: fc.constant('moveColumn' as const), from: n, to: n, by: n }), weight: 2 },
  { arbitrary: structural('insertColumn'), weight: 1 },
  { arbitrary: structural('deleteColumn'), weight: 1 },
  { arbitrary: structural('insertRow'), weight: 1 },
  { arbitrary: structural('deleteRow'), weight: 1 },
  { arbitrary: fc.record({ k: fc.constant('pasteOver' as const), from: n, to: n, by: n }), weight: 1 },
  { arbitrary: fc.constant({ k: 'job' as const }), weight: 2 },
  { arbitrary: fc.constant({ k: 'look' as const }), weight: 2 },
);
/** A few tasks first, then anything. */
const steps = fc
  .tuple(
    fc.array(assignStep, { minLength: 1, maxLength: 3 }),
    fc.array(step, { minLength: 3, maxLength: Number(process.env.HAND_EDITS_STEPS ?? 10) }),
  )
  .map(([first, rest]): Step[] => [...first, ...rest]);

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length];

/** What one run has seen: ids assigned, those a person deleted, and the titles of confidential tasks. */
interface Model {
  emu: Emulator;
  assigned: string[];
  deletedByHand: Set<string>;
  /** Every title token a task had, with its id. */
  tokens: Map<string, string>;
  /** Ids of tasks made confidential (through the sidebar or by ticking "Mật"). */
  secret: Set<string>;
  next: number;
  mailSeen: number;
  log: string[];
}

function freshTitle(m: Model): { title: string; token: string } {
  const token = `MAT${m.next++}X`;
  return { title: `Xác minh hồ sơ ${token}`, token };
}

/** The register by header text: the header, the rows, and a task's row by id. */
function register(m: Model) {
  const values = sheetValues(m.emu, SHEET);
  const header = values[0].map(String);
  const col = (key: string) => header.indexOf(vi(key));
  const rows = values.slice(1);
  const byId = new Map<string, unknown[]>();
  for (const r of rows) if (col('id') >= 0 && r[col('id')]) byId.set(String(r[col('id')]), r);
  return { values, header, col, rows, byId };
}

/** The keys the column-metadata puts on each column (1-based), as the add-on reads them. */
function metadataKeys(m: Model): Map<number, string> {
  return asUser(m.emu, (ss) => {
    const out = new Map<number, string>();
    for (const md of ss
      .getSheetByName(SHEET)!
      .createDeveloperMetadataFinder()
      .withKey(COLUMN_METADATA_KEY)
      .find()) {
      const c = md.getLocation().getColumn();
      if (c) out.set(c.getColumn(), md.getValue() ?? '');
    }
    return out;
  });
}

const emails = (v: unknown) =>
  String(v ?? '')
    .toLowerCase()
    .split(/[,;\s]+/)
    .filter(Boolean);

/** Who may see the task now, by the rules of permissions.ts, read from the register as it stands. */
function maySee(reg: ReturnType<typeof register>, id: string, person: string): boolean {
  if (SEES_ALL.has(person)) return true;
  const row = reg.byId.get(id);
  if (!row) return false; // its row is gone or unreadable: nobody but admins and leaders
  const at = (key: string) => (reg.col(key) >= 0 ? row[reg.col(key)] : '');
  const unit = String(at('leadUnit')).trim().toLowerCase();
  return (
    emails(at('assignees')).includes(person) ||
    emails(at('assigner')).includes(person) ||
    emails(at('confirmedBy')).includes(person) ||
    (FOLLOWERS[unit] ?? []).includes(person)
  );
}

/** Fails when `output`, which `person` got (`null`: anyone), holds a title they may not see. */
function expectNoLeak(m: Model, person: string | null, what: string, output: unknown): void {
  if (process.env.HAND_EDITS_DEBUG)
    m.log.push(`  ${what} → ${person}: ${JSON.stringify(output).slice(0, 160)}`);
  const text = typeof output === 'string' ? output : JSON.stringify(output);
  const reg = register(m);
  for (const [token, id] of m.tokens) {
    if (!m.secret.has(id) || !text.includes(token)) continue;
    if (person !== null && maySee(reg, id, person)) continue;
    throw new Error(
      `${what}${person ? ` to ${person}` : ''} shows ${token}, a title of confidential task ${id}\n` +
        `steps:\n  ${m.log.join('\n  ')}\noutput: ${text.slice(0, 2000)}`,
    );
  }
}

/** Every id assigned is in the id column exactly once, unless a person deleted its row; none twice. */
function expectNoLoss(m: Model): void {
  const reg = register(m);
  const c = reg.col('id');
  expect(c).toBeGreaterThanOrEqual(0);
  const ids = reg.rows.map((r) => String(r[c])).filter(Boolean);
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  const twice = [...counts].filter(([, k]) => k > 1).map(([id]) => id);
  const lost = m.assigned.filter((id) => !m.deletedByHand.has(id) && counts.get(id) !== 1);
  if (twice.length || lost.length)
    throw new Error(
      `lost ${lost.join(', ') || '—'}; twice ${twice.join(', ') || '—'}\n  ${m.log.join('\n  ')}`,
    );
}

/** Everything each person gets when they look: the sidebar, the list, a statistics drill-down, the wall. */
function lookEverywhere(m: Model): void {
  for (const p of EVERYONE) {
    expectNoLeak(m, p, 'getSidebarState', call(m.emu, p, 'getSidebarState'));
    expectNoLeak(m, p, 'listTasks', call(m.emu, p, 'listTasks', {}));
    expectNoLeak(m, p, 'listTasks (done)', call(m.emu, p, 'listTasks', { status: 'done' }));
    expectNoLeak(m, p, 'getStatisticsTasks', call(m.emu, p, 'getStatisticsTasks', { figure: 'assigned' }));
  }
  expectNoLeak(m, null, 'getWallboard', call(m.emu, ADMIN, 'getWallboard'));
}

/** The hourly job an hour later; each new e-mail checked against each of its recipients. */
function runJob(m: Model, at?: number): void {
  m.emu.clock.set(at ?? m.emu.clock.now() + 3_600_000);
  m.emu.run('hourlyJob', [], { as: ADMIN, effectiveUser: ADMIN });
  const mails = m.emu.world.mail.outbox.slice(m.mailSeen);
  m.mailSeen = m.emu.world.mail.outbox.length;
  for (const mail of mails)
    for (const to of [...mail.to, ...mail.cc, ...mail.bcc])
      expectNoLeak(m, to.toLowerCase(), `e-mail "${mail.subject}"`, [
        mail.subject,
        mail.body,
        mail.htmlBody ?? '',
      ]);
}

/** A person's action in the Sheets interface; a move Sheets refuses (out of bounds) is no action. */
function byHand(m: Model, by: number, what: string, fn: Parameters<Emulator['edit']>[1]): void {
  const who = pick(HAND_EDITORS, by);
  m.log.push(`${who} by hand: ${what}`);
  try {
    m.emu.edit(who, fn);
  } catch (e) {
    const message = (e as Error).message;
    if (!/out of bounds|outside the dimensions|not possible to delete/.test(message)) throw e;
    m.log.push(`  refused: ${message}`);
  }
}

function act(m: Model, as: string, fn: string, ...args: unknown[]): Reply<{ task?: { id: string } }> {
  const reply = call<{ task?: { id: string } }>(m.emu, as, fn, ...args);
  m.log.push(
    `${as} ${fn}(${args.map((a) => JSON.stringify(a)).join(', ')}) → ${reply.ok ? 'ok' : reply.error}`,
  );
  expectNoLeak(m, as, `${fn} reply`, reply);
  return reply;
}

function apply(m: Model, s: Step): void {
  const reg = register(m);
  const width = reg.header.length;
  const lastRow = reg.values.length;
  const taskId = (i: number) => (m.assigned.length ? pick(m.assigned, i) : 'NV-2026-0999');
  switch (s.k) {
    case 'assign': {
      const { title, token } = freshTitle(m);
      const reply = act(m, pick([LEADER, ADMIN], s.by), 'assignTask', {
        title,
        leadUnit: pick(UNITS, s.unit),
        assignees: [pick([OFFICIAL, OTHER, FOCAL], s.who)],
        deadline: { mode: 'date', date: '2026-03-20' },
        confidential: s.conf,
      });
      if (reply.ok && reply.data.task) {
        const id = reply.data.task.id;
        m.assigned.push(id);
        m.tokens.set(token, id);
        if (s.conf) m.secret.add(id);
      }
      return;
    }
    case 'delegate': {
      const { title, token } = freshTitle(m);
      const reply = act(m, pick(EVERYONE, s.by), 'delegateTask', taskId(s.task), {
        title,
        assignees: [pick(DOERS, s.who)],
        confidential: s.conf,
      });
      if (reply.ok && reply.data.task) {
        const id = reply.data.task.id;
        m.assigned.push(id);
        m.tokens.set(token, id);
        if (s.conf) m.secret.add(id);
      }
      return;
    }
    case 'update':
      act(m, pick(EVERYONE, s.by), 'updateProgress', taskId(s.task), { progress: 40 });
      return;
    case 'extend':
      act(m, pick(EVERYONE, s.by), 'requestExtension', taskId(s.task), {
        newDeadline: '2026-04-30',
        reason: 'Chờ ý kiến các sở',
      });
      return;
    case 'report':
      act(m, pick(EVERYONE, s.by), 'reportResult', taskId(s.task), { result: 'Đã xử lý xong' });
      return;
    case 'confirm':
      act(m, pick(EVERYONE, s.by), 'confirmTask', taskId(s.task));
      return;
    case 'type':
    case 'tick': {
      if (lastRow < 2) return;
      const r = 2 + (s.row % (lastRow - 1));
      const key = s.k === 'tick' ? 'confidential' : pick(TYPED, s.col);
      const val = s.k === 'type' ? s.val : 0;
      const c = reg.col(key);
      if (c < 0) return;
      const id = reg.col('id') >= 0 ? String(reg.values[r - 1][reg.col('id')] ?? '') : '';
      let value: string | number | boolean;
      switch (key) {
        case 'confidential':
          value = true;
          break;
        case 'title': {
          const fresh = freshTitle(m);
          value = fresh.title;
          if (id) m.tokens.set(fresh.token, id);
          break;
        }
        case 'assignees':
        case 'assigner':
          value = pick(DOERS, val);
          break;
        case 'leadUnit':
        case 'coUnits':
          value = pick(UNITS, val);
          break;
        case 'parentId':
          value = m.assigned.length ? pick(m.assigned, val) : '';
          break;
        case 'progress':
          value = val % 101;
          break;
        default:
          value = `Ghi chú ${val}`;
      }
      const a1 = `${columnLetter(c + 1)}${r}`;
      byHand(m, s.by, `${a1} (${vi(key)}${id ? ` of ${id}` : ''}) ← ${String(value)}`, (ui) =>
        ui.setValue(SHEET, a1, value),
      );
      if (key === 'confidential' && id) m.secret.add(id);
      return;
    }
    case 'moveColumn': {
      const from = 1 + (s.from % width);
      const before = 1 + (s.to % (width + 1));
      byHand(m, s.by, `move column ${columnLetter(from)} before ${before}`, (ui) =>
        ui.moveColumns(SHEET, from, before),
      );
      return;
    }
    case 'insertColumn': {
      const at = 1 + (s.at % width);
      byHand(m, s.by, `insert a column left of ${columnLetter(at)}`, (ui) => ui.insertColumns(SHEET, at));
      return;
    }
    case 'deleteColumn': {
      const at = 1 + (s.at % width);
      const meta = metadataKeys(m).get(at);
      const byHeader = TASK_COLUMNS.find((c) => c.vi === reg.header[at - 1])?.key;
      if ((meta && UNDELETABLE.has(meta)) || (byHeader && UNDELETABLE.has(byHeader))) return;
      byHand(m, s.by, `delete column ${columnLetter(at)} (${reg.header[at - 1] || 'blank'})`, (ui) =>
        ui.deleteColumns(SHEET, at),
      );
      return;
    }
    case 'insertRow': {
      if (lastRow < 2) return;
      const at = 2 + (s.at % (lastRow - 1));
      byHand(m, s.by, `insert a row above ${at}`, (ui) => ui.insertRows(SHEET, at));
      return;
    }
    case 'deleteRow': {
      if (lastRow < 2) return;
      const at = 2 + (s.at % (lastRow - 1));
      const id = reg.col('id') >= 0 ? String(reg.values[at - 1][reg.col('id')] ?? '') : '';
      byHand(m, s.by, `delete row ${at}${id ? ` (${id})` : ''}`, (ui) => ui.deleteRows(SHEET, at));
      if (id && register(m).byId.get(id) === undefined) m.deletedByHand.add(id);
      return;
    }
    case 'pasteOver': {
      const from = 1 + (s.from % width);
      const to = 1 + (s.to % width);
      if (from === to) return;
      const meta = metadataKeys(m).get(to);
      if (meta === 'id' || reg.header[to - 1] === ID) return;
      const [a, b] = [columnLetter(from), columnLetter(to)];
      byHand(m, s.by, `cut column ${a} (${reg.header[from - 1] || 'blank'}), paste over ${b}`, (ui) =>
        ui.cutPaste(SHEET, `${a}:${a}`, `${b}1`),
      );
      return;
    }
    case 'job':
      m.log.push('hourly job');
      runJob(m);
      return;
    case 'look':
      m.log.push('everyone looks');
      lookEverywhere(m);
      return;
  }
}

describe('hand edits and actions in any order', () => {
  const runs = Number(process.env.HAND_EDITS_RUNS ?? 20);
  const longest = Number(process.env.HAND_EDITS_STEPS ?? 10);
  jest.setTimeout(Math.max(120_000, runs * longest * 1_000));

  it('never show a confidential title to someone who may not see it, never lose or duplicate a task', () => {
    // One register set up once; each run starts from a copy of its world.
    const base = workspaceRegister();
    setSetting(base, 'autoWorkspace', 'Không');
    const installed = base.run<Reply<unknown>>('installReminders', [7], { as: ADMIN }).value;
    if (!installed.ok) throw new Error(installed.error);
    const snapshot = JSON.stringify(base.world);

    fc.assert(
      fc.property(steps, (run) => {
        const emu = new Emulator(addonEmulator({ world: JSON.parse(snapshot) as WorldState })).loadBundle();
        const m: Model = {
          emu,
          assigned: [],
          deletedByHand: new Set(),
          tokens: new Map(),
          secret: new Set(),
          next: 1,
          mailSeen: emu.world.mail.outbox.length,
          log: [],
        };
        for (const s of run) {
          apply(m, s);
          expectNoLoss(m);
        }
        // The next morning's digests, then everyone looks.
        runJob(m, Date.parse('2026-03-03T07:05:00+07:00'));
        lookEverywhere(m);
        expectNoLoss(m);
        if (process.env.HAND_EDITS_DEBUG) console.log(m.log.join('\n'));
      }),
      { numRuns: runs },
    );
  });
});
