/**
 * Writing one e-mail for one person: their digest and/or their queued notifications, as an HTML body
 * (status colours, links, inline QR codes) and a plain-text body saying the same. Pure: the adapter
 * turns the QR requests into image blobs and sends.
 *
 * Every piece of text from the register goes through `escapeHtml`; confidential tasks show only
 * "Nhiệm vụ mật" and their id — no title, deadline, unit, link, QR or note. Every e-mail opens with
 * the link to the register's task sheet (and the menu path to the task panel); each other task links
 * to its row there (`…#gid=<sheet>&range=A<row>`) and to its document when it has one.
 */
import { formatDay } from '../format';
import { fitsQr } from '../qr';
import { t, type MessageKey, type MessageParams } from '../messages';
import type { Language } from '../language';
import { STATUS_COLOURS, statusLabel } from '../status';
import type { Day } from '../civil-date';
import type { Task } from '../task';
import { KIND_ORDER, type ReminderKind, type Tier } from './kinds';
import { escapeHtml, oneLine, safeLink } from '../html';
import type { Digest, DigestItem, WeeklySummary } from './planner';
import type { QueuedNotification } from './notifications';

export interface NotificationItem {
  entry: QueuedNotification;
  /** The task as the register holds it now; null when it is no longer there. */
  task: Task | null;
  /** The actor's name, '' when unknown. */
  actorName: string;
}

/** One e-mail to one person. */
export interface Outgoing {
  to: string;
  name: string;
  tier: Tier;
  digest: Digest | null;
  notifications: NotificationItem[];
  /** Everything this e-mail records in the send log once sent. */
  keys: string[];
}

export interface ComposeContext {
  lang: Language;
  agencyName: string;
  today: Day;
  /**
   * The task sheet of the register (`registerUrl`), or null when unknown: the e-mail then opens with the
   * menu path only and the tasks carry no row link.
   */
  register?: string | null;
}

/**
 * The link to the register's task sheet: `https://docs.google.com/spreadsheets/d/<id>/edit#gid=<gid>`;
 * null when the id is not a spreadsheet id (it never enters an href unchecked).
 */
export function registerUrl(spreadsheetId: string, sheetId: number): string | null {
  if (!/^[A-Za-z0-9_-]{10,200}$/.test(spreadsheetId) || !Number.isInteger(sheetId) || sheetId < 0)
    return null;
  return `https://docs.google.com/spreadsheets/d/${spreadsheetId}/edit#gid=${sheetId}`;
}

/** A task's row in the register: the sheet's link and `&range=A<row>`. */
export function rowLink(ctx: ComposeContext, task: Task): string | null {
  if (!ctx.register || !Number.isInteger(task.row) || task.row < 2) return null;
  return safeLink(`${ctx.register}&range=A${task.row}`);
}

export interface QrRequest {
  /** The content id the HTML refers to (`cid:…`). */
  cid: string;
  /** What the QR code encodes (a safe https link). */
  text: string;
}

export interface Composed {
  subject: string;
  htmlBody: string;
  body: string;
  qr: QrRequest[];
}

/** At most this many QR images per e-mail (each is about 1 KB; more only makes the e-mail long). */
export const MAX_QR_PER_MESSAGE = 8;
/** Notifications listed in one e-mail (a bulk import can queue hundreds; the e-mail must stay small). */
export const NOTIFY_LIMIT = 40;
const QR_SIZE = 96;
const SUBJECT_MAX = 200;

