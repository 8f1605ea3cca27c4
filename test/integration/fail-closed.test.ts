/**
 * A column the add-on needs that is missing or ambiguous refuses what depends on it, on the first read
 * and on every read after (the column map cached in the document properties never stands for a sheet
 * that lost a column): a deleted "Mật" column never makes every task public, a deleted "Đang công tác"
 * column never lets retired staff back in.
 */
import type { Emulator } from '../../emulator';
import { columnLetter } from '../../emulator/spreadsheet/a1';
import { SHEETS, STAFF_COLUMNS, TASK_COLUMNS } from '../../src/core/schema';
import {
  ADMIN,
  LEADER,
  OFFICIAL,
  addStaff,
  addTasks,
  asUser,
  byHand,
  setUpRegister,
  sheetValues,
} from './helpers';
import { FOLLOWER, documentProperty, remindersRegister, runJob, type Reply } from './reminders-helpers';

const VIEWER = 'chi.xem@ubnd.example.vn';
const RETIRED = 'nghi.huu@ubnd.example.vn';
const SECRET = 'Phương án bảo vệ bí mật nhà nước';
/** Past the context cache's life: what the sheets hold is read again. */
const LATER = 6 * 60_000;

interface View {
  id: string;
  title: string;
}

function register(): Emulator {
  const emu = remindersRegister('2026-03-02T06:00:00+07:00');
  addStaff(emu, [
    { email: VIEWER, name: 'Người Xem', unit: 'VP', role: 'Chỉ xem', active: true },
    { email: RETIRED, name: 'Đã Nghỉ', unit: 'VP', role: 'Lãnh đạo', active: false },
  ]);
  addTasks(emu, [
    {
      title: SECRET,
      assigner: LEADER,
      leadUnit: 'Văn phòng',
      assignees: OFFICIAL,
      assignedDate: '02/03/2026',
      deadline: '03/03/2026',
      confidential: true,
    },
    {
      title: 'Báo cáo tuần',
      assigner: LEADER,
      leadUnit: 'Văn phòng',
      assignees: OFFICIAL,
      assignedDate: '02/03/2026',
      deadline: '03/03/2026',
    },
  ]);
  emu.run('refresh', [], { as: ADMIN });
  return emu;
}

function call<T>(emu: Emulator, as: string, fn: string, ...args: unknown[]): Reply<T> {
  return emu.run<Reply<T>>(fn, args, { as }).value;
}

function later(emu: Emulator): void {
  emu.clock.set(emu.clock.now() + LATER);
}

/** The column (A1 letter) headed `header` in `sheet`. */
function columnOf(emu: Emulator, sheet: string, header: string): string {
  const i = sheetValues(emu, sheet)[0].indexOf(header);
  if (i < 0) throw new Error(`no column ${header} in ${sheet}`);
  return columnLetter(i + 1);
}

const titles = (reply: Reply<unknown>) => JSON.stringify(reply);

