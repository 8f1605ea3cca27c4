/**
 * SpreadsheetApp: ranges, values, typed input, dates and time zones, shape errors, last row/column,
 * call counting and persistence across executions.
 */
import { instrument, unwrap } from '../../emulator/runtime';
import { createSpreadsheetApp } from '../../emulator/spreadsheet/app';
import { CopyPasteType } from '../../emulator/spreadsheet/enums';
import { cellInfo, displayGrid, sheetNames } from '../../emulator/spreadsheet/state';
import { errorOf, harness, OWNER, scriptRealm } from './spreadsheet-harness';

describe('a new spreadsheet', () => {
  it('has one empty sheet "Trang tính1" of 1000 × 26 in vi_VN', () => {
    const h = harness();
    const ss = h.run().app.getActiveSpreadsheet();
    expect(sheetNames(h.state, h.id)).toEqual(['Trang tính1']);
    const sheet = ss.getSheets()[0];
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getLastRow(), sheet.getLastColumn()]).toEqual([
      1000, 26, 0, 0,
    ]);
    expect(ss.getSpreadsheetLocale()).toBe('vi_VN');
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Ho_Chi_Minh');
    expect(ss.getId()).toHaveLength(44);
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${h.id}/edit`);
    expect(sheet.getSheetId()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
  });

  it('gets its owner from the first user who runs a script', () => {
    const h = harness();
    h.run('first@ubnd.gov.vn');
    h.run('second@ubnd.gov.vn');
    expect(h.state.byId[h.id].owner).toBe('first@ubnd.gov.vn');
  });

  it('returns null for getActiveSpreadsheet when the script is not bound to one', () => {
    const h = harness();
    h.world.activeSpreadsheetId = '';
    expect(h.run().app.getActiveSpreadsheet()).toBeNull();
  });
});

describe('ranges are 1-based', () => {
  const sheet = () => harness().run().app.getActiveSpreadsheet().getActiveSheet();

  it('rejects row 0, column 0 and empty sizes with Apps Script wording', () => {
    const s = sheet();
    expect(errorOf(() => s.getRange(0, 1))).toBe('The starting row of the range is too small.');
    expect(errorOf(() => s.getRange(1, 0))).toBe('The starting column of the range is too small.');
    expect(errorOf(() => s.getRange(1, 1, 0, 3))).toBe('The number of rows in the range must be at least 1.');
    expect(errorOf(() => s.getRange(2, 1, 0))).toBe('The number of rows in the range must be at least 1.');
    expect(errorOf(() => s.getRange(1, 1, 1, 0))).toBe(
      'The number of columns in the range must be at least 1.',
    );
  });

  it('the classic bug: getRange(2, 1, getLastRow() - 1, n) on a header-only sheet throws', () => {
    const s = sheet();
    s.appendRow(['Mã', 'Tên']);
    expect(errorOf(() => s.getRange(2, 1, s.getLastRow() - 1, 2).getValues())).toBe(
      'The number of rows in the range must be at least 1.',
    );
  });

  it('rejects ranges beyond the sheet', () => {
    const s = sheet();
    expect(errorOf(() => s.getRange(1001, 1))).toBe(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(errorOf(() => s.getRange(1, 1, 1, 27))).toBe(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(errorOf(() => s.getRange('A1:AA1'))).toBe(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(errorOf(() => s.getRange('not a range'))).toBe('Range not found');
  });

  it('parses A1 notation, including open-ended ranges and sheet names', () => {
    const h = harness();
    const ss = h.run().app.getActiveSpreadsheet();
    const s = ss.getActiveSheet();
    const r = s.getRange('B2:D5');
    expect([
      r.getRow(),
      r.getColumn(),
      r.getNumRows(),
      r.getNumColumns(),
      r.getLastRow(),
      r.getLastColumn(),
    ]).toEqual([2, 2, 4, 3, 5, 4]);
    expect(s.getRange('C7').getA1Notation()).toBe('C7');
    const col = s.getRange('A:A');
    expect([col.getNumRows(), col.getNumColumns(), col.getA1Notation()]).toEqual([1000, 1, 'A:A']);
    const rows = s.getRange('2:3');
    expect([rows.getRow(), rows.getNumRows(), rows.getNumColumns(), rows.getA1Notation()]).toEqual([
      2,
      2,
      26,
      '2:3',
    ]);
    const open = s.getRange('A2:C');
    expect([open.getRow(), open.getNumRows(), open.getNumColumns()]).toEqual([2, 999, 3]);
    expect(s.getRange(1, 1, 10, 3).getA1Notation()).toBe('A1:C10');
    ss.insertSheet('Đơn vị');
    const q = ss.getRange("'Đơn vị'!A1:B2");
    expect(q.getSheet().getName()).toBe('Đơn vị');
    expect(q.getA1Notation()).toBe('A1:B2');
    expect(errorOf(() => ss.getRange('Không có!A1'))).toBe('Range not found');
  });

  it('offset and getCell move within the sheet', () => {
    const s = sheet();
    const r = s.getRange('B2:C3');
    expect(r.offset(1, 2).getA1Notation()).toBe('D3:E4');
    expect(r.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
    expect(r.getCell(2, 2).getA1Notation()).toBe('C3');
    expect(errorOf(() => r.getCell(3, 1))).toBe('Cell reference out of range');
    expect(errorOf(() => r.offset(-2, 0))).toBe('The starting row of the range is too small.');
  });
});

describe('values', () => {
  it('getValues returns exactly rows × columns with "" for blanks, never null', () => {
    const s = harness().run().app.getActiveSpreadsheet().getActiveSheet();
    s.getRange('B2').setValue(5);
    const v = s.getRange('A1:C3').getValues();
    expect(v).toEqual([
      ['', '', ''],
      ['', 5, ''],
      ['', '', ''],
    ]);
    expect(s.getRange('A1').getValue()).toBe('');
  });

  it('keeps Numbers, Booleans and Strings as such', () => {
    const s = harness().run().app.getActiveSpreadsheet().getActiveSheet();
    s.getRange('A1:D1').setValues([[1.5, true, 'Việc', -3]]);
    expect(s.getRange('A1:D1').getValues()).toEqual([[1.5, true, 'Việc', -3]]);
    expect(s.getRange('A1:D1').getDisplayValues()).toEqual([['1,5', 'TRUE', 'Việc', '-3']]);
  });

  it('setValue on a block fills every cell', () => {
    const s = harness().run().app.getActiveSpreadsheet().getActiveSheet();
    s.getRange('A1:B2').setValue('x');
    expect(s.getRange('A1:B2').getValues()).toEqual([
      ['x', 'x'],
      ['x', 'x'],
    ]);
  });

  it('setValues of the wrong shape throws and writes nothing', () => {
    const s = harness().run().app.getActiveSpreadsheet().getActiveSheet();
    const r = s.getRange('A1:B3');
    expect(errorOf(() => r.setValues([[1, 2]]))).toBe(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
    );
    expect(errorOf(() => r.setValues([[1, 2], [3, 4], [5]]))).toBe(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(s.getLastRow()).toBe(0);
    expect(errorOf(() => r.setNumberFormats([['0']]))).toMatch(
      /^The number of rows in the data does not match/,
    );
  });

  it('returns arrays and Dates of the script realm', () => {
    const h = harness();
    const realm = scriptRealm();
    const s = h.run(OWNER, { realm }).app.getActiveSpreadsheet().getActiveSheet();
    s.getRange('A1:B1').setValues([['2024-01-15', 3]]);
    const v = s.getRange('A1:B1').getValues();
    expect(v instanceof realm.Array).toBe(true);
    expect(v[0] instanceof realm.Array).toBe(true);
    expect(v[0][0] instanceof realm.Date).toBe(true);
    expect(v[0][0] instanceof Date).toBe(false);
  });
});

describe('strings are parsed as if typed (vi_VN)', () => {
  const typed = (text: string, format?: string) => {
    const h = harness();
    const s = h.run().app.getActiveSpreadsheet().getActiveSheet();
    const cell = s.getRange('A1');
    if (format) cell.setNumberFormat(format);
    cell.setValue(text);
    return {
      value: cell.getValue(),
      display: cell.getDisplayValue(),
      formula: cell.getFormula(),
      format: cell.getNumberFormat(),
      h,
    };
  };

  it("'007' becomes 7, but stays '007' in a plain-text cell", () => {
    expect(typed('007').value).toBe(7);
    expect(typed('007', '@').value).toBe('007');
    // A phone number loses its leading zero unless written as text.
    expect(typed('0912345678').value).toBe(912345678);
    expect(typed('0912345678', '@').display).toBe('0912345678');
  });

  it('ISO dates become dates and keep the yyyy-mm-dd display', () => {
    const t = typed('2024-01-15');
    expect(t.value).toBeInstanceOf(Date);
    expect((t.value as Date).toISOString()).toBe('2024-01-14T17:00:00.000Z');
    expect(t.display).toBe('2024-01-15');
    expect(t.format).toBe('yyyy-mm-dd');
  });

  it('dd/MM/yyyy dates become dates; dates that do not exist stay text', () => {
    const t = typed('15/01/2024');
    expect((t.value as Date).toISOString()).toBe('2024-01-14T17:00:00.000Z');
    expect(t.display).toBe('15/01/2024');
    expect(typed('31/02/2026').value).toBe('31/02/2026');
    expect(typed('29/02/2024').display).toBe('29/02/2024');
    const dt = typed('15/01/2024 08:30');
    expect((dt.value as Date).toISOString()).toBe('2024-01-15T01:30:00.000Z');
    expect(dt.display).toBe('15/01/2024 08:30');
  });

  it('percentages, booleans and decimal numbers', () => {
    const p = typed('50%');
    expect([p.value, p.display, p.format]).toEqual([0.5, '50%', '0%']);
    expect(typed('12.5%').display).toBe('12,50%');
    expect(typed('TRUE').value).toBe(true);
    expect(typed('false').value).toBe(false);
    expect(typed('1.5').value).toBe(1.5);
    expect(typed('1,5').value).toBe('1,5');
    expect(typed('Thông báo 12/TB-UBND').value).toBe('Thông báo 12/TB-UBND');
  });

  it('a leading = makes a formula, recorded as a formula and not as text', () => {
    const t = typed('=HYPERLINK("https://example.com","Mở")');
    expect(t.formula).toBe('=HYPERLINK("https://example.com","Mở")');
    expect(t.value).toBe('Mở');
    expect(cellInfo(t.h.state, t.h.id, 'Trang tính1', 'A1').formula).toBe(
      '=HYPERLINK("https://example.com","Mở")',
    );
    expect(typed('=1+2').value).toBe(3);
    expect(typed('=SOMETHING_UNKNOWN(1)').value).toBe('');
  });

  it('+ and - followed by text become formulas too (phone numbers, bullet lines)', () => {
    const phone = typed('+84 912 345 678');
    expect(phone.formula).toBe('=+84 912 345 678');
    expect(phone.value).toBe('#ERROR!');
    const bullet = typed('- Việc 1');
    expect(bullet.formula).toBe('=- Việc 1');
    expect(typed('+84912345678').value).toBe(84912345678);
    expect(typed('-12').value).toBe(-12);
  });

  it('an apostrophe escapes: stored without it, shown without it', () => {
    const t = typed('\'=HYPERLINK("x")');
    expect(t.value).toBe('=HYPERLINK("x")');
    expect(t.display).toBe('=HYPERLINK("x")');
    expect(t.formula).toBe('');
    expect(typed("'+84 912").value).toBe('+84 912');
    expect(typed("'007").value).toBe('007');
  });

  it('appendRow parses as typed too', () => {
    const s = harness().run().app.getActiveSpreadsheet().getActiveSheet();
    s.appendRow(['007', '2024-01-15', "'007", 8]);
    const v = s.getRange(1, 1, 1, 4).getValues()[0];
    expect(v[0]).toBe(7);
    expect(v[1]).toBeInstanceOf(Date);
    expect(v[2]).toBe('007');
    expect(v[3]).toBe(8);
  });
});

describe('dates and time zones', () => {
  it('reads a date cell as the wall-clock date in the spreadsheet time zone', () => {
    const h = harness({ timeZone: 'Asia/Ho_Chi_Minh' });
    const s = h.run().app.getActiveSpreadsheet().getActiveSheet();
    s.getRange('A1').setValue('15/01/2024');
    expect((s.getRange('A1').getValue() as Date).getTime()).toBe(Date.parse('2024-01-15T00:00:00+07:00'));
    // Date serials are what Sheets stores.
    expect(h.state.byId[h.id].sheets[0].rows[0]!.v[0]).toBe(45306);
  });

  it('writes a script Date as its wall-clock time in the spreadsheet zone, with a default date-time format', () => {
    const h = harness();
    const s = h.run().app.getActiveSpreadsheet().getActiveSheet();
    const d = new Date('2026-03-01T02:30:00Z'); // 09:30 in Ha Noi
    s.getRange('A1').setValue(d);
    expect(s.getRange('A1').getDisplayValue()).toBe('01/03/2026 09:30:00');
    expect(s.getRange('A1').getNumberFormat()).toBe('dd/MM/yyyy HH:mm:ss');
    expect((s.getRange('A1').getValue() as Date).getTime()).toBe(d.getTime());
    s.getRange('B1').setNumberFormat('dd/mm/yyyy').setValue(d);
    expect(s.getRange('B1').getDisplayValue()).toBe('01/03/2026');
  });

  it('handles zones with daylight saving time', () => {
    const h = harness({ timeZone: 'America/New_York' });
    const s = h.run().app.getActiveSpreadsheet().getActiveSheet();
    s.getRange('A1:A2').setValues([['2024-07-04'], ['2024-01-04']]);
    const [[summer], [winter]] = s.getRange('A1:A2').getValues() as Date[][];
    expect(summer.toISOString()).toBe('2024-07-04T04:00:00.000Z');
    expect(winter.toISOString()).toBe('2024-01-04T05:00:00.000Z');
  });

  it('changing the spreadsheet zone keeps the wall-clock date (the instant moves)', () => {
    const h = harness();
    const ss = h.run().app.getActiveSpreadsheet();
    ss.getActiveSheet().getRange('A1').setValue('2024-01-15');
    ss.setSpreadsheetTimeZone('UTC');
    expect((ss.getActiveSheet().getRange('A1').getValue() as Date).toISOString()).toBe(
      '2024-01-15T00:00:00.000Z',
    );
    expect(errorOf(() => ss.setSpreadsheetTimeZone('Mars/Olympus'))).toBe('Invalid argument: timeZone');
  });

  it('a plain number in a date-formatted cell reads as a Date', () => {
    const s = harness().run().app.getActiveSpreadsheet().getActiveSheet();
    s.getRange('A1').setNumberFormat('dd/MM/yyyy').setValue(45306);
    expect(s.getRange('A1').getValue()).toBeInstanceOf(Date);
    expect(s.getRange('A1').getDisplayValue()).toBe('15/01/2024');
  });
});

describe('last row and column', () => {
  it('count content only: "" does not extend them, formats do not either', () => {
    const s = harness().run().app.getActiveSpreadsheet().getActiveSheet();
    expect([s.getLastRow(), s.getLastColumn()]).toEqual([0, 0]);
    s.getRange('C5').setValue('');
    s.getRange('A10:Z10').setBackground('#ff0000').setNote('n');
    expect([s.getLastRow(), s.getLastColumn()]).toEqual([0, 0]);
    s.getRange('B3').setValue(0);
    expect([s.getLastRow(), s.getLastColumn()]).toEqual([3, 2]);
    s.getRange('D2').setFormula('=B3');
    expect([s.getLastRow(), s.getLastColumn()]).toEqual([3, 4]);
    s.getRange('B3').clearContent();
    expect([s.getLastRow(), s.getLastColumn()]).toEqual([2, 4]);
  });

  it('appendRow writes after the last row with content and grows the sheet when full', () => {
    const s = harness().run().app.getActiveSpreadsheet().getActiveSheet();
    s.getRange('A3').setValue('x');
    s.getRange('A5').setValue('');
    s.appendRow(['y', 'z']);
    expect(s.getRange('A4:B4').getValues()).toEqual([['y', 'z']]);
    s.getRange('A1000').setValue('last');
    s.appendRow(Array.from({ length: 30 }, (_, i) => i));
    expect([s.getMaxRows(), s.getMaxColumns(), s.getLastRow(), s.getLastColumn()]).toEqual([
      1001, 30, 1001, 30,
    ]);
  });

  it('getDataRange covers A1 to the last row and column', () => {
    const s = harness().run().app.getActiveSpreadsheet().getActiveSheet();
    s.getRange('C4').setValue(1);
    expect(s.getDataRange().getA1Notation()).toBe('A1:C4');
  });
});

describe('formulas, formats and notes', () => {
  it('setFormula(s)/getFormula(s) and simple evaluation', () => {
    const s = harness().run().app.getActiveSpreadsheet().getActiveSheet();
    s.getRange('A1:A3').setValues([[1], [2], [3]]);
    s.getRange('B1').setFormula('=SUM(A1:A3)');
    s.getRange('C1:C3').setFormula('=A1*2');
    expect(s.getRange('B1').getValue()).toBe(6);
    expect(s.getRange('C1:C3').getFormulas()).toEqual([['=A1*2'], ['=A2*2'], ['=A3*2']]);
    expect(s.getRange('C1:C3').getValues()).toEqual([[2], [4], [6]]);
    s.getRange('A3').setValue(10);
    expect(s.getRange('B1').getValue()).toBe(13);
    s.getRange('D1:E1').setFormulas([['=COUNTIF(A1:A3,">1")', 'plain']]);
    expect(s.getRange('D1:E1').getValues()).toEqual([[2, 'plain']]);
    expect(s.getRange('E1').getFormula()).toBe('');
    s.getRange('B1').setValue('over');
    expect(s.getRange('B1').getFormula()).toBe('');
  });

  it('number formats drive display values (vi_VN separators)', () => {
    const s = harness().run().app.getActiveSpreadsheet().getActiveSheet();
    s.getRange('A1:F1').setValues([[0.97, 0.003, 1234567.5, 1234.5, 0.6725, 42]]);
    s.getRange('A1:F1').setNumberFormats([['0.0%', '0.0%', '#,##0', '#,##0.00', '0%', '@']]);
    expect(s.getRange('A1:F1').getDisplayValues()).toEqual([
      ['97,0%', '0,3%', '1.234.568', '1.234,50', '67%', '42'],
    ]);
    expect(s.getRange('A1').getNumberFormat()).toBe('0.0%');
    expect(s.getRange('G1').getNumberFormat()).toBe('General');
    s.getRange('G1').setNumberFormat('dd/mm/yyyy hh:mm').setValue('2024-01-15 08:05');
    expect(s.getRange('G1').getDisplayValue()).toBe('15/01/2024 08:05');
  });

  it('backgrounds, fonts, wrap, alignment, notes', () => {
    const s = harness().run().app.getActiveSpreadsheet().getActiveSheet();
    const r = s.getRange('A1:B1');
    r.setBackground('red')
      .setFontWeight('bold')
      .setFontColor('#ABC')
      .setWrap(true)
      .setHorizontalAlignment('center')
      .setNote('Ghi chú');
    expect(r.getBackgrounds()).toEqual([['#ff0000', '#ff0000']]);
    expect(s.getRange('C1').getBackground()).toBe('#ffffff');
    expect(r.getFontWeight()).toBe('bold');
    expect(r.getFontColor()).toBe('#aabbcc');
    expect(r.getWrap()).toBe(true);
    expect(r.getHorizontalAlignment()).toBe('center');
    expect(r.getNotes()).toEqual([['Ghi chú', 'Ghi chú']]);
    r.setNotes([['', 'b']]);
    expect(r.getNotes()).toEqual([['', 'b']]);
    r.setBackground(null);
    expect(r.getBackground()).toBe('#ffffff');
    r.clear();
    expect([r.getFontWeight(), r.getNote(), r.getWrap()]).toEqual(['normal', '', false]);
  });

  it('checkboxes', () => {
    const s = harness().run().app.getActiveSpreadsheet().getActiveSheet();
    const r = s.getRange('A1:A3');
    r.insertCheckboxes();
    expect(r.getValues()).toEqual([[false], [false], [false]]);
    expect(r.isChecked()).toBe(false);
    s.getRange('A2').check();
    expect(r.isChecked()).toBeNull();
    r.check();
    expect(r.isChecked()).toBe(true);
    expect(s.getRange('A1').getDisplayValue()).toBe('TRUE');
    expect(s.getLastRow()).toBe(3);
    r.uncheck();
    expect(r.getValues()).toEqual([[false], [false], [false]]);
    r.removeCheckboxes();
    expect(r.getValues()).toEqual([[''], [''], ['']]);
    expect(r.getDataValidation()).toBeNull();
  });

  it('sort orders rows, blanks last', () => {
    const s = harness().run().app.getActiveSpreadsheet().getActiveSheet();
    s.getRange('A1:B4').setValues([
      ['b', 2],
      ['', 9],
      ['a', 3],
      ['C', 1],
    ]);
    s.getRange('A1:B4').sort(1);
    expect(s.getRange('A1:B4').getValues()).toEqual([
      ['a', 3],
      ['b', 2],
      ['C', 1],
      ['', 9],
    ]);
    s.getRange('A1:B4').sort({ column: 2, ascending: false });
    expect(s.getRange('B1:B4').getValues()).toEqual([[9], [3], [2], [1]]);
  });

  it('copyTo copies values, formats and formulas (references moved)', () => {
    const s = harness().run().app.getActiveSpreadsheet().getActiveSheet();
    s.getRange('A1:B1')
      .setValues([[2, '=A1*10']])
      .setBackground('#00ff00');
    s.getRange('A1:B1').copyTo(s.getRange('A3'));
    expect(s.getRange('A3:B3').getValues()).toEqual([[2, 20]]);
    expect(s.getRange('B3').getFormula()).toBe('=A3*10');
    expect(s.getRange('A3').getBackground()).toBe('#00ff00');
    s.getRange('A1:B1').copyTo(s.getRange('A5'), { contentsOnly: true });
    expect(s.getRange('A5').getBackground()).toBe('#ffffff');
    s.getRange('A1:B1').copyTo(
      s.getRange('A6'),
      CopyPasteType.PASTE_VALUES as unknown as GoogleAppsScript.Spreadsheet.CopyPasteType,
      false,
    );
    expect(s.getRange('B6').getFormula()).toBe('');
    expect(s.getRange('B6').getValue()).toBe(20);
  });
});

describe('executions', () => {
  it('a second execution over the same world sees the first one’s changes', () => {
    const h = harness();
    const first = h.run('a@ubnd.gov.vn').app.getActiveSpreadsheet();
    first
      .insertSheet('Nhiệm vụ')
      .getRange('A1:B1')
      .setValues([['Mã', '2024-01-15']]);
    const second = h.run('b@ubnd.gov.vn').app.getActiveSpreadsheet();
    const v = second.getSheetByName('Nhiệm vụ')!.getRange('A1:B1').getValues();
    expect(v[0][0]).toBe('Mã');
    expect((v[0][1] as Date).toISOString()).toBe('2024-01-14T17:00:00.000Z');
    // And the state is plain JSON: a copy through JSON behaves the same.
    const copy = JSON.parse(JSON.stringify(h.world));
    expect(displayGrid(copy.spreadsheets, h.id, 'Nhiệm vụ').values).toEqual([['Mã', '2024-01-15']]);
  });

  it('counts every call the script makes on the service, and nothing internal', () => {
    const h = harness();
    const { app, exec } = h.run();
    const sheet = app.getActiveSpreadsheet().getSheetByName('Trang tính1')!;
    sheet.getRange(1, 1, 3, 3).getValues();
    expect(exec.calls.total('spreadsheet')).toBe(4);
    expect(exec.calls.count('SpreadsheetApp.getActiveSpreadsheet')).toBe(1);
    expect(exec.calls.count('Spreadsheet.getSheetByName')).toBe(1);
    expect(exec.calls.count('Sheet.getRange')).toBe(1);
    expect(exec.calls.count('Range.getValues')).toBe(1);
    // Chained calls return the same proxy and are each counted once.
    const r = sheet.getRange('A1');
    expect(r.setValue(1)).toBe(r);
    expect(exec.calls.total('spreadsheet')).toBe(6);
    // Enums are plain properties: reading them costs nothing.
    void app.WrapStrategy.WRAP;
    expect(exec.calls.total('spreadsheet')).toBe(6);
  });

  it('hides emulator internals from scripts', () => {
    const { app } = harness().run();
    const range = app.getActiveSpreadsheet().getActiveSheet().getRange('A1') as unknown as Record<
      string,
      unknown
    >;
    expect(range._grid).toBeUndefined();
    expect(typeof unwrap(range)._grid).toBe('function');
  });

  it('refuses calls without a spreadsheet scope', () => {
    const { app } = harness().run(OWNER, { scopes: [] });
    expect(errorOf(() => app.getActiveSpreadsheet())).toMatch(
      /^Specified permissions are not sufficient to call SpreadsheetApp.getActiveSpreadsheet/,
    );
  });

  it('getUi returns the Ui service', () => {
    const h = harness();
    const { exec, ctx } = h.run();
    const app = instrument(
      exec,
      createSpreadsheetApp(ctx),
    ) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const ui = app.getUi();
    expect(typeof ui.createMenu).toBe('function');
  });
});

describe('a large sheet', () => {
  // How long the emulator itself takes is the benchmark's business (npm run bench), never a timed test.
  it('setValues and getValues round-trip 50,000 × 30 values', () => {
    const h = harness();
    const s = h.run(OWNER, { realm: scriptRealm() }).app.getActiveSpreadsheet().getActiveSheet();
    s.insertRowsAfter(1000, 49_000);
    s.insertColumnsAfter(26, 4);
    const data = Array.from({ length: 50_000 }, (_, i) =>
      Array.from({ length: 30 }, (_, j) =>
        j === 0
          ? i
          : j === 1
            ? new Date(Date.UTC(2024, 0, 1 + (i % 300)))
            : j === 2
              ? '2024-01-15'
              : `Việc ${i}.${j}`,
      ),
    );
    const range = s.getRange(1, 1, 50_000, 30);
    range.setValues(data);
    const values = range.getValues();
    expect(values).toHaveLength(50_000);
    expect(values[49_999]).toHaveLength(30);
    expect(values[49_999][3]).toBe('Việc 49999.3');
    expect(values[49_999][0]).toBe(49_999);
    expect(values[12_345][1]).toEqual(data[12_345][1]);
  });
});
