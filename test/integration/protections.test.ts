/**
 * What only administrators change — `Cán bộ`, `Đơn vị`, `Cài đặt`, `Ngày nghỉ` — is protected for them
 * (a real protection: the administrators of `Cán bộ` and the owner), kept in step with `Cán bộ` each
 * time setup runs. The sheets every action writes keep a warning, since the add-on runs as its user.
 */
import type { Emulator } from '../../emulator';
import { columnLetter } from '../../emulator/spreadsheet/a1';
import { STAFF_COLUMNS } from '../../src/core/schema';
import { ADMIN, LEADER, OFFICIAL, addStaff, asUser, byHand, setUpRegister, sheetValues } from './helpers';

const ADMIN_SHEETS = ['Cán bộ', 'Đơn vị', 'Cài đặt', 'Ngày nghỉ'];
const SECOND_ADMIN = 'quan.tri.2@ubnd.example.vn';
const PROTECTED = 'You are trying to edit a protected cell or object.';

interface SheetProtection {
  editors: string[];
  warningOnly: boolean;
  domainEdit: boolean;
}

function sheetProtections(emu: Emulator, name: string): SheetProtection[] {
  return asUser(emu, (ss, app) =>
    ss
      .getSheetByName(name)!
      .getProtections(app.ProtectionType.SHEET)
      .map((p) => ({
        editors: p
          .getEditors()
          .map((u) => u.getEmail())
          .sort(),
        warningOnly: p.isWarningOnly(),
        domainEdit: p.canDomainEdit(),
      })),
  );
}

/** The "Vai trò" cell of `email`'s row in `Cán bộ`. */
function roleCell(emu: Emulator, email: string): string {
  const rows = sheetValues(emu, 'Cán bộ');
  const row = rows.findIndex((r) => r[0] === email) + 1;
  if (row < 1) throw new Error(`no ${email} in Cán bộ`);
  const col = STAFF_COLUMNS.findIndex((c) => c.key === 'role') + 1;
  return `${columnLetter(col)}${row}`;
}

function withSecondAdmin(): Emulator {
  const emu = setUpRegister();
  addStaff(emu, [
    { email: SECOND_ADMIN, name: 'Quản Trị Hai', unit: 'VP', role: 'Quản trị (văn phòng)', active: true },
  ]);
  emu.run('setup', [], { as: ADMIN });
  return emu;
}

describe('the sheets only administrators change', () => {
  it('are protected after setup, for the administrators only, not with a warning', () => {
    const emu = setUpRegister();
    for (const name of ADMIN_SHEETS) {
      expect(sheetProtections(emu, name)).toEqual([
        { editors: [ADMIN], warningOnly: false, domainEdit: false },
      ]);
    }
  });

  it('follow the administrators of Cán bộ when setup runs again, without a second protection', () => {
    const emu = withSecondAdmin();
    for (const name of ADMIN_SHEETS) {
      expect(sheetProtections(emu, name)).toEqual([
        { editors: [SECOND_ADMIN, ADMIN].sort(), warningOnly: false, domainEdit: false },
      ]);
    }
    // The second administrator becomes a leader (a hand edit by an administrator): followed at the next setup.
    byHand(emu, ADMIN, (ui) => ui.setValue('Cán bộ', roleCell(emu, SECOND_ADMIN), 'Lãnh đạo'));
    emu.run('setup', [], { as: ADMIN });
    for (const name of ADMIN_SHEETS) expect(sheetProtections(emu, name)[0].editors).toEqual([ADMIN]);
  });

  it('refuse an official changing their own role, with Sheets’ message', () => {
    const emu = withSecondAdmin();
    expect(() =>
      byHand(emu, OFFICIAL, (ui) => ui.setValue('Cán bộ', roleCell(emu, OFFICIAL), 'Quản trị (văn phòng)')),
    ).toThrow(PROTECTED);
    expect(sheetValues(emu, 'Cán bộ').find((r) => r[0] === OFFICIAL)).toContain('Cán bộ thực hiện');
    // Nor may a leader add a unit, a holiday or change a setting.
    expect(() => byHand(emu, LEADER, (ui) => ui.setValue('Đơn vị', 'A10', 'KT'))).toThrow(PROTECTED);
    expect(() => byHand(emu, LEADER, (ui) => ui.setValue('Cài đặt', 'C2', 'x'))).toThrow(PROTECTED);
    expect(() => byHand(emu, OFFICIAL, (ui) => ui.deleteRows('Ngày nghỉ', 2))).toThrow(PROTECTED);
    expect(() => byHand(emu, OFFICIAL, (ui) => ui.deleteColumns('Cán bộ', 'F'))).toThrow(PROTECTED);
  });

  it('refuse an official when the owner is the only administrator (the protection does not mirror the sharing)', () => {
    const emu = setUpRegister();
    expect(() =>
      byHand(emu, OFFICIAL, (ui) => ui.setValue('Cán bộ', roleCell(emu, OFFICIAL), 'Quản trị (văn phòng)')),
    ).toThrow(PROTECTED);
    expect(() => byHand(emu, LEADER, (ui) => ui.deleteRows('Cán bộ', 2))).toThrow(PROTECTED);
    expect(sheetValues(emu, 'Cán bộ').find((r) => r[0] === OFFICIAL)).toContain('Cán bộ thực hiện');
  });

  it('let an administrator who is not the owner change a role', () => {
    const emu = withSecondAdmin();
    const report = byHand(emu, SECOND_ADMIN, (ui) =>
      ui.setValue('Cán bộ', roleCell(emu, OFFICIAL), 'Lãnh đạo'),
    );
    expect(report.warnings).toEqual([]);
    expect(sheetValues(emu, 'Cán bộ').find((r) => r[0] === OFFICIAL)).toContain('Lãnh đạo');
  });
});

