/**
 * The task's working document, its slip and the Zalo text: written by the server (Google Doc, PDF) and
 * drawn by the sidebar (the slip as an image).
 */
import type { Catalogue } from './translate';

export const DOCUMENT_MESSAGES = {
  'doc.id': ['Mã nhiệm vụ', 'Task id'],
  'doc.title': ['Tên nhiệm vụ', 'Task'],
  'doc.assigned': ['Ngày giao', 'Assigned on'],
  'doc.deadline': ['Hạn xử lý', 'Deadline'],
  'doc.ongoing': ['Thường xuyên (không có hạn)', 'Ongoing (no deadline)'],
  'doc.related': ['Tài liệu liên quan', 'Related document'],
  'doc.outline': ['Đề cương báo cáo', 'Report outline'],
  'doc.outlineHint': [
    'Mỗi đơn vị viết vào phần của mình, ngắn gọn, đúng đề cương; không cần nhắc lại cơ cấu tổ chức, chức năng nhiệm vụ.',
    'Each unit writes its own part, briefly and to the outline; no need to restate its structure or mandate.',
  ],
  'doc.outline1': ['I. Kết quả thực hiện', 'I. Results'],
  'doc.outline2': ['II. Tồn tại, hạn chế và nguyên nhân', 'II. Shortcomings and their causes'],
  'doc.outline3': ['III. Phương hướng, nhiệm vụ thời gian tới', 'III. Next steps'],
  'doc.outline4': ['IV. Kiến nghị, đề xuất', 'IV. Recommendations'],
  'doc.unitPart': ['Phần của {unit}', 'Part of {unit}'],
  'doc.work': ['Nội dung thực hiện', 'Work'],
  'doc.result': ['Kết quả', 'Result'],
  'doc.footer': [
    'Tài liệu làm việc do Nhắc Việc tạo ngày {date}. Mỗi người ghi vào phần việc của mình; Tệp → Lịch sử phiên bản cho biết ai viết phần nào, khi nào.',
    'Working document created by Nhắc Việc on {date}. Everyone writes their own part; File → Version history shows who wrote what, and when.',
  ],
  'doc.templateTitle': ['Mẫu tài liệu nhiệm vụ', 'Task document template'],

  'slip.fileName': ['Phiếu giao việc {id}', 'Task slip {id}'],
  'slip.title': ['PHIẾU GIAO VIỆC', 'TASK SLIP'],
  'slip.number': ['Số: {id}', 'No. {id}'],
  'slip.scan': [
    'Quét mã QR bằng Zalo hoặc máy ảnh điện thoại để mở tài liệu của nhiệm vụ.',
    "Scan the QR code with Zalo or a phone camera to open the task's document.",
  ],
  'slip.printed': ['Lập ngày {date}', 'Issued on {date}'],

  'zalo.link': ['Tài liệu', 'Document'],
} satisfies Catalogue;

export type DocumentKey = keyof typeof DOCUMENT_MESSAGES;
