/**
 * The sheets only administrators change (\`Cán bộ\`, \`Đơn vị\`, \`Cài đặt\`, \`Ngày nghỉ\`) are protected for
 * the administrators listed when setup last ran. The add-on runs as the person using it, so an
 * administrator added by hand since then is refused by Sheets until setup runs again: that refusal is
 * told in the person's words, with what to do, instead of Sheets' English.
 */
import type { Language } from '../core/language';
import { UserError } from '../core/messages';

/** Sheets' refusal of an edit to a protected range (Apps Script reports it in English). */
const PROTECTED = 'You are trying to edit a protected cell or object';

export function writeAdminSheet<T>(sheet: string, lang: Language, write: () => T): T {
  try {
    return write();
  } catch (e) {
    if (e instanceof Error && e.message.includes(PROTECTED)) {
      throw new UserError('sheet.adminOnly', { sheet }, [], lang);
    }
    throw e;
  }
}

/**
 * Refuses before anything is made (a Drive file, a trigger) when the person may not write the sheet:
 * a protection that is not warning-only and does not list them. Light calls only.
 */
export function requireAdminSheetWritable(sheet: GoogleAppsScript.Spreadsheet.Sheet, lang: Language): void {
  const protections = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
  if (protections.some((p) => !p.isWarningOnly() && !p.canEdit())) {
    throw new UserError('sheet.adminOnly', { sheet: sheet.getName() }, [], lang);
  }
}