describe('the "Mật" column deleted by hand', () => {
  let emu: Emulator;
  beforeAll(() => {
    emu = register();
    // Before: the viewer's search does not show the confidential title.
    const before = call<{ tasks: View[] }>(emu, VIEWER, 'listTasks', { text: '' });
    expect(before.ok).toBe(true);
    expect(titles(before)).not.toContain(SECRET);
    expect(titles(before)).toContain('Báo cáo tuần');
    byHand(emu, ADMIN, (ui) => ui.deleteColumns('Nhiệm vụ', columnOf(emu, 'Nhiệm vụ', 'Mật')));
    later(emu);
  });

  it('refuses searches, on the first call and the second, naming the column and the sheet', () => {
    for (const as of [VIEWER, VIEWER, LEADER]) {
      const reply = call<{ tasks: View[] }>(emu, as, 'listTasks', { text: '' });
      expect(titles(reply)).not.toContain(SECRET);
      expect(reply.ok).toBe(false);
      expect(reply.error).toContain('thiếu cột: Mật');
      expect(reply.error).toContain('Nhiệm vụ');
    }
  });

  it("refuses the viewer's sidebar, twice, and shows the admin why", () => {
    for (const as of [VIEWER, VIEWER, ADMIN]) {
      const reply = call(emu, as, 'getSidebarState');
      expect(titles(reply)).not.toContain(SECRET);
      expect(reply.ok).toBe(false);
      expect(reply.error).toMatch(/Sheet "Nhiệm vụ" thiếu cột: Mật\. Nhắc Việc không đọc/);
    }
  });

  it('sends no digest with the title, on the first run and the next, and tells the admin why', () => {
    const before = emu.world.mail.outbox.length;
    for (const at of ['2026-03-03T07:00:00+07:00', '2026-03-03T08:00:00+07:00']) {
      const run = runJob(emu, at).value;
      expect(run.action).toBe('error');
      expect(run.message).toContain('thiếu cột: Mật');
    }
    for (const m of emu.world.mail.outbox.slice(before)) {
      expect(m.htmlBody).not.toContain(SECRET);
      expect(m.body).not.toContain(SECRET);
      expect(m.subject).not.toContain(SECRET);
    }
    const status = call<{ warning: string | null }>(emu, ADMIN, 'getReminderStatus');
    expect(status.ok).toBe(true);
    expect(status.data?.warning).toContain('Sheet "Nhiệm vụ" thiếu cột: Mật');
  });

  it('keeps no column map that lacks the column', () => {
    const cached = documentProperty<{ map: Record<string, number> }>(emu, 'nhacviec.columns.tasks');
    if (cached) expect(Object.keys(cached.map)).toContain('confidential');
  });
});

describe('setup after the "Mật" column was deleted by hand', () => {
  const deleted = () => {
    const emu = register();
    byHand(emu, ADMIN, (ui) => ui.deleteColumns('Nhiệm vụ', columnOf(emu, 'Nhiệm vụ', 'Mật')));
    return emu;
  };

  it('refuses to add it back empty while tasks exist, in Vietnamese, and the reads still refuse', () => {
    const emu = deleted();
    const reply = emu.run<Reply<unknown>>('adminSetup', [], { as: ADMIN }).value;
    expect(reply).toMatchObject({ ok: false, code: 'setup.confidentialLost' });
    expect(reply.error).toContain('Sheet "Nhiệm vụ" đã có việc nhưng mất cột "Mật"');
    expect(reply.error).toContain('Lịch sử phiên bản');
    expect(sheetValues(emu, 'Nhiệm vụ')[0]).not.toContain('Mật');
    later(emu);
    const search = call<{ tasks: View[] }>(emu, VIEWER, 'listTasks', { text: '' });
    expect(search.ok).toBe(false);
    expect(titles(search)).not.toContain(SECRET);
  });

  it('goes on once an admin adds a "Mật" column by hand and ticks the confidential tasks again', () => {
    const emu = deleted();
    const width = sheetValues(emu, 'Nhiệm vụ')[0].length;
    const next = columnLetter(width + 1);
    const secretRow = sheetValues(emu, 'Nhiệm vụ').findIndex((r) => r.includes(SECRET)) + 1;
    byHand(emu, ADMIN, (ui) => {
      ui.insertColumns('Nhiệm vụ', width, 1, 'right');
      ui.setValue('Nhiệm vụ', `${next}1`, 'Mật');
      ui.setValue('Nhiệm vụ', `${next}${secretRow}`, true);
    });
    expect(emu.run<Reply<unknown>>('adminSetup', [], { as: ADMIN }).value.ok).toBe(true);
    later(emu);
    const search = call<{ tasks: View[] }>(emu, VIEWER, 'listTasks', { text: '' });
    expect(search.ok).toBe(true);
    expect(titles(search)).not.toContain(SECRET);
  });

  it('adds it back when the task sheet holds no task: nothing to show', () => {
    const emu = setUpRegister();
    byHand(emu, ADMIN, (ui) => ui.deleteColumns('Nhiệm vụ', columnOf(emu, 'Nhiệm vụ', 'Mật')));
    expect(emu.run<Reply<unknown>>('adminSetup', [], { as: ADMIN }).value.ok).toBe(true);
    expect(sheetValues(emu, 'Nhiệm vụ')[0]).toContain('Mật');
  });
});

