/**
 * A report's outline, typed or pasted as numbered text:
 *
 *     I. Kết quả thực hiện            ← level 1 (Roman numeral)
 *     1. Công tác tuyên truyền         ← level 2 (Arabic numeral; "1.2." is level 3)
 *     Nêu số liệu, tối đa 1 trang.     ← guidance of the section above
 *     Đơn vị: Phòng Văn hóa, Phòng Y tế  ← its writing units (or "… [Phòng A; Phòng B]" after the heading)
 *     a) Kết quả cụ thể                ← level 3 (a letter)
 *
 * A section with sub-sections is a group: only sections without sub-sections are written, each by one
 * or more units. Units are matched against the `Đơn vị` sheet (code or name). The units' deadline is
 * by default 2 working days before the report's own and never after it.
 */
import type { WorkingCalendar } from '../calendar';
import type { Day } from '../civil-date';
import type { Directory } from '../directory';
import { formatDay } from '../format';
import { UserError } from '../messages';

export interface OutlineSection {
  heading: string;
  /** 1 (I.), 2 (1.), 3 (a), 1.1.)… */
  level: number;
  guidance: string;
  /** Unit names as typed (validated against the directory by `validateOutline`). */
  units: string[];
}

export const MAX_SECTIONS = 60;
const MAX_LEVEL = 4;

const ROMAN = /^([IVXLC]+)[.)]\s+(\S.*)$/;
const ARABIC = /^(\d{1,3}(?:\.\d{1,3})*)[.)]\s+(\S.*)$/;
const LETTER = /^([a-zđ])[.)]\s+(\S.*)$/;
const UNITS = /^(?:đơn vị(?: viết)?|đv|units?)\s*:\s*(.*)$/i;
const TRAILING_UNITS = /\s*\[([^\]]*)\]\s*$/;

const splitUnits = (s: string) =>
  s
    .split(/[,;]/)
    .map((u) => u.trim())
    .filter(Boolean);

/** The level of a heading line, or 0 when the line is not a heading. */
export function headingLevel(line: string): number {
  if (ROMAN.test(line)) return 1;
  const a = ARABIC.exec(line);
  if (a) return Math.min(MAX_LEVEL, 1 + a[1].split('.').length);
  if (LETTER.test(line)) return 3;
  return 0;
}

/** Sections of a pasted outline; `orphan` is the first text line before any heading (1-based), if any. */
export function parseOutline(text: string): {
  sections: OutlineSection[];
  orphan?: { line: number; text: string };
} {
  const sections: OutlineSection[] = [];
  let orphan: { line: number; text: string } | undefined;
  String(text ?? '')
    .split(/\r\n?|\n/)
    .forEach((raw, i) => {
      const line = raw.replace(/\s+/g, ' ').trim();
      if (!line) return;
      const level = headingLevel(line);
      const last = sections[sections.length - 1];
      if (level) {
        const m = TRAILING_UNITS.exec(line);
        sections.push({
          heading: m ? line.slice(0, m.index).trim() : line,
          level,
          guidance: '',
          units: m ? splitUnits(m[1]) : [],
        });
      } else if (!last) orphan ??= { line: i + 1, text: line };
      else {
        const u = UNITS.exec(line);
        if (u) last.units.push(...splitUnits(u[1]));
        else last.guidance = last.guidance ? `${last.guidance}\n${line}` : line;
      }
    });
  for (const s of sections) s.units = [...new Set(s.units)];
  return orphan ? { sections, orphan } : { sections };
}

/** The outline back as text (what `parseOutline` reads). */
export function outlineText(sections: readonly OutlineSection[]): string {
  return sections
    .map((s) =>
      [
        s.heading,
        ...(s.guidance ? s.guidance.split('\n') : []),
        ...(s.units.length ? [`Đơn vị: ${s.units.join(', ')}`] : []),
      ].join('\n'),
    )
    .join('\n');
}

/** Is section `i` a group (the next section is deeper)? Groups are not written by anyone. */
export const isGroup = (sections: readonly { level: number }[], i: number) =>
  (sections[i + 1]?.level ?? 0) > sections[i].level;

/** 2 working days before the report's deadline (the units' default). */
export const defaultUnitsDeadline = (report: Day, calendar: WorkingCalendar): Day =>
  calendar.addWorkingDays(report, -2);

/**
 * Refuses an outline that cannot be made: empty, a line before the first section, too many sections, a
 * written section without a unit, a unit not in the directory, the units' deadline missing, passed or
 * after the report's. Answers the units' deadline and each section's units as the directory names them.
 */
export function validateOutline(
  parsed: ReturnType<typeof parseOutline>,
  dir: Directory,
  opts: { report: Day | null; units: Day | null; today: Day; calendar: WorkingCalendar },
): { sections: OutlineSection[]; unitsDeadline: Day } {
  const { sections } = parsed;
  if (parsed.orphan) throw new UserError('rp.orphan', parsed.orphan);
  if (!sections.length) throw new UserError('rp.empty');
  if (sections.length > MAX_SECTIONS)
    throw new UserError('rp.tooMany', { n: sections.length, max: MAX_SECTIONS });
  const out = sections.map((s, i) => {
    if (isGroup(sections, i)) return { ...s, units: [] };
    if (!s.units.length) throw new UserError('rp.noUnit', { heading: s.heading });
    const units = s.units.map((u) => {
      const unit = dir.unit(u);
      if (!unit) throw new UserError('rp.unknownUnit', { heading: s.heading, unit: u });
      return unit.name;
    });
    return { ...s, units: [...new Set(units)] };
  });
  const unitsDeadline =
    opts.units ?? (opts.report === null ? null : defaultUnitsDeadline(opts.report, opts.calendar));
  if (unitsDeadline === null) throw new UserError('rp.noDeadline');
  if (opts.report !== null && unitsDeadline > opts.report)
    throw new UserError('rp.late', { units: formatDay(unitsDeadline), report: formatDay(opts.report) });
  if (unitsDeadline < opts.today) throw new UserError('rp.past', { units: formatDay(unitsDeadline) });
  return { sections: out, unitsDeadline };
}
