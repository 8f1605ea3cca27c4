/** Reports drafted together (issue 15): the server's words for outlines, sections and the shared Doc. */
import type { Catalogue } from './translate';

const vi = {
  'rp.empty': 'Đề cương trống: hãy nhập ít nhất một mục (ví dụ "I. Kết quả thực hiện").',
  'rp.orphan': 'Dòng {line} ("{text}") đứng trước mục đầu tiên: mỗi dòng phải thuộc một mục.',
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
  'rp.notOwner': 'Chỉ tài khoản đã tạo tài liệu ({owner}) đọc được tài liệu qua Drive.',
  'rp.created': 'Đã tạo tài liệu báo cáo chung và {n} nhiệm vụ con cho các đơn vị.',
  'rp.refreshed': 'Đã cập nhật tiến độ các phần.',
  'rp.compiled': 'Đã tổng hợp: tài liệu cuối và bản PDF nằm trong thư mục của nhiệm vụ.',
  'rp.guidance': 'Hướng dẫn: {text}',
  'rp.writer': 'Đơn vị viết: {units}',
  'rp.subTitle': 'Viết phần báo cáo "{title}"',
  'rp.subDetails': 'Viết các phần: {headings}. Viết thẳng vào tài liệu chung: {link}',
  'rp.basis': 'Căn cứ: {text}',
  'rp.audit.create': 'Tạo báo cáo chung',
  'rp.audit.compile': 'Tổng hợp báo cáo chung',
  'rp.resultText': 'Báo cáo tổng hợp',
} as const;

export type ReportKey = keyof typeof vi;

const en: Record<ReportKey, string> = {
  'rp.empty': 'The outline is empty: enter at least one section (e.g. "I. Results").',
  'rp.orphan': 'Line {line} ("{text}") comes before the first section: every line must belong to one.',
  'rp.noUnit': 'Section "{heading}" has no writing unit (add a line "Đơn vị: …").',
  'rp.unknownUnit': 'Section "{heading}": there is no unit "{unit}" in the units sheet.',
  'rp.tooMany': 'The outline has {n} sections, at most {max}.',
  'rp.late': "The units' deadline ({units}) is after the report's ({report}).",
  'rp.past': "The units' deadline ({units}) has passed.",
  'rp.noDeadline': "The report has no deadline: enter the units' deadline.",
  'rp.confidential': 'Task {id} is confidential: no shared report is drafted on Drive.',
  'rp.notCoordinator': 'Only the person task {id} is assigned to (the coordinator) can do this.',
  'rp.exists': 'Task {id} already has a shared report.',
  'rp.none': 'Task {id} has no shared report yet.',
  'rp.notAccepted': '{n} sections are not accepted yet: nothing to compile.',
  'rp.notOwner': 'Only the account that made the document ({owner}) can read it through Drive.',
  'rp.created': 'Made the shared report document and {n} sub-tasks for the units.',
  'rp.refreshed': 'Section progress refreshed.',
  'rp.compiled': "Compiled: the final document and its PDF are in the task's folder.",
  'rp.guidance': 'Guidance: {text}',
  'rp.writer': 'Written by: {units}',
  'rp.subTitle': 'Write your part of the report "{title}"',
  'rp.subDetails': 'Write the sections: {headings}. Write directly in the shared document: {link}',
  'rp.basis': 'Basis: {text}',
  'rp.audit.create': 'Shared report made',
  'rp.audit.compile': 'Shared report compiled',
  'rp.resultText': 'Compiled report',
};

export const REPORT_MESSAGES: Catalogue<ReportKey> = { vi, en };
