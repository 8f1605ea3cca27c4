import { finalDocHtml, isOurLine, reportDocHtml } from '../../../../src/core/report/doc';
import { blocksOfExport } from '../../../../src/core/report/sections';
import { day } from '../../../helpers/small-office';

const input = {
  lang: 'vi' as const,
  agency: 'UBND phường Hải Châu',
  date: day(2026, 3, 5),
  title: 'Báo cáo quý I',
  basis: 'Kế hoạch số 12/KH-UBND',
  sections: [
    { heading: 'I. Kết quả', level: 1, guidance: '', units: [] },
    { heading: '1. Y tế', level: 2, guidance: 'Tối đa 1 trang <b>', units: ['Phòng Y tế'] },
  ],
};

describe('report documents', () => {
  it('the working Doc has the Decree 30 header, headings by level, guidance and units in grey', () => {
    const html = reportDocHtml(input);
    expect(html).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(html).toContain('ngày 05 tháng 3 năm 2026');
    expect(html).toContain('<h1>I. Kết quả</h1><h2>1. Y tế</h2>');
    expect(html).toContain('Hướng dẫn: Tối đa 1 trang &lt;b&gt;');
    const ours = blocksOfExport(html).filter((b) => isOurLine(b.text));
    expect(ours.map((b) => b.text)).toEqual(['Hướng dẫn: Tối đa 1 trang <b>', 'Đơn vị viết: Phòng Y tế']);
  });
  it('the final Doc has the headings and the text, no guidance', () => {
    const html = finalDocHtml(input, [[], ['Tiêm chủng đạt 95 %', 'Khám 300 lượt']]);
    expect(html).not.toContain('Hướng dẫn');
    expect(html).toMatch(/<h2>1\. Y tế<\/h2><p>Tiêm chủng đạt 95 %<\/p><p>Khám 300 lượt<\/p>/);
  });
});
