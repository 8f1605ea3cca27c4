/**
 * Rows the reminders cannot use as they stand, and who is told: a row the refresh cannot read (a
 * deadline that is not a date…) is left out of every digest; a link that is not https or does not fit
 * a QR code is left out of the e-mails; a title longer than a form allows is named too. Each is named in the digests of the task's assigner and of every
 * admin, and in the admins' warning: nothing disappears unnoticed, and nothing stops the other e-mails.
 */
import type { Language } from '../language';
import { t } from '../messages';
import { fitsQr } from '../qr';
import type { RowProblem, Task } from '../task';
import { LIMITS } from '../task-input';
import { oneLine, safeLink } from '../html';

export interface RowIssue {
  /** The task's assigner ('' when unknown), told besides the admins. */
  to: string;
  /** One line, at most 300 characters: a cell's value quoted in it may be long. */
  text: string;
}

export function rowIssues(
  problems: readonly RowProblem[],
  tasks: readonly Task[],
  lang: Language,
): RowIssue[] {
  const out: RowIssue[] = problems.map((p) => {
    const reasons = p.reasons.join('; ');
    return {
      to: p.assigner ?? '',
      text: oneLine(p.id ? `${p.id}: ${reasons}` : t(lang, 'refresh.badRow', { row: p.row, reasons }), 300),
    };
  });
  for (const task of tasks) {
    const say = (text: string) => out.push({ to: task.assigner, text: `${task.id}: ${text}` });
    const link = task.driveLink;
    if (link && !(safeLink(link) && fitsQr(link))) say(t(lang, 'input.badLink'));
    const length = task.title.length;
    if (length > LIMITS.title)
      say(t(lang, 'input.tooLong', { field: t(lang, 'field.title'), length, max: LIMITS.title }));
  }
  return out;
}
