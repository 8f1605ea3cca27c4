/** Which of Google's errors pass (retried, with waits), and which do not (thrown at once). */
import { asRefusal, beforeWriting, isTransient, retrying, RETRY_DELAYS_MS } from '../../../src/gas/retry';
import { UserError } from '../../../src/core/messages';

const TRANSIENT = [
  'Service Spreadsheets timed out while accessing document with id 1AbC.',
  'Address unavailable',
  'Exception: Address unavailable',
  "We're sorry, a server error occurred. Please wait a bit and try again.",
  'Service invoked too many times in a short time: exec qps. Try Utilities.sleep(1000) between calls.',
];
const LASTING = [
  'Service invoked too many times for one day: email.',
  'Service invoked too many times for one day: properties.',
  'You do not have permission to call MailApp.sendEmail',
  'The coordinates of the range are outside the dimensions of the sheet.',
  'Invalid email: x',
];

test('timeouts, server errors and unavailable addresses pass; daily quotas, refusals and bugs do not', () => {
  for (const m of TRANSIENT) expect([m, isTransient(new Error(m))]).toEqual([m, true]);
  for (const m of LASTING) expect([m, isTransient(new Error(m))]).toEqual([m, false]);
  expect(isTransient('Address unavailable')).toBe(true);
  expect(isTransient(new UserError('lock.busy'))).toBe(false);
});

describe('retrying', () => {
  const slept: number[] = [];
  beforeAll(() => {
    (globalThis as { Utilities?: unknown }).Utilities = { sleep: (ms: number) => slept.push(ms) };
  });
  afterAll(() => {
    delete (globalThis as { Utilities?: unknown }).Utilities;
  });
  beforeEach(() => {
    slept.length = 0;
  });

  function failing(times: number, message = TRANSIENT[0]) {
    let calls = 0;
    return {
      fn: () => {
        calls += 1;
        if (calls <= times) throw new Error(message);
        return 'done';
      },
      calls: () => calls,
    };
  }

  it('tries again after waiting, and returns what the call gave', () => {
    const f = failing(2);
    expect(retrying(f.fn)).toBe('done');
    expect(f.calls()).toBe(3);
    expect(slept).toEqual(RETRY_DELAYS_MS);
  });

  it('gives up after the last try with the last error', () => {
    const f = failing(5);
    expect(() => retrying(f.fn)).toThrow(TRANSIENT[0]);
    expect(f.calls()).toBe(RETRY_DELAYS_MS.length + 1);
  });

  it('never repeats a call whose error lasts', () => {
    const f = failing(1, LASTING[0]);
    expect(() => retrying(f.fn)).toThrow(LASTING[0]);
    expect(f.calls()).toBe(1);
    expect(slept).toEqual([]);
  });
});

test('a transient error becomes a refusal in words; any other error is left as it is', () => {
  const refusal = asRefusal(new Error(TRANSIENT[3]));
  expect(refusal).toBeInstanceOf(UserError);
  expect((refusal as UserError).key).toBe('error.transient');
  expect((refusal as UserError).message).toContain('chưa được lưu');
  const other = new Error(LASTING[0]);
  expect(asRefusal(other)).toBe(other);
});

test('before the first write, a transient error is refused in words; a refusal or a bug passes through', () => {
  const fail = (e: unknown) => () => {
    throw e;
  };
  expect(beforeWriting(() => 7)).toBe(7);
  expect(() => beforeWriting(fail(new Error(TRANSIENT[0])))).toThrow(/chưa được lưu/);
  expect(() => beforeWriting(fail(new UserError('lock.busy')))).toThrow(/Có người khác/);
  expect(() => beforeWriting(fail(new Error(LASTING[3])))).toThrow(LASTING[3]);
});
