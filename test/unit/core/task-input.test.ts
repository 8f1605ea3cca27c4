/**
 * What people type in the sidebar (`src/core/task-input.ts`): every problem named beside its field in
 * the person's language, nothing guessed or silently changed.
 */
import fc from 'fast-check';
import { WorkingCalendar } from '../../../src/core/calendar';
import { dayFromIso, isoFromDay } from '../../../src/core/civil-date';
import { Directory, type Person } from '../../../src/core/directory';
import { prefillHolidays } from '../../../src/core/holidays';
import { t } from '../../../src/core/messages';
import { MAX_WORKING_DAYS } from '../../../src/core/parse';
import {
  cleanDate,
  cleanDeadline,
  cleanLink,
  cleanPeople,
  cleanText,
  cleanUnit,
  InputErrors,
  LIMITS,
  restDayWarning,
} from '../../../src/core/task-input';

const d = (iso: string) => dayFromIso(iso)!;
const calendar = WorkingCalendar.fromRows(prefillHolidays(2026));
const vi = () => new InputErrors('vi');

const person = (email: string, active = true): Person => ({
  email,
  name: email,
  unit: 'P1',
  role: 'official',
  active,
  row: 2,
});
const dir = new Directory(
  [person('a@x.vn'), person('b@x.vn'), person('nghi@x.vn', false)],
  [
    { code: 'P1', name: 'Phòng Một', parent: '', leader: '', follower: '', focal: '' },
    { code: 'TO', name: '', parent: 'P1', leader: '', follower: '', focal: '' },
  ],
);

describe('InputErrors', () => {
  it('collects every problem, in order, in the language it was made for', () => {
    const en = new InputErrors('en');
    expect(en.ok).toBe(true);
    en.add('assignees', 'input.noAssignees');
    en.add('link', 'input.badLink');
    expect(en.ok).toBe(false);
    expect(en.errors).toEqual([
      { field: 'assignees', message: t('en', 'input.noAssignees') },
      { field: 'link', message: t('en', 'input.badLink') },
    ]);
    const viErrors = vi();
    viErrors.add('assignees', 'input.noAssignees');
    expect(viErrors.errors[0].message).toBe(t('vi', 'input.noAssignees'));
    expect(viErrors.errors[0].message).not.toBe(en.errors[0].message);
  });
});

describe('cleanText', () => {
  it('trims; an empty optional field is empty, not an error', () => {
    const e = vi();
    expect(cleanText(e, 'title', '  Rà soát hồ sơ  ')).toBe('Rà soát hồ sơ');
    expect(cleanText(e, 'details', '')).toBe('');
    expect(cleanText(e, 'details', undefined)).toBe('');
    expect(cleanText(e, 'details', null)).toBe('');
    expect(e.ok).toBe(true);
  });

  it('a required field left empty is named', () => {
    const e = vi();
    expect(cleanText(e, 'reason', '   ', { required: true })).toBe('');
    expect(e.errors).toEqual([
      { field: 'reason', message: t('vi', 'input.required', { field: t('vi', 'field.reason') }) },
    ]);
  });

  it('too long: says how long, and the limit', () => {
    const e = new InputErrors('en');
    expect(cleanText(e, 'source', 'x'.repeat(LIMITS.source + 1))).toBe('');
    expect(e.errors).toEqual([
      {
        field: 'source',
        message: t('en', 'input.tooLong', { field: t('en', 'field.source'), length: 301, max: 300 }),
      },
    ]);
    expect(cleanText(vi(), 'source', 'x'.repeat(LIMITS.source))).toHaveLength(LIMITS.source);
  });

  it('refuses control characters', () => {
    const e = vi();
    expect(cleanText(e, 'note', 'xin\u0007chào')).toBe('');
    expect(e.errors).toEqual([
      { field: 'note', message: t('vi', 'input.control', { field: t('vi', 'field.note') }) },
    ]);
  });

  it('text Sheets would read as a formula or a value stays text; HTML is kept as typed', () => {
    const e = vi();
    expect(cleanText(e, 'title', '=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(cleanText(e, 'title', '30 %')).toBe("'30 %");
    expect(cleanText(e, 'title', '<b>Báo cáo</b>')).toBe('<b>Báo cáo</b>');
    expect(cleanText(e, 'note', 42)).toBe("'42");
    // A leading apostrophe of the text's own is kept: Sheets drops one, the marking one.
    expect(cleanText(e, 'note', "'trích dẫn")).toBe("''trích dẫn");
    expect(e.ok).toBe(true);
  });

  it('whatever is accepted is the trimmed text, at most made inert by one leading apostrophe', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (raw) => {
        const e = vi();
        const out = cleanText(e, 'title', raw);
        if (!e.ok) return out === '';
        // What the cell gives back: the text, its own leading apostrophe included ("'trích dẫn").
        const bare = out.startsWith("'") ? out.slice(1) : out;
        return bare === raw.normalize('NFC').replace(/\r\n?/g, '\n').trim() && !/^[=+\-@]/.test(out);
      }),
    );
  });
});

