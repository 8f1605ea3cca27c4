/**
 * A Doc written by people: heading ids that stay with their heading, a person typing into a section,
 * `Files.export` as text and HTML after it, and `Revisions.list` (who, when) as the Drive API v3
 * reference documents it.
 */
import { Emulator } from '../../emulator';
import { DRIVE_CALL_MS } from '../../emulator/cost';

const COORD = 'dieuphoi@ubnd.example.vn';
const UNIT = 'phongyte@ubnd.example.vn';
const START = Date.UTC(2026, 2, 2, 1, 0, 0);

const SOURCE = `
function make() {
  var html = '<html><body><p>Đầu</p><h1 id="mine">I. Kết quả</h1><h2>1. Y tế</h2><p>Hướng dẫn</p><h2>2. Giáo dục</h2><h1>II. Kiến nghị</h1></body></html>';
  var f = Drive.Files.create({ name: 'BC', mimeType: 'application/vnd.google-apps.document' },
    Utilities.newBlob(html, 'text/html', 'bc.html'), { fields: 'id' });
  Drive.Permissions.create({ type: 'user', role: 'writer', emailAddress: '${UNIT}' }, f.id, { sendNotificationEmail: false });
  return f.id;
}
function html(id) { return Drive.Files.export(id, 'text/html', { alt: 'media' }).getDataAsString(); }
function text(id) { return Drive.Files.export(id, 'text/plain', { alt: 'media' }).getDataAsString(); }
function revs(id) { return Drive.Revisions.list(id, { fields: 'revisions(id,modifiedTime,lastModifyingUser(displayName,emailAddress,permissionId))' }); }
`;

function setup() {
  const emu = new Emulator({ now: START }).loadSource(SOURCE);
  emu.clock.set(START);
  const id = emu.run<string>('make', [], { as: COORD }).value;
  return { emu, id };
}
const ids = (h: string) =>
  [...h.matchAll(/<h(\d) class="c\d+" id="([^"]+)"><span[^>]*>([^<]*)/g)].map((m) => [m[1], m[2], m[3]]);

describe('a Doc written by people', () => {
  it('every heading gets an id of its own at conversion (not the source id), kept across edits', () => {
    const { emu, id } = setup();
    const before = ids(emu.run<string>('html', [id], { as: COORD }).value);
    expect(before.map((h) => h[2])).toEqual(['I. Kết quả', '1. Y tế', '2. Giáo dục', 'II. Kiến nghị']);
    expect(before.every((h) => /^h\.[0-9a-f]{12}$/.test(h[1]))).toBe(true);
    expect(new Set(before.map((h) => h[1])).size).toBe(4);
    emu.editDoc(UNIT, id, '1. Y tế', '1. Y tế cơ sở');
    emu.editDoc(UNIT, id, 'I. Kết quả', '');
    const after = ids(emu.run<string>('html', [id], { as: COORD }).value);
    expect(after).toEqual([[before[1][0], before[1][1], '1. Y tế cơ sở'], before[2], before[3]]);
  });

  it('typing goes to the end of the section, before the next heading of the same level', () => {
    const { emu, id } = setup();
    emu.clock.set(START + 3_600_000);
    emu.typeInDoc(UNIT, id, '1. y tế', 'Tiêm chủng 95 %\nKhám 300 lượt');
    const txt = emu.run<string>('text', [id], { as: COORD }).value;
    expect(txt.replace(/^\ufeff/, '').split('\n')).toEqual([
      'Đầu',
      'I. Kết quả',
      '1. Y tế',
      'Hướng dẫn',
      'Tiêm chủng 95 %',
      'Khám 300 lượt',
      '2. Giáo dục',
      'II. Kiến nghị',
    ]);
    expect(() => emu.typeInDoc('khach@example.vn', id, '1. Y tế', 'x')).toThrow(/không có quyền chỉnh sửa/);
    expect(() => emu.typeInDoc(UNIT, id, 'III. Không có', 'x')).toThrow(/không có đề mục/);
  });

  it('Revisions.list names who changed the Doc and when, and costs a Drive call', () => {
    const { emu, id } = setup();
    emu.clock.set(START + 3_600_000);
    emu.typeInDoc(UNIT, id, '2. Giáo dục', 'Tỉ lệ đi học 99 %');
    const r = emu.run<{
      revisions: { id: string; modifiedTime: string; lastModifyingUser: { emailAddress: string } }[];
    }>('revs', [id], { as: COORD });
    expect(r.value.revisions.map((x) => [x.lastModifyingUser.emailAddress, x.modifiedTime])).toEqual([
      [COORD, expect.stringMatching(/^2026-03-02T01:00:0\d\.\d{3}Z$/)],
      [UNIT, new Date(START + 3_600_000).toISOString()],
    ]);
    expect(Object.keys(r.value.revisions[0])).toEqual(['id', 'modifiedTime', 'lastModifyingUser']);
    expect(r.cost.modelledMs).toBeGreaterThanOrEqual(DRIVE_CALL_MS);
    expect(() => emu.run('revs', ['nope'], { as: UNIT })).toThrow(/File not found/);
  });
});
