/**
 * The add-on menu. `onOpen` may run in AuthMode.NONE (installed but not yet used in this file): then it
 * may only build the menu, so it reads nothing else — not even the language setting.
 */
import { t } from '../core/messages';

export function buildMenu(): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(t('vi', 'menu.sidebar'), 'openSidebar')
    .addItem(t('vi', 'menu.refresh'), 'refreshFromMenu')
    .addItem(t('vi', 'menu.stats'), 'statisticsFromMenu')
    .addItem(t('vi', 'menu.wallboard'), 'openWallboard')
    .addItem(t('vi', 'menu.report'), 'monthlyReportFromMenu')
    .addSeparator()
    .addItem(t('vi', 'menu.setup'), 'setupFromMenu')
    .addItem(t('vi', 'menu.selfCheck'), 'selfCheckFromMenu')
    .addItem(t('vi', 'menu.docTemplate'), 'createDocTemplateFromMenu')
    .addToUi();
}
