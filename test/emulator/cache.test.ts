import { begin, makeWorld } from './service-context'; // first: loads the emulator modules in a working order
import { Clock } from '../../emulator/runtime';
import { evictAll } from '../../emulator/services/cache';

describe('CacheService', () => {
  it('keeps a value across executions until it expires on the emulated clock (default 600 s)', () => {
    const world = makeWorld();
    const clock = new Clock();
    begin(world, clock, { as: 'a@ubnd.vn' }).CacheService.getScriptCache().put('k', 'v');
    clock.advance(599_000);
    expect(begin(world, clock, { as: 'b@ubnd.vn' }).CacheService.getScriptCache().get('k')).toBe('v');
    clock.advance(1_000);
    expect(begin(world, clock, { as: 'b@ubnd.vn' }).CacheService.getScriptCache().get('k')).toBeNull();
  });

  it('holds a value at most 6 hours whatever expiration is asked', () => {
    const clock = new Clock();
    const cache = begin(makeWorld(), clock, { as: 'a@ubnd.vn' }).CacheService.getScriptCache();
    cache.put('short', 'v', 30);
    const putAt = clock.now(); // each call moves the clock by its modelled cost
    cache.put('long', 'v', 100_000);
    clock.set(putAt + 31_000);
    expect(cache.get('short')).toBeNull();
    clock.set(putAt + 21_600_000 - 1);
    expect(cache.get('long')).toBe('v');
    clock.set(putAt + 21_600_000);
    expect(cache.get('long')).toBeNull();
  });

  it('getAll returns the keys found; putAll, remove and removeAll work on several keys', () => {
    const cache = begin(makeWorld(), new Clock(), { as: 'a@ubnd.vn' }).CacheService.getScriptCache();
    cache.putAll({ a: '1', b: '2', c: '3' });
    expect(cache.getAll(['a', 'b', 'zz'])).toEqual({ a: '1', b: '2' });
    cache.remove('a');
    cache.removeAll(['b']);
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({ c: '3' });
  });

  it('refuses values over 100 KB (UTF-8 bytes, not characters) and keys over 250 characters', () => {
    const cache = begin(makeWorld(), new Clock(), { as: 'a@ubnd.vn' }).CacheService.getScriptCache();
    expect(() => cache.put('k', 'x'.repeat(100 * 1024))).not.toThrow();
    expect(() => cache.put('k2', 'x'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
    expect(() => cache.putAll({ ok: 'v', big: 'ệ'.repeat(40_000) })).toThrow('Argument too large: value');
    expect(cache.get('ok')).toBeNull(); // putAll is all or nothing
  });

  it('keeps user caches per user and document caches per document; script cache is shared', () => {
    const world = makeWorld();
    const clock = new Clock();
    const a = begin(world, clock, { as: 'a@ubnd.vn' }).CacheService;
    const b = begin(world, clock, { as: 'b@ubnd.vn' }).CacheService;
    a.getUserCache().put('k', 'A');
    a.getDocumentCache()!.put('d', 'D');
    a.getScriptCache().put('s', 'S');
    expect(b.getUserCache().get('k')).toBeNull();
    expect(b.getDocumentCache()!.get('d')).toBe('D');
    expect(b.getScriptCache().get('s')).toBe('S');
    expect(
      begin(makeWorld({ activeSpreadsheetId: '' }), clock, {
        as: 'a@ubnd.vn',
      }).CacheService.getDocumentCache(),
    ).toBeNull();
  });

  it('can lose everything at any time (evictAll)', () => {
    const world = makeWorld();
    const cache = begin(world, new Clock(), { as: 'a@ubnd.vn' }).CacheService.getUserCache();
    cache.put('k', 'v', 21600);
    evictAll(world.cache);
    expect(cache.get('k')).toBeNull();
  });

  it('evicts the oldest items first past 1,000 items', () => {
    const clock = new Clock();
    const cache = begin(makeWorld(), clock, { as: 'a@ubnd.vn' }).CacheService.getScriptCache();
    for (let i = 0; i < 1000; i++) {
      cache.put(`k${i}`, 'v');
      clock.advance(10);
    }
    expect(cache.get('k0')).toBe('v');
    cache.put('k1000', 'v');
    expect(cache.get('k0')).toBeNull();
    expect(cache.get('k99')).toBeNull();
    expect(cache.get('k100')).toBe('v');
    expect(cache.get('k1000')).toBe('v');
  });

  it('cannot be used in AuthMode.NONE', () => {
    const t = begin(makeWorld(), new Clock(), { as: 'a@ubnd.vn', authMode: 'NONE' });
    expect(() => t.CacheService.getDocumentCache()).toThrow(
      'You do not have permission to call CacheService.getDocumentCache',
    );
  });
});
