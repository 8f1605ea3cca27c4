/** Entry points of the reminders: the hourly trigger and the sidebar's reminder settings. */
import { endpoint } from '../server/endpoint';
import { hourlyJob as runHourlyJob } from '../gas/reminders/job';
import * as reminderEndpoints from '../server/reminders';

/** Time-driven trigger (hourly): the daily refresh and digests once a day, notifications every hour. */
function hourlyJob(): unknown {
  return runHourlyJob();
}

/** Sidebar (admin): turn reminders on at `hour` (0–23, Viet Nam time), sent from the caller's account. */
function installReminders(hour: unknown): unknown {
  return endpoint(() => reminderEndpoints.installReminders(hour));
}

/** Sidebar (admin): turn reminders off. */
function uninstallReminders(): unknown {
  return endpoint(() => reminderEndpoints.uninstallReminders());
}

/** Sidebar: whether reminders are on, who sends them, the last run and any warning. */
function getReminderStatus(): unknown {
  return endpoint(() => reminderEndpoints.getReminderStatus());
}

global.hourlyJob = hourlyJob;
global.installReminders = installReminders;
global.uninstallReminders = uninstallReminders;
global.getReminderStatus = getReminderStatus;