describe('cleanLink', () => {
  it('https only', () => {
    const e = vi();
    expect(cleanLink(e, ' https://docs.google.com/document/d/abc ')).toBe(
      'https://docs.google.com/document/d/abc',
    );
    expect(cleanLink(e, '')).toBe('');
    expect(e.ok).toBe(true);
    for (const bad of ['http://x.vn', 'javascript:alert(1)', 'data:text/html,x', 'https://x.vn/a b']) {
      const err = vi();
      expect(cleanLink(err, bad)).toBe('');
      expect(err.errors).toEqual([{ field: 'link', message: t('vi', 'input.badLink') }]);
    }
  });
});

describe('cleanDate', () => {
  it("reads the sidebar's yyyy-MM-dd and a typed dd/MM/yyyy", () => {
    const e = vi();
    expect(cleanDate(e, 'deadline', '2026-03-10')).toBe(d('2026-03-10'));
    expect(cleanDate(e, 'newDeadline', '10/03/2026')).toBe(d('2026-03-10'));
    expect(e.ok).toBe(true);
  });

  it('names the field and the reason when it cannot', () => {
    for (const raw of ['2026-02-31', 'ngày mai', '', undefined]) {
      const e = vi();
      expect(cleanDate(e, 'newDeadline', raw)).toBeNull();
      expect(e.errors).toHaveLength(1);
      expect(e.errors[0].field).toBe('newDeadline');
      expect(e.errors[0].message.startsWith(t('vi', 'field.newDeadline'))).toBe(true);
    }
  });
});

describe('restDayWarning', () => {
  it('nothing for a working day', () => {
    expect(restDayWarning(calendar, d('2026-03-10'), isoFromDay, 'vi')).toBeNull();
  });

  it('a weekend: the warning, with the next working day suggested', () => {
    const w = restDayWarning(calendar, d('2026-03-07'), isoFromDay, 'vi')!;
    expect(w).toEqual({
      code: 'restDay',
      deadlineIso: '2026-03-07',
      suggestedIso: '2026-03-09',
      message: t('vi', 'input.restDay', {
        deadline: '07/03/2026',
        reason: t('vi', 'input.restDay.weekend'),
        suggested: '09/03/2026',
      }),
    });
  });

  it('a holiday: named, in the language asked for, with the next working day after the holidays', () => {
    const w = restDayWarning(calendar, d('2026-04-30'), isoFromDay, 'en')!;
    expect(w.suggestedIso).toBe('2026-05-04');
    expect(w.message).toBe(
      t('en', 'input.restDay', {
        deadline: '30/04/2026',
        reason: t('en', 'input.restDay.holiday', { name: 'Ngày Chiến thắng 30/4' }),
        suggested: '04/05/2026',
      }),
    );
  });
});

