/** The send claim as a checkpoint: written only when it fits in a property, read back with what it kept. */
import { checkpointClaim, readClaim, writeClaim, type SendClaim } from '../../../../src/gas/reminders/claim';

type Props = GoogleAppsScript.Properties.Properties;

function fakeProps(): Props & { store: Map<string, string>; writes: number } {
  const store = new Map<string, string>();
  const props = {
    store,
    writes: 0,
    getProperty: (k: string) => store.get(k) ?? null,
    setProperty(k: string, v: string) {
      props.writes += 1;
      store.set(k, v);
      return props;
    },
    deleteProperty(k: string) {
      store.delete(k);
      return props;
    },
  };
  return props as unknown as Props & { store: Map<string, string>; writes: number };
}

const AT = Date.UTC(2026, 2, 3, 0, 30);

test('a checkpoint within a property is written, and read back with the e-mails it kept', () => {
  const props = fakeProps();
  const claim = writeClaim('run-1', AT, '2026-03-03', 3, props);
  expect(claim.sent).toEqual([]);
  const next: SendClaim = {
    ...claim,
    sent: [
      [AT + 1000, 'a@x.vn', 'sent', 'digest', 'NV-1, NV-2', []],
      [AT + 2000, 'b@x.vn', 'failed', 'notify', 'NV-3', ['b@x.vn|NV-3|notify-assigned-q1|2026-03-03']],
    ],
  };
  expect(checkpointClaim(next, props)).toBe(true);
  expect(readClaim(props)).toEqual(next);
});

test('a checkpoint over 8,000 bytes of UTF-8 is not written (Vietnamese counts three bytes a letter)', () => {
  const props = fakeProps();
  const claim = writeClaim('run-1', AT, '2026-03-03', 1, props);
  const before = props.writes;
  // 2,700 letters: well under 8,000 characters, over 8,000 bytes.
  const big: SendClaim = { ...claim, sent: [[AT, 'a@x.vn', 'sent', 'digest', 'ệ'.repeat(2700), []]] };
  expect(checkpointClaim(big, props)).toBe(false);
  expect(props.writes).toBe(before);
  expect(readClaim(props)?.sent).toEqual([]);
});

test('a claim written before checkpoints were kept in it reads as having kept none', () => {
  const props = fakeProps();
  props.setProperty(
    'nhacviec.reminders.claim',
    JSON.stringify({ run: 'old', at: AT, until: AT + 420_000, iso: '2026-03-03', planned: 5 }),
  );
  expect(readClaim(props)).toMatchObject({ run: 'old', planned: 5, sent: [] });
});
