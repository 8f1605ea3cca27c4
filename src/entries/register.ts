/** Entry points: the menu and simple triggers, setup, the refresh, and the register's upkeep. */
import { buildMenu } from '../gas/menu';
import { setupRegister } from '../gas/setup';
import { refreshRegister } from '../gas/refresh';
import { reportToUser } from '../gas/ui';
import { endpoint } from '../server/endpoint';
import { checkAudit } from '../gas/audit';
import { loadContext, requireAdmin } from '../gas/context';

/** Simple trigger: builds the menu, whatever the authorization mode. */
function onOpen(): void {
  buildMenu();
}

/** Runs with full authorization when the add-on is installed; the menu must appear at once. */
function onInstall(): void {
  onOpen();
}

/** Menu: Thiết lập sổ theo dõi. */
function setupFromMenu(): void {
  reportToUser(() => setupRegister().message);
}

/** Menu: Cập nhật trạng thái ngay. */
function refreshFromMenu(): void {
  reportToUser(() => refreshRegister().message);
}

/** Menu: Mở bảng giao việc. */
function openSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Nhắc Việc');
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Time-driven trigger: the daily job (statuses now; reminders and statistics join it later). */
function dailyJob(): unknown {
  return refreshRegister();
}

/** Sidebar and CLI: set up the register, returning what was done. */
function setup(): unknown {
  return setupRegister();
}

/** Sidebar and CLI: recompute statuses now. */
function refresh(): unknown {
  return refreshRegister();
}

/** Sidebar (admin panel): set up again, answering with a reply instead of throwing. */
function adminSetup(): unknown {
  return endpoint(setupRegister);
}
/** Sidebar (admin panel): recompute statuses now. */
function adminRefresh(): unknown {
  return endpoint(refreshRegister);
}

/** Sidebar (admin panel): check the audit log's hash chain. */
function checkAuditLog(): unknown {
  return endpoint(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    requireAdmin(loadContext(ss));
    return checkAudit(ss);
  });
}

global.onOpen = onOpen;
global.onInstall = onInstall;
global.setupFromMenu = setupFromMenu;
global.refreshFromMenu = refreshFromMenu;
global.openSidebar = openSidebar;
global.dailyJob = dailyJob;
global.setup = setup;
global.refresh = refresh;
global.adminSetup = adminSetup;
global.adminRefresh = adminRefresh;
global.checkAuditLog = checkAuditLog;
