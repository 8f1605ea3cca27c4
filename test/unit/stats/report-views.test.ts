/**
 * The pure pieces around the statistics: the monthly report's administrative layout and escaping, the
 * wall board's view (nothing confidential, no person), the sidebar's view (persons only where allowed),
 * and the category rules at their edges.
 */
import { WorkingCalendar } from '../../../src/core/calendar';
import { dayFromYmd } from '../../../src/core/civil-date';
import { Directory } from '../../../src/core/directory';
import { categoryOf, classify } from '../../../src/core/stats/categories';
import { computeStatistics } from '../../../src/core/stats/compute';
import { monthPeriod, parsePeriod } from '../../../src/core/stats/period';
import { decreeDateParts, escapeHtml, monthlyReportHtml, placeOf } from '../../../src/core/stats/report';
import { formatVnDateTime, statsView, wallboardView } from '../../../src/core/stats/views';
import { dateCell } from '../../helpers/ngu-hanh-son';
import { tasksFromRows } from '../../helpers/tasks';

const d = (y: number, m: number, day: number) => dayFromYmd(y, m, day)!;
const TODAY = d(2026, 11, 23);
const calendar = new WorkingCalendar();
const directory = new Directory(
  [
    { email: 'a@x.vn', name: 'Nguyễn Văn An', unit: 'TP', role: 'official', active: true, row: 2 },
    { email: 'b@x.vn', name: 'Trần Thị Bình', unit: 'KT', role: 'official', active: true, row: 3 },
  ],
  [
    { code: 'TP', name: 'Phòng <Tư pháp>', parent: '', leader: '', follower: '', focal: '' },
    { code: 'KT', name: 'Phòng Kinh tế', parent: '', leader: '', follower: '', focal: '' },
  ],
);
const tasks = tasksFromRows([
  {
    id: 'NV-2026-0001',
    title: 'Rà soát <script>alert(1)</script>',
    leadUnit: 'TP',
    assignees: 'a@x.vn',
    assignedDate: dateCell(d(2026, 10, 5)),
    deadline: dateCell(d(2026, 10, 20)),
  },
  {
    id: 'NV-2026-0002',
    title: 'Kế hoạch tuyệt mật',
    leadUnit: 'KT',
    assignees: 'b@x.vn',
    assignedDate: dateCell(d(2026, 10, 6)),
    deadline: dateCell(d(2026, 10, 30)),
    confidential: true,
  },
  {
    id: 'NV-2026-0003',
    title: 'Báo cáo quý',
    leadUnit: 'KT',
    assignees: 'b@x.vn',
    assignedDate: dateCell(d(2026, 10, 7)),
    deadline: dateCell(d(2026, 10, 31)),
    reportedDate: dateCell(d(2026, 10, 29)),
    confirmedAt: dateCell(d(2026, 11, 2)),
    confirmedBy: 'lead@x.vn',
    updateCount: 2,
  },
]);

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

describe('the wall board view', () => {
  const stats = computeStatistics({
    tasks,
    today: TODAY,
    period: monthPeriod(2026, 10),
    basis: 'assigned',
    directory,
    calendar,
  });
  const w = wallboardView(stats, tasks, {
    lang: 'vi',
    agencyName: 'X',
    now: Date.UTC(2026, 10, 23, 1, 5),
    calendar,
    directory,
  });
  it('lists the overdue tasks longest late first, the confidential one by id only, and no person', () => {
    expect(w.overdue.map((o) => [o.id, o.title, o.unit])).toEqual([
      ['NV-2026-0001', 'Rà soát <script>alert(1)</script>', 'Phòng <Tư pháp>'],
      ['NV-2026-0002', 'Nhiệm vụ mật', 'Phòng Kinh tế'],
    ]);
    const json = JSON.stringify(w);
    expect(json).not.toContain('@');
    expect(json).not.toContain('Nguyễn Văn An');
    expect(json).not.toContain('tuyệt mật');
    expect(w.asOf).toBe('23/11/2026 08:05');
  });
  it('formats Viet Nam time whatever the machine’s zone', () => {
    expect(formatVnDateTime(Date.UTC(2026, 0, 1, 17, 30))).toBe('02/01/2026 00:30');
  });
});

describe('the sidebar view', () => {
  const stats = computeStatistics({
    tasks,
    today: TODAY,
    period: monthPeriod(2026, 10),
    basis: 'assigned',
    directory,
    calendar,
  });
  it('lists persons only of the units the viewer may see, defaulting to the first of them', () => {
    const v = statsView(stats, 'vi', { unit: 'tp', allowed: (k) => k === 'kt' }, '(none)');
    expect(v.personUnits.map((u) => u.key)).toEqual(['kt']);
    expect(v.personsUnit).toBe('kt');
    expect(v.persons.map((p) => p.name)).toEqual(['Trần Thị Bình']);
    expect(v.whole.pct.completedOnTime).toBe('33 %');
    const none = statsView(stats, 'vi', { unit: null, allowed: () => false }, '(none)');
    expect(none.persons).toEqual([]);
    expect(none.personsUnit).toBeNull();
  });
});

describe('categories at their edges', () => {
  const [reportedLate, reportedOnTime, ongoingDone] = tasksFromRows([
    { id: 'A', title: 'a', deadline: dateCell(d(2026, 10, 1)), reportedDate: dateCell(d(2026, 10, 2)) },
    { id: 'B', title: 'b', deadline: dateCell(d(2026, 10, 1)), reportedDate: dateCell(d(2026, 10, 1)) },
    { id: 'C', title: 'c', reportedDate: dateCell(d(2026, 10, 1)), confirmedBy: 'x@x.vn' },
  ]);
  it('awaiting confirmation is placed by the day the result was reported, not by today', () => {
    expect(classify(reportedLate, TODAY, calendar)).toMatchObject({
      status: 'awaiting_confirmation',
      category: 'overdue',
      awaiting: true,
      updated: true,
    });
    expect(classify(reportedOnTime, TODAY, calendar)).toMatchObject({
      status: 'awaiting_confirmation',
      category: 'inTime',
    });
  });
  it('an ongoing task confirmed complete is completed on time; reporting counts as an update', () => {
    expect(categoryOf('done_on_time', ongoingDone)).toBe('doneOnTime');
    expect(classify(ongoingDone, TODAY, calendar).updated).toBe(true);
  });
});
