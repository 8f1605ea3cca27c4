/**
 * MailApp: sends nothing, keeps every message in an outbox, and enforces Apps Script's limits.
 *
 * The daily quota counts **recipients** (to + cc + bcc, each listed address, duplicates included) per
 * **effective user**: a trigger sends from, and spends the quota of, the user who installed it. It is
 * 100 a day for gmail.com accounts and 1,500 for Workspace, and resets 24 hours after the first send of
 * the window ("Quotas for Google Services"). Error messages are Apps Script's.
 */
import type { Models } from '../models';
import { appsScriptError, markEmulated, unwrap } from '../runtime';
import type { ServiceContext, WorldState } from '../world';

export interface OutboxBlob {
  name: string | null;
  contentType: string | null;
  base64: string;
  size: number;
}

export interface SentMail {
  /** The effective user's address (or a no-reply address of their domain with `noReply`). */
  from: string;
  /** The sender name shown (`name` option), if any. */
  name?: string;
  replyTo?: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody?: string;
  attachments: OutboxBlob[];
  inlineImages: Record<string, OutboxBlob>;
  at: number;
}

export interface MailQuotaWindow {
  /** When the first send of the current 24-hour window happened. */
  start: number;
  used: number;
}

export interface MailState {
  outbox: SentMail[];
  /** Per lower-case effective-user e-mail. */
  quota: Record<string, MailQuotaWindow>;
}

export function createMailState(): MailState {
  return { outbox: [], quota: {} };
}

/** Every message sent so far, oldest first (for hosts and tests). */
export function outbox(state: MailState): SentMail[] {
  return state.outbox;
}

export const DAILY_RECIPIENTS = { consumer: 100, workspace: 1500 } as const;
export const MAX_RECIPIENTS_PER_MESSAGE = 50;
export const MAX_SUBJECT_LENGTH = 250;
/** Email body size: 200 KB per message (Workspace: 400 KB). */
export const MAX_BODY_BYTES = { consumer: 200 * 1024, workspace: 400 * 1024 } as const;
export const MAX_ATTACHMENTS = 250;
export const MAX_ATTACHMENTS_BYTES = 25 * 1024 * 1024;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The account type behind an e-mail, by the rule of `userInfo` in world.ts (known users as configured,
 * otherwise gmail.com is consumer and any other domain Workspace). Not imported from world.ts, which
 * loads every service.
 */
export function accountTypeOf(world: WorldState, email: string): 'consumer' | 'workspace' {
  const known = world.users[email.toLowerCase()];
  if (known) return known.accountType;
  return email.toLowerCase().endsWith('@gmail.com') ? 'consumer' : 'workspace';
}

const ADDRESS_RE = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

interface BlobLike {
  getBytes(): number[];
  getContentType(): string | null;
  getName(): string | null;
}

interface MailMessage {
  to?: string;
  cc?: string;
  bcc?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
  attachments?: unknown[];
  inlineImages?: Record<string, unknown>;
}

class MailAppService implements Models<
  GoogleAppsScript.Mail.MailApp,
  'getRemainingDailyQuota' | 'sendEmail'
