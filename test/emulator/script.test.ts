import { begin, makeWorld } from './service-context'; // first: loads the emulator modules in a working order
import { Clock } from '../../emulator/runtime';
import { dueTriggers, firingTimes, nextFiring } from '../../emulator/services/script';
import { zonedFields } from '../../emulator/services/timezone';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const ADDON_TOO_MANY =
  'This add-on has created too many time-based triggers in this document for this Google user account.';
const SCRIPT_TOO_MANY =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

describe('ScriptApp triggers in an editor add-on', () => {
  it('allows one time-driven trigger per user per document', () => {
    const world = makeWorld({ installation: 'addon' });
    const clock = new Clock();
    const a = begin(world, clock, { as: 'a@ubnd.vn' });
    a.ScriptApp.newTrigger('remind').timeBased().everyDays(1).atHour(7).create();
    expect(() => a.ScriptApp.newTrigger('other').timeBased().everyHours(1).create()).toThrow(ADDON_TOO_MANY);
    // Another user in the same document, and the same user in another document, may have theirs.
    begin(world, clock, { as: 'b@ubnd.vn' }).ScriptApp.newTrigger('remind').timeBased().everyDays(1).create();
    world.activeSpreadsheetId = 'ss-2';
    begin(world, clock, { as: 'a@ubnd.vn' }).ScriptApp.newTrigger('remind').timeBased().everyDays(1).create();
    expect(world.triggers.triggers).toHaveLength(3);
  });

  it('allows one trigger of each event type: a second onEdit throws, onOpen and onChange do not', () => {
    const t = begin(makeWorld({ installation: 'addon' }), new Clock(), { as: 'a@ubnd.vn' });
    t.ScriptApp.newTrigger('onEditInstalled').forSpreadsheet('ss-1').onEdit().create();
    t.ScriptApp.newTrigger('onOpenInstalled').forSpreadsheet('ss-1').onOpen().create();
    t.ScriptApp.newTrigger('onChangeInstalled').forSpreadsheet('ss-1').onChange().create();
    expect(() => t.ScriptApp.newTrigger('again').forSpreadsheet('ss-1').onEdit().create()).toThrow(
      ADDON_TOO_MANY,
    );
  });

  it('refuses time-driven triggers more frequent than hourly', () => {
    const t = begin(makeWorld({ installation: 'addon' }), new Clock(), { as: 'a@ubnd.vn' });
    expect(() => t.ScriptApp.newTrigger('tick').timeBased().everyMinutes(30).create()).toThrow(
      /once per hour/,
    );
    expect(() => t.ScriptApp.newTrigger('tick').timeBased().everyHours(1).create()).not.toThrow();
  });

  it('deleting the trigger makes room for a new one', () => {
    const t = begin(makeWorld({ installation: 'addon' }), new Clock(), { as: 'a@ubnd.vn' });
    const trig = t.ScriptApp.newTrigger('remind').timeBased().everyDays(1).create();
    t.ScriptApp.deleteTrigger(trig);
    expect(t.ScriptApp.getProjectTriggers()).toHaveLength(0);
    expect(() => t.ScriptApp.newTrigger('remind').timeBased().everyDays(1).atHour(8).create()).not.toThrow();
  });
});

describe('ScriptApp triggers in a bound script', () => {
  it('has no per-document or hourly limit, but 20 triggers per user', () => {
    const world = makeWorld({ installation: 'bound' });
    const t = begin(world, new Clock(), { as: 'a@ubnd.vn' });
    t.ScriptApp.newTrigger('tick').timeBased().everyMinutes(5).create();
    for (let i = 1; i < 20; i++)
      t.ScriptApp.newTrigger(`h${i}`)
        .timeBased()
        .everyDays(1)
        .atHour(i % 24)
        .create();
    expect(() => t.ScriptApp.newTrigger('one-too-many').timeBased().everyDays(1).create()).toThrow(
      SCRIPT_TOO_MANY,
    );
    // The limit is per user.
    expect(() =>
      begin(world, new Clock(), { as: 'b@ubnd.vn' })
        .ScriptApp.newTrigger('x')
        .forSpreadsheet('ss-1')
        .onEdit()
        .create(),
    ).not.toThrow();
  });
});