export function compose(out: Outgoing, ctx: ComposeContext): Composed {
  const m = (key: MessageKey, params: MessageParams = {}) => t(ctx.lang, key, params);
  const qr: QrRequest[] = [];
  const html: string[] = [];
  const text: string[] = [];
  // By the name the staff sheet gives (an address only when there is none); "đồng chí" in the sentences.
  const greeting = out.name
    ? m('reminder.greeting', { name: oneLine(out.name, 120) })
    : m('reminder.greetingAddress', { name: out.to });
  const you = m('reminder.you');

  html.push(`<p>${escapeHtml(greeting)}</p>`);
  text.push(greeting, '');
  html.push(openRegisterHtml(ctx));
  text.push(...openRegisterText(ctx), '');

  if (out.digest) {
    html.push(`<p>${escapeHtml(m('reminder.intro', { date: formatDay(ctx.today), you }))}</p>`);
    text.push(m('reminder.intro', { date: formatDay(ctx.today), you }), '');
    for (const kind of KIND_ORDER) {
      const items = out.digest.items.filter((it) => it.kind === kind);
      const more = out.digest.more[kind] ?? 0;
      if (items.length === 0 && more === 0) continue;
      const title = `${m(`reminder.section.${kind}`, { you })} (${items.length + more})`;
      html.push(sectionTitleHtml(title));
      text.push(title.toUpperCase());
      for (const it of items) {
        const cid = qrFor(it.task, qr);
        html.push(itemHtml(it, ctx, cid));
        text.push(...itemText(it, ctx));
      }
      if (more > 0) {
        html.push(
          `<p style="margin:4px 0 12px;color:#4b5563">${escapeHtml(m('reminder.more', { count: more }))}</p>`,
        );
        text.push('  ' + m('reminder.more', { count: more }));
      }
      text.push('');
    }
    if (out.digest.summary) {
      html.push(sectionTitleHtml(m('reminder.section.weekly')), summaryHtml(out.digest.summary, ctx));
      text.push(m('reminder.section.weekly').toUpperCase(), ...summaryText(out.digest.summary, ctx), '');
    }
    const issues = out.digest.issues ?? [];
    if (issues.length > 0) {
      const line = m('refresh.badRows', { count: issues.length, rows: issues.slice(0, 20).join(' | ') });
      html.push(`<p style="color:#b91c1c">${escapeHtml(line)}</p>`);
      text.push(line, '');
    }
    // The reminders' own health, for the admins (./health.ts): runs that stalled, failed or were late.
    for (const line of out.digest.health ?? []) {
      html.push(`<p style="color:#b91c1c">${escapeHtml(line)}</p>`);
      text.push(line, '');
    }
  }

  if (out.notifications.length > 0) {
    const title = `${m('reminder.section.notify')} (${out.notifications.length})`;
    html.push(sectionTitleHtml(title));
    text.push(title.toUpperCase());
    if (!out.digest) {
      html.push(`<p>${escapeHtml(m('notify.intro', { you }))}</p>`);
      text.push(m('notify.intro', { you }));
    }
    for (const n of out.notifications.slice(0, NOTIFY_LIMIT)) {
      // A new assignment carries the QR code of the task's document (issue 5), as digest items do.
      const cid = n.entry.kind === 'assigned' && n.task ? qrFor(n.task, qr) : null;
      html.push(notificationHtml(n, ctx, cid));
      text.push(...notificationText(n, ctx));
    }
    const more = out.notifications.length - NOTIFY_LIMIT;
    if (more > 0) {
      html.push(
        `<p style="margin:4px 0 12px;color:#4b5563">${escapeHtml(m('notify.more', { count: more }))}</p>`,
      );
      text.push('  ' + m('notify.more', { count: more }));
    }
    text.push('');
  }

  const agency = ctx.agencyName ? ` — ${ctx.agencyName}` : '';
  html.push(
    `<p style="margin-top:20px;color:#6b7280;font-size:12px">${escapeHtml(m('reminder.footer', { agency }))}</p>`,
  );
  text.push('—', m('reminder.footer', { agency }));

  return {
    subject: oneLine(subjectOf(out, ctx), SUBJECT_MAX),
    htmlBody: `<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.45;color:#1f2937;max-width:720px">${html.join('')}</div>`,
    body: text.join('\n'),
    qr,
  };
}

