/** The workspace's documents: the built-in one, the agency's template, the slip, Zalo, folder names. */
import {
  builtinDocHtml,
  fillTemplate,
  folderName,
  isReportTitle,
  slipHtml,
  zaloText,
  type TaskFacts,
} from '../../../../src/core/workspace/documents';
import { htmlToText } from '../../../../emulator/services/drive/html';

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
