import type { HolidayKind } from './holidays';

/**
 * The sheets of a task register and their columns. Each column has a stable `key` that is stored as
 * developer metadata on the column, so users may reorder or rename columns and the add-on still finds
 * them; the Vietnamese header is only what people see.
 *
 * Setup adds whatever columns are missing at the end of a sheet, so later versions can add columns
 * without breaking registers already in use.
 */

export type ColumnKind =
  | 'text'
  | 'longtext'
  | 'id'
  | 'date'
  | 'datetime'
  | 'integer'
  | 'percent'
  | 'checkbox'
  | 'email'
  | 'emails'
  | 'unit'
  | 'units'
  | 'role'
  | 'holidayKind'
  | 'status'
  | 'link'
  | 'image';

export interface ColumnDef {
  key: string;
  vi: string;
  en: string;
  kind: ColumnKind;
  width: number;
  /** Written by the add-on only (protected with a warning; the refresh overwrites it). */
  computed?: boolean;
  /** Technical columns users need not see. */
  hidden?: boolean;
  /** Shown as the header's note: what to type there. */
  help?: string;
}

export interface SheetDef {
  key: SheetKey;
  vi: string;
  en: string;
  columns: readonly ColumnDef[];
  /** Only the add-on writes this sheet (protected; users may read). */
  addOnOnly?: boolean;
}

export type SheetKey =
  | 'tasks'
  | 'units'
  | 'staff'
  | 'holidays'
  | 'audit'
  | 'settings'
  | 'sendLog'
  | 'notifyQueue'
  | 'plans'
  | 'evaluations';

// Calls of `c` are pure (`@__NO_SIDE_EFFECTS__`): a page that reaches this module without reading a
// column list (the sidebar, through task.ts) leaves the lists out of its bundle.
/* @__NO_SIDE_EFFECTS__ */
const c = (
  key: string,
  vi: string,
  en: string,
  kind: ColumnKind,
  width: number,
  extra: Partial<ColumnDef> = {},
): ColumnDef => ({ key, vi, en, kind, width, ...extra });

/**
 * Computed columns sit together (id, status, days left and the confirmation first; the extension
 * request and Drive columns last) so that their protections and writes are few ranges, not many: a
 * confirmation writes the status and who confirmed when as one run of adjacent cells.
 */
export const TASK_COLUMNS = [
  c('id', 'Mã nhiệm vụ', 'Task ID', 'id', 120, { computed: true }),
  c('status', 'Trạng thái', 'Status', 'status', 170, { computed: true }),
  // Counts down only while the task is due soon (see computedCells in refresh.ts): a daily countdown
  // of every open task would rewrite thousands of scattered cells every morning.
  c('daysLeft', 'Số ngày làm việc còn lại', 'Working days left', 'integer', 110, {
    computed: true,
    help: 'Chỉ hiện khi nhiệm vụ sắp đến hạn (0 = hạn là hôm nay); trạng thái cho biết trong hạn hay quá hạn',
  }),
  // Who confirmed the result, and when: written only by a confirmation (and its undo). A hand edit of
  // them meets the computed columns' warning: closing a task is the assigner's or follower's act.
  c('confirmedBy', 'Người xác nhận', 'Confirmed by', 'email', 160, { computed: true }),
  c('confirmedAt', 'Ngày xác nhận', 'Confirmed on', 'date', 110, { computed: true }),
  c('title', 'Tên nhiệm vụ', 'Title', 'text', 260),
  c('details', 'Nội dung chi tiết', 'Details', 'longtext', 260),
  c('source', 'Căn cứ (văn bản)', 'Source document', 'text', 160, { help: 'Ví dụ: Thông báo 12/TB-UBND' }),
  c('assigner', 'Người giao (email)', 'Assigner (email)', 'email', 180),
  c('leadUnit', 'Đơn vị chủ trì', 'Lead unit', 'unit', 160),
  c('coUnits', 'Đơn vị phối hợp', 'Co-units', 'units', 160, { help: 'Nhiều đơn vị cách nhau bởi dấu phẩy' }),
  c('assignees', 'Người thực hiện (email)', 'Assignees (email)', 'emails', 200, {
    help: 'Nhiều email cách nhau bởi dấu phẩy',
  }),
  c('assignedDate', 'Ngày giao', 'Assigned on', 'date', 100, { help: 'Ngày/tháng/năm, ví dụ 05/03/2026' }),
  c('deadline', 'Hạn xử lý', 'Deadline', 'date', 100, {
    help: 'Ngày/tháng/năm, ví dụ 05/03/2026; để trống nếu là nhiệm vụ thường xuyên',
  }),
  c('extendedDeadline', 'Hạn sau gia hạn', 'Extended deadline', 'date', 110),
  c('extensionCount', 'Số lần gia hạn', 'Extensions', 'integer', 90),
  c('progress', 'Tiến độ (%)', 'Progress (%)', 'percent', 90),
  c('lastUpdate', 'Cập nhật lần cuối', 'Last update', 'date', 110),
  c('updateCount', 'Số lần cập nhật', 'Updates', 'integer', 90),
  c('reportedDate', 'Ngày báo cáo kết quả', 'Result reported on', 'date', 120),
  c('result', 'Kết quả (ghi chú, liên kết)', 'Result (note, link)', 'longtext', 200),
  c('archived', 'Lưu trữ', 'Archived', 'checkbox', 70),
  c('explanation', 'Giải trình', 'Explanation', 'longtext', 200, { help: 'Bắt buộc khi hoàn thành quá hạn' }),
  c('confidential', 'Mật', 'Confidential', 'checkbox', 60),
  c('parentId', 'Nhiệm vụ cha', 'Parent task', 'text', 120),
  c('notes', 'Ghi chú', 'Notes', 'longtext', 200),
  c('extensionRequest', 'Đề nghị gia hạn', 'Extension request', 'text', 180, { computed: true }),
  c('driveLink', 'Tài liệu (Drive)', 'Document (Drive)', 'link', 160, { computed: true }),
  c('qr', 'Mã QR', 'QR code', 'image', 90, { computed: true }),
  c('folderId', 'Mã thư mục', 'Folder ID', 'text', 100, { computed: true, hidden: true }),
  c('docId', 'Mã tài liệu', 'Document ID', 'text', 100, { computed: true, hidden: true }),
  // The Drive workspace as the add-on left it: the account that created it (drive.file access is per
  // account, so only it can change the sharing), the slip's id, who it is shared with, the last error.
  c('workspace', 'Thư mục Drive (kỹ thuật)', 'Drive workspace (technical)', 'text', 100, {
    computed: true,
    hidden: true,
  }),
] as const satisfies readonly ColumnDef[];

