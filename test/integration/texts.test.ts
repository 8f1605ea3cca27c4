/**
 * The server's message texts that Code.js does not hold (scripts/build.mjs, src/gas/texts.ts): the
 * English ones in dist/i18n-en.html, the Vietnamese ones of the rare runs in dist/i18n-vi.html. The calls
 * of the sidebar on a Vietnamese register read neither file; a rare run reads the one it needs, once.
 */
import { readFileSync } from 'node:fs';
import { SELF_CHECK_MESSAGES } from '../../src/core/i18n/self-check';
import { MESSAGES } from '../../src/core/messages';
import type { Emulator, ExecutionResult } from '../../emulator';
import { ADMIN, LEADER, OFFICIAL, setSetting, setUpRegister } from './helpers';
import { remindersRegister, type Reply, type Status } from './reminders-helpers';

const READ = 'HtmlService.createHtmlOutputFromFile';
type Answer<T = { message: string; task: { id: string } }> = Reply<T> & { error?: string };

function run<T>(emu: Emulator, as: string, fn: string, ...args: unknown[]): ExecutionResult<Answer<T>> {
  return emu.run<Answer<T>>(fn, args, { as });
}

describe("the sidebar's calls on a Vietnamese register", () => {
  it('read no file of texts: every word they show is in Code.js', () => {
    const emu = setUpRegister('2026-03-02T08:00:00+07:00'); // a Monday
    setSetting(emu, 'autoWorkspace', 'Không');
    const runs: [string, ExecutionResult<Answer<unknown>>][] = [];
    const did = <T>(as: string, fn: string, ...args: unknown[]): Answer<T> => {
      const r = run<T>(emu, as, fn, ...args);
      runs.push([fn, r as ExecutionResult<Answer<unknown>>]);
      return r.value;
    };
    const done = <T>(as: string, fn: string, ...args: unknown[]): T => {
      const r = did<T>(as, fn, ...args);
      if (!r.ok) throw new Error(`${fn}: ${r.error}`);
      return r.data as T;
    };
    const refused = (as: string, fn: string, ...args: unknown[]): string => {
      const r = did(as, fn, ...args);
      if (r.ok) throw new Error(`${fn} was not refused`);
      return r.error!;
    };
    const task = (title: string) => ({
      title,
      leadUnit: 'VP',
      assignees: [OFFICIAL],
      deadline: { mode: 'date', date: '2026-03-10' },
    });

    done(LEADER, 'getSidebarState');
    const { id } = done<{ task: { id: string } }>(LEADER, 'assignTask', task('Rà soát hồ sơ')).task;
    const other = done<{ task: { id: string } }>(LEADER, 'assignTask', task('Tổng hợp số liệu')).task.id;
    expect(refused(LEADER, 'assignTask', task(''))).toMatch(/tên nhiệm vụ/i);
    expect(refused(OFFICIAL, 'assignTask', task('Việc khác'))).toBe(
      'Chỉ lãnh đạo hoặc quản trị mới được giao nhiệm vụ.',
    );
    done(OFFICIAL, 'getSidebarState');
    done(OFFICIAL, 'updateProgress', id, { progress: 40, note: 'Đã có số liệu' });
    expect(refused(OFFICIAL, 'updateProgress', id, { progress: 140 })).toMatch(/\S/);
    done(OFFICIAL, 'requestExtension', id, { newDeadline: '2026-03-13', reason: 'Chờ số liệu' });
    expect(refused(OFFICIAL, 'decideExtension', id, { approve: true })).toMatch(/không có quyền duyệt/);
    done(LEADER, 'decideExtension', id, { approve: true, note: 'Đồng ý' });
    done(OFFICIAL, 'requestExtension', other, { newDeadline: '2026-03-13', reason: 'Chờ số liệu' });
    done(LEADER, 'decideExtension', other, { approve: false, note: 'Không' });
    done(OFFICIAL, 'reportResult', id, { result: 'Đã xong' });
    done(LEADER, 'sendBackTask', id, { reason: 'Thiếu số liệu phòng Y tế' });
    done(OFFICIAL, 'reportResult', id, { result: 'Đã bổ sung' });
    done(LEADER, 'confirmTask', id);
    done(LEADER, 'undoConfirmTask', id);
    done(LEADER, 'confirmTask', id);
    expect(refused(OFFICIAL, 'confirmTask', other)).toMatch(/\S/);
    done(LEADER, 'archiveTask', other, { reason: 'Không còn cần' });
    done(LEADER, 'listTasks', {});
    done(LEADER, 'getTaskHistory', id);
    done(LEADER, 'getSidebarState');

    const reads = runs.filter(([, r]) => r.calls.count(READ) > 0).map(([fn]) => fn);
    expect(reads).toEqual([]);
    expect(runs.length).toBeGreaterThan(20);
  });

  it('with Drive folders made on assignment, read one only in a call that worked in Drive', () => {
    const emu = setUpRegister('2026-03-02T08:00:00+07:00'); // autoWorkspace on, as set up
    const assign = run<{ task: { id: string } }>(emu, LEADER, 'assignTask', {
      title: 'Rà soát hồ sơ',
      leadUnit: 'VP',
      assignees: [OFFICIAL],
      deadline: { mode: 'date', date: '2026-03-10' },
    });
    const id = assign.value.data!.task.id;
    const runs = [
      assign,
      run(emu, OFFICIAL, 'getSidebarState'),
      run(emu, OFFICIAL, 'updateProgress', id, { progress: 40 }),
      run(emu, OFFICIAL, 'requestExtension', id, { newDeadline: '2026-03-13', reason: 'Chờ số liệu' }),
      run(emu, LEADER, 'decideExtension', id, { approve: true }), // remakes the task slip
      run(emu, LEADER, 'getSidebarState'),
    ];
    expect(runs.map((r) => r.value.ok)).toEqual(runs.map(() => true));
    const seen = runs.map((r) => [r.calls.count(READ), r.cost.driveCalls > 0]);
    expect(seen.filter(([reads, drive]) => reads !== 0 && !(reads === 1 && drive))).toEqual([]);
    expect(seen[0]).toEqual([1, true]); // the folder's document and slip are written in Vietnamese
  });
});

