/**
 * Google's transient errors on request (emulator/faults.ts): the k-th call of a service or of one
 * method, or a seeded rate, in one execution or all, throws Apps Script's exact message and, by
 * default, has no effect; `tookEffect` makes a write happen, then throw.
 */
import { Emulator } from '../../emulator';

const USER = 'chuyenvien@ubnd.example.vn';
const SOURCE = `
function sheet() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]; }
function write(v) { sheet().getRange('A1').setValue(v); return 'ok'; }
function read() { return sheet().getRange('A1').getValue(); }
function tryAll(n) {
  var out = [];
  for (var i = 0; i < n; i++) {
    try { PropertiesService.getDocumentProperties().getProperty('x'); out.push('ok'); }
    catch (e) { out.push(e.message); }
  }
  return out;
}
function both() {
  var out = [];
  try { sheet().getRange('A1').getValue(); out.push('ok'); } catch (e) { out.push(e.name + ': ' + e.message); }
  try { sheet().getRange('A1').getValue(); out.push('ok'); } catch (e) { out.push(e.name + ': ' + e.message); }
  return out;
}
function mail() { MailApp.sendEmail('a@example.com', 'S', 'B'); return 'sent'; }
`;

function emulator(): Emulator {
  return new Emulator({ now: Date.UTC(2026, 2, 2, 1, 0, 0) }).loadSource(SOURCE);
}
const TIMEOUT = (emu: Emulator) =>
  `Service Spreadsheets timed out while accessing document with id ${emu.world.activeSpreadsheetId}.`;
const SERVER = "We're sorry, a server error occurred. Please wait a bit and try again.";

describe('injected transient faults', () => {
  it('fails the k-th call of a method with the spreadsheet timeout; the next call works', () => {
    const emu = emulator();
    emu.run('write', ['x'], { as: USER });
    emu.faults.inject({ on: 'Range.getValue', at: 1 });
    const r = emu.run<string[]>('both', [], { as: USER });
    expect(r.value).toEqual([`Exception: ${TIMEOUT(emu)}`, 'ok']);
    expect(emu.faults.log).toEqual([
      expect.objectContaining({ call: 'Range.getValue', message: TIMEOUT(emu), tookEffect: false }),
    ]);
  });

  it('counts calls per execution: every execution fails at its k-th call unless one is named', () => {
    const emu = emulator();
    emu.faults.inject({ on: 'Properties.getProperty', at: 2, times: 2 });
    expect(emu.run('tryAll', [4], { as: USER }).value).toEqual(['ok', SERVER, SERVER, 'ok']);
    expect(emu.run('tryAll', [2], { as: USER }).value).toEqual(['ok', SERVER]);
    emu.faults.clear();
    emu.faults.inject({ on: 'Properties.getProperty', at: 1, execution: 2, kind: 'address' });
    expect(emu.run('tryAll', [1], { as: USER }).value).toEqual(['ok']);
    expect(emu.run('tryAll', [1], { as: USER }).value).toEqual(['Address unavailable']);
    expect(emu.run('tryAll', [1], { as: USER }).value).toEqual(['ok']);
  });

  it('limits a rule to one top-level function, and to a number of faults', () => {
    const emu = emulator();
    emu.faults.inject({ on: 'spreadsheet', at: 1, fn: 'read', limit: 1 });
    expect(emu.run('write', ['a'], { as: USER }).value).toBe('ok');
    expect(() => emu.run('read', [], { as: USER })).toThrow(TIMEOUT(emu));
    expect(emu.run('read', [], { as: USER }).value).toBe('a');
  });

  it('a failed write has no effect by default; with tookEffect it is done, then throws', () => {
    const emu = emulator();
    emu.run('write', ['before'], { as: USER });
    const disarm = emu.faults.inject({ on: 'Range.setValue', at: 1 });
    expect(() => emu.run('write', ['lost'], { as: USER })).toThrow(TIMEOUT(emu));
    disarm();
    expect(emu.run('read', [], { as: USER }).value).toBe('before');
    emu.faults.inject({ on: 'Range.setValue', at: 1, tookEffect: true });
    expect(() => emu.run('write', ['kept'], { as: USER })).toThrow(TIMEOUT(emu));
    emu.faults.clear();
    expect(emu.run('read', [], { as: USER }).value).toBe('kept');
  });

  it('a mail fault sends nothing; the quota kind gives the daily-quota message', () => {
    const emu = emulator();
    emu.faults.inject({ on: 'MailApp.sendEmail', at: 1, limit: 1 });
    expect(() => emu.run('mail', [], { as: USER })).toThrow(SERVER);
    emu.faults.inject({ on: 'mail', at: 1, kind: 'quota', limit: 1 });
    expect(() => emu.run('mail', [], { as: USER })).toThrow(
      'Service invoked too many times for one day: email.',
    );
    expect(emu.run('mail', [], { as: USER }).value).toBe('sent');
    expect(emu.world.mail.outbox).toHaveLength(1);
  });

  it('a seeded rate fails the same calls for the same seed, about as often as asked', () => {
    const pattern = (seed: number) => {
      const emu = emulator();
      emu.faults.inject({ on: 'Properties.getProperty', rate: 0.3, seed });
      return emu.run<string[]>('tryAll', [200], { as: USER }).value.map((x) => (x === 'ok' ? '.' : 'x'));
    };
    const a = pattern(7);
    expect(pattern(7)).toEqual(a);
    expect(pattern(8)).not.toEqual(a);
    const failures = a.filter((x) => x === 'x').length;
    expect(failures).toBeGreaterThan(35);
    expect(failures).toBeLessThan(85);
  });

  it('a failed call still costs its time: the clock moves', () => {
    const emu = emulator();
    emu.faults.inject({ on: 'properties', at: 1 });
    const r = emu.run('tryAll', [1], { as: USER });
    expect(r.elapsedMs).toBeGreaterThan(0);
  });
});
