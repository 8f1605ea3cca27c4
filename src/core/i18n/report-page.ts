/** The report drafting page's own words (dist/Report.html), Vietnamese first. */
import type { Catalogue } from './translate';

export const REPORT_PAGE_MESSAGES = {
  'rpg.title': ['Soạn báo cáo chung', 'Shared report drafting'],
  'rpg.task': ['Nhiệm vụ báo cáo', 'Report task'],
  'rpg.none': [
    'Chưa có nhiệm vụ báo cáo nào bạn điều phối hoặc tham gia viết.',
    'No report task you coordinate or write for.',
  ],
  'rpg.notMade': ['chưa soạn', 'not started'],
  'rpg.reportTitle': ['Tên báo cáo (trống: tên nhiệm vụ)', "Report title (empty: the task's)"],
  'rpg.basis': ['Căn cứ', 'Basis'],
  'rpg.due': [
    'Hạn của các đơn vị (trống: 2 ngày làm việc trước hạn báo cáo)',
    "Units' deadline (empty: 2 working days before the report's)",
  ],
  'rpg.outline': [
    'Đề cương (dán hoặc gõ: "I. …", "1. …", "a) …"; dòng "Đơn vị: …" sau mỗi mục)',
    'Outline ("I. …", "1. …", "a) …"; a line "Đơn vị: …" under each section)',
  ],
  'rpg.outlineHint': [
    'Các dòng khác dưới một mục là hướng dẫn viết của mục đó.',
    'Other lines under a section are its writing guidance.',
  ],
  'rpg.unit': ['Đơn vị (trang Đơn vị)', 'Unit'],
  'rpg.addUnit': ['Thêm vào dòng đang chọn', 'Add to the current line'],
  'rpg.create': ['Tạo tài liệu và giao cho các đơn vị', 'Make the document and assign the units'],
  'rpg.progress': ['Đã chấp nhận {done}/{total} phần', '{done}/{total} sections accepted'],
  'rpg.refresh': ['Cập nhật tiến độ', 'Refresh progress'],
  'rpg.openDoc': ['Mở tài liệu', 'Open the document'],
  'rpg.history': ['Lịch sử phiên bản', 'Version history'],
  'rpg.open': ['Mở mục', 'Open section'],
  'rpg.note': ['Nhận xét / giải trình (khi trả lại, nộp muộn)', 'Comment / explanation (sending back, late)'],
  'rpg.submit': ['Nộp phần này', 'Submit this part'],
  'rpg.submitted': ['Đã viết xong phần báo cáo', 'My part of the report is written'],
  'rpg.accept': ['Chấp nhận', 'Accept'],
  'rpg.sendBack': ['Trả lại', 'Send back'],
  'rpg.compile': ['Tổng hợp', 'Compile'],
  'rpg.final': ['Bản tổng hợp', 'Compiled report'],
  'rpg.pdf': ['PDF', 'PDF'],
  'rpg.length': ['{n} ký tự, sửa lúc {at}', '{n} characters, changed {at}'],
  'rpg.revisions': [
    'Lịch sử chỉnh sửa của tài liệu (theo Drive; không phải tác giả của từng đoạn)',
    "The document's edit history (from Drive; not who wrote each paragraph)",
  ],
  'rpg.seen': ['Đọc tài liệu lúc {at}', 'Document read at {at}'],
  'rpg.at': ['{time} ngày {date}', '{time} on {date}'],
  'rpg.flag.renamed': ['Đề mục đã bị đổi tên', 'Heading renamed'],
  'rpg.flag.missing': ['Không thấy đề mục trong tài liệu', 'Heading not found in the document'],
  'rpg.flag.unclear': [
    'Đề mục sau bị mất: chưa tính được phần này',
    'The next heading is lost: not measured',
  ],
  'rpg.state.notStarted': ['Chưa viết', 'Not started'],
  'rpg.state.writing': ['Đang viết', 'Being written'],
  'rpg.state.submitted': ['Đã nộp', 'Submitted'],
  'rpg.state.accepted': ['Đã chấp nhận', 'Accepted'],
  'rpg.state.sentBack': ['Bị trả lại', 'Sent back'],
  'rpg.error': ['Không kết nối được máy chủ: {detail}', 'Cannot reach the server: {detail}'],
} satisfies Catalogue;

export type ReportPageKey = keyof typeof REPORT_PAGE_MESSAGES;
