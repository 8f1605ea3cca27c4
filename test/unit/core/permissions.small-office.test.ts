/**
 * The rules of `src/core/permissions.ts` in a small office: a unit with its leader and an official, a
 * follower from another unit, an official of a third unit and a viewer.
 */
import { allowedActions, canSee } from '../../../src/core/permissions';
import { dir, person, task } from '../../helpers/small-office';

describe('permissions', () => {
  it('confidential tasks are seen only by the people on them, their confirmers, leaders and admins', () => {
    const secret = task({ confidential: true });
    expect(canSee(person('a@x.vn', 'official'), secret, dir)).toBe(true);
    expect(canSee(person('lead@x.vn', 'leader'), secret, dir)).toBe(true);
    expect(canSee(person('f@x.vn', 'follower', 'VP'), secret, dir)).toBe(true); // the lead unit's follower
    expect(canSee(person('o@x.vn', 'official', 'YT'), secret, dir)).toBe(false);
    expect(canSee(person('v@x.vn', 'viewer'), secret, dir)).toBe(false);
    expect(canSee(person('v@x.vn', 'viewer'), task(), dir)).toBe(true);
  });

  it('officials see their unit and their own tasks; followers the units they follow', () => {
    expect(canSee(person('o@x.vn', 'official', 'YT'), task(), dir)).toBe(false);
    expect(canSee(person('z@x.vn', 'official', 'TP'), task(), dir)).toBe(true);
    expect(canSee(person('f@x.vn', 'follower', 'VP'), task(), dir)).toBe(true);
  });

  it('viewers may do nothing; doers update and report; overseers confirm and archive', () => {
    const state = { open: true, awaiting: false, extensionPending: false, extensionsLeft: true };
    expect(allowedActions(person('v@x.vn', 'viewer'), task(), dir, state)).toEqual([]);
    expect(allowedActions(person('a@x.vn', 'official'), task(), dir, state)).toEqual([
      'update',
      'report',
      'delegate',
      'requestExtension',
    ]);
    expect(
      allowedActions(person('f@x.vn', 'follower', 'VP'), task(), dir, {
        ...state,
        open: false,
        awaiting: true,
      }),
    ).toEqual(['confirm', 'sendBack', 'archive']);
  });
});
