/**
 * "Kiểm tra hoạt động": whether what the add-on needs works in the administrator's own account — the
 * scopes granted, the reminder trigger (installed exactly once, its last run), the e-mail quota, the
 * time zones, the document lock, a Drive write (a small file made and trashed, under `drive.file`), a
 * heading surviving Drive's HTML → Doc → HTML round trip (what report drafting needs; the Doc is
 * deleted), a test e-mail to themselves when asked, and how the script is deployed. Each item that fails
 * says what to do. Administrators only; it changes nothing in the register.
 */
import { loadContext, requireAdmin } from './context';
import { NO_DOCUMENT_KEY, readState } from './reminders/state';
import { VN_TIME_ZONE } from './time';
import { vnTime } from '../core/reminders/health';
import { createDocFromHtml, exportHtml } from './workspace/drive';
import { blocksOfExport } from '../core/report/sections';
import { SELF_CHECK_MESSAGES } from '../core/i18n/self-check';
import { translator, type Catalogue, type MessageParams } from '../core/i18n/translate';

export type SelfCheckStatus = 'ok' | 'fail' | 'info' | 'skipped';

export interface SelfCheckItem {
  key: 'scopes' | 'trigger' | 'quota' | 'timezone' | 'lock' | 'drive' | 'docHeadings' | 'mail' | 'deployment';
  label: string;
  status: SelfCheckStatus;
  detail: string;
  /** What to do about a failure ('' when nothing is to be done). */
  fix: string;
}

export interface SelfCheckReport {
  ok: boolean;
  email: string;
  /** ISO instant of the check. */
  at: string;
  deployment: 'bound' | 'addon';
  items: SelfCheckItem[];
  /** One line, then a line per item. */
  message: string;
}

type SelfCheckKey = keyof typeof SELF_CHECK_MESSAGES extends `check.${infer K}` ? K : never;
const words = /* @__PURE__ */ translator(
  SELF_CHECK_MESSAGES as unknown as Catalogue<keyof typeof SELF_CHECK_MESSAGES>,
);

/** The check's words (Vietnamese: it speaks to the administrator), `{name}` placeholders filled. */
export const say = (key: SelfCheckKey, params?: MessageParams): string => words('vi', `check.${key}`, params);

/** The handlers a reminder trigger of ours names (triggers/install.ts). */
const CLOCK_HANDLERS = ['hourlyJob', 'dailyJob'];

const SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/script.scriptapp',
  'https://www.googleapis.com/auth/script.send_mail',
  'https://www.googleapis.com/auth/drive.file',
  'https://www.googleapis.com/auth/userinfo.email',
];

