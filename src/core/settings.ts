/**
 * The register's settings: one row each in the `Cài đặt` sheet, readable and editable by the office.
 * A value that does not parse falls back to the default and is reported, so a typo never stops the
 * daily job.
 */

import {
  BASIS_LABELS,
  DEFAULT_PERIOD_SPEC,
  isPeriodText,
  parseBasis,
  type PeriodBasis,
} from './stats/period';
import type { Language } from './language';

export type { Language } from './language';

export interface Settings {
  agencyName: string;
  language: Language;
  /** Working days before the deadline when a task becomes "Sắp đến hạn" and reminders start. */
  reminderWindowDays: number;
  /** How many times a task may be extended (Đồng Tháp rule: once). */
  maxExtensions: number;
  /** Working days without a progress update before the "chậm cập nhật" nudge. */
  staleUpdateDays: number;
  /** Hour (Asia/Ho_Chi_Minh) of the daily job. */
  reminderHour: number;
  /** Whether reminders go out on weekends and holidays too. */
  sendOnRestDays: boolean;
  /** Prefix of task ids: NV-2026-0001. */
  idPrefix: string;
  /** Create the task's Drive folder, document, QR code and slip as soon as it is assigned. */
  autoWorkspace: boolean;
  /** The agency's template document (a Google Docs id), '' for the built-in one. */
  docTemplate: string;
  /** How the task's folder is shared with each kind of person involved ('none': not shared). */
  shareAssignee: ShareRole;
  shareFocal: ShareRole;
  shareAssigner: ShareRole;
  shareFollower: ShareRole;
  shareLeader: ShareRole;
  /** The period of the `Thống kê` sheet, the wall board and the sidebar's default (stats/period.ts). */
  statsPeriod: string;
  /** Which date puts a task in a statistics period: assigned (default), due or completed. */
  statsBasis: PeriodBasis;
  /**
   * The head of the agency's e-mail: decides on every task with the assigner and the lead unit's
   * followers (permissions.ts). '' until set: every leader and admin decides, as before.
   */
  agencyHead: string;
  /** Offices of a few people: a person may decide on their own request and confirm their own result. */
  selfDecision: boolean;
  /** Weekly plans: due on this weekday of the week before (1 = Monday … 7 = Sunday) at this hour. */
  planDueDay: number;
  planDueHour: number;
  /** Monthly evaluation (core/evaluation/score.ts, docs/evaluation.md): Decree 335/2025's numbers. */
  evalGeneralMax: number;
  evalTaskMax: number;
  /** Percent of a task's timeliness points a late delivery costs. */
  evalLateCut: number;
  /** Weights of quantity, quality, timeliness. */
  evalWeights: [number, number, number];
  /** Lowest totals of xuất sắc, tốt, hoàn thành. */
  evalLevels: [number, number, number];
  /** Xuất sắc at most this percent of those rated tốt. */
  evalExcellentCap: number;
  /** The yearly rating's reminder: December's days from which leaders are told, and the due day. */
  evalYearFrom: number;
  evalYearDue: number;
}

/** A Drive sharing role, or not shared at all. */
export type ShareRole = 'writer' | 'commenter' | 'reader' | 'none';

interface SettingDef<K extends keyof Settings> {
  key: K;
  vi: string;
  en: string;
  help: string;
  parse(raw: unknown): Settings[K] | null;
  show(v: Settings[K]): string | number | boolean;
}

const intIn =
  (min: number, max: number) =>
  (raw: unknown): number | null => {
    const n = typeof raw === 'number' ? raw : Number(String(raw).trim());
    return Number.isInteger(n) && n >= min && n <= max ? n : null;
  };
const bool = (raw: unknown): boolean | null => {
  if (typeof raw === 'boolean') return raw;
  const t = String(raw).trim().toLowerCase();
  if (['có', 'co', 'true', 'yes', '1', 'x'].includes(t)) return true;
  if (['không', 'khong', 'false', 'no', '0', ''].includes(t)) return false;
  return null;
};
const text =
  (max: number) =>
  (raw: unknown): string | null => {
    const t = String(raw ?? '').trim();
    return t.length <= max ? t : null;
  };

/** Three numbers typed `a/b/c` (descending when asked). */
const triple =
  (max: number, descending: boolean) =>
  (raw: unknown): [number, number, number] | null => {
    const n = String(raw ?? '')
      .split('/')
      .map((x) => Number(x.trim().replace(',', '.')));
    if (n.length !== 3 || n.some((x) => !(x >= 0 && x <= max))) return null;
    if (descending ? !(n[0] > n[1] && n[1] > n[2]) : n[0] + n[1] + n[2] === 0) return null;
    return [n[0], n[1], n[2]];
  };
