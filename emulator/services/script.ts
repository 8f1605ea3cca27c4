/**
 * `ScriptApp`: installable triggers, authorization info and the ScriptApp enums.
 *
 * Triggers are plain records in the world: who installed them (they run as that user), the handler,
 * the event type, the document they belong to and, for time-driven ones, the schedule. As in Apps
 * Script, a daily trigger "at 9" fires at one fixed minute between 9:00 and 10:00 — the emulator picks
 * that minute from the trigger id when the trigger is created and keeps it. `dueTriggers` tells the
 * host and tests which time-driven triggers fire in a window of time.
 *
 * Limits: 20 triggers per user per script, everywhere. An editor add-on ("Triggers for Editor
 * add-ons") may also have only one trigger of each event type per user per document, and its
 * time-driven triggers may run at most once an hour. A bound script (template copy) has neither limit.
 */
import type { Models } from '../models';
import { appsScriptError, isDate, markEmulated, tagEmulated, type Execution } from '../runtime';
import { projectInfo } from '../project';
import { answersOf, documentOf, type ServiceContext, type WorldState } from '../world';
import { dateOfDayNumber, localDayNumber, resolveZone, zonedFields, zonedTimeToUtc } from './timezone';

export type TriggerEventType = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_FORM_SUBMIT' | 'ON_CHANGE';
export type TriggerSourceName = 'CLOCK' | 'SPREADSHEETS';

export interface ClockSchedule {
  kind: 'minutes' | 'hours' | 'days' | 'weeks' | 'monthDay' | 'once';
  /** Every n minutes / hours / days / weeks. */
  interval?: number;
  atHour?: number;
  nearMinute?: number;
  /**
   * Minutes after the scheduled hour at which the trigger fires, fixed at creation (0–59, or the near
   * minute ± 15). Apps Script "picks a time between 9 and 10 and keeps it every day".
   */
  minuteOffset: number;
  /** 0 = Sunday … 6 = Saturday (weekly triggers). */
  weekDay?: number;
  monthDay?: number;
  timezone: string;
  /** One-off triggers (`at`, `after`, `atDate`): the instant they fire. */
  atMs?: number;
}

export interface TriggerRecord {
  id: string;
  handler: string;
  /** The effective user who created it: it runs as them. */
  owner: string;
  eventType: TriggerEventType;
  source: TriggerSourceName;
  /** The spreadsheet id for spreadsheet triggers; null for time-driven ones. */
  sourceId: string | null;
  /** The document the trigger was created in (add-on limits count per document). */
  documentId: string;
  createdAt: number;
  schedule?: ClockSchedule;
}

export interface TriggersState {
  nextId: number;
  triggers: TriggerRecord[];
}

export function createTriggersState(): TriggersState {
  return { nextId: 1, triggers: [] };
}

