/**
 * Words the sidebar shows that the server writes too: the task's field names (in its document, slip and
 * Zalo text), the names of the workspace buttons (in refusals that tell which one to press), the two
 * upkeep actions of the menu and the admin panel, and the note on a template that could not be read.
 */
import type { Catalogue } from './translate';

const vi = {
  'ui.details': 'Nội dung',
  'ui.source': 'Căn cứ',
  'ui.leadUnit': 'Đơn vị chủ trì',
  'ui.coUnits': 'Đơn vị phối hợp',
  'ui.assigner': 'Người giao',
  'ui.assignees': 'Người thực hiện',
  'ui.ws.qrAlt': 'Mã QR mở tài liệu của nhiệm vụ {id}',
  'ui.ws.retry': 'Thử lại',
  'ui.ws.sync': 'Cập nhật người được xem tài liệu',
  'menu.setup': 'Thiết lập sổ theo dõi',
  'menu.refresh': 'Cập nhật trạng thái ngay',
  'ws.templateFallback':
    'Tài khoản {owner} không đọc được tài liệu mẫu của cơ quan nên đã dùng mẫu có sẵn (xem Cài đặt → Tài liệu mẫu).',
} as const;

export type CommonKey = keyof typeof vi;

const en: Record<CommonKey, string> = {
  'ui.details': 'Details',
  'ui.source': 'Source',
  'ui.leadUnit': 'Lead unit',
  'ui.coUnits': 'Co-units',
  'ui.assigner': 'Assigner',
  'ui.assignees': 'Assignees',
  'ui.ws.qrAlt': 'QR code opening the document of task {id}',
  'ui.ws.retry': 'Try again',
  'ui.ws.sync': 'Update who can see the documents',
  'menu.setup': 'Set up the task register',
  'menu.refresh': 'Refresh statuses now',
  'ws.templateFallback':
    "{owner} cannot read the agency's template document, so the built-in template was used (see Settings → Template document).",
};

export const COMMON_MESSAGES: Catalogue<CommonKey> = { vi, en };
