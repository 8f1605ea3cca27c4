/** Showing results and refusals to a person who clicked a menu item. */
import { UserError } from '../core/messages';
import { registerLanguage } from './register-context';
import { googleFailure } from './retry';

/** Runs `fn` and shows its message as a toast; a refusal is shown as an alert, never as a crash. */
export function reportToUser(fn: () => string): void {
  try {
    const message = fn();
    SpreadsheetApp.getActiveSpreadsheet().toast(message, 'Nhắc Việc', 10);
  } catch (e) {
    if (e instanceof UserError) {
      const message = e.text(e.lang ?? registerLanguage(SpreadsheetApp.getActiveSpreadsheet()));
      SpreadsheetApp.getUi().alert('Nhắc Việc', message, SpreadsheetApp.getUi().ButtonSet.OK);
      return;
    }
    // Google's transient error or daily quota: in words, with when to try again (logged too).
    const google = googleFailure(e, 'vi');
    if (!google) throw e;
    console.error(e);
    SpreadsheetApp.getUi().alert('Nhắc Việc', google, SpreadsheetApp.getUi().ButtonSet.OK);
  }
}