export type TaskColumnKey = (typeof TASK_COLUMNS)[number]['key'];

export const UNIT_COLUMNS = [
  c('code', 'Mã đơn vị', 'Unit code', 'text', 100),
  c('name', 'Tên đơn vị', 'Unit name', 'text', 220),
  c('parent', 'Đơn vị cấp trên (mã)', 'Parent unit (code)', 'text', 140),
  c('leader', 'Lãnh đạo (email)', 'Leader (email)', 'email', 200),
  c('follower', 'Chuyên viên theo dõi (email)', 'Follower (email)', 'email', 200),
  c('focal', 'Đầu mối (email)', 'Focal point (email)', 'email', 200),
] as const satisfies readonly ColumnDef[];

export const STAFF_COLUMNS = [
  c('email', 'Email', 'Email', 'email', 220),
  c('name', 'Họ và tên', 'Full name', 'text', 200),
  c('unit', 'Đơn vị (mã)', 'Unit (code)', 'text', 120),
  c('role', 'Vai trò', 'Role', 'role', 170),
  c('position', 'Chức vụ', 'Position', 'text', 150),
  c('active', 'Đang công tác', 'Active', 'checkbox', 100),
] as const satisfies readonly ColumnDef[];

export const HOLIDAY_COLUMNS = [
  c('date', 'Ngày', 'Date', 'date', 110),
  c('name', 'Tên ngày nghỉ', 'Name', 'text', 260),
  c('kind', 'Loại', 'Kind', 'holidayKind', 120),
  c('provisional', 'Tạm tính (chờ xác nhận)', 'Provisional', 'checkbox', 150),
  c('note', 'Ghi chú', 'Note', 'text', 260),
] as const satisfies readonly ColumnDef[];

export const AUDIT_COLUMNS = [
  c('at', 'Thời gian', 'Time', 'datetime', 150),
  c('actor', 'Người thực hiện', 'Actor', 'email', 200),
  c('taskId', 'Mã nhiệm vụ', 'Task ID', 'text', 120),
  c('action', 'Hành động', 'Action', 'text', 160),
  c('before', 'Trước', 'Before', 'longtext', 220),
  c('after', 'Sau', 'After', 'longtext', 220),
  c('note', 'Ghi chú', 'Note', 'longtext', 220),
  // Each line's hash covers the line before it (the sheet's protection description says so).
  c('hash', 'Mã kiểm tra', 'Check code', 'text', 120),
] as const satisfies readonly ColumnDef[];

