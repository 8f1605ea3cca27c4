/** Who is who: whom the pickers offer for a task (issue 14). */
import { Directory } from '../../../src/core/directory';
import { person } from '../../helpers/small-office';

describe('assignable', () => {
  const office = person('vanphong@x.vn', 'admin', 'VP');
  const dir = new Directory(
    [
      person('lead@x.vn', 'leader'),
      person('a@x.vn', 'official'),
      { ...person('old@x.vn', 'official'), active: false },
      person('tp.mailbox@x.vn', 'admin'),
      office,
      person('o@x.vn', 'official', 'YT'),
    ],
    [
      { code: 'TP', name: 'Phòng Tư pháp', parent: '', leader: '', follower: '', focal: '' },
      { code: 'VP', name: 'Văn phòng', parent: '', leader: '', follower: '', focal: '' },
      { code: 'YT', name: 'Phòng Y tế', parent: '', leader: '', follower: '', focal: '' },
    ],
  );
  const emails = (people: { email: string }[]) => people.map((p) => p.email);

  it('offers the active people of the agency, without the office mailboxes', () => {
    expect(emails(dir.assignable())).toEqual(['lead@x.vn', 'a@x.vn', 'o@x.vn']);
  });

  it("offers a unit's active people, without its office mailbox, for a delegation", () => {
    expect(emails(dir.assignable('TP'))).toEqual(['lead@x.vn', 'a@x.vn']);
    expect(emails(dir.assignable('Phòng Tư pháp'))).toEqual(['lead@x.vn', 'a@x.vn']);
    expect(emails(dir.assignable('VP'))).toEqual([]);
    // The office account is still someone: it may be named by hand and is found in the directory.
    expect(dir.person('vanphong@x.vn')?.role).toBe('admin');
  });
});
