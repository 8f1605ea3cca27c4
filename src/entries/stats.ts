/** Entry points of the statistics: the Thống kê sheet, the sidebar's figures, the wall board, the monthly report. */
import { reportToUser } from '../gas/ui';
import { endpoint } from '../server/endpoint';
import * as statsEndpoints from '../server/stats';
import { showWallboardDialog, wallboardWebApp } from '../gas/stats/ui';

/** Menu: Cập nhật thống kê — rewrites the `Thống kê` sheet for the settings' period. */
function statisticsFromMenu(): void {
  reportToUser(() => statsEndpoints.refreshStatisticsSheet().message);
}

/** Menu: Mở bảng điện tử — the wall board in a large dialog. */
function openWallboard(): void {
  showWallboardDialog();
}

/** Menu: Tạo báo cáo tháng — last month's report as a Google Doc in the register's folder. */
function monthlyReportFromMenu(): void {
  reportToUser(() => statsEndpoints.monthlyReport({}).message);
}

/** Web app (container-bound script deployed by the admin): the wall board page. */
function doGet(): unknown {
  return wallboardWebApp();
}

/** Sidebar: the statistics for a period (`{period, basis, unit}`; empty = the settings'). */
function getStatistics(args: statsEndpoints.StatsArgs): unknown {
  return endpoint(() => statsEndpoints.getStatistics(args));
}

/** Sidebar: the tasks behind one number (`{period, basis, unit, person, figure}`), only those the caller may see. */
function getStatisticsTasks(args: statsEndpoints.DrillArgs): unknown {
  return endpoint(() => statsEndpoints.getStatisticsTasks(args));
}

/** Sidebar: rewrite the `Thống kê` sheet now. */
function refreshStatisticsSheet(): unknown {
  return endpoint(() => statsEndpoints.refreshStatisticsSheet());
}

/** Sidebar (leaders, admins, followers): the monthly report (`{month: 'MM/yyyy', format: 'doc' | 'pdf'}`). */
function createMonthlyReport(args: { month?: unknown; format?: unknown }): unknown {
  return endpoint(() => statsEndpoints.monthlyReport(args));
}

/** Wall board (dialog or web app): the figures and the overdue list; depends on no viewer's identity. */
function getWallboard(): unknown {
  return endpoint(() => statsEndpoints.getWallboard());
}

global.statisticsFromMenu = statisticsFromMenu;
global.openWallboard = openWallboard;
global.monthlyReportFromMenu = monthlyReportFromMenu;
global.doGet = doGet;
global.getStatistics = getStatistics;
global.getStatisticsTasks = getStatisticsTasks;
global.refreshStatisticsSheet = refreshStatisticsSheet;
global.createMonthlyReport = createMonthlyReport;
global.getWallboard = getWallboard;
