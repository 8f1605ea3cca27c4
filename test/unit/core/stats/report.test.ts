/** The monthly report: the administrative layout of Decree 30/2020, escaping, confidential titles hidden. */
import { dayFromYmd } from '../../../../src/core/civil-date';
import { computeStatistics } from '../../../../src/core/stats/compute';
import { monthPeriod, parsePeriod } from '../../../../src/core/stats/period';
import { escapeHtml } from '../../../../src/core/html';
import { decreeDateParts, monthlyReportHtml, placeOf } from '../../../../src/core/stats/report';
import { wallboardView } from '../../../../src/core/stats/views';
import { calendar, directory, tasks, TODAY } from '../../../helpers/stats-three-tasks';

const d = (y: number, m: number, day: number) => dayFromYmd(y, m, day)!;

describe('the monthly report', () => {
  const month = monthPeriod(2026, 10);
  const stats = computeStatistics({
    tasks,
    today: TODAY,
    period: month,
    basis: 'assigned',
    directory,
    calendar,
  });
  const ytd = computeStatistics({
    tasks,
    today: TODAY,
    period: parsePeriod('01/01/2026 - 31/10/2026', TODAY)!,
    basis: 'assigned',
    directory,
    calendar,
  });
  const wall = wallboardView(stats, tasks, {
    lang: 'vi',
    agencyName: 'UBND quận Ngũ Hành Sơn',
    now: 0,
    calendar,
    directory,
  });
  const html = monthlyReportHtml({
    lang: 'vi',
    agencyName: 'UBND quận Ngũ Hành Sơn',
    month: stats,
    ytd,
    overdue: wall.overdue,
    date: TODAY,
  });

  it('has the national title, motto, agency, place and date, title and numbered sections', () => {
    expect(html).toContain('<b>UBND QUẬN NGŨ HÀNH SƠN</b>');
    expect(html).toContain('<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>');
    expect(html).toContain('<u>Độc lập - Tự do - Hạnh phúc</u>');
    expect(html).toContain('<i>Ngũ Hành Sơn, ngày 23 tháng 11 năm 2026</i>');
    expect(html).toContain('<b>Kết quả thực hiện nhiệm vụ tháng 10/2026</b>');
    const order = [
      'I. TÌNH HÌNH CHUNG',
      'II. KẾT QUẢ THEO ĐƠN VỊ',
      'III. NHIỆM VỤ ĐANG QUÁ HẠN',
      'IV. ĐÁNH GIÁ, ĐỀ XUẤT',
      'Nơi nhận:',
    ];
    const at = order.map((s) => html.indexOf(s));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('escapes what the register holds and hides a confidential title', () => {
    expect(html).not.toContain('<script>');
    expect(html).toContain('Phòng &lt;Tư pháp&gt;');
    expect(html).toContain('Rà soát &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('tuyệt mật');
    expect(html).toContain('NV-2026-0002 — Nhiệm vụ mật');
    expect(html).not.toContain('@');
  });

  it('writes the date the way Decree 30/2020 does, and finds the place in the agency’s name', () => {
    expect(decreeDateParts(d(2026, 3, 5))).toEqual({ d: '05', m: '3', y: '2026' });
    expect(decreeDateParts(d(2026, 2, 15))).toEqual({ d: '15', m: '02', y: '2026' });
    expect(decreeDateParts(d(2026, 12, 1))).toEqual({ d: '01', m: '12', y: '2026' });
    expect(placeOf('UBND quận Ngũ Hành Sơn')).toBe('Ngũ Hành Sơn');
    expect(placeOf('Sở Lao động - Thương binh và Xã hội thành phố Cần Thơ')).toBe('Cần Thơ');
    expect(placeOf('UBND phường Hòa Hải')).toBe('Hòa Hải');
    expect(placeOf('Văn phòng')).toBe('……');
    expect(escapeHtml(`"a" & 'b'`)).toBe('&quot;a&quot; &amp; &#39;b&#39;');
  });
});
