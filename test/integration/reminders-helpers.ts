/** Helpers for the reminder tests on the built bundle. */
import { buildSync } from 'esbuild';
import { Emulator } from '../../emulator';
import type { SentMail } from '../../emulator/services/mail';
import { parseReminderKey, splitKeys, type ParsedKey } from '../../src/core/reminders/keys';
import { ADMIN, addStaff, addUnits, asUser, newEmulator, sheetValues } from './helpers';

export const FOLLOWER = 'theo.doi@ubnd.example.vn';
export const LOG = 'Nhật ký nhắc việc';
export const QUEUE = 'Hàng đợi thông báo';

export interface Reply<T> {
  ok: boolean;
  data?: T;
  error?: string;
  code?: string;
}

export interface Status {
  on: boolean;
  installer: string;
  hour: number;
  mine: boolean;
  triggerFound: boolean | null;
  quotaLeft: number | null;
  today: { iso: string; sendDay: boolean; complete: boolean } | null;
  lastRun: { ok: boolean; message: string; sent: number; deferred: number; failed: number } | null;
  warning: string | null;
  message?: string;
}

export interface JobResult {
  action: string;
  message: string;
  today: string;
  sent: number;
  deferred: number;
  failed: number;
}

/** A register set up on `at` with a unit (leader, follower) and an official, reminders on at 7:00. */
export function remindersRegister(at: string, opts: { install?: boolean; source?: string } = {}): Emulator {
  const emu = opts.source === undefined ? newEmulator(at) : new Emulator().loadSource(opts.source);
  emu.clock.set(at);
  emu.run('setup', [], { as: ADMIN });
  addUnits(emu, [{ code: 'VP', name: 'Văn phòng', leader: 'lanh.dao@ubnd.example.vn', follower: FOLLOWER }]);
  addStaff(emu, [
    { email: 'lanh.dao@ubnd.example.vn', name: 'Trần Văn Lãnh', unit: 'VP', role: 'Lãnh đạo', active: true },
    {
      email: 'can.bo@ubnd.example.vn',
      name: 'Nguyễn Thị Bích',
      unit: 'VP',
      role: 'Cán bộ thực hiện',
      active: true,
    },
    { email: FOLLOWER, name: 'Lê Theo Dõi', unit: 'VP', role: 'Chuyên viên theo dõi', active: true },
  ]);
  if (opts.install !== false) {
    const r = emu.run<Reply<Status>>('installReminders', [7], { as: ADMIN }).value;
    if (!r.ok) throw new Error(r.error);
  }
  return emu;
}

/** The trigger's run, as the installer, at a Viet Nam time. */
export function runJob(emu: Emulator, at: string, as = ADMIN) {
  return emu.run<JobResult>('hourlyJob', [], { as, at });
}

export function mailSince(emu: Emulator, from: number): SentMail[] {
  return emu.world.mail.outbox.slice(from);
}

export interface LogRow {
  to: string;
  code: string;
  outcome: string;
  keys: ParsedKey[];
}

/** The send log, by position (the add-on writes it in schema order). */
export function logRows(emu: Emulator): LogRow[] {
  const exists = asUser(emu, (ss) => ss.getSheetByName(LOG) !== null);
  if (!exists) return [];
  return sheetValues(emu, LOG)
    .slice(1)
    .map((r) => ({
      to: String(r[2]),
      code: String(r[7]),
      outcome: String(r[5]),
      keys: splitKeys(r[8]).map((k) => parseReminderKey(k)!),
    }));
}

/** Sent keys as `iso person task kind` strings, for readable expectations. */
export function sentKeys(emu: Emulator): string[] {
  return logRows(emu)
    .filter((r) => r.code === 'sent')
    .flatMap((r) => r.keys.map((k) => `${k.iso} ${k.person} ${k.taskId} ${k.kind}`));
}

/**
 * The product bundle plus a test-only global calling `queueNotification` (which the sidebar's actions
 * call; it is not an entry point of its own).
 */
