/**
 * Sidebar endpoints for the reminders: turning them on and off (administrators only) and their status
 * (anyone in the staff sheet: who installed them, the hour, the last run and its warning). Plain JSON
 * only: instants as ISO strings.
 */
import { writeAdminSheet } from '../gas/admin-sheets';
import { contextChanged, loadContextParts } from '../gas/context-cache';
import { t, UserError } from '../core/messages';
import { ROLE_LABELS, SETTING_COLUMNS, SHEETS } from '../core/schema';
import { SETTING_DEFS } from '../core/settings';
import { isoFromDay } from '../core/civil-date';
import { readStaff, requirePerson, sessionEmail, type Person } from '../gas/identity';
import { withDocumentLock } from '../gas/lock';
import { appendRows, cell, findSheet, readTable } from '../gas/table';
import { todayVN } from '../gas/time';
import { ensureQueue, ensureSendLog } from '../gas/reminders/sheets';
import {
  NO_DOCUMENT_KEY,
  readState,
  writeState,
  type ReminderState,
  type RunSummary,
} from '../gas/reminders/state';
import { hasTrigger, installHourlyTrigger, removeOwnTriggers } from '../triggers/install';
import { healthNow } from '../core/reminders/health';
import { isSendDay } from '../core/reminders/schedule';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ReminderStatus {
  on: boolean;
  /** Whose account sends the e-mails ('' when off). */
  installer: string;
  installedAt: string | null;
  hour: number;
  /** The caller is the installer. */
  mine: boolean;
  /** For the installer: whether their trigger really exists; null for others (they cannot see it). */
  triggerFound: boolean | null;
  /** For the installer: e-mail recipients left in their quota today; null for others. */
  quotaLeft: number | null;
  today: { iso: string; sendDay: boolean; complete: boolean } | null;
  lastRun: RunSummary | null;
  /** The last run's warning, and what stands now: a stalled or failed run, a run without its document. */
  warning: string | null;
  /** What the action did, for the sidebar to show. */
  message?: string;
}

export function getReminderStatus(): ReminderStatus {
  const { email } = caller();
  const state = readState();
  // The installer acting here: their orphans in this document go (install.ts).
  if (state.triggerId && state.installer === email) removeOwnTriggers(state.triggerId);
  return statusFor(state, email);
}

export function installReminders(hour: unknown): ReminderStatus {
  const h = parseHour(hour);
  const { ss, email } = caller();
  return withDocumentLock(() => {
    requireAdmin(ss, email);
    ensureSendLog(ss);
    ensureQueue(ss);
    writeHourSetting(ss, h);
    const triggerId = installHourlyTrigger();
    PropertiesService.getUserProperties().deleteProperty(NO_DOCUMENT_KEY);
    const state = readState();
    const installer = (Session.getEffectiveUser().getEmail() || email).trim().toLowerCase();
    const installedAt = new Date().toISOString();
    const next: ReminderState = { ...state, installer, triggerId, installedAt, hour: h };
    writeState(next);
    return {
      ...statusFor(next, email),
      message: t('vi', 'reminders.installed', { hour: h, email: installer }),
    };
  });
}

export function uninstallReminders(): ReminderStatus {
  const { ss, email } = caller();
  return withDocumentLock(() => {
    requireAdmin(ss, email);
    removeOwnTriggers();
    const state = readState();
    const other = state.installer && state.installer !== email ? state.installer : '';
    PropertiesService.getUserProperties().deleteProperty(NO_DOCUMENT_KEY);
    const next: ReminderState = { ...state, installer: '', triggerId: '', installedAt: '' };
    writeState(next);
    const message = other
      ? t('vi', 'reminders.uninstalledOther', { email: other })
      : t('vi', 'reminders.uninstalled');
    return { ...statusFor(next, email), message };
  });
}

function caller(): { ss: Spreadsheet; email: string; me: Person } {
  const email = sessionEmail();
  if (!email) throw new UserError('auth.noEmail');
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!findSheet(ss, SHEETS.staff)) throw new UserError('auth.notSetUp');
  return { ss, email, me: requirePerson(readStaff(ss).people, email) };
}

function requireAdmin(ss: Spreadsheet, email: string): Person {
  // Read again inside the lock: the role may have changed since the caller was identified.
  const me = requirePerson(readStaff(ss).people, email);
  if (me.role !== 'admin') {
    throw new UserError('auth.notAdmin', { email, role: ROLE_LABELS[me.role].vi }, [], 'vi');
  }
  return me;
}

/** The hour: `7`, `"7"`, or `{ hour: 7 }` (the form the playground README documents). */
function parseHour(given: unknown): number {
  const hour =
    given !== null && typeof given === 'object' && 'hour' in given
      ? (given as { hour: unknown }).hour
      : given;
  const h =
    typeof hour === 'number' ? hour : typeof hour === 'string' && hour.trim() !== '' ? Number(hour) : NaN;
  if (!Number.isInteger(h) || h < 0 || h > 23) throw new UserError('reminders.badHour');
  return h;
}

/** The hour lives in the settings sheet, where the office sees and may edit it. */
function writeHourSetting(ss: Spreadsheet, hour: number): void {
  const table = readTable(ss, SHEETS.settings);
  const i = table.rows.findIndex((r) => String(cell(table, r, 'key')).trim() === 'reminderHour');
  // The hour already there is not written again (the sheet is protected for the admins of setup).
  if (
    i >= 0 &&
    Number(cell(table, table.rows[i], 'value')) === hour &&
    cell(table, table.rows[i], 'value') !== ''
  )
    return;
  contextChanged();
  if (i >= 0) {
    writeAdminSheet(SHEETS.settings.vi, 'vi', () =>
      table.sheet.getRange(i + 2, table.map.value + 1).setValue(hour),
    );
    return;
  }
  const def = SETTING_DEFS.reminderHour;
  const record: Record<(typeof SETTING_COLUMNS)[number]['key'], unknown> = {
    key: def.key,
    label: def.vi,
    value: hour,
    help: def.help,
  };
  writeAdminSheet(SHEETS.settings.vi, 'vi', () => appendRows(table, [record]));
}

function statusFor(state: ReminderState, email: string): ReminderStatus {
  const mine = state.installer !== '' && state.installer === email;
  const today = todayVN();
  const iso = isoFromDay(today);
  const notes = state.warning ? [state.warning] : [];
  if (state.installer) {
    const { settings, calendar } = loadContextParts(SpreadsheetApp.getActiveSpreadsheet());
    const sendDay = isSendDay(today, calendar, settings);
    const now = healthNow(state, Date.now(), today, sendDay, 'vi');
    // A failed run's warning already says what failed.
    notes.push(
      ...(state.warning ? now.filter((l) => !state.lastRun || !l.includes(state.lastRun.message)) : now),
    );
  }
  const lost = mine ? PropertiesService.getUserProperties().getProperty(NO_DOCUMENT_KEY) : null;
  if (lost) notes.push(lost);
  return {
    on: state.installer !== '',
    installer: state.installer,
    installedAt: state.installedAt || null,
    hour: state.hour,
    mine,
    triggerFound: mine ? hasTrigger(state.triggerId) : null,
    quotaLeft: mine ? MailApp.getRemainingDailyQuota() : null,
    today: state.day && state.day.iso === iso ? { ...state.day } : null,
    lastRun: state.lastRun,
    warning: notes.length > 0 ? notes.join('\n') : null,
  };
}
