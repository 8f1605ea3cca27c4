/**
 * The `Thống kê` sheet, written by the daily job (on the tasks it has just refreshed: no second read)
 * and on demand (the menu, the sidebar), for the period and basis in the settings.
 */
import { documentProperties } from '../properties';
import { t, UserError } from '../../core/messages';
import type { Directory } from '../../core/directory';
import type { Settings } from '../../core/settings';
import type { Task } from '../../core/task';
import { computeStatistics, type Statistics } from '../../core/stats/compute';
import { DEFAULT_PERIOD_SPEC, parsePeriod, periodLabel, type Period } from '../../core/stats/period';
import { statisticsLayout } from '../../core/stats/sheet-layout';
import { formatVnDateTime } from '../../core/stats/views';
import type { Day } from '../../core/civil-date';
import { requirePerson, sessionEmail } from '../identity';
import { withDocumentLock } from '../lock';
import { todayVN } from '../time';
import { readForStats } from './read';
import { statisticsSheetWritten, writeStatisticsSheet, type SheetWrite } from './sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface StatisticsResult extends SheetWrite {
  ok: boolean;
  message: string;
  period: string;
  tasks: number;
}

/** The settings' period; a value the settings could not read already fell back to "năm nay". */
export function settingsPeriod(settings: Settings, today: Day): Period {
  return parsePeriod(settings.statsPeriod, today) ?? parsePeriod(DEFAULT_PERIOD_SPEC, today)!;
}

export interface RegisterForStats {
  tasks: readonly Task[];
  settings: Settings;
  directory?: Directory;
  today: Day;
}

function write(ss: Spreadsheet, r: RegisterForStats, repair: boolean): StatisticsResult {
  const lang = r.settings.language;
  const stats: Statistics = computeStatistics({
    tasks: r.tasks,
    today: r.today,
    period: settingsPeriod(r.settings, r.today),
    basis: r.settings.statsBasis,
    directory: r.directory,
    reminderWindow: r.settings.reminderWindowDays,
  });
  const updatedAt = formatVnDateTime(Date.now());
  const layout = statisticsLayout(stats, { lang, agencyName: r.settings.agencyName, updatedAt });
  // The time stamp is no change by itself: the quick path leaves it out when comparing (sheet.ts).
  const sheet = writeStatisticsSheet(ss, layout, { repair, stamp: updatedAt });
  const period = periodLabel(stats.period, lang);
  return {
    ok: true,
    message: t(lang, 'stats.done', { period, count: stats.whole.assigned }),
    period,
    tasks: stats.whole.assigned,
    ...sheet,
  };
}

/**
 * On demand: reads what it needs (the task sheet's columns the statistics use, `STATS_COLUMNS`; the
 * sheet as it is) and writes what differs, under the document lock. With
 * `checkCaller`, only a person of the staff sheet may run it (the menu and the sidebar); the daily
 * trigger runs as its installer.
 */
export function refreshStatistics(opts: { checkCaller: boolean }): StatisticsResult {
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const read = readForStats(ss, { statsOnly: true });
    if (opts.checkCaller) {
      const email = sessionEmail();
      if (!email) throw new UserError('auth.noEmail');
      requirePerson(read.directory.people, email);
    }
    return write(ss, { ...read, today: todayVN() }, true);
  });
}

/** Document property: the daily job's last statistics run, for the office to look at when in doubt. */
export const LAST_RUN_KEY = 'nhacviec.statsLastRun';

/**
 * The daily job's hook, inside its lock, on the tasks it has just read and refreshed: two light calls
 * and the rows that changed since the last write (none when the figures are the same; more calls on the
 * rare day the charts' tables move). It keeps up a sheet someone created once — from the
 * menu or the sidebar — and does nothing before that, so the reminders' morning run never pays for
 * making the sheet and its charts. Statistics are never worth failing the reminders for: an error is
 * recorded and returned, not thrown.
 */
export function statisticsAfterRefresh(ss: Spreadsheet, r: RegisterForStats): string {
  if (!statisticsSheetWritten()) return '';
  let message: string;
  let ok = true;
  try {
    message = write(ss, r, false).message;
  } catch (e) {
    ok = false;
    message = `Thống kê: ${e instanceof Error ? e.message : String(e)}`;
  }
  documentProperties().setProperty(
    LAST_RUN_KEY,
    JSON.stringify({ at: new Date().toISOString(), ok, message }),
  );
  return message;
}