function num<K extends 'evalGeneralMax' | 'evalTaskMax' | 'evalLateCut' | 'evalExcellentCap'>(
  key: K,
  vi: string,
  en: string,
  help: string,
): SettingDef<K> {
  return { key, vi, en, help, parse: intIn(0, 100), show: (v) => v };
}

/** Sharing roles as the settings sheet writes them, and the words people may type for each. */
const SHARE_WORDS: Record<ShareRole, { show: string; words: string[] }> = {
  writer: { show: 'Chỉnh sửa', words: ['chỉnh sửa', 'chinh sua', 'sửa', 'edit', 'editor', 'writer'] },
  commenter: {
    show: 'Nhận xét',
    words: ['nhận xét', 'nhan xet', 'bình luận', 'binh luan', 'comment', 'commenter'],
  },
  reader: { show: 'Xem', words: ['xem', 'chỉ xem', 'chi xem', 'view', 'viewer', 'reader'] },
  none: { show: 'Không', words: ['không', 'khong', 'không chia sẻ', 'none', 'no', ''] },
};

export function parseShareRole(raw: unknown): ShareRole | null {
  const t = String(raw ?? '')
    .normalize('NFC')
    .trim()
    .toLowerCase();
  for (const role of Object.keys(SHARE_WORDS) as ShareRole[])
    if (SHARE_WORDS[role].words.includes(t)) return role;
  return null;
}

function shareSetting<
  K extends 'shareAssignee' | 'shareFocal' | 'shareAssigner' | 'shareFollower' | 'shareLeader',
>(key: K, vi: string, en: string, fallback: ShareRole): SettingDef<K> {
  return {
    key,
    vi,
    en,
    help: `Quyền trên thư mục và tài liệu của nhiệm vụ: Chỉnh sửa, Nhận xét, Xem hoặc Không (mặc định ${SHARE_WORDS[fallback].show}). Google Drive không gửi thư mời; Nhắc Việc tự gửi thông báo`,
    parse: parseShareRole,
    show: (v) => SHARE_WORDS[v].show,
  };
}

export const DEFAULT_SETTINGS: Settings = {
  agencyName: '',
  language: 'vi',
  reminderWindowDays: 2,
  maxExtensions: 1,
  staleUpdateDays: 5,
  reminderHour: 7,
  sendOnRestDays: false,
  idPrefix: 'NV',
  autoWorkspace: true,
  docTemplate: '',
  shareAssignee: 'writer',
  shareFocal: 'writer',
  shareAssigner: 'commenter',
  shareFollower: 'commenter',
  shareLeader: 'commenter',
  statsPeriod: DEFAULT_PERIOD_SPEC,
  statsBasis: 'assigned',
  agencyHead: '',
  selfDecision: false,
  planDueDay: 5,
  planDueHour: 17,
  evalGeneralMax: 30,
  evalTaskMax: 70,
  evalLateCut: 25,
  evalWeights: [1, 1, 1],
  evalLevels: [90, 70, 50],
  evalExcellentCap: 20,
  evalYearFrom: 1,
  evalYearDue: 15,
};

