/**
 * One rule for text that must stay text (src/core/parse.ts `keepAsText`): one leading apostrophe where
 * Sheets would read the text as something else, never together with the plain-text format. Checked on
 * the emulator, whose typed-input parsing models Sheets (a leading apostrophe is not stored, it marks
 * text; in a plain-text cell it is kept), and on the send log of the built bundle, where an address
 * starting with digits must match its digest marker.
 */
import fc from 'fast-check';
import { keepAsText, withoutStrayMark } from '../../src/core/parse';
import { ADMIN, addStaff, addTasks, asUser, newEmulator, sheetValues } from './helpers';
import { LOG, editState, logRows, remindersRegister, runJob } from './reminders-helpers';

const DIGITS = '0912abc@gmail.com';

describe('text written with keepAsText comes back as written', () => {
  const risky = fc.constantFrom(
    '',
    "'",
    "''",
    '=',
    '+',
    '-',
    '@',
    '(',
    '0',
    '007',
    '1/2',
    '12/3/2026',
    '50%',
    'TRUE',
    ' ',
    ' =',
  );

  it('property: any string, through setValue and setValues, in a new sheet', () => {
    asUser(
      emuForText(),
      (ss) => {
        const sheet = ss.insertSheet('Thử');
        fc.assert(
          fc.property(fc.tuple(risky, fc.string({ maxLength: 16, unit: 'binary' })), ([head, tail]) => {
            const text = head + tail;
            sheet.getRange('A1').setValue(keepAsText(text));
            sheet.getRange('B1:C1').setValues([[keepAsText(text), keepAsText(tail)]]);
            const [[a, b, c]] = sheet.getRange('A1:C1').getValues();
            expect([a, b, c]).toEqual([text, text, tail]);
          }),
          { numRuns: 400 },
        );
      },
      { as: ADMIN },
    );
  });

  it('the honest texts of the issue', () => {
    const texts = [
      '50% khối lượng',
      '+84 912 345 678',
      '=SUM(A1:A3)',
      '@all',
      '(dự thảo)',
      "'trích dẫn",
      DIGITS,
    ];
    const back = asUser(emuForText(), (ss) => {
      const sheet = ss.insertSheet('Thử');
      sheet.getRange(1, 1, 1, texts.length).setValues([texts.map(keepAsText)]);
      return sheet.getRange(1, 1, 1, texts.length).getValues()[0];
    });
    expect(back).toEqual(texts);
  });

  it('reads the stray apostrophe older versions left in plain-text cells as not there', () => {
    expect(withoutStrayMark(`'${DIGITS}|*|digest|2026-03-03`)).toBe(`${DIGITS}|*|digest|2026-03-03`);
    expect(withoutStrayMark("'trích dẫn")).toBe("'trích dẫn");
    expect(withoutStrayMark('tên@x.vn')).toBe('tên@x.vn');
  });
});

function emuForText() {
  return remindersRegister('2026-03-02T08:00:00+07:00', { install: false });
}

describe('the send log and an address starting with digits', () => {
  function register() {
    const emu = remindersRegister('2026-03-03T06:00:00+07:00');
    addStaff(emu, [{ email: DIGITS, name: 'Số Đầu', unit: 'VP', role: 'Cán bộ thực hiện', active: true }]);
    addTasks(emu, [{ title: 'Hôm nay', assignees: DIGITS, deadline: '03/03/2026' }]);
    return emu;
  }

  it('is logged as written, and its digest goes out once a day even when the log alone remembers it', () => {
    const emu = register();
    expect(runJob(emu, '2026-03-03T07:10:00+07:00').value.sent).toBeGreaterThan(0);
    const toDigits = () => emu.world.mail.outbox.filter((m) => String(m.to).includes(DIGITS));
    expect(toDigits()).toHaveLength(1);
    const row = sheetValues(emu, LOG).find((r) => r[2] === DIGITS);
    expect(row).toBeDefined();
    expect(String(row![8]).startsWith(`${DIGITS}|`)).toBe(true);
    expect(logRows(emu).some((r) => r.keys.some((k) => k.person === DIGITS && k.kind === 'digest'))).toBe(
      true,
    );

    // A task falls due after the digest went out (it waits for tomorrow's), and the run dies before
    // saving its progress: the digest marker in the log alone prevents a second digest today.
    addTasks(emu, [{ title: 'Mới giao', assignees: DIGITS, deadline: '03/03/2026' }]);
    editState(emu, (state) => ({ ...state, day: null, logTail: null }));
    runJob(emu, '2026-03-03T09:10:00+07:00');
    expect(toDigits()).toHaveLength(1);
  });

  it('a log an older version wrote (plain-text cells, a stray apostrophe) still remembers the digest', () => {
    const emu = register();
    runJob(emu, '2026-03-03T07:10:00+07:00');
    asUser(emu, (ss) => {
      const sheet = ss.getSheetByName(LOG)!;
      const rows = sheet.getDataRange().getValues();
      const i = rows.findIndex((r) => r[2] === DIGITS);
      sheet.getRange('C2:I').setNumberFormat('@');
      sheet.getRange(i + 1, 3).setValue(`'${DIGITS}`);
      sheet.getRange(i + 1, 9).setValue(`'${String(rows[i][8])}`);
    });
    expect(String(sheetValues(emu, LOG).find((r) => String(r[2]).includes(DIGITS))![8])).toMatch(/^'0912/);
    addTasks(emu, [{ title: 'Mới giao', assignees: DIGITS, deadline: '03/03/2026' }]);
    editState(emu, (state) => ({ ...state, day: null, logTail: null }));
    runJob(emu, '2026-03-03T09:10:00+07:00');
    expect(emu.world.mail.outbox.filter((m) => String(m.to).includes(DIGITS))).toHaveLength(1);
  });

  it('never gives a log cell the plain-text format', () => {
    const emu = register();
    runJob(emu, '2026-03-03T07:10:00+07:00');
    const formats = asUser(emu, (ss) => ss.getSheetByName(LOG)!.getDataRange().getNumberFormats());
    expect(formats.flat()).not.toContain('@');
  });
});

describe('the first administrator', () => {
  it('an address and a name of digits are written as text', () => {
    const emu = newEmulator('2026-03-02T08:00:00+07:00');
    emu.run('setup', [], { as: '0912345678@gmail.com' });
    const [header, ...rows] = sheetValues(emu, 'Cán bộ');
    const row = rows.find((r) => r[header.indexOf('Email')] === '0912345678@gmail.com');
    expect(row).toBeDefined();
    expect(row![header.indexOf('Họ và tên')]).toBe('0912345678');
  });
});
