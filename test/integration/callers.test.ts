/**
 * Every entry point identifies its caller and checks a role, on the built bundle: the refreshes (command
 * line, menu, admin tab, `dailyJob`), the hourly job's effective user; inputs are checked for their type
 * with a message in words; an unexpected error is logged and never claims that nothing changed.
 */
import type { Emulator } from '../../emulator';
import * as globalsModule from '../../emulator/services/globals';
import {
  ADMIN,
  LEADER,
  OFFICIAL,
  addStaff,
  addTasks,
  auditAfterSetup,
  setUpRegister,
  taskRecords,
} from './helpers';
import { documentProperty, remindersRegister, runJob, type Reply, type Status } from './reminders-helpers';

const VIEWER = 'chi.xem@ubnd.example.vn';
const STRANGER = 'la@example.com';
const NO_EMAIL = /^Không xác định được tài khoản Google của bạn/;
const UNKNOWN = /^Tài khoản la@example.com chưa có trong sheet "Cán bộ"/;

function register(): Emulator {
  const emu = setUpRegister();
  addStaff(emu, [{ email: VIEWER, name: 'Người Xem', unit: 'VP', role: 'Chỉ xem', active: true }]);
  // A task whose status the refresh would write (its row carries none yet).
  addTasks(emu, [{ title: 'Việc cũ', assignees: OFFICIAL, leadUnit: 'VP', deadline: '20/03/2026' }]);
  return emu;
}
const status = (emu: Emulator) => String(taskRecords(emu)[0].status ?? '');

describe('the refreshes identify their caller', () => {
  it.each(['refresh', 'dailyJob'])('%s: an empty, unknown or viewer caller changes nothing', (fn) => {
    const emu = register();
    expect(() => emu.run(fn, [], { as: '' })).toThrow(NO_EMAIL);
    expect(() => emu.run(fn, [], { as: STRANGER })).toThrow(UNKNOWN);
    expect(() => emu.run(fn, [], { as: VIEWER })).toThrow('chi.xem@ubnd.example.vn (Chỉ xem) chỉ được xem.');
    expect(status(emu)).toBe('');
    expect(auditAfterSetup(emu)).toHaveLength(0);
    emu.run(fn, [], { as: OFFICIAL });
    expect(status(emu)).toBe('Đang thực hiện trong hạn');
  });

  it('refreshFromMenu: an empty or unknown caller is told why, and nothing is refreshed', () => {
    const emu = register();
    emu.run('refreshFromMenu', [], { as: '' });
    emu.run('refreshFromMenu', [], { as: STRANGER });
    expect(emu.world.ui.alerts.map((a) => a.prompt)).toEqual([
      expect.stringMatching(NO_EMAIL),
      expect.stringMatching(UNKNOWN),
    ]);
    expect(status(emu)).toBe('');
    emu.run('refreshFromMenu', [], { as: LEADER });
    expect(status(emu)).toBe('Đang thực hiện trong hạn');
  });

  it('adminRefresh: administrators only', () => {
    const emu = register();
    const reply = (as: string) => emu.run<Reply<unknown>>('adminRefresh', [], { as }).value;
    expect(reply('').error).toMatch(NO_EMAIL);
    expect(reply(STRANGER).error).toMatch(UNKNOWN);
    expect(reply(LEADER)).toMatchObject({ ok: false, code: 'auth.notAdmin' });
    expect(status(emu)).toBe('');
    expect(reply(ADMIN).ok).toBe(true);
    expect(status(emu)).toBe('Đang thực hiện trong hạn');
  });
});

