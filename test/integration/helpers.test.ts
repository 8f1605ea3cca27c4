/**
 * The check that what an endpoint returns could cross `google.script.run`: it fails, naming the path,
 * on values of the bundle's realm (a `node:vm` context, as `emu.run` returns them), which
 * `instanceof` and a JSON round trip do not catch.
 */
import vm from 'node:vm';
import { expectPlainJson, notPlainJson } from './helpers';

describe('expectPlainJson', () => {
  it('fails on a Date from another realm, naming its path, where a JSON round trip sees a string', () => {
    const date: unknown = vm.runInNewContext('new Date(0)');
    expect(date instanceof Date).toBe(false);
    const reply = { ok: true, data: { mine: [{ id: 'NV-2026-0001', deadline: date }] } };
    expect(JSON.stringify(reply)).toBe(JSON.stringify(JSON.parse(JSON.stringify(reply))));
    expect(() => expectPlainJson(reply)).toThrow('$.data.mine[0].deadline: a Date');
  });

  it('names every value google.script.run would not carry as it is', () => {
    const foreign = vm.runInNewContext(`({
      date: new Date(),
      map: new Map(),
      error: new Error('x'),
      fn: function () {},
      list: [1, undefined, NaN, Infinity],
      'odd key': -Infinity,
      big: 1n,
    })`);
    class View {
      id = 'x';
    }
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(notPlainJson({ foreign, view: new View(), cycle, holes: new Array(1) })).toEqual([
      '$.foreign.date: a Date',
      '$.foreign.map: an instance of Map',
      '$.foreign.error: an instance of Error',
      '$.foreign.fn: a function',
      '$.foreign.list[1]: undefined in an array, null once serialised',
      '$.foreign.list[2]: NaN, null once serialised',
      '$.foreign.list[3]: Infinity, null once serialised',
      '$.foreign["odd key"]: -Infinity, null once serialised',
      '$.foreign.big: a bigint',
      '$.view: an instance of View',
      '$.cycle.self: a cycle',
      '$.holes[0]: undefined in an array, null once serialised',
    ]);
  });

  it('passes plain objects and arrays of either realm, null, and properties left undefined', () => {
    const foreign = vm.runInNewContext(`({ a: [1, 'b', null, { c: true }], d: Object.create(null) })`);
    const shared = { n: 1 };
    const value = { foreign, e: undefined, twice: [shared, shared] };
    expect(notPlainJson(value)).toEqual([]);
    expect(expectPlainJson(value)).toBe(value);
  });
});