function item(key: SelfCheckItem['key'], status: SelfCheckStatus, detail: string, fix = ''): SelfCheckItem {
  return {
    key,
    label: say(`${key}.label` as SelfCheckKey),
    status,
    detail,
    fix: status === 'fail' ? fix : '',
  };
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Runs one item; an item that throws is a failure with Google's message. */
function guarded(key: SelfCheckItem['key'], fix: string, fn: () => SelfCheckItem): SelfCheckItem {
  try {
    return fn();
  } catch (e) {
    return item(key, 'fail', errorText(e), fix);
  }
}

export function runSelfCheck(args: { sendTestMail?: unknown } = {}): SelfCheckReport {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ctx = loadContext(ss);
  requireAdmin(ctx);
  const email = ctx.me.email;
  const now = new Date();
  const bound = ScriptApp.getInstallationSource() === ScriptApp.InstallationSource.NONE;
  const items = [
    guarded('scopes', say('scopes.fix', { url: '' }), () => scopesItem()),
    guarded('trigger', say('trigger.fix'), () => triggerItem(email, bound)),
    guarded('quota', say('quota.fix'), () => {
      const n = MailApp.getRemainingDailyQuota();
      return n > 0
        ? item('quota', 'ok', say('quota.ok', { n }))
        : item('quota', 'fail', say('quota.none'), say('quota.fix'));
    }),
    guarded('timezone', say('timezone.fix'), () => {
      const script = Session.getScriptTimeZone();
      const sheet = ss.getSpreadsheetTimeZone();
      return script === VN_TIME_ZONE && sheet === VN_TIME_ZONE
        ? item('timezone', 'ok', say('timezone.ok', { zone: VN_TIME_ZONE }))
        : item(
            'timezone',
            'fail',
            say('timezone.bad', { script, sheet, zone: VN_TIME_ZONE }),
            say('timezone.fix'),
          );
    }),
    guarded('lock', say('lock.fix'), () => {
      const lock = LockService.getDocumentLock();
      if (!lock) return item('lock', 'fail', say('lock.none'), say('lock.fix'));
      if (!lock.tryLock(10000)) return item('lock', 'fail', say('lock.busy'), say('lock.fix'));
      lock.releaseLock();
      return item('lock', 'ok', say('lock.ok'));
    }),
    driveItem(now),
    guarded('docHeadings', say('drive.fix'), docHeadingsItem),
    mailItem(email, now, args.sendTestMail === true),
    item('deployment', 'info', say(bound ? 'deployment.bound' : 'deployment.addon')),
  ];
  const bad = items.filter((i) => i.status === 'fail').length;
  const head = bad
    ? say('summaryBad', { email, bad, n: items.length })
    : say('summaryOk', { email, n: items.length });
  const lines = items.map(
    (i) =>
      `${{ ok: '✓', fail: '✗', info: 'ℹ', skipped: '–' }[i.status]} ${i.label}: ${i.detail}${i.fix ? ` → ${i.fix}` : ''}`,
  );
  return {
    ok: bad === 0,
    email,
    at: now.toISOString(),
    deployment: bound ? 'bound' : 'addon',
    items,
    message: [head, ...lines].join('\n'),
  };
}

function scopesItem(): SelfCheckItem {
  const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  const url = info.getAuthorizationUrl() ?? '';
  if (info.getAuthorizationStatus() === ScriptApp.AuthorizationStatus.REQUIRED)
    return item('scopes', 'fail', say('scopes.required'), say('scopes.fix', { url }));
  // Newer runtimes also list the scopes granted; where they do, name any of ours missing.
  const granted = (info as { getAuthorizedScopes?: () => string[] }).getAuthorizedScopes?.();
  const missing = granted ? SCOPES.filter((s) => !granted.includes(s)) : [];
  if (missing.length > 0) {
    const scopes = missing.map((s) => s.replace('https://www.googleapis.com/auth/', '')).join(', ');
    return item('scopes', 'fail', say('scopes.missing', { scopes }), say('scopes.fix', { url }));
  }
  return item('scopes', 'ok', say('scopes.ok'));
}

function triggerItem(email: string, bound: boolean): SelfCheckItem {
  const state = readState();
  // The recorded trigger's id, where the reminder state keeps one.
  const triggerId = (state as { triggerId?: string }).triggerId ?? '';
  const run = state.lastRun;
  const last = run
    ? say(run.ok ? 'trigger.lastRun' : 'trigger.lastFailed', { at: vnTime(run.at), message: run.message })
    : say('trigger.neverRun');
  if (!state.installer) return item('trigger', 'fail', say('trigger.off'), say('trigger.offFix'));
  if (state.installer !== email)
    return item(
      'trigger',
      run && !run.ok ? 'fail' : 'info',
      say('trigger.other', { installer: state.installer, last }),
      say('trigger.otherFix', { installer: state.installer }),
    );
  const ours = ScriptApp.getProjectTriggers().filter(
    (t) => t.getEventType() === ScriptApp.EventType.CLOCK && CLOCK_HANDLERS.includes(t.getHandlerFunction()),
  );
  // A bound script's triggers are this spreadsheet's; an add-on's span every document it is used in,
  // so there only the recorded one is looked for (all of ours where no id is recorded).
  const here = bound || !triggerId ? ours : ours.filter((t) => t.getUniqueId() === triggerId);
  const recorded = !triggerId || here.some((t) => t.getUniqueId() === triggerId);
  if (here.length === 0 || !recorded) return item('trigger', 'fail', say('trigger.none'), say('trigger.fix'));
  if (here.length > 1)
    return item('trigger', 'fail', say('trigger.many', { n: here.length }), say('trigger.fix'));
  // Its runs saw no document (an add-on's time trigger, if Google gives it none): nothing is sent.
  const lost = PropertiesService.getUserProperties().getProperty(NO_DOCUMENT_KEY);
  if (lost) return item('trigger', 'fail', lost, say('trigger.noDocumentFix'));
  if (run && !run.ok) return item('trigger', 'fail', last, say('trigger.lastFailedFix'));
  return item('trigger', 'ok', say('trigger.ok', { last }));
}

/** A small text file made in the person's Drive root and trashed at once (drive.file covers both). */
function driveItem(now: Date): SelfCheckItem {
  return guarded('drive', say('drive.fix'), () => {
    try {
      if (typeof Drive === 'undefined' || !Drive?.Files) throw new Error('Drive API (v3) chưa bật.');
      const blob = Utilities.newBlob(
        `Nhắc Việc ${now.toISOString()}`,
        'text/plain',
        'nhac-viec-kiem-tra.txt',
      );
      const file = Drive.Files.create({ name: 'Nhắc Việc – kiểm tra.txt', mimeType: 'text/plain' }, blob, {
        fields: 'id',
      });
      Drive.Files.update({ trashed: true }, String(file.id));
      return item('drive', 'ok', say('drive.ok'));
    } catch (e) {
      return item('drive', 'fail', say('drive.bad', { detail: errorText(e) }), say('drive.fix'));
    }
  });
}

/**
 * What report drafting relies on (docs/report-drafting.md): Drive converts HTML to a Doc and its HTML
 * export gives each heading back as a heading with an id. A one-heading Doc made, read and deleted.
 */
function docHeadingsItem(): SelfCheckItem {
  let id = '';
  try {
    id = createDocFromHtml('Nhắc Việc – đề mục thử', '<h1>Nhắc Việc</h1><p>.</p>', 'root', {}).id;
    const heads = blocksOfExport(exportHtml(id)).filter((b) => b.h > 0 && b.id && b.text === 'Nhắc Việc');
    return heads.length === 1
      ? item('docHeadings', 'ok', say('docHeadings.ok'))
      : item('docHeadings', 'fail', say('docHeadings.bad'), say('docHeadings.fix'));
  } catch (e) {
    return item('docHeadings', 'fail', say('docHeadings.error', { detail: errorText(e) }), say('drive.fix'));
  } finally {
    if (id) Drive?.Files?.remove(id); // a failure here is Google's message, under the Drive fix
  }
}

function mailItem(email: string, now: Date, send: boolean): SelfCheckItem {
  if (!send) return item('mail', 'skipped', say('mail.skipped'));
  try {
    MailApp.sendEmail({
      to: email,
      subject: say('mail.subject'),
      body: say('mail.body', { at: vnTime(now.toISOString()) }),
      name: 'Nhắc Việc',
    });
    return item('mail', 'ok', say('mail.ok', { email }));
  } catch (e) {
    return item('mail', 'fail', say('mail.bad', { detail: errorText(e) }), say('mail.fix'));
  }
}
