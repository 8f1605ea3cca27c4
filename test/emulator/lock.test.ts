import { begin, makeWorld } from './service-context'; // first: loads the emulator modules in a working order
import { Clock, EXECUTION_LIMIT_MS } from '../../emulator/runtime';
import { LIGHT_CALL_MS } from '../../emulator/cost';
import { holdLockUntil } from '../../emulator/services/lock';

const TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

describe('LockService', () => {
  it('takes a free lock at once, knows it holds it, and releases it', () => {
    const clock = new Clock();
    const t = begin(makeWorld(), clock, { as: 'a@ubnd.vn' });
    const lock = t.LockService.getScriptLock();
    const before = clock.now();
    expect(lock.tryLock(1000)).toBe(true);
    expect(clock.now()).toBe(before + LIGHT_CALL_MS); // no wait: the call's own cost only
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  it('blocks a second live execution: tryLock waits out its timeout and fails, waitLock throws', () => {
    const world = makeWorld();
    const clock = new Clock();
    const a = begin(world, clock, { as: 'a@ubnd.vn' });
    const b = begin(world, clock, { as: 'b@ubnd.vn' }); // another user: the script lock is shared
    a.LockService.getScriptLock().waitLock(1000);
    const t0 = clock.now();
    const lockB = b.LockService.getScriptLock();
    const t1 = clock.now();
    expect(lockB.tryLock(1500)).toBe(false);
    expect(clock.now()).toBe(t1 + 1500 + LIGHT_CALL_MS); // the wait, then the call's own cost
    expect(() => lockB.waitLock(5000)).toThrow(TIMEOUT);
    expect(clock.now()).toBe(t1 + 6500 + 2 * LIGHT_CALL_MS);
    expect(t1).toBe(t0 + LIGHT_CALL_MS); // getScriptLock
    expect(lockB.hasLock()).toBe(false);
  });

  it('gives the lock to a waiter when the holder releases at T within its timeout, at T', () => {
    const world = makeWorld();
    const clock = new Clock();
    const a = begin(world, clock, { as: 'a@ubnd.vn' });
    const b = begin(world, clock, { as: 'b@ubnd.vn' });
    const lockA = a.LockService.getScriptLock();
    lockA.waitLock(0);
    const t0 = clock.now();
    holdLockUntil(world.locks, 'script', '', a.exec.id, t0 + 3000);

    const lockB = b.LockService.getScriptLock();
    const t1 = clock.now();
    expect(lockB.tryLock(2000)).toBe(false); // 2 s is not enough
    expect(clock.now()).toBe(t1 + 2000 + LIGHT_CALL_MS);
    lockB.waitLock(10_000); // the release comes a second later
    expect(clock.now()).toBe(t0 + 3000 + LIGHT_CALL_MS); // at the release, then the call's own cost
    expect(lockB.hasLock()).toBe(true);
    expect(lockA.hasLock()).toBe(false);
  });

  it('frees the lock when the holding execution ends', () => {
    const world = makeWorld();
    const clock = new Clock();
    const a = begin(world, clock, { as: 'a@ubnd.vn' });
    a.LockService.getDocumentLock().waitLock(0);
    a.end();
    const b = begin(world, clock, { as: 'b@ubnd.vn' });
    const t0 = clock.now();
    expect(b.LockService.getDocumentLock().tryLock(10_000)).toBe(true);
    expect(clock.now()).toBe(t0 + 2 * LIGHT_CALL_MS); // no wait
  });

  it('never waits past the 6 minutes a holding execution can live', () => {
    const world = makeWorld();
    const clock = new Clock();
    const a = begin(world, clock, { as: 'a@ubnd.vn' });
    a.LockService.getScriptLock().waitLock(0);
    clock.advance(60_000);
    const b = begin(world, clock, { as: 'b@ubnd.vn' });
    b.LockService.getScriptLock().waitLock(10 * 60_000);
    expect(clock.now()).toBe(a.exec.startedAt + EXECUTION_LIMIT_MS + LIGHT_CALL_MS);
  });

  it('has one document lock per document, and none outside a document', () => {
    const world = makeWorld();
    const clock = new Clock();
    const a = begin(world, clock, { as: 'a@ubnd.vn' });
    const b = begin(world, clock, { as: 'b@ubnd.vn' });
    a.LockService.getDocumentLock().waitLock(0);
    expect(b.LockService.getDocumentLock().tryLock(0)).toBe(false);
    world.activeSpreadsheetId = 'ss-2';
    expect(b.LockService.getDocumentLock().tryLock(0)).toBe(true);
    world.activeSpreadsheetId = '';
    expect(b.LockService.getDocumentLock()).toBeNull();
  });

  it('has one user lock per user: it blocks the same user in another execution only', () => {
    const world = makeWorld();
    const clock = new Clock();
    begin(world, clock, { as: 'a@ubnd.vn' }).LockService.getUserLock().waitLock(0);
    expect(begin(world, clock, { as: 'b@ubnd.vn' }).LockService.getUserLock().tryLock(0)).toBe(true);
    expect(begin(world, clock, { as: 'A@ubnd.vn' }).LockService.getUserLock().tryLock(0)).toBe(false);
  });

  it('lets the holder take its own lock again', () => {
    const t = begin(makeWorld(), new Clock(), { as: 'a@ubnd.vn' });
    t.LockService.getScriptLock().waitLock(0);
    expect(t.LockService.getScriptLock().tryLock(0)).toBe(true);
    expect(t.LockService.getScriptLock().hasLock()).toBe(true);
  });

  it('cannot be used in AuthMode.NONE', () => {
    const t = begin(makeWorld(), new Clock(), { as: 'a@ubnd.vn', authMode: 'NONE' });
    expect(() => t.LockService.getScriptLock()).toThrow(
      'You do not have permission to call LockService.getScriptLock',
    );
  });
});