export const AuthMode = Object.freeze({
  NONE: 'NONE',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
});
export const AuthorizationStatus = Object.freeze({ REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' });
export const EventType = Object.freeze({
  CLOCK: 'CLOCK',
  ON_OPEN: 'ON_OPEN',
  ON_EDIT: 'ON_EDIT',
  ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
  ON_CHANGE: 'ON_CHANGE',
  ON_EVENT_UPDATED: 'ON_EVENT_UPDATED',
});
export const TriggerSource = Object.freeze({
  SPREADSHEETS: 'SPREADSHEETS',
  CLOCK: 'CLOCK',
  FORMS: 'FORMS',
  DOCUMENTS: 'DOCUMENTS',
  CALENDAR: 'CALENDAR',
});
export const WeekDay = Object.freeze({
  SUNDAY: 'SUNDAY',
  MONDAY: 'MONDAY',
  TUESDAY: 'TUESDAY',
  WEDNESDAY: 'WEDNESDAY',
  THURSDAY: 'THURSDAY',
  FRIDAY: 'FRIDAY',
  SATURDAY: 'SATURDAY',
});
const WEEKDAY_INDEX = Object.keys(WeekDay);
export const InstallationSource = Object.freeze({
  APPS_MARKETPLACE_DOMAIN_ADD_ON: 'APPS_MARKETPLACE_DOMAIN_ADD_ON',
  NONE: 'NONE',
  WEB_STORE_ADD_ON: 'WEB_STORE_ADD_ON',
});

export const MAX_TRIGGERS_PER_USER = 20;
const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
// Thrown for a second trigger of any type (public add-on docs quote it for a second onEdit trigger too).
const ADDON_TOO_MANY =
  'This add-on has created too many time-based triggers in this document for this Google user account.';
// Wording unconfirmed: the rule ("at most once per hour") is documented, the message is not.
const ADDON_TOO_FREQUENT =
  'Add-ons may not create time-based triggers to run more frequently than once per hour.';

/** FNV-1a: a stable small hash, so a trigger's minute depends only on its id. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

// ---------------------------------------------------------------------------------------------------
// Trigger

export class Trigger implements Models<
  GoogleAppsScript.Script.Trigger,
  'getEventType' | 'getHandlerFunction' | 'getTriggerSource' | 'getTriggerSourceId' | 'getUniqueId',
  'getTriggerSourceId'
> {
  constructor(private readonly rec: TriggerRecord) {}
  getUniqueId(): string {
    return this.rec.id;
  }
  getHandlerFunction(): string {
    return this.rec.handler;
  }
  getEventType(): string {
    return this.rec.eventType;
  }
  getTriggerSource(): string {
    return this.rec.source;
  }
  /** null for a time-driven trigger, as in Apps Script (the typings say string). */
  getTriggerSourceId(): string | null {
    return this.rec.sourceId;
  }
  /** Emulator-internal: the stored record. */
  _record(): TriggerRecord {
    return this.rec;
  }
}
markEmulated(Trigger, 'Trigger', 'script');

function install(
  ctx: ServiceContext,
  draft: Omit<TriggerRecord, 'id' | 'owner' | 'documentId' | 'createdAt'>,
): Trigger {
  const { exec, world } = ctx;
  const state = world.triggers;
  const owner = exec.effectiveUser.toLowerCase();
  const documentId = documentOf(ctx);
  const mine = state.triggers.filter((t) => t.owner === owner);
  if (world.installation === 'addon') {
    if (draft.schedule?.kind === 'minutes') throw appsScriptError(exec, ADDON_TOO_FREQUENT);
    if (mine.some((t) => t.documentId === documentId && t.eventType === draft.eventType)) {
      throw appsScriptError(exec, ADDON_TOO_MANY);
    }
  }
  if (mine.length >= MAX_TRIGGERS_PER_USER) throw appsScriptError(exec, TOO_MANY_TRIGGERS);
  const id = String(4_000_000_000_000_000 + state.nextId++);
  const rec: TriggerRecord = { ...draft, id, owner, documentId, createdAt: exec.clock.now() };
  if (rec.schedule) rec.schedule = fixMinute(rec.schedule, id);
  state.triggers.push(rec);
  return new Trigger(rec);
}

function fixMinute(s: ClockSchedule, id: string): ClockSchedule {
  if (s.kind === 'minutes' || s.kind === 'once') return { ...s, minuteOffset: 0 };
  const h = hash(id);
  const minuteOffset = s.nearMinute === undefined ? h % 60 : s.nearMinute + (h % 31) - 15;
  return { ...s, minuteOffset };
}

// ---------------------------------------------------------------------------------------------------
// Builders

export class TriggerBuilder implements Models<
  GoogleAppsScript.Script.TriggerBuilder,
  'forSpreadsheet' | 'timeBased'
> {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly handler: string,
  ) {}
  timeBased(): ClockTriggerBuilder {
    return new ClockTriggerBuilder(this.ctx, this.handler);
  }
  forSpreadsheet(spreadsheet: string | { getId(): string }): SpreadsheetTriggerBuilder {
    const id = typeof spreadsheet === 'string' ? spreadsheet : spreadsheet.getId();
    return new SpreadsheetTriggerBuilder(this.ctx, this.handler, id);
  }
}
markEmulated(TriggerBuilder, 'TriggerBuilder', 'script');

export class SpreadsheetTriggerBuilder implements Models<
  GoogleAppsScript.Script.SpreadsheetTriggerBuilder,
  'create' | 'onChange' | 'onEdit' | 'onFormSubmit' | 'onOpen'
> {
  private eventType?: TriggerEventType;
  constructor(
    private readonly ctx: ServiceContext,
    private readonly handler: string,
    private readonly spreadsheetId: string,
  ) {}
  onOpen(): SpreadsheetTriggerBuilder {
    this.eventType = 'ON_OPEN';
    return this;
  }
  onEdit(): SpreadsheetTriggerBuilder {
    this.eventType = 'ON_EDIT';
    return this;
  }
  onChange(): SpreadsheetTriggerBuilder {
    this.eventType = 'ON_CHANGE';
    return this;
  }
  onFormSubmit(): SpreadsheetTriggerBuilder {
    this.eventType = 'ON_FORM_SUBMIT';
    return this;
  }
  create(): Trigger {
    if (!this.eventType)
      throw appsScriptError(
        this.ctx.exec,
        'Trigger must have an event type (onOpen, onEdit, onChange or onFormSubmit).',
      );
    return install(this.ctx, {
      handler: this.handler,
      eventType: this.eventType,
      source: 'SPREADSHEETS',
      sourceId: this.spreadsheetId,
    });
  }
}
markEmulated(SpreadsheetTriggerBuilder, 'SpreadsheetTriggerBuilder', 'script');

