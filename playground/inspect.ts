/**
 * Read-only views of the world for the playground's UI and CLI: the menu `onOpen` built, toasts and
 * alerts, installed triggers, the mail outbox and Drive. Everything here reads the world through the
 * services' own inspection helpers and returns plain JSON.
 */
import type { WorldState } from '../emulator/world';
import { outbox, type SentMail } from '../emulator/services/mail';
import { listDriveFiles, type DriveFileSummary } from '../emulator/services/drive';
import { nextFiring, type TriggerRecord } from '../emulator/services/script';
import type { UiMenu, UiMenuItem } from '../emulator/services/ui';
import type { SpreadsheetData, ToastData } from '../emulator/spreadsheet/model';

export const VN_TZ = 'Asia/Ho_Chi_Minh';

/** "Thứ Hai, 23/11/2026 08:00" in Viet Nam time. */
export function vnTime(ms: number, withWeekday = true): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('vi-VN', {
      timeZone: VN_TZ,
      weekday: 'long',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(ms)
      .map((p) => [p.type, p.value]),
  );
  const date = `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
  return withWeekday ? `${parts.weekday}, ${date}` : date;
}

/** The value of a datetime-local input for `ms` in Viet Nam: 2026-11-23T08:00. */
export function vnLocalInput(ms: number): string {
  return new Date(ms + 7 * 3_600_000).toISOString().slice(0, 16);
}
/** Parses a datetime-local value (or any ISO time; a bare local time is read in Viet Nam, UTC+7 all year). */
export function parseVnTime(text: string): number {
  const t = text.trim();
  const local = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/.test(t);
  const ms = Date.parse(local ? `${t.length === 10 ? `${t}T00:00` : t}+07:00` : t);
  if (!Number.isFinite(ms))
    throw new Error(
      `Không hiểu thời điểm "${text}" (ví dụ: 2026-11-23T08:00 hoặc 2026-11-23T08:00:00+07:00)`,
    );
  return ms;
}

export interface MenuView {
  title: string;
  isAddonMenu: boolean;
  items: ({ caption: string; functionName: string } | { separator: true } | { submenu: MenuView })[];
}
export function menus(world: WorldState): UiMenu[] {
  return world.ui.menus;
}
/** Every item of every menu, sub-menus flattened: for the CLI and tests. */
export function menuItems(world: WorldState): { caption: string; functionName: string }[] {
  const out: { caption: string; functionName: string }[] = [];
  const walk = (items: UiMenuItem[]) => {
    for (const it of items) {
      if ('submenu' in it) walk(it.submenu.items);
      else if ('caption' in it) out.push({ caption: it.caption, functionName: it.functionName });
    }
  };
  for (const m of world.ui.menus) walk(m.items);
  return out;
}

export interface ToastView {
  at: number;
  title: string;
  message: string;
  timeoutSeconds: number;
}
export function toasts(world: WorldState): ToastView[] {
  const ss: SpreadsheetData | undefined = world.spreadsheets.byId[world.activeSpreadsheetId];
  return (ss?.toasts ?? []).map((t: ToastData) => ({
    at: t.at,
    title: t.title,
    message: t.message,
    timeoutSeconds: t.timeoutSeconds,
  }));
}

export interface TriggerView {
  id: string;
  handler: string;
  owner: string;
  eventType: string;
  schedule: string;
  next: number | null;
  nextText: string;
}
export function describeSchedule(rec: TriggerRecord): string {
  const s = rec.schedule;
  if (!s)
    return rec.eventType === 'ON_OPEN'
      ? 'khi mở bảng tính'
      : rec.eventType === 'ON_EDIT'
        ? 'khi sửa'
        : rec.eventType;
  const at = s.atHour !== undefined ? ` lúc ${String(s.atHour).padStart(2, '0')}:xx` : '';
  switch (s.kind) {
    case 'minutes':
      return `mỗi ${s.interval} phút`;
    case 'hours':
      return `mỗi ${s.interval} giờ`;
    case 'days':
      return `mỗi ${s.interval === 1 ? '' : `${s.interval} `}ngày${at}`.replace('mỗi ngày', 'hằng ngày');
    case 'weeks':
      return `mỗi ${s.interval === 1 ? '' : `${s.interval} `}tuần, ${['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'][s.weekDay ?? 0]}${at}`;
    case 'monthDay':
      return `ngày ${s.monthDay} hằng tháng${at}`;
    case 'once':
      return s.atMs !== undefined ? `một lần, ${vnTime(s.atMs, false)}` : 'một lần';
  }
}
export function triggers(world: WorldState): TriggerView[] {
  return world.triggers.triggers.map((t) => {
    const next = t.eventType === 'CLOCK' ? nextFiring(t, world.now) : null;
    return {
      id: t.id,
      handler: t.handler,
      owner: t.owner,
      eventType: t.eventType,
      schedule: describeSchedule(t),
      next,
      nextText: next === null ? '—' : vnTime(next),
    };
  });
}

export interface MailView {
  index: number;
  from: string;
  name?: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  at: number;
  atText: string;
  hasHtml: boolean;
  body: string;
  inlineImages: string[];
  attachments: { name: string | null; contentType: string | null; size: number }[];
}
export function mails(world: WorldState): MailView[] {
  return outbox(world.mail).map((m, index) => ({
    index,
    from: m.from,
    name: m.name,
    to: m.to,
    cc: m.cc,
    bcc: m.bcc,
    subject: m.subject,
    at: m.at,
    atText: vnTime(m.at, false),
    hasHtml: Boolean(m.htmlBody),
    body: m.body,
    inlineImages: Object.keys(m.inlineImages),
    attachments: m.attachments.map((a) => ({ name: a.name, contentType: a.contentType, size: a.size })),
  }));
}

/** A message's HTML body with its `cid:` images inlined as data URLs, ready for a sandboxed iframe. */
export function mailHtml(world: WorldState, index: number): string | null {
  const m: SentMail | undefined = outbox(world.mail)[index];
  if (!m) return null;
  const html =
    m.htmlBody ?? `<pre style="white-space:pre-wrap;font:14px sans-serif">${escapeHtml(m.body)}</pre>`;
  return html.replace(/cid:([^"'\s)>]+)/g, (whole, key: string) => {
    const img = m.inlineImages[key];
    return img ? `data:${img.contentType ?? 'application/octet-stream'};base64,${img.base64}` : whole;
  });
}

export function driveFiles(world: WorldState): DriveFileSummary[] {
  return listDriveFiles(world.drive);
}

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}
