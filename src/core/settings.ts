/**
 * The register's settings: one row each in the `Cài đặt` sheet, readable and editable by the office.
 * A value that does not parse falls back to the default and is reported, so a typo never stops the
 * daily job.
 */

export type Language = 'vi' | 'en';

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
}

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

export const DEFAULT_SETTINGS: Settings = {
  agencyName: '',
  language: 'vi',
  reminderWindowDays: 2,
  maxExtensions: 1,
  staleUpdateDays: 5,
  reminderHour: 7,
  sendOnRestDays: false,
  idPrefix: 'NV',
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