describe('Trigger objects and listing', () => {
  it('describes itself and lists only the current user’s triggers, across executions', () => {
    const world = makeWorld({ installation: 'bound' });
    const clock = new Clock();
    const a = begin(world, clock, { as: 'a@ubnd.vn' });
    const clockTrigger = a.ScriptApp.newTrigger('remind').timeBased().everyDays(1).atHour(7).create();
    a.ScriptApp.newTrigger('onEditInstalled').forSpreadsheet('ss-1').onEdit().create();
    begin(world, clock, { as: 'b@ubnd.vn' })
      .ScriptApp.newTrigger('theirs')
      .timeBased()
      .everyHours(2)
      .create();

    expect(clockTrigger.getHandlerFunction()).toBe('remind');
    expect(clockTrigger.getEventType()).toBe(a.ScriptApp.EventType.CLOCK);
    expect(clockTrigger.getTriggerSource()).toBe(a.ScriptApp.TriggerSource.CLOCK);
    expect(clockTrigger.getTriggerSourceId()).toBeNull();

    const later = begin(world, clock, { as: 'a@ubnd.vn' });
    const mine = later.ScriptApp.getProjectTriggers();
    expect(mine.map((t) => t.getHandlerFunction()).sort()).toEqual(['onEditInstalled', 'remind']);
    const edit = mine.find((t) => t.getEventType() === later.ScriptApp.EventType.ON_EDIT)!;
    expect(edit.getTriggerSource()).toBe(later.ScriptApp.TriggerSource.SPREADSHEETS);
    expect(edit.getTriggerSourceId()).toBe('ss-1');
    expect(mine.map((t) => t.getUniqueId())).toContain(clockTrigger.getUniqueId());
    // Triggers run as their creator.
    expect(world.triggers.triggers.find((t) => t.handler === 'theirs')!.owner).toBe('b@ubnd.vn');
  });

  it('getUserTriggers lists the user’s triggers of one spreadsheet', () => {
    const world = makeWorld({ installation: 'addon' });
    const clock = new Clock();
    begin(world, clock, { as: 'a@ubnd.vn' }).ScriptApp.newTrigger('remind').timeBased().everyDays(1).create();
    world.activeSpreadsheetId = 'ss-2';
    const t = begin(world, clock, { as: 'a@ubnd.vn' });
    t.ScriptApp.newTrigger('remind').timeBased().everyDays(1).create();
    expect(t.ScriptApp.getProjectTriggers()).toHaveLength(2); // the add-on's triggers in every document
    expect(
      t.ScriptApp.getUserTriggers({ getId: () => 'ss-1' } as GoogleAppsScript.Spreadsheet.Spreadsheet),
    ).toHaveLength(1);
  });

  it('needs authorization: ScriptApp.newTrigger fails in AuthMode.NONE', () => {
    const t = begin(makeWorld(), new Clock(), { as: 'a@ubnd.vn', authMode: 'NONE' });
    expect(() => t.ScriptApp.newTrigger('x')).toThrow(
      'You do not have permission to call ScriptApp.newTrigger',
    );
    expect(() => t.ScriptApp.getProjectTriggers()).toThrow(/do not have permission/);
  });
});

