/**
 * The wall board's words: the few the server writes (the dialog's title, the data's title and hidden
 * task names, the refusal of an add-on's web page) and the page's own, which only the page carries.
 */
import type { Catalogue } from './translate';

export const WALLBOARD_SERVER_MESSAGES = {
  'wall.title': ['TÌNH HÌNH THỰC HIỆN NHIỆM VỤ', 'TASK RESULTS'],
  'wall.confidential': ['Nhiệm vụ mật', 'Confidential task'],
  'wall.notBound': [
    'Bảng điện tử dạng trang web chỉ dùng được với bảng tính mẫu có kèm script (script gắn với bảng tính). Với tiện ích bổ sung, hãy mở bảng điện tử từ menu Tiện ích → Nhắc Việc.',
    'The wall board web page works only with the template spreadsheet that carries the script (a container-bound script). With the add-on, open the wall board from Extensions → Nhắc Việc.',
  ],
} satisfies Catalogue;

/** The page's own words (`src/wallboard/`): not in `Code.js`. */
export const WALLBOARD_MESSAGES = {
  'wall.asOf': ['{period} · số liệu đến {time}', '{period} · figures as of {time}'],
  'wall.overdue': ['Nhiệm vụ đang quá hạn', 'Overdue tasks'],
  'wall.reports': ['Báo cáo chung đang soạn', 'Shared reports in progress'],
  'wall.noOverdue': ['Không có nhiệm vụ nào quá hạn.', 'No task is overdue.'],
  'wall.overdueNote': [
    'Mọi nhiệm vụ đang quá hạn lúc này, giao vào kỳ nào cũng vậy; ô "{tile}" ở trên chỉ đếm nhiệm vụ của {period} theo căn cứ thống kê, nên hai số có thể khác nhau.',
    'Every task overdue right now, whatever period it belongs to; the "{tile}" tile above counts only the tasks of {period} by the statistics basis, so the two numbers may differ.',
  ],
  'wall.units': ['Xếp hạng đơn vị', 'Units ranked'],
  'wall.daysLate': ['quá {n} ngày làm việc', '{n} working days late'],
  'wall.more': ['… và {n} nhiệm vụ quá hạn khác', '… and {n} more overdue tasks'],
  'wall.deadline': ['hạn {date}', 'due {date}'],
  'wall.error': [
    'Chưa tải được số liệu ({error}). Sẽ thử lại sau ít phút.',
    'The figures could not be loaded ({error}). Retrying in a few minutes.',
  ],
} satisfies Catalogue;

export type WallboardKey = keyof typeof WALLBOARD_MESSAGES;