describe('cleanDeadline', () => {
  const assigned = d('2026-03-02'); // a Monday

  it('no deadline: none asked for, or no input', () => {
    const e = vi();
    expect(cleanDeadline(e, undefined, assigned, calendar)).toBeNull();
    expect(cleanDeadline(e, { mode: 'none' }, assigned, calendar)).toBeNull();
    expect(e.ok).toBe(true);
  });

  it('N working days, counted from the day after the assignment (Civil Code art. 147)', () => {
    const e = vi();
    expect(cleanDeadline(e, { mode: 'working_days', workingDays: 1 }, assigned, calendar)).toBe(
      d('2026-03-03'),
    );
    expect(cleanDeadline(e, { mode: 'working_days', workingDays: 5 }, assigned, calendar)).toBe(
      d('2026-03-09'),
    );
    // Tuesday 28/4 + 2: Wednesday 29/4, then over the 30/4 and 1/5 holidays and a weekend to Monday 4/5.
    expect(cleanDeadline(e, { mode: 'working_days', workingDays: 2 }, d('2026-04-28'), calendar)).toBe(
      d('2026-05-04'),
    );
    expect(
      cleanDeadline(e, { mode: 'working_days', workingDays: MAX_WORKING_DAYS }, assigned, calendar),
    ).not.toBeNull();
    expect(e.ok).toBe(true);
  });

  it('a number of working days must be a whole number from 1 to the maximum', () => {
    for (const workingDays of [0, -1, 1.5, MAX_WORKING_DAYS + 1, Number.NaN]) {
      const e = vi();
      expect(cleanDeadline(e, { mode: 'working_days', workingDays }, assigned, calendar)).toBeNull();
      expect(e.errors).toEqual([
        {
          field: 'deadline',
          message: t('vi', 'input.badWorkingDays', {
            field: t('vi', 'field.deadline'),
            max: MAX_WORKING_DAYS,
          }),
        },
      ]);
    }
  });

  it('a date: on or after the assignment day, never before', () => {
    const e = vi();
    expect(cleanDeadline(e, { mode: 'date', date: '2026-03-02' }, assigned, calendar)).toBe(assigned);
    expect(cleanDeadline(e, { mode: 'date', date: '20/03/2026' }, assigned, calendar)).toBe(d('2026-03-20'));
    expect(e.ok).toBe(true);
    const before = vi();
    expect(cleanDeadline(before, { mode: 'date', date: '2026-03-01' }, assigned, calendar)).toBeNull();
    expect(before.errors).toEqual([
      {
        field: 'deadline',
        message: t('vi', 'input.deadlineBeforeAssigned', { deadline: '01/03/2026', assigned: '02/03/2026' }),
      },
    ]);
    const missing = vi();
    expect(cleanDeadline(missing, { mode: 'date' }, assigned, calendar)).toBeNull();
    expect(missing.errors.map((x) => x.field)).toEqual(['deadline']);
  });

  it('a rest day is accepted as typed: the warning is separate (restDayWarning)', () => {
    expect(cleanDeadline(vi(), { mode: 'date', date: '2026-03-07' }, assigned, calendar)).toBe(
      d('2026-03-07'),
    );
  });
});

describe('cleanPeople', () => {
  it('a list or a text separated by commas, semicolons or spaces; lower case, each once', () => {
    const e = vi();
    expect(cleanPeople(e, dir, ['A@x.vn', ' b@x.vn ', 'a@x.vn'])).toEqual(['a@x.vn', 'b@x.vn']);
    expect(cleanPeople(e, dir, 'a@x.vn; B@X.VN,\na@x.vn')).toEqual(['a@x.vn', 'b@x.vn']);
    expect(e.ok).toBe(true);
  });

  it('names the addresses not in the staff sheet (or no longer working here) and keeps the others', () => {
    const e = vi();
    expect(cleanPeople(e, dir, 'a@x.vn, ngoai@khac.vn, nghi@x.vn')).toEqual(['a@x.vn']);
    expect(e.errors).toEqual([
      { field: 'assignees', message: t('vi', 'input.unknownPeople', { emails: 'ngoai@khac.vn, nghi@x.vn' }) },
    ]);
  });

  it('at least one assignee', () => {
    for (const raw of ['', undefined, [], ' , ']) {
      const e = vi();
      expect(cleanPeople(e, dir, raw)).toEqual([]);
      expect(e.errors).toEqual([{ field: 'assignees', message: t('vi', 'input.noAssignees') }]);
    }
  });
});

describe('cleanUnit', () => {
  it('by code or name, in any case; stored by its name (by its code when it has none)', () => {
    const e = vi();
    expect(cleanUnit(e, dir, 'P1')).toBe('Phòng Một');
    expect(cleanUnit(e, dir, ' phòng một ')).toBe('Phòng Một');
    expect(cleanUnit(e, dir, 'TO')).toBe('TO');
    expect(cleanUnit(e, dir, '')).toBe('');
    expect(cleanUnit(e, dir, undefined)).toBe('');
    expect(e.ok).toBe(true);
  });

  it('an unknown unit is named, beside the field it was typed in', () => {
    const e = vi();
    expect(cleanUnit(e, dir, 'Phòng Không')).toBe('');
    expect(cleanUnit(e, dir, 'Ban Lạ', 'coUnits')).toBe('');
    expect(e.errors).toEqual([
      { field: 'leadUnit', message: t('vi', 'input.unknownUnit', { unit: 'Phòng Không' }) },
      { field: 'coUnits', message: t('vi', 'input.unknownUnit', { unit: 'Ban Lạ' }) },
    ]);
  });
});