describe('when time-driven triggers fire', () => {
  it('fires a daily trigger at one fixed minute between H:00 and H:59, every day', () => {
    const world = makeWorld({ installation: 'addon' });
    const clock = new Clock(Date.UTC(2026, 0, 5, 1, 0, 0)); // 08:00 in Hà Nội
    const t = begin(world, clock, { as: 'a@ubnd.vn' });
    t.ScriptApp.newTrigger('remind').timeBased().everyDays(1).atHour(9).create();
    const rec = world.triggers.triggers[0];
    const due = dueTriggers(world.triggers, clock.now(), clock.now() + 5 * DAY);
    expect(due).toHaveLength(5);
    const minutes = new Set<number>();
    for (const d of due) {
      const f = zonedFields(d.at, 'Asia/Ho_Chi_Minh');
      expect(f.hour).toBe(9);
      minutes.add(f.minute);
      expect(d.trigger.id).toBe(rec.id);
    }
    expect(minutes.size).toBe(1);
    expect(rec.schedule!.minuteOffset).toBe([...minutes][0]);
    // Deterministic: the same id always gives the same minute.
    const other = makeWorld({ installation: 'addon' });
    begin(other, new Clock(clock.now()), { as: 'a@ubnd.vn' })
      .ScriptApp.newTrigger('x')
      .timeBased()
      .everyDays(1)
      .atHour(9)
      .create();
    expect(other.triggers.triggers[0].schedule!.minuteOffset).toBe(rec.schedule!.minuteOffset);
  });

  it('picks different minutes for different triggers', () => {
    const world = makeWorld({ installation: 'bound' });
    const t = begin(world, new Clock(), { as: 'a@ubnd.vn' });
    for (let i = 0; i < 10; i++) t.ScriptApp.newTrigger(`h${i}`).timeBased().everyDays(1).atHour(9).create();
    expect(new Set(world.triggers.triggers.map((r) => r.schedule!.minuteOffset)).size).toBeGreaterThan(3);
  });

  it('fires within 15 minutes of nearMinute', () => {
    const world = makeWorld({ installation: 'bound' });
    const clock = new Clock();
    const t = begin(world, clock, { as: 'a@ubnd.vn' });
    for (let i = 0; i < 10; i++)
      t.ScriptApp.newTrigger(`h${i}`).timeBased().everyDays(1).atHour(9).nearMinute(30).create();
    for (const d of dueTriggers(world.triggers, clock.now(), clock.now() + DAY)) {
      const f = zonedFields(d.at, 'Asia/Ho_Chi_Minh');
      expect(f.hour).toBe(9);
      expect(Math.abs(f.minute - 30)).toBeLessThanOrEqual(15);
    }
  });

  it('keeps local wall-clock time across a DST change with inTimezone', () => {
    const world = makeWorld({ installation: 'bound' });
    const clock = new Clock(Date.UTC(2026, 2, 6, 0, 0, 0)); // DST starts in New York on 8 March 2026
    begin(world, clock, { as: 'a@ubnd.vn' })
      .ScriptApp.newTrigger('daily')
      .timeBased()
      .everyDays(1)
      .atHour(9)
      .inTimezone('America/New_York')
      .create();
    const due = dueTriggers(world.triggers, clock.now(), clock.now() + 5 * DAY);
    expect(due.map((d) => zonedFields(d.at, 'America/New_York').hour)).toEqual([9, 9, 9, 9, 9]);
    const utcHours = due.map((d) => new Date(d.at).getUTCHours());
    expect(utcHours[0]).toBe(14); // EST
    expect(utcHours[4]).toBe(13); // EDT
  });

  it('fires every n hours, weekly on a weekday, and one-off triggers once', () => {
    const world = makeWorld({ installation: 'bound' });
    const clock = new Clock(Date.UTC(2026, 0, 5, 1, 0, 0));
    const t = begin(world, clock, { as: 'a@ubnd.vn' });
    t.ScriptApp.newTrigger('twoHourly').timeBased().everyHours(2).create();
    t.ScriptApp.newTrigger('weekly').timeBased().onWeekDay(t.ScriptApp.WeekDay.FRIDAY).atHour(16).create();
    const once = t.ScriptApp.newTrigger('once').timeBased();
    const createdAt = clock.now(); // each call moves the clock by its modelled cost
    once.after(90 * 60_000).create();
    const due = dueTriggers(world.triggers, clock.now(), clock.now() + 7 * DAY);
    const of = (h: string) => due.filter((d) => d.trigger.handler === h);
    expect(of('twoHourly')).toHaveLength(84);
    const weekly = of('weekly');
    expect(weekly).toHaveLength(1);
    expect(zonedFields(weekly[0].at, 'Asia/Ho_Chi_Minh')).toMatchObject({ weekday: 5, hour: 16 });
    expect(of('once').map((d) => d.at)).toEqual([createdAt + 90 * 60_000]);
    // In firing order.
    expect(due.map((d) => d.at)).toEqual([...due.map((d) => d.at)].sort((x, y) => x - y));
  });

  it('never fires before the trigger exists, and nextFiring finds the next time', () => {
    const world = makeWorld({ installation: 'bound' });
    const clock = new Clock(Date.UTC(2026, 0, 5, 3, 0, 0)); // 10:00 ICT, after 9:xx
    begin(world, clock, { as: 'a@ubnd.vn' })
      .ScriptApp.newTrigger('d')
      .timeBased()
      .everyDays(1)
      .atHour(9)
      .create();
    const rec = world.triggers.triggers[0];
    expect(firingTimes(rec, clock.now() - DAY, clock.now())).toEqual([]);
    const next = nextFiring(rec, clock.now())!;
    expect(zonedFields(next, 'Asia/Ho_Chi_Minh')).toMatchObject({ day: 6, hour: 9 });
  });
});

describe('authorization info and enums', () => {
  it('reports NOT_REQUIRED in a FULL execution and REQUIRED with a URL otherwise', () => {
    const world = makeWorld();
    const full = begin(world, new Clock(), { as: 'a@ubnd.vn' }).ScriptApp;
    const info = full.getAuthorizationInfo(full.AuthMode.FULL);
    expect(info.getAuthorizationStatus()).toBe(full.AuthorizationStatus.NOT_REQUIRED);
    expect(info.getAuthorizationUrl()).toBeNull();
    const limited = begin(world, new Clock(), { as: 'a@ubnd.vn', authMode: 'LIMITED' }).ScriptApp;
    const info2 = limited.getAuthorizationInfo(limited.AuthMode.FULL);
    expect(info2.getAuthorizationStatus()).toBe(limited.AuthorizationStatus.REQUIRED);
    expect(info2.getAuthorizationUrl()).toMatch(/^https:\/\/script\.google\.com\//);
  });

  it('has AuthMode values that equal the event objects’ authMode strings', () => {
    const s = begin(makeWorld(), new Clock(), { as: 'a@ubnd.vn' }).ScriptApp;
    expect(String(s.AuthMode.NONE)).toBe('NONE');
    expect(s.AuthMode.FULL).toBe('FULL');
    expect(s.getScriptId()).toMatch(/^[\w-]{20,}$/);
    const world = makeWorld();
    world.project = { name: 'P', scriptId: '1abcdefghijklmnopqrstuvwxyz' };
    expect(begin(world, new Clock(), { as: 'a@ubnd.vn' }).ScriptApp.getScriptId()).toBe(
      '1abcdefghijklmnopqrstuvwxyz',
    );
  });
});
