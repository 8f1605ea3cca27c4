/**
 * The task's working document, its slip and the Zalo text: written by the server (Google Doc, PDF) and
 * drawn by the sidebar (the slip as an image).
 */
import type { Catalogue } from './translate';

const vi = {
  'doc.id': 'Mã nhiệm vụ',
  'doc.title': 'Tên nhiệm vụ',
  'doc.assigned': 'Ngày giao',
  'doc.deadline': 'Hạn xử lý',
  'doc.ongoing': 'Thường xuyên (không có hạn)',
  'doc.related': 'Tài liệu liên quan',
  'doc.outline': 'Đề cương báo cáo',
  'doc.outlineHint':
    'Mỗi đơn vị viết vào phần của mình, ngắn gọn, đúng đề cương; không cần nhắc lại cơ cấu tổ chức, chức năng nhiệm vụ.',
  'doc.outline1': 'I. Kết quả thực hiện',
  'doc.outline2': 'II. Tồn tại, hạn chế và nguyên nhân',
  'doc.outline3': 'III. Phương hướng, nhiệm vụ thời gian tới',
  'doc.outline4': 'IV. Kiến nghị, đề xuất',
  'doc.unitPart': 'Phần của {unit}',
  'doc.work': 'Nội dung thực hiện',
  'doc.result': 'Kết quả',
  'doc.footer':
    'Tài liệu làm việc do Nhắc Việc tạo ngày {date}. Mỗi người ghi vào phần việc của mình; Tệp → Lịch sử phiên bản cho biết ai viết phần nào, khi nào.',
  'doc.templateTitle': 'Mẫu tài liệu nhiệm vụ',

  'slip.fileName': 'Phiếu giao việc {id}',
  'slip.title': 'PHIẾU GIAO VIỆC',
  'slip.number': 'Số: {id}',
  'slip.scan': 'Quét mã QR bằng Zalo hoặc máy ảnh điện thoại để mở tài liệu của nhiệm vụ.',
  'slip.printed': 'Lập ngày {date}',

  'zalo.link': 'Tài liệu',
} as const;

export type DocumentKey = keyof typeof vi;

const en: Record<DocumentKey, string> = {
  'doc.id': 'Task id',
  'doc.title': 'Task',
  'doc.assigned': 'Assigned on',
  'doc.deadline': 'Deadline',
  'doc.ongoing': 'Ongoing (no deadline)',
  'doc.related': 'Related document',
  'doc.outline': 'Report outline',
  'doc.outlineHint':
    'Each unit writes its own part, briefly and to the outline; no need to restate its structure or mandate.',
  'doc.outline1': 'I. Results',
  'doc.outline2': 'II. Shortcomings and their causes',
  'doc.outline3': 'III. Next steps',
  'doc.outline4': 'IV. Recommendations',
  'doc.unitPart': 'Part of {unit}',
  'doc.work': 'Work',
  'doc.result': 'Result',
  'doc.footer':
    'Working document created by Nhắc Việc on {date}. Everyone writes their own part; File → Version history shows who wrote what, and when.',
  'doc.templateTitle': 'Task document template',

  'slip.fileName': 'Task slip {id}',
  'slip.title': 'TASK SLIP',
  'slip.number': 'No. {id}',
  'slip.scan': "Scan the QR code with Zalo or a phone camera to open the task's document.",
  'slip.printed': 'Issued on {date}',

  'zalo.link': 'Document',
};

export const DOCUMENT_MESSAGES: Catalogue<DocumentKey> = { vi, en };
