/** The workspace record a task keeps in its row: what was made and shared, read back safely. */
import { formatWorkspaceRecord, parseWorkspaceRecord } from '../../../../src/core/workspace/record';

test('round-trips, and anything unreadable counts as nothing recorded', () => {
  const rec = {
    owner: 'a@x.vn',
    slip: 's1',
    slipFacts: '0a1b2c3d',
    shared: { 'b@x.vn': 'writer' as const },
    error: '',
    templateFallback: true,
  };
  expect(parseWorkspaceRecord(formatWorkspaceRecord(rec))).toEqual(rec);
  expect(parseWorkspaceRecord('{oops').owner).toBe('');
  expect(parseWorkspaceRecord('{"owner":"A@X.VN","shared":{"b@x.vn":"owner"}}')).toMatchObject({
    owner: 'a@x.vn',
    shared: {},
  });
});
