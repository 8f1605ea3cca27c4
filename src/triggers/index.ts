/**
 * Every trigger of the add-on: the simple triggers that build the menu, and the time-driven ones
 * (`hourlyJob`, the one installed trigger; `dailyJob`, a plain status refresh for offices that schedule
 * it themselves).
 */
import { SHEETS } from '../core/schema';
import { contextChanged } from '../gas/context-cache';
import { renewScreens, screensAfterEdit } from '../gas/screen-cache';
import { buildMenu } from '../gas/menu';
import { rebuildScreens, refreshRegister, type RefreshResult } from '../gas/refresh';
import { hourlyJob as runHourlyJob, type JobResult } from './hourly-job';

/** Simple trigger: builds the menu, whatever the authorization mode. */
function onOpen(): void {
  buildMenu();
}

/** Runs with full authorization when the add-on is installed; the menu must appear at once. */
function onInstall(): void {
  onOpen();
}

/**
 * Simple trigger: a person edited a cell or pasted. An edit of the settings, holidays, staff or units
 * sheet renews the cached context at once (`gas/context-cache.ts`). Runs in AuthMode.LIMITED for every
 * edit anywhere in the spreadsheet, so it does nothing else and never throws.
 */
function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  try {
    const name = e.range.getSheet().getName();
    if (CONTEXT_SHEETS.has(name)) contextChanged();
    else if (name === SHEETS.tasks.vi) screensAfterEdit(e); // the kept first screens follow the row
  } catch {
    // An edit must never show an error to the person typing; the cache's short life covers a miss.
  }
}

/**
 * Time-driven trigger (hourly): the morning run once a day, notifications every hour. The event's
 * `triggerUid` tells the recorded trigger from an orphan (run by hand: no event).
 */
function hourlyJob(e?: GoogleAppsScript.Events.TimeDriven): JobResult {
  const result = runHourlyJob(e);
  // The first screens kept this morning outlive the cache's 6 hours; dropped during the day (rows
  // inserted or deleted by hand), they are built again by a run that sent nothing.
  const { rebuild } = renewScreens();
  if (rebuild && result.action === 'idle') rebuildScreens();
  return result;
}

/** Time-driven trigger: the status refresh alone. */
function dailyJob(): RefreshResult {
  return refreshRegister({ timed: true });
}

const CONTEXT_SHEETS = new Set([SHEETS.settings.vi, SHEETS.holidays.vi, SHEETS.staff.vi, SHEETS.units.vi]);

global.onOpen = onOpen;
global.onEdit = onEdit;
global.onInstall = onInstall;
global.hourlyJob = hourlyJob;
global.dailyJob = dailyJob;