export const SETTING_DEFS: { [K in keyof Settings]: SettingDef<K> } = {
  agencyName: {
    key: 'agencyName',
    vi: 'Tên cơ quan',
    en: 'Agency name',
    help: 'In trên phiếu giao việc và báo cáo, ví dụ: UBND quận Ngũ Hành Sơn',
    parse: text(200),
    show: (v) => v,
  },
  language: {
    key: 'language',
    vi: 'Ngôn ngữ (vi/en)',
    en: 'Language (vi/en)',
    help: 'vi: tiếng Việt; en: English',
    parse: (raw) => {
      const t = String(raw).trim().toLowerCase();
      return t === 'vi' || t === 'en' ? t : null;
    },
    show: (v) => v,
  },
  reminderWindowDays: {
    key: 'reminderWindowDays',
    vi: 'Nhắc trước hạn (ngày làm việc)',
    en: 'Remind before deadline (working days)',
    help: 'Nhiệm vụ chuyển sang "Sắp đến hạn" trước hạn bấy nhiêu ngày làm việc (0–10)',
    parse: intIn(0, 10),
    show: (v) => v,
  },
  maxExtensions: {
    key: 'maxExtensions',
    vi: 'Số lần gia hạn tối đa',
    en: 'Maximum extensions',
    help: 'Mặc định 1 lần cho mỗi nhiệm vụ (0–5)',
    parse: intIn(0, 5),
    show: (v) => v,
  },
  staleUpdateDays: {
    key: 'staleUpdateDays',
    vi: 'Nhắc khi chưa cập nhật (ngày làm việc)',
    en: 'Nudge when not updated for (working days)',
    help: 'Nhắc "chậm cập nhật" sau bấy nhiêu ngày làm việc không cập nhật tiến độ (1–30)',
    parse: intIn(1, 30),
    show: (v) => v,
  },
  reminderHour: {
    key: 'reminderHour',
    vi: 'Giờ gửi nhắc việc hằng ngày',
    en: 'Daily reminder hour',
    help: 'Giờ Việt Nam, 0–23 (mặc định 7 giờ sáng)',
    parse: intIn(0, 23),
    show: (v) => v,
  },
  sendOnRestDays: {
    key: 'sendOnRestDays',
    vi: 'Gửi nhắc cả ngày nghỉ',
    en: 'Send reminders on rest days',
    help: 'Có/Không (mặc định Không: không gửi vào thứ Bảy, Chủ nhật, ngày lễ)',
    parse: bool,
    show: (v) => (v ? 'Có' : 'Không'),
  },
  idPrefix: {
    key: 'idPrefix',
    vi: 'Tiền tố mã nhiệm vụ',
    en: 'Task id prefix',
    help: 'Mã nhiệm vụ có dạng NV-2026-0001 (2–6 chữ cái in hoa)',
    parse: (raw) => {
      const t = String(raw).trim();
      return /^[A-Z]{2,6}$/.test(t) ? t : null;
    },
    show: (v) => v,
  },
  autoWorkspace: {
    key: 'autoWorkspace',
    vi: 'Tạo thư mục, tài liệu và mã QR khi giao việc',
    en: 'Create folder, document and QR code on assignment',
    help: 'Có/Không (mặc định Có). Nhiệm vụ mật không bao giờ có thư mục, tài liệu hay mã QR',
    parse: bool,
    show: (v) => (v ? 'Có' : 'Không'),
  },
  docTemplate: {
    key: 'docTemplate',
    vi: 'Tài liệu mẫu (Google Docs)',
    en: 'Template document (Google Docs)',
    help: 'Để trống: dùng mẫu có sẵn. Mẫu của cơ quan: chọn Tiện ích → Nhắc Việc → Tạo tài liệu mẫu; Nhắc Việc tạo tài liệu trong Drive của bạn và ghi mã vào ô này, bạn sửa tài liệu đó theo mẫu của cơ quan, giữ các ô {{ma}}, {{ten}}, {{noi_dung}}, {{can_cu}}, {{don_vi_chu_tri}}, {{don_vi_phoi_hop}}, {{nguoi_giao}}, {{nguoi_thuc_hien}}, {{ngay_giao}}, {{han}}, {{co_quan}}. Nhắc Việc chỉ có quyền với tệp do chính nó tạo (drive.file), nên quản trị chọn mẫu một lần bằng tài khoản thường giao việc; khi tài khoản khác không đọc được mẫu, Nhắc Việc dùng mẫu có sẵn và báo lại',
    parse: (raw) => {
      const t = String(raw ?? '').trim();
      if (!t) return '';
      const m = /\/d\/([A-Za-z0-9_-]{20,})/.exec(t) ?? /^([A-Za-z0-9_-]{20,})$/.exec(t);
      return m ? m[1] : null;
    },
    show: (v) => v,
  },
  shareAssignee: shareSetting('shareAssignee', 'Quyền của người thực hiện', 'Assignees may', 'writer'),
  shareFocal: shareSetting(
    'shareFocal',
    'Quyền của đầu mối đơn vị chủ trì',
    "Lead unit's focal point may",
    'writer',
  ),
  shareAssigner: shareSetting('shareAssigner', 'Quyền của người giao', 'Assigner may', 'commenter'),
  shareFollower: shareSetting('shareFollower', 'Quyền của chuyên viên theo dõi', 'Follower may', 'commenter'),
  shareLeader: shareSetting(
    'shareLeader',
    'Quyền của lãnh đạo đơn vị chủ trì',
    "Lead unit's leader may",
    'commenter',
  ),
  statsPeriod: {
    key: 'statsPeriod',
    vi: 'Kỳ thống kê',
    en: 'Statistics period',
    help: 'Kỳ của sheet "Thống kê" và bảng điện tử: năm nay (mặc định), quý này, tháng này, tháng trước, năm trước, 2025, quý 3/2026, tháng 10/2026, 01/01/2026 - 30/06/2026, toàn bộ',
    parse: (raw) => (isPeriodText(raw) ? String(raw ?? '').trim() || DEFAULT_PERIOD_SPEC : null),
    show: (v) => v,
  },
  statsBasis: {
    key: 'statsBasis',
    vi: 'Thống kê theo',
    en: 'Statistics counted by',
    help: 'Nhiệm vụ thuộc kỳ thống kê theo: ngày giao (mặc định, như báo cáo của quận Ngũ Hành Sơn), hạn xử lý, hoặc ngày hoàn thành',
    parse: parseBasis,
    show: (v) => BASIS_LABELS[v].vi,
  },
  agencyHead: {
    key: 'agencyHead',
    vi: 'Thủ trưởng cơ quan (e-mail)',
    en: 'Head of the agency (e-mail)',
    help: 'Cùng người giao và người theo dõi, duyệt và lưu trữ nhiệm vụ. Để trống: mọi lãnh đạo duyệt như trước',
    parse: (raw) => {
      const t = String(raw ?? '')
        .trim()
        .toLowerCase();
      return t === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(t) ? t : null;
    },
    show: (v) => v,
  },
  selfDecision: {
    key: 'selfDecision',
    vi: 'Cho tự duyệt việc của mình',
    en: 'Allow deciding on one’s own task',
    help: 'Có/Không (mặc định Không). Chỉ cho cơ quan rất ít người',
    parse: bool,
    show: (v) => (v ? 'Có' : 'Không'),
  },
  planDueDay: {
    key: 'planDueDay',
    vi: 'Hạn nộp kế hoạch tuần (thứ)',
    en: 'Weekly plan due (weekday)',
    help: '1 = thứ Hai … 5 = thứ Sáu (mặc định) … 7 = Chủ nhật, của tuần trước',
    parse: intIn(1, 7),
    show: (v) => v,
  },
  planDueHour: {
    key: 'planDueHour',
    vi: 'Hạn nộp kế hoạch tuần (giờ)',
    en: 'Weekly plan due (hour)',
    help: '0–23 (mặc định 17)',
    parse: intIn(0, 23),
    show: (v) => v,
  },
  evalGeneralMax: num('evalGeneralMax', 'Điểm tiêu chí chung', 'General criteria points', 'NĐ 335/2025: 30'),
  evalTaskMax: num(
    'evalTaskMax',
    'Điểm kết quả thực hiện nhiệm vụ',
    'Task results points',
    'NĐ 335/2025: 70',
  ),
  evalLateCut: num(
    'evalLateCut',
    'Trừ điểm tiến độ mỗi lần chậm (%)',
    'Timeliness cut per late task (%)',
    'NĐ 335/2025: 25',
  ),
  evalWeights: {
    key: 'evalWeights',
    vi: 'Trọng số số lượng/chất lượng/tiến độ',
    en: 'Weights quantity/quality/timeliness',
    help: 'Mặc định 1/1/1',
    parse: triple(100, false),
    show: (v) => v.join('/'),
  },
  evalLevels: {
    key: 'evalLevels',
    vi: 'Ngưỡng điểm xuất sắc/tốt/hoàn thành',
    en: 'Thresholds excellent/good/completed',
    help: 'NĐ 335/2025: 90/70/50',
    parse: triple(100, true),
    show: (v) => v.join('/'),
  },
  evalExcellentCap: num(
    'evalExcellentCap',
    'Tỷ lệ xuất sắc tối đa (% số tốt)',
    'Excellent at most (% of good)',
    'NĐ 335/2025: 20',
  ),
  evalYearFrom: {
    key: 'evalYearFrom',
    vi: 'Nhắc đánh giá năm từ ngày (tháng 12)',
    en: 'Yearly rating reminders from (December day)',
    help: '1–31 (mặc định 1)',
    parse: intIn(1, 31),
    show: (v) => v,
  },
  evalYearDue: {
    key: 'evalYearDue',
    vi: 'Hạn đánh giá năm (ngày, tháng 12)',
    en: 'Yearly rating due (December day)',
    help: '1–31 (mặc định 15)',
    parse: intIn(1, 31),
    show: (v) => v,
  },
};

export const SETTING_KEYS = Object.keys(SETTING_DEFS) as (keyof Settings)[];

export interface SettingsProblem {
  key: keyof Settings;
  raw: unknown;
}

/** Reads settings from `key → raw value` pairs; unknown keys are ignored, bad values reported. */
export function parseSettings(raw: ReadonlyMap<string, unknown>): {
  settings: Settings;
  problems: SettingsProblem[];
} {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const problems: SettingsProblem[] = [];
  for (const key of SETTING_KEYS) {
    if (!raw.has(key)) continue;
    const value = raw.get(key);
    const def = SETTING_DEFS[key] as SettingDef<typeof key>;
    const parsed = def.parse(value);
    if (parsed === null) problems.push({ key, raw: value });
    else (settings as unknown as Record<string, unknown>)[key] = parsed;
  }
  return { settings, problems };
}
