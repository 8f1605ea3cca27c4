/**
 * The menu's items, the wall board's web app, and the two script entries the command line uses. Menu
 * items show their outcome in a dialog (`reportToUser`); nothing here answers a page.
 */
import { registeredAgencyName, setupRegister, type SetupResult } from '../gas/setup';
import { t } from '../core/messages';
import { refreshRegister, type RefreshResult } from '../gas/refresh';
import { reportToUser } from '../gas/ui';
import { runSelfCheck, say } from '../gas/self-check';
import { showWallboardDialog, wallboardWebApp } from '../gas/stats/ui';
import * as stats from '../server/stats';
import * as workspace from '../server/workspace';

/**
 * Menu: Thiết lập sổ theo dõi. While the register has no agency name, asks for it first (Cancel: nothing
 * is done; OK with a blank answer: set up without one).
 */
function setupFromMenu(): void {
  let agencyName = '';
  if (!registeredAgencyName(SpreadsheetApp.getActiveSpreadsheet())) {
    const ui = SpreadsheetApp.getUi();
    const answer = ui.prompt(t('vi', 'menu.setup'), t('vi', 'setup.askAgencyName'), ui.ButtonSet.OK_CANCEL);
    if (answer.getSelectedButton() !== ui.Button.OK) return;
    agencyName = answer.getResponseText();
  }
  reportToUser(() => setupRegister({ agencyName }).message);
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

/**
 * Menu (admins): Kiểm tra hoạt động. Asks whether to send a test e-mail too (Cancel: nothing is done);
 * the report shows in a dialog, its first line as a toast.
 */
function selfCheckFromMenu(): void {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.alert(say('title'), say('askMail'), ui.ButtonSet.YES_NO_CANCEL);
  if (answer !== ui.Button.YES && answer !== ui.Button.NO) return;
  reportToUser(() => {
    const report = runSelfCheck({ sendTestMail: answer === ui.Button.YES });
    ui.alert(say('title'), report.message, ui.ButtonSet.OK);
    return report.message.split('\n')[0];
  });
}

/** Web app (container-bound script deployed by the admin): the wall board page. */
function doGet(): GoogleAppsScript.HTML.HtmlOutput {
  return wallboardWebApp();
}

/**
 * Command line and tests: set up the register, returning what was done (throws on refusal); the agency's
 * name, when given, goes to the settings (`exec setup '"UBND phường X"'`).
 */
function setup(agencyName?: unknown): SetupResult {
  return setupRegister({ agencyName });
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
global.selfCheckFromMenu = selfCheckFromMenu;
global.doGet = doGet;
global.setup = setup;
global.refresh = refresh;
