/**
 * The yearly rating's reminder (issue 16: due before 15/12): in December, on working days from the
 * `evalYearFrom` day to the `evalYearDue` day, a line for each unit leader naming how many of their
 * officials still have a month of the year (January–November) not rated. Pure.
 */
import type { WorkingCalendar } from '../calendar';
import { dayFromYmd, ymdFromDay, type Day } from '../civil-date';
import type { Directory } from '../directory';
import { formatDay } from '../format';
import { t } from '../messages';
import { unitChain } from '../permissions';
import type { Settings } from '../settings';
import type { Form } from './form';

export function yearlyReminders(
  forms: readonly Pick<Form, 'month' | 'email' | 'unit' | 'status'>[],
  r: {
    directory: Directory;
    calendar: WorkingCalendar;
    settings: Pick<Settings, 'evalYearFrom' | 'evalYearDue' | 'language'>;
    today: Day;
  },
): { to: string; text: string }[] {
  const { directory, settings, today } = r;
  const { year, month, day } = ymdFromDay(today);
  if (month !== 12 || day < settings.evalYearFrom || day > settings.evalYearDue) return [];
  if (!r.calendar.isWorkingDay(today)) return [];
  const missing = new Map<string, Set<string>>();
  for (const f of forms) {
    if (!f.month.startsWith(`${year}-`) || f.month.endsWith('-12')) continue;
    if (f.status === 'rated' || f.status === 'approved') continue;
    const who = directory.person(f.email);
    if (!who) continue; // no longer works here
    const leader = unitChain(directory, who.unit || f.unit).leaders.find((l) => l !== who.email);
    if (!leader) continue;
    missing.set(leader, (missing.get(leader) ?? new Set()).add(who.email));
  }
  const due = formatDay(dayFromYmd(year, 12, settings.evalYearDue)!);
  return [...missing].map(([to, people]) => ({
    to,
    text: t(settings.language, 'eval.yearDigest', { count: people.size, due }),
  }));
}
