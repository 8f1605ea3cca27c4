/**
 * What the reminders remember between runs, in one document property (small: well under the 9 KB a
 * value may hold): who installed the trigger (e-mails go out from that account, on its quota), the
 * hour, how far today's work went, where today's rows start in the send log, and the last run's
 * result and warning for the sidebar.
 */
import { documentProperties } from '../properties';
import { t } from '../../core/messages';
import type { LogTail } from './send-log';

const STATE_KEY = 'nhacviec.reminders';
/** Set by `queueNotification`, cleared when the queue is empty: hourly runs read no sheet without it. */
export const PENDING_KEY = 'nhacviec.notify.pending';
/**
 * In the trigger owner's user properties: the warning of a run that saw no document (an add-on's time
 * trigger, if Google gives it none: docs/platform.md), which has no document property to write it in.
 */
export const NO_DOCUMENT_KEY = 'nhacviec.reminders.noDocument';
/** The day (yyyy-MM-dd) the trigger owner was last e-mailed that their runs see no document. */
const NO_DOCUMENT_MAILED_KEY = 'nhacviec.reminders.noDocument.mailed';

/**
 * A run that saw no document: the warning goes where the owner's sidebar shows it (their user
 * properties) and, once a day, by e-mail to them (the installer is an admin): nothing else can be
 * written, and an add-on's trigger sends Google no failure e-mail. Other admins see the day stalled in
 * their sidebar (../../core/reminders/health.ts). Never throws.
 */
export function recordNoDocument(message: string, iso: string): void {
  try {
    const user = PropertiesService.getUserProperties();
    user.setProperty(NO_DOCUMENT_KEY, message);
    const to = Session.getEffectiveUser().getEmail();
    if (!to || user.getProperty(NO_DOCUMENT_MAILED_KEY) === iso) return;
    // Marked first (an e-mail at most once a day), unmarked if the send failed (tried next hour).
    user.setProperty(NO_DOCUMENT_MAILED_KEY, iso);
    try {
      const body = `${message}\n\n${t('vi', 'reminders.noDocumentFix')}`;
      MailApp.sendEmail({ to, subject: t('vi', 'reminders.noDocumentSubject'), body, name: 'Nhắc Việc' });
    } catch {
      user.deleteProperty(NO_DOCUMENT_MAILED_KEY);
    }
  } catch {
    // Nowhere left to say it: the other admins' sidebars show the day stalled.
  }
}

export interface RunSummary {
  /** ISO instant. */
  at: string;
  ok: boolean;
  message: string;
  sent: number;
  deferred: number;
  failed: number;
  /** E-mail recipients left in the installer's quota after the run (null when not asked). */
  quotaLeft: number | null;
}

export interface DayProgress {
  /** yyyy-MM-dd, Viet Nam. */
  iso: string;
  sendDay: boolean;
  /** Everything planned for the day was sent (or failed for good): later runs only flush notifications. */
  complete: boolean;
}

export interface ReminderState {
  installer: string;
  /** The installed trigger's `getUniqueId()` ('' when off or not recorded): any other one is an orphan. */
  triggerId: string;
  /** ISO instant, '' when not installed. */
  installedAt: string;
  hour: number;
  day: DayProgress | null;
  /** Where the send log ended and today's rows begin (a run reads today's rows from there). */
  logTail: LogTail | null;
  lastRun: RunSummary | null;
  /** What today's first run found wrong with the runs before (core/reminders/health.ts), for the admins. */
  health?: string[];
  /** ISO instant of the last successful run ('' before one): kept when a later run fails. */
  lastOk?: string;
  warning: string | null;
  /** Whether the send log's tab is coloured as a warning now (so it is changed only when needed). */
  tabWarned: boolean;
}

export const DEFAULT_HOUR = 7;

export function emptyState(): ReminderState {
  return {
    installer: '',
    triggerId: '',
    installedAt: '',
    hour: DEFAULT_HOUR,
    day: null,
    logTail: null,
    lastRun: null,
    warning: null,
    tabWarned: false,
  };
}

export function readState(
  props: GoogleAppsScript.Properties.Properties | null = documentProperties(),
): ReminderState {
  const raw = props?.getProperty(STATE_KEY);
  if (!raw) return emptyState();
  try {
    return { ...emptyState(), ...(JSON.parse(raw) as Partial<ReminderState>) };
  } catch {
    return emptyState(); // a damaged value must not stop the reminders; the next run rewrites it
  }
}

export function writeState(state: ReminderState, props = documentProperties()): void {
  // Warnings and messages come from the register and errors: keep the value far below 9 KB.
  const safe: ReminderState = {
    ...state,
    lastOk: state.lastRun?.ok ? state.lastRun.at : state.lastOk,
    warning: state.warning ? state.warning.slice(0, 1500) : null,
    lastRun: state.lastRun ? { ...state.lastRun, message: state.lastRun.message.slice(0, 1500) } : null,
  };
  props.setProperty(STATE_KEY, JSON.stringify(safe));
}

/**
 * Reads the state afresh, changes it and writes it back at once: for writes outside the document lock,
 * where a copy read earlier would undo another execution's change (an administrator turning the
 * reminders off, a run's progress).
 */
export function updateState(
  change: (state: ReminderState) => void,
  props = documentProperties(),
): ReminderState {
  const state = readState(props);
  change(state);
  writeState(state, props);
  return state;
}
