/** The sender's pure rules: recipients per message, and what an Apps Script mail error means. */
import { classifyMailError, recipientBatches } from '../../../../src/gas/reminders/sender';

test('at most 50 recipients per message', () => {
  const to = Array.from({ length: 120 }, (_, i) => `p${i}@x.vn`);
  const batches = recipientBatches(to);
  expect(batches.map((b) => b.length)).toEqual([50, 50, 20]);
  expect(batches.flat()).toEqual(to);
});

test('Apps Script mail errors: quota stops sending, a bad address fails one e-mail, the rest stops the run', () => {
  expect(classifyMailError('Service invoked too many times for one day: email.')).toBe('quota');
  expect(classifyMailError('Invalid email: truong.phong@ubnd')).toBe('message');
  expect(classifyMailError('Limit Exceeded: Email Recipients Per Message.')).toBe('message');
  expect(classifyMailError('Service unavailable: Mail')).toBe('stop');
});
