/**
 * The monthly report, written into the register's Drive folder as a Google Doc (HTML converted by
 * Drive, the way `drive.file` allows) or as a PDF (Apps Script's HTML → PDF).
 *
 * Folders follow the workspace's convention (src/gas/workspace): the register's root folder is the one
 * whose `appProperties` name this register and `nhacviecFolder = root` ("Nhắc Việc – <register>"),
 * made here when the workspace has not made it yet; reports go in its `Báo cáo` sub-folder. Under
 * `drive.file` each account sees only the folders it made, so a report made by another account goes
 * into that account's copy of the folders.
 */
import { dayFromYmd, type Day, ymdFromDay } from '../../core/civil-date';
import { t, UserError } from '../../core/messages';
import type { Settings } from '../../core/settings';
import { computeStatistics } from '../../core/stats/compute';
import { monthPeriod, type Period } from '../../core/stats/period';
import { monthlyReportHtml } from '../../core/stats/report';
import { wallboardView } from '../../core/stats/views';
import type { Directory } from '../../core/directory';
import type { Task } from '../../core/task';
import type { WorkingCalendar } from '../../core/calendar';
import { retrying } from '../retry';
import {
  createBlobFile,
  createDocFromHtml,
  createFolder,
  FOLDER_MIME,
  PROP,
  type DriveFile,
} from '../workspace/drive';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type ReportFormat = 'doc' | 'pdf';

export interface ReportResult {
  message: string;
  id: string;
  name: string;
  url: string;
  folder: string;
  format: ReportFormat;
}

/** "10/2026", "2026-10" → that month; nothing → last month. */
export function reportMonth(arg: unknown, today: Day): Period {
  const s = String(arg ?? '').trim();
  if (!s) {
    const { year, month } = ymdFromDay(today);
    return month === 1 ? monthPeriod(year - 1, 12) : monthPeriod(year, month - 1);
  }
  const my = /^(\d{1,2})[/-](\d{4})$/.exec(s);
  const ym = /^(\d{4})-(\d{1,2})$/.exec(s);
  const month = my ? Number(my[1]) : ym ? Number(ym[2]) : NaN;
  const year = my ? Number(my[2]) : ym ? Number(ym[1]) : NaN;
  if (!(month >= 1 && month <= 12 && year >= 2000 && year <= 2100)) throw new UserError('stats.badMonth');
  return monthPeriod(year, month);
}

const q = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const has = (key: string, value: string) => `appProperties has { key=${q(key)} and value=${q(value)} }`;

function driveApi(): GoogleAppsScript.Drive {
  if (typeof Drive === 'undefined' || !Drive)
    throw new Error('The Advanced Drive service (v3) is not enabled.');
  return Drive;
}

/** The register's root folder and its reports folder, found by their appProperties or made. */
export function reportsFolder(ss: Spreadsheet, lang: Settings['language']): DriveFile {
  const registerId = ss.getId();
  const res = retrying(() =>
    driveApi().Files!.list({
      q: `trashed = false and mimeType = ${q(FOLDER_MIME)} and ${has(PROP.register, registerId)} and (${has(PROP.folder, 'root')} or ${has(
        PROP.folder,
        'reports',
      )})`,
      fields: 'files(id,name,appProperties)',
      orderBy: 'createdTime',
      pageSize: 10,
    }),
  );
  const found = res.files ?? [];
  const of = (key: string) =>
    found.find((f) => (f.appProperties as Record<string, string> | undefined)?.[PROP.folder] === key);
  const reports = of('reports');
  if (reports)
    return {
      id: String(reports.id),
      name: String(reports.name),
      mimeType: FOLDER_MIME,
      parents: [],
      appProperties: {},
      webViewLink: '',
    };
  const rootFound = of('root');
  const root = rootFound
    ? String(rootFound.id)
    : createFolder(`${t('vi', 'app.name')} – ${ss.getName()}`, 'root', {
        [PROP.register]: registerId,
        [PROP.folder]: 'root',
      }).id;
  return createFolder(lang === 'en' ? 'Reports' : 'Báo cáo', root, {
    [PROP.register]: registerId,
    [PROP.folder]: 'reports',
  });
}

export interface ReportSource {
  tasks: readonly Task[];
  settings: Settings;
  directory: Directory;
  calendar: WorkingCalendar;
  today: Day;
}

/** The report's HTML for a month: the month, the year to the month's end, the overdue list. */
export function reportHtml(src: ReportSource, month: Period): string {
  const lang = src.settings.language;
  const basis = src.settings.statsBasis;
  const common = {
    tasks: src.tasks,
    today: src.today,
    basis,
    directory: src.directory,
    calendar: src.calendar,
  };
  const monthStats = computeStatistics({ ...common, period: month });
  const { year } = ymdFromDay(month.from!);
  const ytd = computeStatistics({
    ...common,
    period: { kind: 'custom', from: dayFromYmd(year, 1, 1), to: month.to },
  });
  const overdue = wallboardView(monthStats, src.tasks, {
    lang,
    agencyName: src.settings.agencyName,
    now: Date.now(),
    calendar: src.calendar,
    directory: src.directory,
  }).overdue;
  return monthlyReportHtml({
    lang,
    agencyName: src.settings.agencyName,
    month: monthStats,
    ytd,
    overdue,
    date: src.today,
  });
}

export function createMonthlyReport(
  ss: Spreadsheet,
  src: ReportSource,
  month: Period,
  format: ReportFormat,
): ReportResult {
  const lang = src.settings.language;
  const html = reportHtml(src, month);
  const { year, month: mm } = ymdFromDay(month.from!);
  const name = t(lang, 'report.fileName', { month: `${String(mm).padStart(2, '0')}-${year}` });
  const folder = reportsFolder(ss, lang);
  const props = {
    [PROP.register]: ss.getId(),
    [PROP.kind]: 'report',
    nhacviecMonth: `${year}-${String(mm).padStart(2, '0')}`,
  };
  const file =
    format === 'pdf'
      ? createBlobFile(
          Utilities.newBlob(html, 'text/html', `${name}.html`)
            .getAs('application/pdf')
            .setName(`${name}.pdf`),
          folder.id,
          props,
        )
      : createDocFromHtml(name, html, folder.id, props);
  return {
    message: t(lang, 'report.done', { name: file.name, folder: folder.name }),
    id: file.id,
    name: file.name,
    url: file.webViewLink,
    folder: folder.name,
    format,
  };
}
