/**
 * The wall board's two doors: a dialog from the menu, and — for a container-bound script (the template
 * copy) — a web app the admin deploys ("Execute as: Me", "Who has access: Anyone within <domain>").
 * Both serve the same page (dist/Wallboard.html), which polls `getWallboard` by `google.script.run`.
 * In the web app that call runs as the admin who deployed it, which is why the wall board depends on
 * no viewer's identity.
 */
import { t } from '../../core/messages';

export const WALLBOARD_FILE = 'Wallboard';

function page(): GoogleAppsScript.HTML.HtmlOutput {
  return HtmlService.createHtmlOutputFromFile(WALLBOARD_FILE).setTitle(
    `${t('vi', 'app.name')} – ${t('vi', 'menu.wallboard').replace(/^Mở /, '')}`,
  );
}

/** Menu: a large modal dialog (Sheets caps dialogs at the window's size). */
export function showWallboardDialog(): void {
  SpreadsheetApp.getUi().showModalDialog(page().setWidth(1200).setHeight(800), t('vi', 'wall.title'));
}

/**
 * The web app's page. ALLOWALL lets an intranet page or Google Sites embed it on a meeting-room screen;
 * the page shows only what anyone may see (see src/server/stats.ts).
 */
export function wallboardWebApp(): GoogleAppsScript.HTML.HtmlOutput {
  return page()
    .addMetaTag('viewport', 'width=device-width, initial-scale=1')
    .setXFrameOptionsMode(HtmlService.XFrameOptionsMode.ALLOWALL);
}
