/**
 * The sheets only administrators change (\`Cán bộ\`, \`Đơn vị\`, \`Cài đặt\`, \`Ngày nghỉ\`) are protected for
 * the administrators listed when setup last ran. The add-on runs as the person using it, so an
 * administrator added by hand since then is refused by Sheets until setup runs again: that refusal is
 * told in the person's words, with what to do. Sheets words its refusal in the language of the person's
 * account, so a failed write is recognised by asking the sheet's protection (\`canEdit\`), not by its text.
 */
import type { Language } from '../core/language';
import { UserError } from '../core/messages';

/** A protection of the whole sheet that is not warning-only and does not list the person. */
function blocked(sheet: GoogleAppsScript.Spreadsheet.Sheet): boolean {
  return sheet
    .getProtections(SpreadsheetApp.ProtectionType.SHEET)
    .some((p) => !p.isWarningOnly() && !p.canEdit());
}

export function writeAdminSheet<T>(sheet: string, lang: Language, write: () => T): T {
  try {
    return write();
  } catch (e) {
    const target = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheet);
    if (target && blocked(target)) throw new UserError('sheet.adminOnly', { sheet }, [], lang);
    throw e;
  }
}

/**
 * Refuses before anything is made (a Drive file, a trigger) when the person may not write the sheet.
 * Light calls only.
 */
export function requireAdminSheetWritable(sheet: GoogleAppsScript.Spreadsheet.Sheet, lang: Language): void {
  if (blocked(sheet)) throw new UserError('sheet.adminOnly', { sheet: sheet.getName() }, [], lang);
}