describe('an administrator added by hand, before setup runs again', () => {
  type Reply = { ok: boolean; error?: string; code?: string };
  const added = () => {
    const emu = setUpRegister();
    addStaff(emu, [
      { email: SECOND_ADMIN, name: 'Quản Trị Hai', unit: 'VP', role: 'Quản trị (văn phòng)', active: true },
    ]);
    return emu;
  };

  it('is told to have setup run again, in Vietnamese, and nothing is left half-done', () => {
    const emu = added();
    const reply = emu.run<Reply>('installReminders', [9], { as: SECOND_ADMIN }).value;
    expect(reply).toMatchObject({ ok: false, code: 'sheet.adminOnly' });
    expect(reply.error).toContain('Thiết lập sổ theo dõi');
    expect(emu.world.triggers.triggers).toEqual([]);
    // The agency's document template: refused before any file is made in Drive.
    emu.run('createDocTemplateFromMenu', [], { as: SECOND_ADMIN });
    expect(Object.keys(emu.world.drive.files)).toEqual([]);
  });

  it('is recognised by the protection, not by Sheets’ words: a Vietnamese account gets Vietnamese text', () => {
    const emu = added();
    emu.world.users[SECOND_ADMIN] = { email: SECOND_ADMIN, accountType: 'workspace', locale: 'vi' };
    const reply = emu.run<Reply>('installReminders', [9], { as: SECOND_ADMIN }).value;
    expect(reply).toMatchObject({ ok: false, code: 'sheet.adminOnly' });
    expect(reply.error).toContain('Thiết lập sổ theo dõi');
    expect(reply.error).not.toContain('bảo vệ nếu bạn cần chỉnh sửa'); // not Sheets' own sentence
    // Sheets' own refusal, by hand, is in the account's language.
    expect(() => byHand(emu, SECOND_ADMIN, (ui) => ui.setValue('Cài đặt', 'C2', 'x'))).toThrow(
      'Bạn đang cố chỉnh sửa một ô hoặc đối tượng được bảo vệ.',
    );
  });

  it('may change the settings once the owner has run setup again', () => {
    const emu = added();
    emu.run('setup', [], { as: ADMIN });
    const reply = emu.run<Reply>('installReminders', [9], { as: SECOND_ADMIN }).value;
    expect(reply.ok).toBe(true);
    expect(sheetValues(emu, 'Cài đặt').find((r) => r[0] === 'reminderHour')?.[2]).toBe(9);
  });
});

describe('the sheets every action writes', () => {
  it('keep a warning only: the add-on runs as the person using it', () => {
    const emu = setUpRegister();
    expect(sheetProtections(emu, 'Nhiệm vụ')).toEqual([]);
    expect(sheetProtections(emu, 'Nhật ký').map((p) => p.warningOnly)).toEqual([true]);
  });
});