describe('the "Đang công tác" column of Cán bộ deleted by hand', () => {
  it('keeps retired staff out, on the first call and the second', () => {
    const emu = register();
    expect(call(emu, RETIRED, 'getSidebarState').ok).toBe(false);
    byHand(emu, ADMIN, (ui) => ui.deleteColumns('Cán bộ', columnOf(emu, 'Cán bộ', 'Đang công tác')));
    later(emu);
    for (const as of [RETIRED, RETIRED, FOLLOWER]) {
      const reply = call(emu, as, 'getSidebarState');
      expect(reply.ok).toBe(false);
      expect(reply.error).toContain('thiếu cột: Đang công tác');
      expect(reply.error).toContain('Cán bộ');
    }
    const admin = call(emu, ADMIN, 'getSidebarState');
    expect(admin.ok).toBe(false);
    expect(admin.error).toMatch(/khôi phục cột/);
  });

  it('is not hidden by the cached staff list once the sheets are read again', () => {
    const emu = register();
    expect(call(emu, OFFICIAL, 'getSidebarState').ok).toBe(true); // the context is cached now
    byHand(emu, ADMIN, (ui) => ui.deleteColumns('Cán bộ', columnOf(emu, 'Cán bộ', 'Đang công tác')));
    // A value typed anywhere in the staff sheet renews the context: the broken sheet is read at once.
    byHand(emu, ADMIN, (ui) => ui.setValue('Cán bộ', `${columnOf(emu, 'Cán bộ', 'Chức vụ')}3`, 'Phó phòng'));
    for (const as of [RETIRED, RETIRED]) expect(call(emu, as, 'getSidebarState').ok).toBe(false);
  });
});

describe('two columns claiming one meaning', () => {
  it('refuses, naming the column, when two columns carry the same metadata key', () => {
    const emu = register();
    asUser(emu, (ss, app) => {
      const sheet = ss.getSheetByName(SHEETS.tasks.vi)!;
      sheet.insertColumnBefore(4);
      sheet.getRange(1, 4).setValue('Bảo mật (bản sao)');
      sheet
        .getRange('D:D')
        .addDeveloperMetadata('nhacviec.column', 'confidential', app.DeveloperMetadataVisibility.DOCUMENT);
    });
    later(emu);
    for (const as of [VIEWER, VIEWER, ADMIN]) {
      const reply = call<{ tasks: View[] }>(emu, as, 'listTasks', { text: '' });
      expect(titles(reply)).not.toContain(SECRET);
      expect(reply.ok).toBe(false);
      expect(reply.error).toMatch(/Sheet "Nhiệm vụ": không xác định được cột Mật \(/);
    }
  });

  it('refuses when a column tagged "active" is headed with another column\'s name', () => {
    const emu = register();
    const active = STAFF_COLUMNS.findIndex((c) => c.key === 'active') + 1;
    byHand(emu, ADMIN, (ui) => ui.setValue('Cán bộ', `${columnLetter(active)}1`, 'Chức vụ'));
    later(emu);
    for (const as of [RETIRED, RETIRED, ADMIN]) {
      const reply = call(emu, as, 'getSidebarState');
      expect(reply.ok).toBe(false);
      expect(reply.error).toContain('Sheet "Cán bộ": không xác định được cột Đang công tác (');
    }
  });
});

describe('the cached column map', () => {
  it('is not used after the last of the columns it knows is deleted', () => {
    const emu = register();
    const last = TASK_COLUMNS.length;
    expect(call(emu, VIEWER, 'listTasks', { text: '' }).ok).toBe(true);
    byHand(emu, ADMIN, (ui) => ui.deleteColumns('Nhiệm vụ', columnLetter(last)));
    for (let i = 0; i < 2; i++) {
      const reply = call(emu, VIEWER, 'listTasks', { text: '' });
      expect(reply.ok).toBe(false);
      expect(reply.error).toContain(`thiếu cột: ${TASK_COLUMNS[last - 1].vi}`);
    }
  });
});