describe('the hourly job', () => {
  it('refuses to run without an effective user, and the Admin tab says so', () => {
    const emu = remindersRegister('2026-03-02T06:00:00+07:00');
    const run = emu.run<{ action: string; message: string }>('hourlyJob', [], {
      as: '',
      effectiveUser: '',
      at: '2026-03-02T07:05:00+07:00',
    }).value;
    expect(run.action).toBe('error');
    expect(run.message).toMatch(/^Từ chối: không rõ tài khoản chạy trình kích hoạt/);
    // It did not remove the trigger (it cannot tell whose it is), and nothing was refreshed or sent.
    expect(emu.world.mail.outbox).toHaveLength(0);
    const shown = emu.run<Reply<Status>>('getReminderStatus', [], { as: ADMIN }).value.data!;
    expect(shown.lastRun).toMatchObject({ ok: false, message: run.message });
    expect(shown.warning).toBe(run.message);
    expect(documentProperty<{ installer: string }>(emu, 'nhacviec.reminders')?.installer ?? ADMIN).toBe(
      ADMIN,
    );
    // The installer's own run goes ahead.
    expect(runJob(emu, '2026-03-02T08:05:00+07:00').value.action).not.toBe('error');
  });
});

type Answer = { ok: boolean; error?: string; code?: string; data?: { task?: { id: string } } };

describe('inputs are checked for their type', () => {
  const basic = (extra: Record<string, unknown> = {}) => ({
    title: 'Báo cáo quý',
    leadUnit: 'VP',
    assignees: [OFFICIAL],
    deadline: { mode: 'date', date: '2026-03-10' },
    ...extra,
  });

  it('a title sent as an object is refused in words, never stored as "[object Object]"', () => {
    const emu = setUpRegister();
    const reply = emu.run<Answer>('assignTask', [basic({ title: { text: 'Báo cáo' } })], {
      as: LEADER,
    }).value;
    expect(reply).toMatchObject({
      ok: false,
      code: 'input.invalid',
      error: 'Chưa lưu, cần sửa: Tên nhiệm vụ: phải là chữ.',
    });
    expect(taskRecords(emu)).toHaveLength(0);
    const details = emu.run<Answer>('assignTask', [basic({ details: ['a', 'b'] })], { as: LEADER }).value;
    expect(details.error).toMatch(/phải là chữ/);
    expect(taskRecords(emu)).toHaveLength(0);
  });

  it('a missing form is refused in words, not as an unexpected error', () => {
    const emu = setUpRegister();
    const id = emu.run<Answer>('assignTask', [basic()], { as: LEADER }).value.data!.task!.id;
    for (const [fn, as, args] of [
      ['assignTask', LEADER, [null]],
      ['updateProgress', OFFICIAL, [id, null]],
      ['reportResult', OFFICIAL, [id, 'xong']],
      ['requestExtension', OFFICIAL, [id]],
    ] as [string, string, unknown[]][]) {
      const reply = emu.run<Answer>(fn, args, { as }).value;
      expect({ fn, ...reply }).toEqual({
        fn,
        ok: false,
        code: 'input.notForm',
        error: 'Thiếu nội dung biểu mẫu: hãy tải lại thanh bên.',
      });
    }
  });
});

describe('an unexpected error', () => {
  afterEach(() => jest.restoreAllMocks());

  it('is logged, and says the action may be incomplete rather than that nothing changed', () => {
    const emu = setUpRegister();
    const logged: unknown[][] = [];
    const real = globalsModule.createGlobals;
    jest.spyOn(globalsModule, 'createGlobals').mockImplementation((ctx) => {
      const g = real(ctx);
      g.console = { log() {}, info() {}, warn() {}, error: (...a: unknown[]) => logged.push(a) };
      // A service failing mid-way, as Google's do now and then.
      g.Session = {
        getActiveUser: () => {
          throw new Error('Service unavailable: Session');
        },
        getEffectiveUser: () => ({ getEmail: () => LEADER }),
        getScriptTimeZone: () => 'Asia/Ho_Chi_Minh',
      };
      return g;
    });
    const reply = emu.run<Answer>('getSidebarState', [], { as: LEADER }).value;
    expect(reply).toMatchObject({ ok: false, code: 'unexpected' });
    expect(reply.error).toMatch(
      /^Lỗi ngoài dự kiến, thao tác có thể chưa xong: hãy tải lại để xem\. Chi tiết: .*Service unavailable: Session$/,
    );
    expect(reply.error).not.toMatch(/chưa có gì bị thay đổi/);
    expect(logged).toHaveLength(1);
    expect(String(logged[0][0])).toMatch(/Service unavailable: Session/);
  });
});
