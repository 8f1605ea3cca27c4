/**
 * The pure parts of the Drive workspace: QR codes (PNG and GIF, UTF-8), who the folder is shared with,
 * the plan that makes Drive match, the documents' HTML and the settings that drive them.
 */
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { Directory, type Person, type Unit } from '../../src/core/directory';
import {
  base64,
  qrGifBase64,
  qrMatrix,
  qrPng,
  qrPngDataUrl,
  signedBytes,
  utf8Bytes,
} from '../../src/core/qr';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../src/core/settings';
import type { Task } from '../../src/core/task';
import { blankTask } from '../helpers/tasks';
import {
  builtinDocHtml,
  fillTemplate,
  folderName,
  isReportTitle,
  slipHtml,
  zaloText,
  type TaskFacts,
} from '../../src/core/workspace/documents';
import { formatWorkspaceRecord, parseWorkspaceRecord } from '../../src/core/workspace/record';
import { desiredSharing, planSharing, sharingOutOfDate } from '../../src/core/workspace/sharing';
import { htmlToText } from '../../emulator/services/drive/html';

const VI = 'Báo cáo tổng kết công tác phòng, chống thiên tai năm 2026 – Phường Hòa Hải';

function decodePng(bytes: number[]): string | undefined {
  const png = PNG.sync.read(Buffer.from(bytes));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

describe('QR codes', () => {
  it('a PNG that decodes back to the link, 1-bit, with a four-module quiet zone', () => {
    const link = 'https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/edit';
    const bytes = qrPng(link, 5);
    expect(decodePng(bytes)).toBe(link);
    const png = PNG.sync.read(Buffer.from(bytes));
    expect(png.width).toBe((qrMatrix(link).length + 8) * 5);
    // The corner is quiet zone: white.
    expect([...png.data.subarray(0, 3)]).toEqual([255, 255, 255]);
  });

  it('Vietnamese text survives (UTF-8 in byte mode), in the PNG and the GIF', () => {
    expect(decodePng(qrPng(VI))).toBe(VI);
    expect(utf8Bytes('Đ')).toEqual([0xc4, 0x90]);
    expect(utf8Bytes('😀')).toEqual([0xf0, 0x9f, 0x98, 0x80]);
    expect(Buffer.from(utf8Bytes(VI)).toString('utf8')).toBe(VI);
    expect(Buffer.from(qrGifBase64(VI), 'base64').subarray(0, 6).toString('latin1')).toBe('GIF87a');
  });

  it('base64 and data URLs match Node, and Java bytes are signed', () => {
    const bytes = qrPng('x');
    expect(base64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(base64([1, 2])).toBe('AQI=');
    expect(base64([1])).toBe('AQ==');
    expect(qrPngDataUrl('x')).toBe('data:image/png;base64,' + Buffer.from(bytes).toString('base64'));
    expect(signedBytes([0, 127, 128, 255])).toEqual([0, 127, -128, -1]);
  });
});

const person = (email: string, unit: string, role: Person['role'], active = true): Person => ({
  email,
  name: email.split('@')[0],
  unit,
  role,
  active,
  row: 2,
});
const unit = (u: Partial<Unit> & { code: string }): Unit => ({
  name: u.code,
  parent: '',
  leader: '',
  follower: '',
  focal: '',
  ...u,
});

function task(extra: Partial<Task> = {}): Task {
  return blankTask({
    id: 'NV-2026-0001',
    title: VI,
    assigner: 'giao@x.vn',
    leadUnit: 'Phòng Tư pháp',
    assignees: ['a@x.vn', 'b@x.vn'],
    ...extra,
  });
}

describe('who the folder is shared with', () => {
  const dir = new Directory(
    [
      person('a@x.vn', 'TP', 'official'),
      person('b@x.vn', 'TP', 'official'),
      person('old@x.vn', 'TP', 'official', false),
    ],
    [
      unit({
        code: 'TP',
        name: 'Phòng Tư pháp',
        leader: 'lead@x.vn',
        follower: 'follow@x.vn',
        focal: 'b@x.vn',
      }),
    ],
  );
  const settings: Settings = { ...DEFAULT_SETTINGS };

  it('assignees and the focal point edit; the assigner, follower and unit leader comment; the owner is not listed', () => {
    const want = desiredSharing(task(), [], dir, settings, 'giao@x.vn');
    expect(Object.fromEntries(want)).toEqual({
      'a@x.vn': 'writer',
      'b@x.vn': 'writer',
      'follow@x.vn': 'commenter',
      'lead@x.vn': 'commenter',
    });
  });

  it('the strongest role wins, sub-task assignees are included, retired staff and confidential tasks are not', () => {
    const child = task({ id: 'NV-2026-0002', parentId: 'NV-2026-0001', assignees: ['c@x.vn', 'old@x.vn'] });
    const want = desiredSharing(task({ assigner: 'a@x.vn' }), [child], dir, settings, 'owner@x.vn');
    expect(want.get('a@x.vn')).toBe('writer');
    expect(want.get('c@x.vn')).toBe('writer');
    expect(want.has('old@x.vn')).toBe(false);
    expect(desiredSharing(task({ confidential: true }), [], dir, settings, 'o@x.vn').size).toBe(0);
  });

  it('follows the settings, "Không" leaving a kind of person out', () => {
    const custom = parseSettings(
      new Map<string, unknown>([
        ['shareAssignee', 'Nhận xét'],
        ['shareFollower', 'không'],
        ['shareLeader', 'xem'],
      ]),
    ).settings;
    const want = desiredSharing(task({ assignees: ['a@x.vn'] }), [], dir, custom, 'giao@x.vn');
    expect(Object.fromEntries(want)).toEqual({
      'a@x.vn': 'commenter',
      'b@x.vn': 'writer',
      'lead@x.vn': 'reader',
    });
  });

  it('plans the exact changes: add the missing, change roles, remove everyone else but the owner', () => {
    const want = new Map([
      ['a@x.vn', 'writer' as const],
      ['b@x.vn', 'commenter' as const],
    ]);
    const plan = planSharing(
      [
        { id: 'o', type: 'user', role: 'owner', emailAddress: 'giao@x.vn' },
        { id: 'p1', type: 'user', role: 'reader', emailAddress: 'B@x.vn' },
        { id: 'p2', type: 'user', role: 'writer', emailAddress: 'gone@x.vn' },
        { id: 'anyoneWithLink', type: 'anyone', role: 'reader' },
      ],
      want,
    );
    expect(plan.add).toEqual([{ email: 'a@x.vn', role: 'writer' }]);
    expect(plan.change).toEqual([{ id: 'p1', email: 'b@x.vn', role: 'commenter' }]);
    expect(plan.remove.map((r) => r.id)).toEqual(['p2', 'anyoneWithLink']);
    expect(sharingOutOfDate({ 'a@x.vn': 'writer', 'b@x.vn': 'commenter' }, want)).toBe(false);
    expect(sharingOutOfDate({ 'a@x.vn': 'writer' }, want)).toBe(true);
    expect(sharingOutOfDate({ 'a@x.vn': 'writer', 'b@x.vn': 'writer' }, want)).toBe(true);
  });
});

describe('documents', () => {
  const facts: TaskFacts = {
    agency: 'UBND phường Hòa Hải',
    id: 'NV-2026-0007',
    title: '<script>alert(1)</script> Báo cáo quý I',
    details: 'Dòng 1\nDòng 2 & "ngoặc"',
    source: 'Thông báo 12/TB-UBND',
    leadUnit: 'Phòng Tư pháp',
    coUnits: ['Phòng Y tế'],
    assigner: 'Trần Văn Lãnh',
    assignees: ['Nguyễn Thị Bích'],
    assigned: '02/03/2026',
    deadline: '',
  };

  it('recognises report tasks with or without diacritics and capitals', () => {
    expect(isReportTitle('Báo cáo tổng kết')).toBe(true);
    expect(isReportTitle('BÁO CÁO tình hình')).toBe(true);
    expect(isReportTitle('Xây dựng bao cao nhanh')).toBe(true);
    expect(isReportTitle('Báo cáo'.normalize('NFD'))).toBe(true);
    expect(isReportTitle('Kiểm tra hồ sơ')).toBe(false);
  });

  it('the built-in document escapes what people typed and outlines a report, one part per unit', () => {
    const html = builtinDocHtml(facts, 'vi', { today: '02/03/2026', related: 'javascript:alert(1)' });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('javascript:');
    const text = htmlToText(html);
    expect(text).toContain(facts.title);
    expect(text).toContain('Đề cương báo cáo');
    expect(text).toContain('Phần của Phòng Tư pháp');
    expect(text).toContain('Phần của Phòng Y tế');
    expect(text).toContain('Thường xuyên (không có hạn)');
    expect(text).toContain('Dòng 2 & "ngoặc"');
    const plain = htmlToText(
      builtinDocHtml({ ...facts, title: 'Kiểm tra hồ sơ' }, 'vi', { today: '02/03/2026' }),
    );
    expect(plain).not.toContain('Đề cương báo cáo');
    expect(plain).toContain('Nội dung thực hiện');
  });

  it("fills the agency's template, escaped; a template without fields gets the facts on top", () => {
    const filled = fillTemplate(
      '<body><p>Nhiệm vụ: {{ten}} — hạn {{ HAN }} — {{khong_biet}}</p></body>',
      facts,
      'vi',
    );
    expect(filled).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Báo cáo quý I');
    expect(filled).toContain('hạn Thường xuyên (không có hạn)');
    expect(filled).toContain('{{khong_biet}}');
    const bare = fillTemplate('<html><body class="c"><p>Mẫu trống</p></body></html>', facts, 'vi');
    expect(htmlToText(bare).split('\n')[0]).toContain('Mã nhiệm vụ');
    expect(htmlToText(bare)).toContain('Mẫu trống');
  });

  it('the slip has the facts, the QR image and the link only when it is a plain https link', () => {
    const link = 'https://docs.google.com/document/d/abc/edit';
    const html = slipHtml(facts, 'vi', {
      qrDataUrl: 'data:image/png;base64,AAAA',
      link,
      today: '02/03/2026',
    });
    expect(html).toContain('<img src="data:image/png;base64,AAAA"');
    expect(html).toContain(`href="${link}"`);
    expect(htmlToText(html)).toContain('PHIẾU GIAO VIỆC');
    expect(html).not.toContain('<script>');
    const bad = slipHtml(facts, 'vi', { qrDataUrl: '', link: 'https://x.vn/"onmouseover="x', today: '' });
    expect(bad).not.toContain('href=');
  });

  it('the Zalo text is short and says what, when, who and where', () => {
    const text = zaloText(
      { ...facts, deadline: '10/03/2026' },
      'https://docs.google.com/document/d/abc/edit',
      'vi',
    );
    expect(text.split('\n')).toEqual([
      'UBND PHƯỜNG HÒA HẢI',
      'PHIẾU GIAO VIỆC NV-2026-0007',
      facts.title,
      'Hạn xử lý: 10/03/2026',
      'Đơn vị chủ trì: Phòng Tư pháp',
      'Người thực hiện: Nguyễn Thị Bích',
      'Tài liệu: https://docs.google.com/document/d/abc/edit',
    ]);
  });

  it('names folders on one line, id first, at most 120 characters', () => {
    expect(folderName({ id: 'NV-2026-0001', title: 'A\nB' })).toBe('NV-2026-0001 – A B');
    expect(folderName({ id: 'NV-2026-0001', title: 'x'.repeat(300) })).toHaveLength(120);
  });
});

describe('the workspace record and the settings', () => {
  it('round-trips, and anything unreadable counts as nothing recorded', () => {
    const rec = {
      owner: 'a@x.vn',
      slip: 's1',
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

  it('reads sharing roles in Vietnamese or English and a template as a link or an id', () => {
    const id = '1AbCdEfGhIjKlMnOpQrStUvWxYz012345';
    const { settings, problems } = parseSettings(
      new Map<string, unknown>([
        ['shareAssigner', 'Chỉnh sửa'],
        ['shareFocal', 'viewer'],
        ['docTemplate', `https://docs.google.com/document/d/${id}/edit?usp=sharing`],
        ['shareLeader', 'tất cả'],
      ]),
    );
    expect(settings.shareAssigner).toBe('writer');
    expect(settings.shareFocal).toBe('reader');
    expect(settings.docTemplate).toBe(id);
    expect(settings.shareLeader).toBe('commenter'); // unreadable: the default, and reported
    expect(problems.map((p) => p.key)).toEqual(['shareLeader']);
    expect(parseSettings(new Map([['docTemplate', id]])).settings.docTemplate).toBe(id);
    expect(parseSettings(new Map([['docTemplate', 'không phải mã']])).problems).toHaveLength(1);
  });
});
