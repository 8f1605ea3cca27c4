/** What may cross google.script.run, as the playground's browser shim and server apply it. */
import vm from 'node:vm';
import {
  argumentsProblem,
  callableFromClient,
  clientErrorMessage,
  overTheWire,
  resultForClient,
} from '../../playground/bridge-rules';

describe('arguments', () => {
  test('primitives, null, plain objects and arrays may cross', () => {
    expect(argumentsProblem(['a', 1, true, null, { a: [1, { b: 'c' }] }, [[]]])).toBeNull();
  });
  test('a Date names the argument index, or the property that holds it', () => {
    expect(argumentsProblem([new Date()])).toBe('Failed due to illegal value in property: 0');
    expect(argumentsProblem(['x', { task: { deadline: new Date() } }])).toBe(
      'Failed due to illegal value in property: deadline',
    );
    expect(argumentsProblem([[1, 2, new Date()]])).toBe('Failed due to illegal value in property: 2');
  });
  test('functions, class instances and Maps are refused too', () => {
    expect(argumentsProblem(['a', () => 1])).toBe('Failed due to illegal value in property: 1');
    expect(argumentsProblem([{ m: new Map() }])).toBe('Failed due to illegal value in property: m');
    class Task {}
    expect(argumentsProblem([new Task()])).toBe('Failed due to illegal value in property: 0');
  });
  test('cycles are refused', () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(argumentsProblem([a])).toBe('Failed due to circular reference.');
  });
  test('the same object twice (not a cycle) may cross', () => {
    const shared = { x: 1 };
    expect(argumentsProblem([{ a: shared, b: shared }])).toBeNull();
  });
  test('undefined in arrays becomes null; undefined properties are dropped', () => {
    expect(overTheWire([1, undefined, 3])).toEqual([1, null, 3]);
    expect(overTheWire({ a: undefined, b: 1 })).toEqual({ b: 1 });
    expect(overTheWire(undefined)).toBeNull();
  });
});

describe('results', () => {
  test('a Date anywhere in a result reaches the success handler as null', () => {
    expect(resultForClient({ rows: [{ deadline: new Date() }] })).toBeNull();
    expect(resultForClient(new Date())).toBeNull();
  });
  test('a Date made in the script realm is caught too', () => {
    const scriptDate = vm.runInNewContext('new Date(0)');
    expect(resultForClient([scriptDate])).toBeNull();
    const scriptObject = vm.runInNewContext('({ a: [1, 2], b: "x" })');
    expect(resultForClient(scriptObject)).toEqual({ a: [1, 2], b: 'x' });
  });
  test('a plain result arrives as JSON', () => {
    expect(resultForClient({ ok: true, list: [1, undefined] })).toEqual({ ok: true, list: [1, null] });
    expect(resultForClient(undefined)).toBeNull();
  });
});

test('only top-level functions not ending in _ may be called', () => {
  const fns = ['setup', 'helper_'];
  expect(callableFromClient('setup', fns)).toBe(true);
  expect(callableFromClient('helper_', fns)).toBe(false);
  expect(callableFromClient('nope', fns)).toBe(false);
});

test('a server exception keeps its type prefix for the failure handler', () => {
  expect(clientErrorMessage(new TypeError('x is not a function'))).toBe('TypeError: x is not a function');
  const e = new Error('You do not have permission');
  e.name = 'Exception';
  expect(clientErrorMessage(e)).toBe('Exception: You do not have permission');
  expect(clientErrorMessage('plain')).toBe('Error: plain');
});