> {
  constructor(private readonly ctx: ServiceContext) {}

  getRemainingDailyQuota(): number {
    return this._limit() - this._window().used;
  }

  sendEmail(...args: unknown[]): void {
    this._send(this._message(args));
  }

  /** The four overloads: (message), (to, subject, body), (to, subject, body, options), (to, replyTo, subject, body). */
  private _message(args: unknown[]): MailMessage {
    const [a, b, c, d] = args;
    if (args.length === 1 && a !== null && typeof a === 'object') return a as MailMessage;
    if (args.length === 4 && typeof d === 'string') {
      return { to: str(a), replyTo: str(b), subject: str(c), body: d };
    }
    if (args.length >= 3) {
      const options = (d !== null && typeof d === 'object' ? d : {}) as MailMessage;
      return { ...options, to: str(a), subject: str(b), body: str(c) };
    }
    throw appsScriptError(
      this.ctx.exec,
      `The parameters (${args.map(javaTypeName).join(',')}) don't match the method signature for MailApp.sendEmail.`,
    );
  }

  private _send(m: MailMessage): void {
    const { exec } = this.ctx;
    const to = this._addresses(m.to);
    const cc = this._addresses(m.cc);
    const bcc = this._addresses(m.bcc);
    const count = to.length + cc.length + bcc.length;
    if (count === 0) throw appsScriptError(exec, 'Failed to send email: no recipient');
    if (count > MAX_RECIPIENTS_PER_MESSAGE)
      throw appsScriptError(exec, 'Limit Exceeded: Email Recipients Per Message.');
    const subject = str(m.subject);
    if (subject.length > MAX_SUBJECT_LENGTH) throw appsScriptError(exec, 'Argument too large: subject');
    const body = str(m.body);
    const htmlBody = m.htmlBody === undefined || m.htmlBody === null ? undefined : str(m.htmlBody);
    const bodyBytes = Buffer.byteLength(body, 'utf8') + Buffer.byteLength(htmlBody ?? '', 'utf8');
    if (bodyBytes > MAX_BODY_BYTES[this._accountType()])
      throw appsScriptError(exec, 'Limit Exceeded: Email Body Size.');
    const attachments = (m.attachments ?? []).map((x) => this._blob(x, 'attachments'));
    const inlineImages: Record<string, OutboxBlob> = {};
    for (const [key, v] of Object.entries(m.inlineImages ?? {}))
      inlineImages[key] = this._blob(v, 'inlineImages');
    if (attachments.length > MAX_ATTACHMENTS)
      throw appsScriptError(exec, 'Limit Exceeded: Email Attachments Per Message.');
    const attached = [...attachments, ...Object.values(inlineImages)].reduce((n, b) => n + b.size, 0);
    if (attached > MAX_ATTACHMENTS_BYTES)
      throw appsScriptError(exec, 'Limit Exceeded: Email Total Attachments Size.');

    // The quota is checked against this message's recipients, and only spent when it goes out.
    const window = this._window();
    if (window.used + count > this._limit())
      throw appsScriptError(exec, 'Service invoked too many times for one day: email.');
    const state = this.ctx.world.mail;
    const me = exec.effectiveUser.toLowerCase();
    window.used += count;
    state.quota[me] = window;

    // noReply is only honoured for Workspace accounts; consumer accounts send from themselves.
    const noReply = m.noReply === true && this._accountType() === 'workspace';
    state.outbox.push({
      from: noReply ? `noreply@${me.split('@')[1] ?? ''}` : exec.effectiveUser,
      ...(m.name !== undefined ? { name: str(m.name) } : {}),
      ...(m.replyTo !== undefined && m.replyTo !== '' ? { replyTo: str(m.replyTo) } : {}),
      to,
      cc,
      bcc,
      subject,
      body,
      ...(htmlBody !== undefined ? { htmlBody } : {}),
      attachments,
      inlineImages,
      at: exec.clock.now(),
    });
  }

  /** A comma-separated list; each entry is `a@b.c` or `Name <a@b.c>`. */
  private _addresses(list: unknown): string[] {
    if (list === undefined || list === null) return [];
    const out: string[] = [];
    for (const part of str(list).split(',')) {
      const entry = part.trim();
      if (!entry) continue;
      const address = /<([^<>]*)>\s*$/.exec(entry)?.[1]?.trim() ?? entry;
      if (!ADDRESS_RE.test(address)) throw appsScriptError(this.ctx.exec, `Invalid email: ${entry}`);
      out.push(address);
    }
    return out;
  }

  private _blob(v: unknown, what: string): OutboxBlob {
    const raw = unwrap(v) as Partial<BlobLike> & { getBlob?: () => unknown };
    const blob = (
      raw && typeof raw.getBytes === 'function'
        ? raw
        : raw && typeof raw.getBlob === 'function'
          ? unwrap(raw.getBlob())
          : undefined
    ) as BlobLike | undefined;
    if (!blob) throw appsScriptError(this.ctx.exec, `Invalid argument: ${what}`);
    const bytes = Buffer.from(Uint8Array.from(blob.getBytes(), (b) => b & 0xff));
    return {
      name: blob.getName() ?? null,
      contentType: blob.getContentType() ?? null,
      base64: bytes.toString('base64'),
      size: bytes.length,
    };
  }

  private _accountType(): 'consumer' | 'workspace' {
    return accountTypeOf(this.ctx.world, this.ctx.exec.effectiveUser);
  }
  private _limit(): number {
    return DAILY_RECIPIENTS[this._accountType()];
  }
  /** The effective user's current window; a window older than 24 hours has reset. */
  private _window(): MailQuotaWindow {
    const me = this.ctx.exec.effectiveUser.toLowerCase();
    const w = this.ctx.world.mail.quota[me];
    const now = this.ctx.exec.clock.now();
    if (!w || now - w.start >= DAY_MS) return { start: now, used: 0 };
    return w;
  }
}

/** How Apps Script names argument types in "The parameters (…) don't match the method signature" errors. */
function javaTypeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return `${v.length ? javaTypeName(v[0]) : 'Object'}[]`;
  switch (typeof v) {
    case 'string':
      return 'String';
    case 'number':
      return 'number';
    case 'boolean':
      return 'Boolean';
    case 'undefined':
      return 'undefined';
    default:
      return 'Object';
  }
}

function str(v: unknown): string {
  return v === undefined || v === null ? '' : String(v);
}

markEmulated(MailAppService, 'MailApp', 'mail');

export function createMailApp(ctx: ServiceContext): object {
  return new MailAppService(ctx);
}