export const SETTING_COLUMNS = [
  c('key', 'Mã cài đặt', 'Key', 'text', 170, { computed: true }),
  c('label', 'Cài đặt', 'Setting', 'text', 220, { computed: true }),
  c('value', 'Giá trị', 'Value', 'text', 200),
  c('help', 'Giải thích', 'Explanation', 'longtext', 360, { computed: true }),
] as const satisfies readonly ColumnDef[];

/**
 * One row per reminder message (a daily digest or a batch of notifications) and per person deferred or
 * failed: the proof that reminders went out, and the "once" record (the hidden `keys` column). Created on
 * demand by the reminders; rows are only appended, in the order below (the add-on reads it by position).
 */
export const SEND_LOG_COLUMNS = [
  c('at', 'Thời gian', 'Time', 'datetime', 150),
  c('day', 'Ngày nhắc', 'Reminder day', 'date', 100),
  c('to', 'Người nhận', 'Recipient', 'email', 220),
  c('kind', 'Loại thư', 'Message kind', 'text', 170),
  c('tasks', 'Nhiệm vụ', 'Tasks', 'longtext', 260),
  c('outcome', 'Kết quả', 'Outcome', 'text', 200),
  c('note', 'Ghi chú', 'Note', 'longtext', 260),
  c('code', 'Mã kết quả', 'Outcome code', 'text', 90, { hidden: true }),
  c('keys', 'Khóa nhắc việc', 'Reminder keys', 'longtext', 200, { hidden: true }),
] as const satisfies readonly ColumnDef[];

/**
 * Notifications waiting for the next hourly run (assignment, extension decisions, send-backs), so that
 * a burst of clicks becomes one e-mail per person. A hidden sheet, not document properties: no 9 KB or
 * 500 KB limit to hit on a busy day. Rows are removed once sent (the send log keeps the record).
 */
export const NOTIFY_QUEUE_COLUMNS = [
  c('id', 'Mã', 'Id', 'text', 120),
  c('at', 'Thời gian', 'Time', 'datetime', 150),
  c('to', 'Người nhận', 'Recipient', 'email', 220),
  c('kind', 'Loại', 'Kind', 'text', 150),
  c('taskId', 'Mã nhiệm vụ', 'Task ID', 'text', 120),
  c('actor', 'Người thực hiện', 'Actor', 'email', 200),
  c('note', 'Ghi chú', 'Note', 'longtext', 260),
] as const satisfies readonly ColumnDef[];

const data = c('data', 'Dữ liệu (kỹ thuật)', 'Data (technical)', 'longtext', 100, { hidden: true });

/** One row per official and week (core/plans/plan.ts); the items as JSON in `data`, readable in `items`. */
export const PLAN_COLUMNS = [
  c('week', 'Tuần (từ thứ Hai)', 'Week (from Monday)', 'date', 110),
  c('email', 'Cán bộ (email)', 'Official (email)', 'email', 200),
  c('name', 'Họ và tên', 'Full name', 'text', 170),
  c('unit', 'Đơn vị', 'Unit', 'text', 100),
  c('items', 'Nội dung kế hoạch', 'Plan items', 'longtext', 360),
  c('status', 'Trạng thái', 'Status', 'text', 110),
  c('submittedAt', 'Nộp lúc', 'Submitted at', 'datetime', 140),
  c('late', 'Nộp muộn', 'Late', 'checkbox', 80),
  c('comment', 'Ý kiến lãnh đạo', "Leader's comment", 'longtext', 220),
  c('reviewer', 'Người duyệt', 'Reviewed by', 'email', 180),
  data,
] as const satisfies readonly ColumnDef[];

/**
 * One row per official and month (core/evaluation/): prefilled from the register, self-rated, rated by
 * the unit's leader, approved by the head; an approved row is the published result.
 */
