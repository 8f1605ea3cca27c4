/**
 * Every trigger of the add-on: the simple triggers that build the menu, and the time-driven ones
 * (`hourlyJob`, the one installed trigger; `dailyJob`, a plain status refresh for offices that schedule
 * it themselves).
 */
import { buildMenu } from '../gas/menu';
import { refreshRegister, type RefreshResult } from '../gas/refresh';
import { hourlyJob as runHourlyJob, type JobResult } from './hourly-job';

/** Simple trigger: builds the menu, whatever the authorization mode. */
function onOpen(): void {
  buildMenu();
}

/** Runs with full authorization when the add-on is installed; the menu must appear at once. */
function onInstall(): void {
  onOpen();
}

/** Time-driven trigger (hourly): the morning run once a day, notifications every hour. */
function hourlyJob(): JobResult {
  return runHourlyJob();
}

/** Time-driven trigger: the status refresh alone. */
function dailyJob(): RefreshResult {
  return refreshRegister();
}

global.onOpen = onOpen;
global.onInstall = onInstall;
global.hourlyJob = hourlyJob;
global.dailyJob = dailyJob;
