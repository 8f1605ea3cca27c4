/**
 * The add-on's entry points. Each `global.name = fn` becomes a top-level `function name() {}` in
 * dist/Code.js (gas-entry-generator), which is what Apps Script can call: simple triggers, menu items,
 * installable triggers and `google.script.run` from the sidebar. Functions ending in `_` cannot be called
 * from the sidebar; nothing here does.
 */
import { buildMenu } from './gas/menu';
import { setupRegister } from './gas/setup';
import { refreshRegister } from './gas/refresh';
import { reportToUser } from './gas/ui';
import { endpoint } from './server/endpoint';
import { whoAmI as currentPerson } from './server/whoami';

declare const global: Record<string, unknown>;

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

/** Sidebar: the signed-in person and their role. */
function whoAmI(): unknown {
  return endpoint(currentPerson);
}

global.onOpen = onOpen;
global.onInstall = onInstall;
global.setupFromMenu = setupFromMenu;
global.refreshFromMenu = refreshFromMenu;
global.openSidebar = openSidebar;
global.dailyJob = dailyJob;
global.setup = setup;
global.refresh = refresh;
global.whoAmI = whoAmI;
