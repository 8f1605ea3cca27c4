/**
 * The wall board's words: the few the server writes (the dialog's title, the data's title and hidden
 * task names, the refusal of an add-on's web page) and the page's own, which only the page carries.
 */
import type { Catalogue } from './translate';

const serverVi = {
  'wall.title': 'TÌNH HÌNH THỰC HIỆN NHIỆM VỤ',
  'wall.confidential': 'Nhiệm vụ mật',
  'wall.notBound':
    'Bảng điện tử dạng trang web chỉ dùng được với bảng tính mẫu có kèm script (script gắn với bảng tính). Với tiện ích bổ sung, hãy mở bảng điện tử từ menu Tiện ích → Nhắc Việc.',
} as const;

const serverEn: Record<keyof typeof serverVi, string> = {
  'wall.title': 'TASK RESULTS',
  'wall.confidential': 'Confidential task',
  'wall.notBound':
    'The wall board web page works only with the template spreadsheet that carries the script (a container-bound script). With the add-on, open the wall board from Extensions → Nhắc Việc.',
};

export const WALLBOARD_SERVER_MESSAGES: Catalogue<keyof typeof serverVi> = { vi: serverVi, en: serverEn };

const vi = {
  'wall.asOf': '{period} · số liệu đến {time}',
  'wall.overdue': 'Nhiệm vụ đang quá hạn',
  'wall.reports': 'Báo cáo chung đang soạn',
  'wall.noOverdue': 'Không có nhiệm vụ nào quá hạn.',
  'wall.overdueNote':
    'Mọi nhiệm vụ đang quá hạn lúc này, giao vào kỳ nào cũng vậy; ô "{tile}" ở trên chỉ đếm nhiệm vụ của {period} theo căn cứ thống kê, nên hai số có thể khác nhau.',
  'wall.units': 'Xếp hạng đơn vị',
  'wall.daysLate': 'quá {n} ngày làm việc',
  'wall.more': '… và {n} nhiệm vụ quá hạn khác',
  'wall.deadline': 'hạn {date}',
  'wall.error': 'Chưa tải được số liệu ({error}). Sẽ thử lại sau ít phút.',
} as const;

export type WallboardKey = keyof typeof vi;

const en: Record<WallboardKey, string> = {
  'wall.asOf': '{period} · figures as of {time}',
  'wall.overdue': 'Overdue tasks',
  'wall.reports': 'Shared reports in progress',
  'wall.noOverdue': 'No task is overdue.',
  'wall.overdueNote':
    'Every task overdue right now, whatever period it belongs to; the "{tile}" tile above counts only the tasks of {period} by the statistics basis, so the two numbers may differ.',
  'wall.units': 'Units ranked',
  'wall.daysLate': '{n} working days late',
  'wall.more': '… and {n} more overdue tasks',
  'wall.deadline': 'due {date}',
  'wall.error': 'The figures could not be loaded ({error}). Retrying in a few minutes.',
};

/** The page's own words (`src/wallboard/`): not in `Code.js`. */
export const WALLBOARD_MESSAGES: Catalogue<WallboardKey> = { vi, en };
