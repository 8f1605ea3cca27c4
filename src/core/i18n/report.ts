/** Reports drafted together (issue 15): the server's words for outlines, sections and the shared Doc. */
import type { Catalogue } from './translate';

const vi = {
  'rp.empty': 'Đề cương trống: hãy nhập ít nhất một mục ("I. …").',
  'rp.orphan': 'Dòng {line} ("{text}") đứng trước mục đầu tiên.',
  'rp.noUnit': 'Mục "{heading}" chưa có đơn vị viết (thêm dòng "Đơn vị: …").',
  'rp.unknownUnit': 'Mục "{heading}": không có đơn vị "{unit}" trong trang Đơn vị.',
  'rp.tooMany': 'Đề cương có {n} mục, nhiều nhất {max} mục.',
  'rp.late': 'Hạn của các đơn vị ({units}) sau hạn của báo cáo ({report}).',
  'rp.past': 'Hạn của các đơn vị ({units}) đã qua.',
  'rp.noDeadline': 'Báo cáo không có hạn: hãy nhập hạn của các đơn vị.',
  'rp.confidential': 'Nhiệm vụ {id} là nhiệm vụ mật: không soạn báo cáo chung trên Drive.',
  'rp.notCoordinator': 'Chỉ người được giao nhiệm vụ {id} (người điều phối) mới làm được việc này.',
  'rp.exists': 'Nhiệm vụ {id} đã có báo cáo chung.',
  'rp.none': 'Nhiệm vụ {id} chưa có báo cáo chung.',
  'rp.notAccepted': 'Còn {n} phần chưa được chấp nhận: chưa tổng hợp được.',
  'rp.notOwner': 'Chỉ tài khoản đã tạo tài liệu ({owner}) đọc được nó qua Drive.',
  'rp.created': 'Đã tạo tài liệu báo cáo chung và {n} nhiệm vụ con cho các đơn vị.',
  'rp.compiled': 'Đã tổng hợp: tài liệu cuối và bản PDF nằm trong thư mục của nhiệm vụ.',
  'rp.guidance': 'Hướng dẫn: {text}',
  'rp.writer': 'Đơn vị viết: {units}',
  'rp.subTitle': 'Viết phần báo cáo "{title}"',
  'rp.subDetails':
    'Phần: {headings}. Viết vào tài liệu chung: {link} (quét mã trong Zalo: chọn Mở bằng trình duyệt; Zalo không đăng nhập được Google).',
  'rp.basis': 'Căn cứ: {text}',
  'rp.audit.create': 'Tạo báo cáo chung',
  'rp.audit.compile': 'Tổng hợp báo cáo chung',
  'rp.resultText': 'Báo cáo tổng hợp',
  'rp.noWriter': 'Đơn vị "{unit}" chưa có cán bộ trong trang Cán bộ.',
  'rp.lost': 'Mất đề mục "{heading}" (bị xoá hoặc đổi tên): hãy sửa lại rồi tổng hợp.',
  'rp.pageTitle': 'Soạn báo cáo chung',
} as const;

export type ReportKey = keyof typeof vi;

const en: Record<ReportKey, string> = {
  'rp.empty': 'The outline is empty.',
  'rp.orphan': 'Line {line} ("{text}") is before the first section.',
  'rp.noUnit': 'Section "{heading}" has no unit.',
  'rp.unknownUnit': 'Section "{heading}": no unit "{unit}".',
  'rp.tooMany': '{n} sections: at most {max}.',
  'rp.late': "Units' deadline {units} is after the report's, {report}.",
  'rp.past': "Units' deadline {units} has passed.",
  'rp.noDeadline': "Enter the units' deadline.",
  'rp.confidential': 'Task {id} is confidential: not on Drive.',
  'rp.notCoordinator': 'Only the assignee of {id} can do this.',
  'rp.exists': 'Task {id} already has a shared report.',
  'rp.none': 'Task {id} has no shared report yet.',
  'rp.notAccepted': '{n} sections not accepted yet.',
  'rp.notOwner': 'Only {owner} (who made the document) can read it.',
  'rp.created': 'Made the document and {n} sub-tasks.',
  'rp.compiled': 'Compiled: final document and PDF made.',
  'rp.guidance': 'Guidance: {text}',
  'rp.writer': 'Written by: {units}',
  'rp.subTitle': 'Write your part of the report "{title}"',
  'rp.subDetails': 'Sections: {headings}. Write in: {link} (from Zalo: open in the browser).',
  'rp.basis': 'Basis: {text}',
  'rp.audit.create': 'Shared report made',
  'rp.audit.compile': 'Shared report compiled',
  'rp.resultText': 'Compiled report',
  'rp.noWriter': 'Unit "{unit}" has no staff.',
  'rp.lost': 'Heading "{heading}" is lost: restore it, then compile.',
  'rp.pageTitle': 'Shared report drafting',
};

export const REPORT_MESSAGES: Catalogue<ReportKey> = { vi, en };