const EVERY_MINUTES = [1, 5, 10, 15, 30];

export class ClockTriggerBuilder implements Models<
  GoogleAppsScript.Script.ClockTriggerBuilder,
  | 'after'
  | 'at'
  | 'atDate'
  | 'atHour'
  | 'create'
  | 'everyDays'
  | 'everyHours'
  | 'everyMinutes'
  | 'everyWeeks'
  | 'inTimezone'
  | 'nearMinute'
  | 'onMonthDay'
  | 'onWeekDay'
> {
  private kind?: ClockSchedule['kind'];
  private interval?: number;
  private atHourValue?: number;
  private nearMinuteValue?: number;
  private weekDay?: number;
  private monthDay?: number;
  private timezone?: string;
  private atMs?: number;
  private atDateParts?: [number, number, number];
  constructor(
    private readonly ctx: ServiceContext,
    private readonly handler: string,
  ) {
    this.exec = ctx.exec;
  }

  private readonly exec: Execution;
  private _set(kind: ClockSchedule['kind'], interval?: number): ClockTriggerBuilder {
    // Message wording unconfirmed; Apps Script refuses two recurrences on one trigger.
    if (this.kind && this.kind !== kind)
      throw appsScriptError(this.exec, 'Already chosen to run the trigger on a different schedule.');
    this.kind = kind;
    this.interval = interval;
    return this;
  }
  private _positiveInt(n: unknown, what: string): number {
    const v = Number(n);
    if (!Number.isInteger(v) || v < 1) throw appsScriptError(this.exec, `Invalid argument: ${what}`);
    return v;
  }

  everyMinutes(n: number): ClockTriggerBuilder {
    const v = Number(n);
    if (!EVERY_MINUTES.includes(v))
      throw appsScriptError(this.exec, 'Invalid argument: minutes. Must be one of 1, 5, 10, 15 or 30.');
    return this._set('minutes', v);
  }
  everyHours(n: number): ClockTriggerBuilder {
    return this._set('hours', this._positiveInt(n, 'hours'));
  }
  everyDays(n: number): ClockTriggerBuilder {
    return this._set('days', this._positiveInt(n, 'days'));
  }
  everyWeeks(n: number): ClockTriggerBuilder {
    return this._set('weeks', this._positiveInt(n, 'weeks'));
  }
  onWeekDay(day: string): ClockTriggerBuilder {
    const i = WEEKDAY_INDEX.indexOf(String(day));
    if (i < 0) throw appsScriptError(this.exec, 'Invalid argument: day');
    this.weekDay = i;
    if (!this.kind) this._set('weeks', 1);
    return this;
  }
  onMonthDay(day: number): ClockTriggerBuilder {
    const d = Number(day);
    if (!Number.isInteger(d) || d < 1 || d > 31) throw appsScriptError(this.exec, 'Invalid argument: day');
    this.monthDay = d;
    return this._set('monthDay');
  }
  atHour(hour: number): ClockTriggerBuilder {
    const h = Number(hour);
    if (!Number.isInteger(h) || h < 0 || h > 23) throw appsScriptError(this.exec, 'Invalid argument: hour');
    this.atHourValue = h;
    return this;
  }
  nearMinute(minute: number): ClockTriggerBuilder {
    const m = Number(minute);
    if (!Number.isInteger(m) || m < 0 || m > 59) throw appsScriptError(this.exec, 'Invalid argument: minute');
    this.nearMinuteValue = m;
    return this;
  }
  inTimezone(timezone: string): ClockTriggerBuilder {
    this.timezone = String(timezone);
    return this;
  }
  at(date: Date): ClockTriggerBuilder {
    if (!isDate(date)) throw appsScriptError(this.exec, 'Invalid argument: date');
    this.atMs = date.getTime();
    return this._set('once');
  }
  after(durationMilliseconds: number): ClockTriggerBuilder {
    const ms = Number(durationMilliseconds);
    if (!Number.isFinite(ms) || ms < 0)
      throw appsScriptError(this.exec, 'Invalid argument: durationMilliseconds');
    this.atMs = this.exec.clock.now() + ms;
    return this._set('once');
  }
  atDate(year: number, month: number, day: number): ClockTriggerBuilder {
    this.atDateParts = [Number(year), Number(month), Number(day)];
    return this._set('once');
  }

  create(): Trigger {
    if (!this.kind)
      throw appsScriptError(
        this.exec,
        'Trigger must have a schedule: call everyMinutes, everyHours, everyDays, everyWeeks, onWeekDay, onMonthDay, at, atDate or after.',
      );
    if (this.atHourValue !== undefined && !['days', 'weeks', 'monthDay', 'once'].includes(this.kind)) {
      throw appsScriptError(
        this.exec,
        'atHour() can only be used with everyDays(), everyWeeks(), onWeekDay(), onMonthDay() or atDate().',
      );
    }
    const timezone = resolveZone(this.timezone ?? this.exec.scriptTimeZone).id;
    const now = zonedFields(this.exec.clock.now(), timezone);
    let atMs = this.atMs;
    if (this.atDateParts) {
      // atDate: midnight of that day in the trigger's zone (or the hour given with atHour).
      const [y, m, d] = this.atDateParts;
      atMs = zonedTimeToUtc(timezone, y, m, d, this.atHourValue ?? 0);
    }
    const schedule: ClockSchedule = {
      kind: this.kind,
      interval: this.interval,
      // Without atHour, a daily trigger keeps the hour it was created in.
      atHour:
        this.kind === 'once' || this.kind === 'minutes' || this.kind === 'hours'
          ? undefined
          : (this.atHourValue ?? now.hour),
      nearMinute: this.nearMinuteValue,
      minuteOffset: 0,
      weekDay: this.kind === 'weeks' ? (this.weekDay ?? now.weekday) : undefined,
      monthDay: this.monthDay,
      timezone,
      atMs,
    };
    return install(this.ctx, {
      handler: this.handler,
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: null,
      schedule,
    });
  }
}
markEmulated(ClockTriggerBuilder, 'ClockTriggerBuilder', 'script');

