/**
 * "Make a copy" of a register used as a template (emulator/copy.ts), under both answers to what
 * travels with the copy's bound script: all the document properties, or none. Either way the copy is
 * recognised at its first setup, whoever made it becomes an administrator beside the template's (kept),
 * the template's state is dropped (reminders, counters, caches) and the audit starts a new segment.
 */
import { spawnSync } from 'node:child_process';
import { makeCopy } from '../../emulator';
import { ROOT, ensureBuilt, tempDir } from '../e2e/helpers';
import { ADMIN, OFFICIAL, addTasks, records, setUpRegister } from './helpers';
import { STAFF_COLUMNS } from '../../src/core/schema';

const COPIER = 'nguoi.sao@phuong.example.vn';
type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

describe.each(['all', 'none'] as const)('a copy of a register (document properties: %s)', (travel) => {
  function template() {
    const emu = setUpRegister();
    const on = emu.run<Reply<unknown>>('installReminders', [7], { as: ADMIN }).value;
    expect(on.ok).toBe(true);
    addTasks(emu, [{ title: 'Việc của bản gốc', deadline: '10/03/2026' }]);
    emu.run('refresh', [], { as: ADMIN });
    return emu;
  }

  test('the copier becomes an administrator; the template admins stay; the state is reset', () => {
    const emu = template();
    const templateProps = { ...emu.world.properties.documents[emu.world.activeSpreadsheetId] };
    expect(Object.keys(templateProps)).toEqual(expect.arrayContaining(['nhacviec.registerId']));
    const copy = makeCopy(emu.world, { as: COPIER, properties: travel });
    expect(copy.id).not.toBe(copy.from);
    expect(emu.world.triggers.triggers).toEqual([]);

    // Someone other than the copier cannot take the copy over, nor can the template's official.
    if (travel === 'none') expect(() => emu.run('setup', [], { as: OFFICIAL })).toThrow(/Chỉ quản trị/);
    const r = emu.run<{ message: string }>('setup', [], { as: COPIER }).value;
    expect(r.message).toMatch(/bản sao/);
    expect(r.message).toContain(COPIER);

    const admins = records(emu, 'Cán bộ', STAFF_COLUMNS)
      .filter((p) => p.role === 'Quản trị (văn phòng)')
      .map((p) => p.email);
    expect(admins).toEqual([ADMIN, COPIER]);

    const props = emu.world.properties.documents[copy.id];
    expect(props['nhacviec.registerId']).toBe(copy.id);
    expect(props['nhacviec.reminders']).toBeUndefined();
    expect(props['nhacviec.idCounters']).toBeUndefined();
    // The audit chain is new: a new secret, the copied lines left out of the check.
    expect(props['nhacviec.auditKey']).not.toBe(templateProps['nhacviec.auditKey']);
    const chain = JSON.parse(props['nhacviec.auditChain']) as { from: number; lines: number };
    expect(chain.from).toBeGreaterThan(0);
    const audit = emu.run<Reply<{ ok: boolean }>>('checkAuditLog', [], { as: COPIER }).value;
    expect(audit.ok && audit.data.ok).toBe(true);

    // The template's own properties are untouched.
    expect(emu.world.properties.documents[copy.from]).toEqual(templateProps);

    // A second setup is an ordinary one: no copy any more, no admin added.
    const again = emu.run<{ message: string }>('setup', [], { as: COPIER }).value;
    expect(again.message).not.toMatch(/bản sao/);
    expect(() => emu.run('setup', [], { as: OFFICIAL })).toThrow(/Chỉ quản trị/);

    // The copier turns reminders on from their own account.
    const on = emu.run<Reply<{ installed: boolean }>>('installReminders', [7], { as: COPIER }).value;
    expect(on.ok).toBe(true);
    expect(emu.world.triggers.triggers.every((t) => t.owner === COPIER)).toBe(true);
    // Its hourly job runs for the copy (not taken for the template's, nor for an orphan).
    const [trigger] = emu.world.triggers.triggers;
    const run = emu.runTrigger<{ action: string }>(trigger.id, { at: '2026-03-03T07:30:00+07:00' });
    expect(run.value.action).toBe('daily');
    expect(emu.world.triggers.triggers).toHaveLength(1);
  });

  test('a copier who is already in the staff sheet is made an active administrator', () => {
    const emu = template();
    makeCopy(emu.world, { as: OFFICIAL, properties: travel });
    emu.run('setup', [], { as: OFFICIAL });
    const rows = records(emu, 'Cán bộ', STAFF_COLUMNS).filter((p) => p.email === OFFICIAL);
    expect(rows).toHaveLength(1);
    expect(rows[0].role).toBe('Quản trị (văn phòng)');
    expect(rows[0].active).toBe(true);
  });
});

test('the playground makes a copy: npm run playground -- make-copy --as <email> [--properties none]', () => {
  ensureBuilt();
  const state = tempDir('nhacviec-copy-');
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'playground/cli.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, PLAYGROUND_DIR: state.dir },
      encoding: 'utf8',
      timeout: 120_000,
    });
  try {
    expect(cli('reset').status).toBe(0);
    expect(cli('exec', 'setup', '--as', ADMIN).status).toBe(0);
    expect(cli('make-copy', '--properties', 'some', '--as', COPIER).status).toBe(2);
    const copy = cli('make-copy', '--properties', 'none', '--as', COPIER);
    expect(copy.status).toBe(0);
    expect(copy.stdout).toMatch(/0 thuộc tính tài liệu đi theo/);
    expect(cli('exec', 'setup', '--as', OFFICIAL).status).toBe(1);
    const setup = cli('exec', 'setup', '--as', COPIER);
    expect(setup.status).toBe(0);
    expect(setup.stdout).toContain('bản sao');
  } finally {
    state.remove();
  }
}, 180_000);
