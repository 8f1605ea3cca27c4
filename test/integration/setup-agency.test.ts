/**
 * The agency's name is asked for at setup (the menu's prompt, `setup`'s argument, the admin tab's
 * `adminSetup`) and lands in the `Cài đặt` sheet, where slips, reports and e-mails read it.
 */
import type { SetupResult } from '../../src/gas/setup';
import { ADMIN, OFFICIAL, asUser, newEmulator, sheetValues } from './helpers';

function agencyName(emu: ReturnType<typeof newEmulator>): unknown {
  const [header, ...rows] = sheetValues(emu, 'Cài đặt');
  const key = header.indexOf('Mã cài đặt');
  const value = header.indexOf('Giá trị');
  return rows.find((r) => r[key] === 'agencyName')?.[value];
}

describe("setup and the agency's name", () => {
  it('setup takes it as its argument, and a later setup with another name changes it', () => {
    const emu = newEmulator();
    const first = emu.run<SetupResult>('setup', ['  UBND phường  Mỹ An '], { as: ADMIN }).value;
    expect(first.ok).toBe(true);
    expect(first.message).toContain('tên cơ quan: UBND phường Mỹ An');
    expect(agencyName(emu)).toBe('UBND phường Mỹ An');
    // Without a name, setup leaves it as it is.
    expect(emu.run<SetupResult>('setup', [], { as: ADMIN }).value.message).not.toContain('tên cơ quan');
    expect(agencyName(emu)).toBe('UBND phường Mỹ An');
    const again = emu.run<SetupResult>('setup', ['UBND phường Khuê Mỹ'], { as: ADMIN }).value;
    expect(again.message).toContain('tên cơ quan: UBND phường Khuê Mỹ');
    expect(agencyName(emu)).toBe('UBND phường Khuê Mỹ');
    // Only an administrator runs setup once the register has one: the name stays.
    expect(() => emu.run('setup', ['Khác'], { as: OFFICIAL })).toThrow(/quản trị/);
    expect(agencyName(emu)).toBe('UBND phường Khuê Mỹ');
  });

  it('the admin tab passes it to adminSetup; text that is not a name is refused', () => {
    const emu = newEmulator();
    emu.run('setup', [], { as: ADMIN });
    expect(agencyName(emu)).toBe('');
    const reply = emu.run<{ ok: boolean }>('adminSetup', ['UBND quận Sơn Trà'], { as: ADMIN }).value;
    expect(reply.ok).toBe(true);
    expect(agencyName(emu)).toBe('UBND quận Sơn Trà');
    const bad = emu.run<{ ok: boolean; error: string }>('adminSetup', ['x'.repeat(201)], { as: ADMIN }).value;
    expect(bad).toMatchObject({ ok: false, error: expect.stringContaining('tối đa 200 ký tự') });
    expect(agencyName(emu)).toBe('UBND quận Sơn Trà');
  });

  it('the menu asks for it while the register has none; Cancel does nothing', () => {
    const emu = newEmulator();
    emu.world.ui.pendingResponses.push({ button: 'CANCEL' });
    emu.run('setupFromMenu', [], { as: ADMIN });
    expect(emu.world.ui.alerts.at(-1)).toMatchObject({ kind: 'prompt', button: 'CANCEL' });
    expect(asUser(emu, (ss) => ss.getSheetByName('Cài đặt'))).toBeNull();

    emu.world.ui.pendingResponses.push({ button: 'OK', text: 'UBND phường Hoà Hải' });
    emu.run('setupFromMenu', [], { as: ADMIN });
    expect(emu.world.ui.alerts.at(-1)?.prompt).toContain('Tên cơ quan');
    expect(agencyName(emu)).toBe('UBND phường Hoà Hải');

    // Named already: the menu's setup asks nothing.
    const asked = emu.world.ui.alerts.length;
    emu.run('setupFromMenu', [], { as: ADMIN });
    expect(emu.world.ui.alerts.length).toBe(asked);
  });
});