export const EVALUATION_COLUMNS = [
  c('month', 'Tháng', 'Month', 'text', 80),
  c('email', 'Cán bộ (email)', 'Official (email)', 'email', 200),
  c('name', 'Họ và tên', 'Full name', 'text', 170),
  c('unit', 'Đơn vị', 'Unit', 'text', 100),
  c('status', 'Trạng thái', 'Status', 'text', 150),
  c('taskScore', 'Điểm kết quả nhiệm vụ', 'Task results score', 'text', 110),
  c('selfLevel', 'Tự xếp loại', 'Self-rated level', 'text', 190),
  c('general', 'Điểm tiêu chí chung', 'General criteria score', 'text', 110),
  c('total', 'Tổng điểm', 'Total', 'text', 80),
  c('level', 'Xếp loại', 'Level', 'text', 190),
  c('strengths', 'Ưu điểm', 'Strengths', 'longtext', 200),
  c('weaknesses', 'Hạn chế', 'Weaknesses', 'longtext', 200),
  c('rater', 'Người chấm', 'Rated by', 'email', 180),
  c('approver', 'Người duyệt', 'Approved by', 'email', 180),
  data,
] as const satisfies readonly ColumnDef[];

export const SHEETS: Record<SheetKey, SheetDef> = {
  tasks: { key: 'tasks', vi: 'Nhiệm vụ', en: 'Tasks', columns: TASK_COLUMNS },
  units: { key: 'units', vi: 'Đơn vị', en: 'Units', columns: UNIT_COLUMNS },
  staff: { key: 'staff', vi: 'Cán bộ', en: 'Staff', columns: STAFF_COLUMNS },
  holidays: { key: 'holidays', vi: 'Ngày nghỉ', en: 'Holidays', columns: HOLIDAY_COLUMNS },
  audit: { key: 'audit', vi: 'Nhật ký', en: 'Audit log', columns: AUDIT_COLUMNS, addOnOnly: true },
  settings: { key: 'settings', vi: 'Cài đặt', en: 'Settings', columns: SETTING_COLUMNS },
  sendLog: {
    key: 'sendLog',
    vi: 'Nhật ký nhắc việc',
    en: 'Reminder log',
    columns: SEND_LOG_COLUMNS,
    addOnOnly: true,
  },
  notifyQueue: {
    key: 'notifyQueue',
    vi: 'Hàng đợi thông báo',
    en: 'Notification queue',
    columns: NOTIFY_QUEUE_COLUMNS,
    addOnOnly: true,
  },
  plans: { key: 'plans', vi: 'Kế hoạch tuần', en: 'Weekly plans', columns: PLAN_COLUMNS, addOnOnly: true },
  evaluations: {
    key: 'evaluations',
    vi: 'Đánh giá',
    en: 'Evaluations',
    columns: EVALUATION_COLUMNS,
    addOnOnly: true,
  },
};

/**
 * Columns whose absence must never read as blank or unticked: who may see a task (confidential,
 * assignees, assigner, units, parent), who someone is (e-mail, role, unit) and whether they still work
 * here (active), and who answers for a unit. Readers refuse when one is missing or ambiguous.
 */
export const SAFETY_COLUMNS: Partial<Record<SheetKey, readonly string[]>> = {
  tasks: ['confidential', 'assignees', 'assigner', 'leadUnit', 'coUnits', 'parentId'],
  staff: ['email', 'role', 'active', 'unit'],
  units: ['code', 'leader', 'follower', 'focal'],
};

/** The developer-metadata key that names a column's meaning. */
export const COLUMN_METADATA_KEY = 'nhacviec.column';

export type Role = 'admin' | 'leader' | 'follower' | 'focal' | 'official' | 'viewer';
export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  admin: { vi: 'Quản trị (văn phòng)', en: 'Administrator (office)' },
  leader: { vi: 'Lãnh đạo', en: 'Leader' },
  follower: { vi: 'Chuyên viên theo dõi', en: 'Follower' },
  focal: { vi: 'Đầu mối đơn vị', en: 'Unit focal point' },
  official: { vi: 'Cán bộ thực hiện', en: 'Official' },
  viewer: { vi: 'Chỉ xem', en: 'Viewer' },
};

export const HOLIDAY_KIND_LABELS: Record<HolidayKind, { vi: string; en: string }> = {
  holiday: { vi: 'Nghỉ lễ, Tết', en: 'Public holiday' },
  compensatory: { vi: 'Nghỉ bù', en: 'Day off in lieu' },
  swap_workday: { vi: 'Làm bù', en: 'Swapped working day' },
};

/** Finds the code for a label typed in either language (trimmed, case-insensitive), or the code itself. */
export function codeFromLabel<K extends string>(
  labels: Record<K, { vi: string; en: string }>,
  text: string,
): K | null {
  const t = text.trim().toLowerCase();
  if (!t) return null;
  for (const k of Object.keys(labels) as K[]) {
    if (k.toLowerCase() === t || labels[k].vi.toLowerCase() === t || labels[k].en.toLowerCase() === t)
      return k;
  }
  return null;
}
