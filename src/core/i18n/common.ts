/**
 * Words the sidebar shows that the server writes too: the task's field names (in its document, slip and
 * Zalo text), the names of the workspace buttons (in refusals that tell which one to press), the two
 * upkeep actions of the menu and the admin panel, and the note on a template that could not be read.
 */
import type { Catalogue } from './translate';

export const COMMON_MESSAGES = {
  'ui.details': ['Nội dung', 'Details'],
  'ui.source': ['Căn cứ', 'Source'],
  'ui.leadUnit': ['Đơn vị chủ trì', 'Lead unit'],
  'ui.coUnits': ['Đơn vị phối hợp', 'Co-units'],
  'ui.assigner': ['Người giao', 'Assigner'],
  'ui.assignees': ['Người thực hiện', 'Assignees'],
  'ui.ws.qrAlt': ['Mã QR mở tài liệu của nhiệm vụ {id}', 'QR code opening the document of task {id}'],
  'ui.ws.retry': ['Thử lại', 'Try again'],
  'ui.ws.sync': ['Cập nhật người được xem tài liệu', 'Update who can see the documents'],
  'menu.setup': ['Thiết lập sổ theo dõi', 'Set up the task register'],
  'menu.refresh': ['Cập nhật trạng thái ngay', 'Refresh statuses now'],
  'ws.templateFallback': [
    'Tài khoản {owner} không đọc được tài liệu mẫu của cơ quan nên đã dùng mẫu có sẵn (xem Cài đặt → Tài liệu mẫu).',
    "{owner} cannot read the agency's template document, so the built-in template was used (see Settings → Template document).",
  ],
} satisfies Catalogue;

export type CommonKey = keyof typeof COMMON_MESSAGES;