// ---------------------------------------------------------------------------------------------------
// When time-driven triggers fire

export interface DueTrigger {
  trigger: TriggerRecord;
  /** Epoch ms at which it fires. */
  at: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Firing times of one time-driven trigger in (fromMs, toMs], never before it was created. */
export function firingTimes(rec: TriggerRecord, fromMs: number, toMs: number): number[] {
  const s = rec.schedule;
  if (!s) return [];
  const lo = Math.max(fromMs, rec.createdAt);
  const out: number[] = [];
  const push = (t: number) => {
    if (t > lo && t <= toMs) out.push(t);
  };
  switch (s.kind) {
    case 'once':
      if (s.atMs !== undefined) push(Math.max(s.atMs, rec.createdAt + 1));
      break;
    case 'minutes':
    case 'hours': {
      const step = s.interval! * (s.kind === 'minutes' ? MINUTE : HOUR);
      const unit = s.kind === 'minutes' ? MINUTE : HOUR;
      const base = Math.floor(rec.createdAt / unit) * unit + s.minuteOffset * MINUTE;
      const k0 = Math.max(0, Math.floor((lo - base) / step));
      for (let t = base + k0 * step; t <= toMs; t += step) push(t);
      break;
    }
    default: {
      const created = zonedFields(rec.createdAt, s.timezone);
      const createdDay = localDayNumber(created);
      const first = localDayNumber(zonedFields(lo, s.timezone)) - 1;
      const last = localDayNumber(zonedFields(toMs, s.timezone)) + 1;
      for (let day = first; day <= last; day++) {
        const date = dateOfDayNumber(day);
        if (s.kind === 'days' && (((day - createdDay) % s.interval!) + s.interval!) % s.interval! !== 0)
          continue;
        if (s.kind === 'weeks') {
          if (date.weekday !== s.weekDay) continue;
          const weeks = Math.floor((day - date.weekday - (createdDay - created.weekday)) / 7);
          if (((weeks % s.interval!) + s.interval!) % s.interval! !== 0) continue;
        }
        if (s.kind === 'monthDay' && date.day !== s.monthDay) continue;
        push(
          zonedTimeToUtc(s.timezone, date.year, date.month, date.day, s.atHour ?? 0) +
            s.minuteOffset * MINUTE,
        );
      }
    }
  }
  return out;
}

/** Which time-driven triggers fire in (fromMs, toMs], in firing order. One-off triggers are not removed. */
export function dueTriggers(state: TriggersState, fromMs: number, toMs: number): DueTrigger[] {
  const due: DueTrigger[] = [];
  for (const trigger of state.triggers) {
    if (trigger.eventType !== 'CLOCK') continue;
    for (const at of firingTimes(trigger, fromMs, toMs)) due.push({ trigger, at });
  }
  return due.sort((a, b) => a.at - b.at || a.trigger.id.localeCompare(b.trigger.id));
}

/** The next time a time-driven trigger fires after `afterMs` (looks up to a year and a bit ahead). */
export function nextFiring(rec: TriggerRecord, afterMs: number): number | null {
  const window = 32 * 24 * HOUR;
  for (let from = afterMs; from < afterMs + 13 * window; from += window) {
    const times = firingTimes(rec, from, from + window);
    if (times.length > 0) return times[0];
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// AuthorizationInfo and ScriptApp

export class AuthorizationInfo implements Models<
  GoogleAppsScript.Script.AuthorizationInfo,
  'getAuthorizationStatus' | 'getAuthorizationUrl',
  'getAuthorizationUrl'
> {
  constructor(
    private readonly granted: boolean,
    private readonly scriptId: string,
  ) {}
  getAuthorizationStatus(): string {
    return this.granted ? AuthorizationStatus.NOT_REQUIRED : AuthorizationStatus.REQUIRED;
  }
  /** null when no authorization is required, as in Apps Script (the typings say string). */
  getAuthorizationUrl(): string | null {
    return this.granted ? null : `https://script.google.com/macros/d/${this.scriptId}/authorize`;
  }
}
markEmulated(AuthorizationInfo, 'AuthorizationInfo', 'script');

function ownTriggers(world: WorldState, exec: Execution): TriggerRecord[] {
  const owner = exec.effectiveUser.toLowerCase();
  return world.triggers.triggers.filter((t) => t.owner === owner);
}

export function createScriptApp(ctx: ServiceContext) {
  const { exec, world } = ctx;
  const list = (recs: TriggerRecord[]) => exec.realm.Array.from(recs, (r) => new Trigger(r));
  const app = {
    AuthMode,
    AuthorizationStatus,
    EventType,
    TriggerSource,
    WeekDay,
    InstallationSource,

    /**
     * The emulator grants the manifest's scopes to every FULL execution. A LIMITED or NONE execution
     * cannot tell whether the user authorized earlier, so it reports REQUIRED.
     */
    getAuthorizationInfo(_authMode: string): AuthorizationInfo {
      return new AuthorizationInfo(exec.authMode === 'FULL', projectInfo(world).scriptId);
    },
    newTrigger(functionName: string): TriggerBuilder {
      return new TriggerBuilder(ctx, String(functionName));
    },
    /** This user's triggers on this project (in an add-on: in every document). */
    getProjectTriggers(): Trigger[] {
      return list(ownTriggers(world, exec));
    },
    /**
     * This user's triggers in one spreadsheet, for this script only. Whether the time-driven ones made
     * there are listed is unconfirmed: the `clockTriggersInUserTriggers` answer decides.
     */
    getUserTriggers(spreadsheet: string | { getId(): string }): Trigger[] {
      const id = typeof spreadsheet === 'string' ? spreadsheet : spreadsheet.getId();
      const clocks = answersOf(world).clockTriggersInUserTriggers;
      return list(
        ownTriggers(world, exec).filter(
          (t) => t.sourceId === id || (t.documentId === id && (clocks || t.eventType !== 'CLOCK')),
        ),
      );
    },
    deleteTrigger(trigger: Trigger): void {
      const id =
        trigger instanceof Trigger
          ? trigger.getUniqueId()
          : String((trigger as { getUniqueId?: () => string })?.getUniqueId?.());
      const owner = exec.effectiveUser.toLowerCase();
      const i = world.triggers.triggers.findIndex((t) => t.id === id && t.owner === owner);
      if (i >= 0) world.triggers.triggers.splice(i, 1);
    },
    getScriptId(): string {
      return projectInfo(world).scriptId;
    },
    getInstallationSource(): string {
      return world.installation === 'addon'
        ? InstallationSource.APPS_MARKETPLACE_DOMAIN_ADD_ON
        : InstallationSource.NONE;
    },
  };
  return tagEmulated(
    app satisfies Models<
      GoogleAppsScript.Script.ScriptApp,
      | 'AuthMode'
      | 'AuthorizationStatus'
      | 'EventType'
      | 'InstallationSource'
      | 'TriggerSource'
      | 'WeekDay'
      | 'deleteTrigger'
      | 'getAuthorizationInfo'
      | 'getInstallationSource'
      | 'getProjectTriggers'
      | 'getScriptId'
      | 'getUserTriggers'
      | 'newTrigger'
    >,
    'ScriptApp',
    'script',
  );
}