function subjectOf(out: Outgoing, ctx: ComposeContext): string {
  const m = (key: MessageKey, params: MessageParams = {}) => t(ctx.lang, key, params);
  const parts: string[] = [];
  const d = out.digest;
  if (d) {
    const count = (kinds: ReminderKind[]) =>
      kinds.reduce((n, k) => n + d.items.filter((it) => it.kind === k).length + (d.more[k] ?? 0), 0);
    const overdue = count(['overdue', 'unit_overdue']);
    const today = count(['due_today']);
    const soon = count(['due_soon']);
    // Rows to fix (`./row-issues.ts`) count as things to look at.
    const other = count(['extension', 'confirm', 'stale']) + (d.issues?.length ?? 0);
    if (overdue) parts.push(m('reminder.subjectOverdue', { count: overdue }));
    if (today) parts.push(m('reminder.subjectDueToday', { count: today }));
    if (soon) parts.push(m('reminder.subjectDueSoon', { count: soon }));
    if (other) parts.push(m('reminder.subjectOther', { count: other }));
    if (out.notifications.length)
      parts.push(m('reminder.subjectNotify', { count: out.notifications.length }));
    if (d.summary) parts.push(m('reminder.subjectSummary'));
    if (d.health?.length) parts.push(m('reminder.subjectHealth'));
    return m('reminder.subject', { date: formatDay(ctx.today), summary: parts.join(', ') });
  }
  return m('notify.subject', { count: out.notifications.length });
}

/** What waits for the reader: the register's task sheet, and where the task panel is in the menu. */
function openRegisterHtml(ctx: ComposeContext): string {
  const m = (key: MessageKey, params: MessageParams = {}) => t(ctx.lang, key, params);
  const path = escapeHtml(m('reminder.registerPath', { sidebar: m('menu.sidebar') }));
  const link = ctx.register ? safeLink(ctx.register) : null;
  const open = link
    ? `<a href="${escapeHtml(link)}" style="color:#1d4ed8;font-weight:bold">${escapeHtml(m('reminder.openRegister'))}</a> `
    : '';
  return `<p style="margin:6px 0 12px">${open}<span style="color:#4b5563">${path}</span></p>`;
}

function openRegisterText(ctx: ComposeContext): string[] {
  const m = (key: MessageKey, params: MessageParams = {}) => t(ctx.lang, key, params);
  const link = ctx.register ? safeLink(ctx.register) : null;
  const path = m('reminder.registerPath', { sidebar: m('menu.sidebar') });
  return link ? [`${m('reminder.openRegister')}: ${link}`, path] : [path];
}

/** The links of a task (not for a confidential one): its row in the register, its document. */
function taskLinksHtml(task: Task, ctx: ComposeContext, colour: string): string {
  if (task.confidential) return '';
  const links: string[] = [];
  const row = rowLink(ctx, task);
  if (row)
    links.push(
      `<a href="${escapeHtml(row)}" style="color:${colour}">${escapeHtml(t(ctx.lang, 'reminder.openRow', { row: task.row }))}</a>`,
    );
  const doc = safeLink(task.driveLink);
  if (doc)
    links.push(
      `<a href="${escapeHtml(doc)}" style="color:${colour}">${escapeHtml(t(ctx.lang, 'reminder.openDocument'))}</a>`,
    );
  return links.length ? `<div style="font-size:13px">${links.join(' · ')}</div>` : '';
}

function taskLinksText(task: Task, ctx: ComposeContext): string[] {
  if (task.confidential) return [];
  const lines: string[] = [];
  const row = rowLink(ctx, task);
  if (row) lines.push(`  ${t(ctx.lang, 'reminder.openRow', { row: task.row })}: ${row}`);
  const doc = safeLink(task.driveLink);
  if (doc) lines.push(`  ${t(ctx.lang, 'reminder.openDocument')}: ${doc}`);
  return lines;
}

function sectionTitleHtml(title: string): string {
  return `<h3 style="margin:18px 0 8px;font-size:15px;color:#111827">${escapeHtml(title)}</h3>`;
}

/** A QR code for the task's document, when it may have one and the e-mail has room for it. */
function qrFor(task: Task, qr: QrRequest[]): string | null {
  if (task.confidential || qr.length >= MAX_QR_PER_MESSAGE) return null;
  const link = safeLink(task.driveLink);
  if (!link || !fitsQr(link)) return null;
  const cid = `qr${qr.length + 1}`;
  qr.push({ cid, text: link });
  return cid;
}

