/**
 * The menu's items, the wall board's web app, and the two script entries the command line uses. Menu
 * items show their outcome in a dialog (`reportToUser`); nothing here answers a page.
 */
import { setupRegister, type SetupResult } from '../gas/setup';
import { refreshRegister, type RefreshResult } from '../gas/refresh';
import { reportToUser } from '../gas/ui';
import { showWallboardDialog, wallboardWebApp } from '../gas/stats/ui';
import * as stats from '../server/stats';
import * as workspace from '../server/workspace';

/** Menu: Thiết lập sổ theo dõi. */
function setupFromMenu(): void {
  reportToUser(() => setupRegister().message);
}

/** Menu: Cập nhật trạng thái ngay (a known person, not a viewer: `refreshRegister` checks). */
function refreshFromMenu(): void {
  reportToUser(() => refreshRegister().message);
}

/** Menu: Mở bảng giao việc. */
function openSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Nhắc Việc');
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Menu: Cập nhật thống kê — rewrites the `Thống kê` sheet for the settings' period. */
function statisticsFromMenu(): void {
  reportToUser(() => stats.refreshStatisticsSheet().message);
}

/** Menu: Mở bảng điện tử — the wall board in a large dialog. */
function openWallboard(): void {
  showWallboardDialog();
}

/** Menu: Tạo báo cáo tháng — last month's report as a Google Doc in the register's folder. */
function monthlyReportFromMenu(): void {
  reportToUser(() => stats.monthlyReport({}).message);
}

/** Menu (admins): create the agency's template document and save its id in the settings. */
function createDocTemplateFromMenu(): void {
  reportToUser(() => workspace.createDocTemplate());
}

/** Web app (container-bound script deployed by the admin): the wall board page. */
function doGet(): GoogleAppsScript.HTML.HtmlOutput {
  return wallboardWebApp();
}

/** Command line and tests: set up the register, returning what was done (throws on refusal). */
function setup(): SetupResult {
  return setupRegister();
}

/** Command line and tests: recompute statuses now, as a known person (throws on refusal). */
function refresh(): RefreshResult {
  return refreshRegister();
}

global.setupFromMenu = setupFromMenu;
global.refreshFromMenu = refreshFromMenu;
global.openSidebar = openSidebar;
global.statisticsFromMenu = statisticsFromMenu;
global.openWallboard = openWallboard;
global.monthlyReportFromMenu = monthlyReportFromMenu;
global.createDocTemplateFromMenu = createDocTemplateFromMenu;
global.doGet = doGet;
global.setup = setup;
global.refresh = refresh;
