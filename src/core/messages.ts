/**
 * Every user-facing string, Vietnamese first. `en` must have exactly the keys of `vi` (the type says so),
 * so a message cannot exist in one language only. Parameters are written `{name}`.
 */
import type { Language } from './settings';

const vi = {
  'app.name': 'Nhắc Việc',
  'menu.setup': 'Thiết lập sổ theo dõi',
  'menu.sidebar': 'Mở bảng giao việc',
  'menu.refresh': 'Cập nhật trạng thái ngay',
  'menu.help': 'Hướng dẫn',

  'auth.noEmail':
    'Không xác định được tài khoản Google của bạn. Hãy đăng nhập bằng tài khoản được cấp trong sheet "Cán bộ" rồi mở lại.',
  'auth.unknown':
    'Tài khoản {email} chưa có trong sheet "Cán bộ" (hoặc đã thôi công tác). Hãy liên hệ văn phòng.',
  'auth.notAdmin':
    'Chỉ quản trị (văn phòng) mới được thực hiện việc này. Tài khoản {email} có vai trò: {role}.',
  'auth.notSetUp':
    'Bảng tính này chưa được thiết lập làm sổ theo dõi. Hãy chọn Tiện ích → Nhắc Việc → Thiết lập sổ theo dõi.',

  'lock.busy': 'Có người khác đang cập nhật sổ theo dõi. Vui lòng thử lại sau ít giây.',

  'setup.done': 'Đã thiết lập sổ theo dõi: {created}.',
  'setup.nothingNew': 'Sổ theo dõi đã đầy đủ, không có gì cần thêm.',
  'setup.createdSheet': 'tạo sheet "{sheet}"',
  'setup.addedColumns': 'thêm {count} cột vào sheet "{sheet}"',
  'setup.foreignSheet':
    'Sheet "{sheet}" đã có sẵn với nội dung khác nên được giữ nguyên. Hãy đổi tên sheet đó rồi chạy lại Thiết lập.',
  'setup.holidaysAdded': 'thêm {count} ngày nghỉ năm {years} (tạm tính, cần văn phòng xác nhận)',
  'setup.adminAdded': 'ghi {email} là quản trị',

  'refresh.done': 'Đã cập nhật {changed} nhiệm vụ, {total} nhiệm vụ trong sổ.',
  'refresh.badRows': '{count} dòng có dữ liệu không đọc được, được giữ nguyên: {rows}.',
  'refresh.badRow': 'Dòng {row}: {reasons}',

  'row.noTitle': 'thiếu tên nhiệm vụ',
  'row.badDate': 'cột "{column}": {reason}',
  'row.badPercent': 'cột "{column}": tiến độ phải từ 0 đến 100 %',
  'row.badInteger': 'cột "{column}": phải là số nguyên không âm',
  'row.badEmail': 'cột "{column}": email không hợp lệ "{value}"',
  'row.deadlineBeforeAssigned': 'hạn xử lý trước ngày giao',
  'row.noId': 'thiếu mã nhiệm vụ',
  'row.duplicateId': 'mã nhiệm vụ {id} bị trùng với dòng {other}',

  'sheet.missingColumns': 'Sheet "{sheet}" thiếu cột: {columns}. Hãy chạy lại Thiết lập sổ theo dõi.',
  'sheet.missing': 'Không tìm thấy sheet "{sheet}". Hãy chạy lại Thiết lập sổ theo dõi.',

  'holiday.provisional':
    'Tạm tính theo Bộ luật Lao động 2019, điều 112; chờ quyết định nghỉ lễ của Thủ tướng',
} as const;

export type MessageKey = keyof typeof vi;

const en: Record<MessageKey, string> = {
  'app.name': 'Nhắc Việc',
  'menu.setup': 'Set up the task register',
  'menu.sidebar': 'Open the task panel',
  'menu.refresh': 'Refresh statuses now',
  'menu.help': 'Help',

  'auth.noEmail':
    'Your Google account could not be identified. Sign in with the account listed in the "Cán bộ" sheet and reopen.',
  'auth.unknown':
    'The account {email} is not in the "Cán bộ" sheet (or is no longer active). Please contact the office.',
  'auth.notAdmin': 'Only an administrator (office) may do this. The account {email} has the role: {role}.',
  'auth.notSetUp':
    'This spreadsheet is not a task register yet. Choose Extensions → Nhắc Việc → Set up the task register.',

  'lock.busy': 'Someone else is updating the register. Please try again in a few seconds.',

  'setup.done': 'The task register is set up: {created}.',
  'setup.nothingNew': 'The register is complete; nothing to add.',
  'setup.createdSheet': 'created sheet "{sheet}"',
  'setup.addedColumns': 'added {count} columns to sheet "{sheet}"',
  'setup.foreignSheet':
    'Sheet "{sheet}" already exists with other content and was left untouched. Rename it and run Setup again.',
  'setup.holidaysAdded': 'added {count} holidays for {years} (provisional, to be confirmed by the office)',
  'setup.adminAdded': 'recorded {email} as administrator',

  'refresh.done': 'Updated {changed} tasks; {total} tasks in the register.',
  'refresh.badRows': '{count} rows could not be read and were left as they are: {rows}.',
  'refresh.badRow': 'Row {row}: {reasons}',

  'row.noTitle': 'no title',
  'row.badDate': 'column "{column}": {reason}',
  'row.badPercent': 'column "{column}": progress must be between 0 and 100 %',
  'row.badInteger': 'column "{column}": must be a whole number, not negative',
  'row.badEmail': 'column "{column}": invalid email "{value}"',
  'row.deadlineBeforeAssigned': 'deadline before the assignment date',
  'row.noId': 'no task id',
  'row.duplicateId': 'task id {id} repeats row {other}',

  'sheet.missingColumns': 'Sheet "{sheet}" lacks columns: {columns}. Run Setup again.',
  'sheet.missing': 'Sheet "{sheet}" was not found. Run Setup again.',

  'holiday.provisional':
    'Provisional, from Labour Code 2019 art. 112; awaiting the Prime Minister’s holiday decision',
};

const catalogues: Record<Language, Record<MessageKey, string>> = { vi, en };

export type MessageParams = Record<string, string | number>;

export function t(lang: Language, key: MessageKey, params: MessageParams = {}): string {
  const template = catalogues[lang][key] ?? vi[key];
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** An error whose message is for the user: server endpoints return it as a refusal, not a crash. */
export class UserError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
    lang: Language = 'vi',
  ) {
    super(t(lang, key, params));
    this.name = 'UserError';
  }
}