/** "Hạn: 05/03/2026 · quá hạn 2 ngày làm việc". */
function whenText(it: Pick<DigestItem, 'deadline' | 'daysLeft'>, ctx: ComposeContext): string {
  const m = (key: MessageKey, params: MessageParams = {}) => t(ctx.lang, key, params);
  if (it.deadline === null || it.daysLeft === null) return m('reminder.noDeadline');
  const due = m('reminder.deadline', { date: formatDay(it.deadline) });
  let left: string;
  if (it.deadline < ctx.today)
    left = it.daysLeft < 0 ? m('reminder.daysLate', { days: -it.daysLeft }) : m('reminder.late');
  else if (it.deadline === ctx.today) left = m('reminder.dueToday');
  else left = m('reminder.daysLeft', { days: it.daysLeft });
  return `${due} · ${left}`;
}

/** The lines under a task's title, as plain text (escaped by the caller for HTML). */
function detailLines(it: DigestItem, ctx: ComposeContext): string[] {
  const m = (key: MessageKey, params: MessageParams = {}) => t(ctx.lang, key, params);
  const task = it.task;
  const lines = [`${whenText(it, ctx)} · ${statusLabel(it.status, ctx.lang)}`];
  if (task.leadUnit) lines.push(m('reminder.unit', { unit: task.leadUnit }));
  if (it.notUpdatedDays !== null) lines.push(m('reminder.notUpdated', { days: it.notUpdatedDays }));
  if (task.extensionRequest) lines.push(m('reminder.extensionRequest', { text: task.extensionRequest }));
  if (it.kind === 'confirm' && task.reportedDay !== null)
    lines.push(m('reminder.reportedOn', { date: formatDay(task.reportedDay) }));
  return lines;
}

function itemHtml(it: DigestItem, ctx: ComposeContext, cid: string | null): string {
  const c = STATUS_COLOURS[it.status];
  const box = `border-left:4px solid ${c.solid};background:${c.background};color:${c.text};padding:8px 10px`;
  const task = it.task;
  let body: string;
  if (task.confidential) {
    body = `<div><b>${escapeHtml(task.id)}</b> · ${escapeHtml(t(ctx.lang, 'reminder.confidential'))}</div>`;
  } else {
    const link = safeLink(task.driveLink);
    const title = link
      ? `<a href="${escapeHtml(link)}" style="color:${c.text}">${escapeHtml(task.title)}</a>`
      : escapeHtml(task.title);
    body =
      `<div><b>${escapeHtml(task.id)}</b> · ${title}</div>` +
      detailLines(it, ctx)
        .map((l) => `<div style="font-size:13px">${escapeHtml(l)}</div>`)
        .join('') +
      taskLinksHtml(task, ctx, c.text);
  }
  const image = cid
    ? `<td width="${QR_SIZE + 8}" style="padding:4px;background:#ffffff" valign="top"><img src="cid:${cid}" width="${QR_SIZE}" height="${QR_SIZE}" alt="${escapeHtml(t(ctx.lang, 'reminder.qrAlt', { id: task.id }))}"></td>`
    : '';
  return (
    `<table role="presentation" cellpadding="0" cellspacing="0" style="width:100%;border-collapse:collapse;margin:0 0 6px">` +
    `<tr><td style="${box}" valign="top">${body}</td>${image}</tr></table>`
  );
}

function itemText(it: DigestItem, ctx: ComposeContext): string[] {
  const task = it.task;
  if (task.confidential) return [`- ${task.id} · ${t(ctx.lang, 'reminder.confidential')}`];
  return [
    `- ${task.id} · ${oneLine(task.title, 300)}`,
    ...detailLines(it, ctx).map((l) => '  ' + l),
    ...taskLinksText(task, ctx),
  ];
}

function unitLabel(name: string, ctx: ComposeContext): string {
  return name || t(ctx.lang, 'reminder.noUnit');
}

