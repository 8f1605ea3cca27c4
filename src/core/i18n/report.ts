/** Reports drafted together (issue 15): the server's words for outlines, sections and the shared Doc. */
import type { Catalogue } from './translate';

export const REPORT_MESSAGES = {
  'rp.empty': ['Đề cương trống: hãy nhập ít nhất một mục ("I. …").', 'The outline is empty.'],
  'rp.orphan': [
    'Dòng {line} ("{text}") đứng trước mục đầu tiên.',
    'Line {line} ("{text}") is before the first section.',
  ],
  'rp.noUnit': [
    'Mục "{heading}" chưa có đơn vị viết (thêm dòng "Đơn vị: …").',
    'Section "{heading}" has no unit.',
  ],
  'rp.unknownUnit': [
    'Mục "{heading}": không có đơn vị "{unit}" trong trang Đơn vị.',
    'Section "{heading}": no unit "{unit}".',
  ],
  'rp.tooMany': ['Đề cương có {n} mục, nhiều nhất {max} mục.', '{n} sections: at most {max}.'],
  'rp.late': [
    'Hạn của các đơn vị ({units}) sau hạn của báo cáo ({report}).',
    "Units' deadline {units} is after the report's, {report}.",
  ],
  'rp.past': ['Hạn của các đơn vị ({units}) đã qua.', "Units' deadline {units} has passed."],
  'rp.noDeadline': ['Báo cáo không có hạn: hãy nhập hạn của các đơn vị.', "Enter the units' deadline."],
  'rp.confidential': [
    'Nhiệm vụ {id} là nhiệm vụ mật: không soạn báo cáo chung trên Drive.',
    'Task {id} is confidential: not on Drive.',
  ],
  'rp.notCoordinator': [
    'Chỉ người được giao nhiệm vụ {id} (người điều phối) mới làm được việc này.',
    'Only the assignee of {id} can do this.',
  ],
  'rp.exists': ['Nhiệm vụ {id} đã có báo cáo chung.', 'Task {id} already has a shared report.'],
  'rp.none': ['Nhiệm vụ {id} chưa có báo cáo chung.', 'Task {id} has no shared report yet.'],
  'rp.notAccepted': [
    'Còn {n} phần chưa được chấp nhận: chưa tổng hợp được.',
    '{n} sections not accepted yet.',
  ],
  'rp.notOwner': [
    'Chỉ tài khoản đã tạo tài liệu ({owner}) đọc được nó qua Drive.',
    'Only {owner} (who made the document) can read it.',
  ],
  'rp.created': [
    'Đã tạo tài liệu báo cáo chung và {n} nhiệm vụ con cho các đơn vị.',
    'Made the document and {n} sub-tasks.',
  ],
  'rp.compiled': [
    'Đã tổng hợp: tài liệu cuối và bản PDF nằm trong thư mục của nhiệm vụ.',
    'Compiled: final document and PDF made.',
  ],
  'rp.guidance': ['Hướng dẫn: {text}', 'Guidance: {text}'],
  'rp.writer': ['Đơn vị viết: {units}', 'Written by: {units}'],
  'rp.subTitle': ['Viết phần báo cáo "{title}"', 'Write your part of the report "{title}"'],
  'rp.subDetails': [
    'Phần: {headings}. Viết vào tài liệu chung: {link} (quét mã trong Zalo: chọn Mở bằng trình duyệt; Zalo không đăng nhập được Google).',
    'Sections: {headings}. Write in: {link} (from Zalo: open in the browser).',
  ],
  'rp.basis': ['Căn cứ: {text}', 'Basis: {text}'],
  'rp.audit.create': ['Tạo báo cáo chung', 'Shared report made'],
  'rp.audit.compile': ['Tổng hợp báo cáo chung', 'Shared report compiled'],
  'rp.resultText': ['Báo cáo tổng hợp', 'Compiled report'],
  'rp.noWriter': ['Đơn vị "{unit}" chưa có cán bộ trong trang Cán bộ.', 'Unit "{unit}" has no staff.'],
  'rp.lost': [
    'Mất đề mục "{heading}" (bị xoá hoặc đổi tên): hãy sửa lại rồi tổng hợp.',
    'Heading "{heading}" is lost: restore it, then compile.',
  ],
  'rp.pageTitle': ['Soạn báo cáo chung', 'Shared report drafting'],
} satisfies Catalogue;

export type ReportKey = keyof typeof REPORT_MESSAGES;