export function bundleWithQueue(): string {
  const result = buildSync({
    stdin: {
      contents:
        "import './src/main';\nimport { queueNotification } from './src/gas/reminders/queue';\n" +
        'global.queueForTest = (n) => queueNotification(n);\n',
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    format: 'iife',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  return 'var global = this;\n' + result.outputFiles[0].text;
}

/** Makes `MailApp.sendEmail` fail with a service error on the n-th e-mail from now (test injection). */
export function failOnNthMail(emu: Emulator, n: number, message = 'Service unavailable: Mail'): () => void {
  const outbox = emu.world.mail.outbox as SentMail[] & { push: (...m: SentMail[]) => number };
  let count = 0;
  outbox.push = function (this: SentMail[], ...items: SentMail[]) {
    count += 1;
    if (count === n) throw new Error(message);
    return Array.prototype.push.apply(this, items);
  };
  return () => {
    delete (outbox as { push?: unknown }).push;
  };
}

/** Makes every e-mail take `ms` of emulated time (Apps Script's MailApp takes real time). */
export function slowMail(emu: Emulator, ms: number): () => void {
  const outbox = emu.world.mail.outbox as SentMail[] & { push: (...m: SentMail[]) => number };
  outbox.push = function (this: SentMail[], ...items: SentMail[]) {
    emu.clock.advance(ms);
    return Array.prototype.push.apply(this, items);
  };
  return () => {
    delete (outbox as { push?: unknown }).push;
  };
}

/** Rewrites the reminder state as a test (an execution that died before saving, a lost value…). */
export function editState(
  emu: Emulator,
  edit: (state: Record<string, unknown>) => Record<string, unknown>,
): void {
  const { globals, end } = emu.beginExecution({ as: ADMIN });
  try {
    const props = (
      globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService
    ).getDocumentProperties();
    const state = JSON.parse(props.getProperty('nhacviec.reminders') ?? '{}') as Record<string, unknown>;
    props.setProperty('nhacviec.reminders', JSON.stringify(edit(state)));
  } finally {
    end();
  }
}

/**
 * Runs `fn` while the run is sending, right after its n-th e-mail from now goes out: another
 * execution overlapping the run in time (the emulator's lock model sees both).
 */
export function duringNthMail(emu: Emulator, n: number, fn: () => void): () => void {
  const outbox = emu.world.mail.outbox as SentMail[] & { push: (...m: SentMail[]) => number };
  let count = 0;
  outbox.push = function (this: SentMail[], ...items: SentMail[]) {
    const length = Array.prototype.push.apply(this, items);
    count += 1;
    if (count === n) fn();
    return length;
  };
  return () => {
    delete (outbox as { push?: unknown }).push;
  };
}

/**
 * Apps Script killing the run right after its n-th e-mail from now: the e-mail is sent, and after the
 * run `revive()` puts the spreadsheets and properties back as they were at that moment (whatever the
 * run did after it never happened). Only e-mails up to the n-th stay in the outbox.
 */
export function killAfterNthMail(emu: Emulator, n: number): { revive: () => void } {
  const world = emu.world;
  const outbox = world.mail.outbox as SentMail[] & { push: (...m: SentMail[]) => number };
  const start = outbox.length;
  let count = 0;
  let saved: Pick<typeof world, 'spreadsheets' | 'properties'> | null = null;
  outbox.push = function (this: SentMail[], ...items: SentMail[]) {
    count += 1;
    if (count > n) throw new Error('killed');
    const length = Array.prototype.push.apply(this, items);
    if (count === n) {
      saved = structuredClone({ spreadsheets: world.spreadsheets, properties: world.properties });
      throw new Error('killed');
    }
    return length;
  };
  return {
    revive: () => {
      delete (outbox as { push?: unknown }).push;
      if (!saved) throw new Error(`the run sent fewer than ${n} e-mails`);
      Object.assign(world, saved);
      outbox.length = Math.min(outbox.length, start + n);
    },
  };
}

/** A document property of the register (the reminder state, the claim…), parsed. */
export function documentProperty<T = Record<string, unknown>>(emu: Emulator, key: string): T | null {
  const raw = emu.world.properties.documents[emu.world.activeSpreadsheetId]?.[key];
  return raw === undefined ? null : (JSON.parse(raw) as T);
}