function summaryHtml(s: WeeklySummary, ctx: ComposeContext): string {
  const m = (key: MessageKey, params: MessageParams = {}) => t(ctx.lang, key, params);
  if (s.total === 0) return `<p>${escapeHtml(m('reminder.summaryNone'))}</p>`;
  const red = STATUS_COLOURS.overdue;
  const th = 'text-align:left;padding:4px 8px;border-bottom:1px solid #d1d5db';
  const td = 'padding:4px 8px;border-bottom:1px solid #e5e7eb';
  const rows = s.units
    .map(
      (u) =>
        `<tr><td style="${td}">${escapeHtml(unitLabel(u.unit, ctx))}</td><td style="${td};text-align:right;color:${red.text}">${u.overdue}</td><td style="${td};text-align:right">${u.maxDaysLate}</td></tr>`,
    )
    .join('');
  return (
    `<p>${escapeHtml(m('reminder.summaryTotal', { count: s.total }))}</p>` +
    `<table cellpadding="0" cellspacing="0" style="border-collapse:collapse;font-size:13px">` +
    `<tr><th style="${th}">${escapeHtml(m('reminder.summaryUnit'))}</th><th style="${th}">${escapeHtml(m('reminder.summaryCount'))}</th><th style="${th}">${escapeHtml(m('reminder.summaryLongest'))}</th></tr>` +
    `${rows}</table>`
  );
}

function summaryText(s: WeeklySummary, ctx: ComposeContext): string[] {
  if (s.total === 0) return [t(ctx.lang, 'reminder.summaryNone')];
  return [
    t(ctx.lang, 'reminder.summaryTotal', { count: s.total }),
    ...s.units.map((u) => `- ${unitLabel(u.unit, ctx)}: ${u.overdue} (${u.maxDaysLate})`),
  ];
}

function notificationLine(n: NotificationItem, ctx: ComposeContext): string {
  const task = n.task;
  const label = !task
    ? n.entry.taskId
    : task.confidential
      ? `${task.id} · ${t(ctx.lang, 'reminder.confidential')}`
      : `${task.id} · ${oneLine(task.title, 300)}`;
  const actor = n.actorName || n.entry.actor || t(ctx.lang, 'notify.someone');
  return t(ctx.lang, `notify.${n.entry.kind}`, { actor, task: label, you: t(ctx.lang, 'reminder.you') });
}

/** Notes are left out for confidential tasks: the reason for a decision can reveal the content. */
function notificationDetails(n: NotificationItem, ctx: ComposeContext): string[] {
  const task = n.task;
  if (!task || task.confidential) return [];
  const lines: string[] = [];
  const deadline = task.extendedDeadline ?? task.deadline;
  if (deadline !== null) lines.push(t(ctx.lang, 'reminder.deadline', { date: formatDay(deadline) }));
  if (n.entry.note) lines.push(t(ctx.lang, 'notify.note', { note: oneLine(n.entry.note, 500) }));
  return lines;
}

function notificationHtml(n: NotificationItem, ctx: ComposeContext, cid: string | null = null): string {
  const details = notificationDetails(n, ctx)
    .map((l) => `<div style="font-size:13px;color:#374151">${escapeHtml(l)}</div>`)
    .join('');
  const open = n.task ? taskLinksHtml(n.task, ctx, '#1d4ed8') : '';
  const image = cid
    ? `<div><img src="cid:${cid}" width="${QR_SIZE}" height="${QR_SIZE}" alt="${escapeHtml(t(ctx.lang, 'reminder.qrAlt', { id: n.task!.id }))}"></div>`
    : '';
  return `<div style="border-left:4px solid #2563EB;padding:6px 10px;margin:0 0 6px"><div>${escapeHtml(notificationLine(n, ctx))}</div>${details}${open}${image}</div>`;
}

function notificationText(n: NotificationItem, ctx: ComposeContext): string[] {
  return [
    `- ${notificationLine(n, ctx)}`,
    ...notificationDetails(n, ctx).map((l) => '  ' + l),
    ...(n.task ? taskLinksText(n.task, ctx) : []),
  ];
}
