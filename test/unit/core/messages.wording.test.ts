/**
 * Plain Vietnamese (issue 14): what officials read names things as they do, not as the code does, and a
 * button is called the same in every message that tells them to press it.
 */
import { COMMON_MESSAGES } from '../../../src/core/i18n/common';
import { DEADLINE_MESSAGES } from '../../../src/core/i18n/deadlines';
import { DOCUMENT_MESSAGES } from '../../../src/core/i18n/documents';
import { FIGURE_MESSAGES } from '../../../src/core/i18n/figures';
import { SERVER_MESSAGES } from '../../../src/core/i18n/server';
import { SIDEBAR_MESSAGES } from '../../../src/core/i18n/sidebar';
import { WALLBOARD_MESSAGES } from '../../../src/core/i18n/wallboard';
import { PARSE_MESSAGES } from '../../../src/core/parse';
import { SHEETS } from '../../../src/core/schema';

/** Date patterns, abbreviations and old labels that officials met and did not understand. */
const DEVELOPER_TERMS =
  /dd\/MM|MM\/yyyy|yyyy-MM|\bLV\b|Chưa nhập giá trị|Giao việc con|Đồng bộ chia sẻ|nhiệm vụ cha|việc con|drive\.file|\bnull\b|undefined/i;

const vi: Record<string, string> = Object.fromEntries(
  Object.entries({
    ...SERVER_MESSAGES,
    ...COMMON_MESSAGES,
    ...DEADLINE_MESSAGES,
    ...SIDEBAR_MESSAGES,
    ...DOCUMENT_MESSAGES,
    ...FIGURE_MESSAGES,
    ...WALLBOARD_MESSAGES,
  }).map(([key, [text]]) => [key, text]),
);

describe('plain Vietnamese', () => {
  it('no message, cell note or column help speaks in developer terms', () => {
    const parse = Object.values(PARSE_MESSAGES).map((m) => m('"32/13/2026"', '13', '32').vi);
    const help = Object.values(SHEETS).flatMap((s) =>
      s.columns.map((c) => ('help' in c ? String(c.help) : '')),
    );
    const found = [...Object.entries(vi).map(([k, v]) => `${k}: ${v}`), ...parse, ...help].filter((v) =>
      DEVELOPER_TERMS.test(v),
    );
    expect(found).toEqual([]);
  });

  it('the buttons say what they do, and messages name them exactly', () => {
    expect(vi['ui.act.delegate']).toBe('Phân công cho cán bộ đơn vị');
    expect(vi['ui.ws.download']).toBe('Tải ảnh phiếu giao việc');
    const sync = vi['ui.ws.sync'];
    expect(sync).toBe('Cập nhật người được xem tài liệu');
    const naming = Object.entries(vi).filter(
      ([, v]) => /bấm|nút/i.test(v) && /chia sẻ|được xem tài liệu/.test(v),
    );
    expect(naming.length).toBeGreaterThanOrEqual(4);
    for (const [key, v] of naming) expect(`${key}: ${v}`).toContain(sync);
  });

  it('the report month and the working days are written out', () => {
    expect(vi['ui.stats.reportMonth']).toBe('Tháng báo cáo (tháng/năm, ví dụ 10/2026)');
    expect(vi['report.col.daysLate']).toBe('Số ngày làm việc quá hạn');
    expect(vi['wall.daysLate']).toBe('quá {n} ngày làm việc');
    expect(PARSE_MESSAGES.empty('').vi).toBe('Còn để trống.');
  });
});