describe('a message of a rare run', () => {
  it('comes out in Vietnamese through i18n-vi, and in English through i18n-en, one read each', () => {
    const emu = remindersRegister('2026-03-02T09:00:00+07:00', { install: false });
    const on = run<Status>(emu, ADMIN, 'installReminders', 7);
    expect(on.value.ok && on.value.data!.message).toBe(
      `Đã bật nhắc việc: gửi lúc 7 giờ mỗi ngày làm việc, từ tài khoản ${ADMIN} (thư dùng hạn mức gửi của tài khoản này).`,
    );
    expect(on.calls.count(READ)).toBe(1);
    // The refresh's words stay in Code.js: the admin's button waits on it, and a morning that sends
    // nothing reads no file.
    const vi = run<{ message: string }>(emu, ADMIN, 'adminRefresh');
    expect(vi.value.ok && vi.value.data!.message).toBe('Đã cập nhật 0 nhiệm vụ, 0 nhiệm vụ trong sổ.');
    expect(vi.calls.count(READ)).toBe(0);
    setSetting(emu, 'language', 'en');
    const en = run<{ message: string }>(emu, ADMIN, 'adminRefresh');
    expect(en.value.ok && en.value.data!.message).toBe('Updated 0 tasks; 0 tasks in the register.');
    expect(en.calls.count(READ)).toBe(1);
  });

  it("the setup's report and the self-check's words, Vietnamese only, read from i18n-vi", () => {
    const emu = setUpRegister('2026-03-02T08:00:00+07:00');
    const again = run<{ message: string }>(emu, ADMIN, 'adminSetup');
    expect(again.value.ok && again.value.data!.message).toMatch(/^Sổ theo dõi đã đầy đủ/);
    const check = run<{ message: string; items: { label: string }[] }>(emu, ADMIN, 'selfCheck', {});
    expect(check.value.ok && check.value.data!.message).toMatch(/^Kiểm tra hoạt động \(/);
    expect(check.value.ok && check.value.data!.items.map((i) => i.label)).toContain('Hạn mức thư');
    for (const r of [again, check]) expect(r.calls.count(READ)).toBe(1);
  });
});

describe('the files of texts', () => {
  const code = readFileSync('dist/Code.js', 'utf8');
  const cold = JSON.parse(readFileSync('dist/i18n-vi.html', 'utf8')) as Record<string, string>;
  const vietnamese = Object.entries(MESSAGES).map(([key, [vi]]) => [key, vi] as const);
  const all = [...vietnamese, ...Object.entries(SELF_CHECK_MESSAGES)];

  it('every Vietnamese text of the server is in Code.js or, exactly, in i18n-vi; never in both', () => {
    // A catalogue's entry is written `"key":` and its text after `{` or `,` (a key elsewhere is code's).
    const written = (key: string) => new RegExp('[{,]"' + key.replace(/\./g, '\\.') + '":[\'"`]').test(code);
    const inCode = all.filter(([key]) => written(key));
    const inFile = all.filter(([key]) => key in cold);
    expect(inCode.length + inFile.length).toBe(all.length);
    expect(inCode.filter(([key]) => key in cold)).toEqual([]);
    for (const [key, vi] of inFile) expect({ key, vi: cold[key] }).toEqual({ key, vi });
    // The rare runs' words are out: the daily mail, setup, the self-check, statistics, plans, reports.
    for (const key of ['reminder.subject', 'setup.done', 'check.title', 'stats.title', 'plan.submitted'])
      expect(Object.keys(cold)).toContain(key);
    expect(Object.keys(cold).length).toBeGreaterThan(300);
    // Their texts are not in Code.js (long ones, and not quoted by a text that stays).
    const kept = inCode.map(([, vi]) => vi);
    const long = inFile.filter(([, vi]) => vi.length > 30 && !kept.some((k) => k.includes(vi)));
    expect(long.length).toBeGreaterThan(150);
    const quoted = (vi: string) => code.includes(JSON.stringify(vi).slice(1, -1));
    expect(long.filter(([, vi]) => quoted(vi)).map(([key]) => key)).toEqual([]);
    // The sidebar's words stay.
    for (const key of ['action.cannotAssign', 'auth.unknown', 'lock.busy', 'audit.assign', 'ws.otherOwner'])
      expect(written(key)).toBe(true);
  });
});
