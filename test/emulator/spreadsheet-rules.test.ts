/**
 * SpreadsheetApp rules: data validation, conditional formatting (and the colours the playground shows),
 * protections.
 */
import { displayGrid, typeIntoCell } from '../../emulator/spreadsheet/state';
import { errorOf, harness, OWNER } from './spreadsheet-harness';

function setup() {
  const h = harness();
  const { app } = h.run();
  const ss = app.getActiveSpreadsheet();
  return { h, app, ss, sheet: ss.getActiveSheet() };
}

describe('data validation', () => {
  it('builds rules and reads them back', () => {
    const { app, sheet } = setup();
    const rule = app
      .newDataValidation()
      .requireValueInList(['Đang làm', 'Xong'], true)
      .setAllowInvalid(false)
      .setHelpText('Chọn trạng thái')
      .build();
    sheet.getRange('C2:C10').setDataValidation(rule);
    const back = sheet.getRange('C5').getDataValidation()!;
    expect(String(back.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(back.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(back.getCriteriaValues()).toEqual([['Đang làm', 'Xong'], true]);
    expect(back.getAllowInvalid()).toBe(false);
    expect(back.getHelpText()).toBe('Chọn trạng thái');
    expect(sheet.getRange('C1').getDataValidation()).toBeNull();
    expect(
      sheet
        .getRange('C1:C2')
        .getDataValidations()
        .map((r) => r.map((x) => (x ? 'rule' : null))),
    ).toEqual([[null], ['rule']]);
    const copy = back.copy().setAllowInvalid(true).build();
    expect(copy.getAllowInvalid()).toBe(true);
    expect(back.getAllowInvalid()).toBe(false);
  });

  it('range, date, number and checkbox criteria keep their arguments', () => {
    const { app, ss, sheet } = setup();
    const units = ss.insertSheet('Đơn vị');
    const inRange = app.newDataValidation().requireValueInRange(units.getRange('A2:A'), false).build();
    const [range, dropdown] = inRange.getCriteriaValues() as [GoogleAppsScript.Spreadsheet.Range, boolean];
    expect(range.getSheet().getName()).toBe('Đơn vị');
    expect(range.getA1Notation()).toBe('A2:A1000');
    expect(dropdown).toBe(false);
    const after = app.newDataValidation().requireDateOnOrAfter(new Date('2026-01-01T00:00:00+07:00')).build();
    expect((after.getCriteriaValues()[0] as Date).toISOString()).toBe('2025-12-31T17:00:00.000Z');
    const between = app.newDataValidation().requireNumberBetween(0, 100).build();
    expect(between.getCriteriaValues()).toEqual([0, 100]);
    const box = app.newDataValidation().requireCheckbox('Có', 'Không').build();
    sheet.getRange('A1').setDataValidation(box);
    expect(String(sheet.getRange('A1').getDataValidation()!.getCriteriaType())).toBe('CHECKBOX');
    expect(errorOf(() => app.newDataValidation().build())).toBe(
      'You must set a criteria before building a data validation rule.',
    );
  });

  it('a script write that breaks a reject-input rule throws and writes nothing (configurable)', () => {
    const { h, app, sheet } = setup();
    sheet
      .getRange('B2:B5')
      .setDataValidation(
        app.newDataValidation().requireValueInList(['Có', 'Không']).setAllowInvalid(false).build(),
      );
    sheet.getRange('B2').setValue('Có');
    expect(errorOf(() => sheet.getRange('B2:B3').setValues([['Không'], ['Có lẽ']]))).toBe(
      'The data you entered in cell B3 violates the data validation rules set on this cell.',
    );
    expect(sheet.getRange('B2:B3').getValues()).toEqual([['Có'], ['']]);
    // Blanks always pass; warning-only rules accept anything.
    sheet.getRange('B2').setValue('');
    sheet.getRange('C2').setDataValidation(app.newDataValidation().requireNumberGreaterThan(5).build());
    sheet.getRange('C2').setValue(1);
    expect(sheet.getRange('C2').getValue()).toBe(1);
    // Dates: typed text counts once parsed.
    sheet
      .getRange('D2')
      .setDataValidation(app.newDataValidation().requireDate().setAllowInvalid(false).build());
    sheet.getRange('D2').setValue('15/01/2026');
    expect(errorOf(() => sheet.getRange('D2').setValue('sắp tới'))).toMatch(
      /violates the data validation rules/,
    );
    h.state.byId[h.id].settings.enforceValidationOnScriptWrites = false;
    sheet.getRange('B3').setValue('Có lẽ');
    expect(sheet.getRange('B3').getValue()).toBe('Có lẽ');
  });

  it('checkbox cells accept only their values', () => {
    const { sheet } = setup();
    sheet.getRange('A1').insertCheckboxes();
    sheet.getRange('A1').setValue(true);
    expect(errorOf(() => sheet.getRange('A1').setValue('x'))).toMatch(/violates the data validation rules/);
  });

  it('a user typing into the sheet is held to the rule', () => {
    const { h, app, sheet } = setup();
    sheet
      .getRange('B2')
      .setDataValidation(
        app
          .newDataValidation()
          .requireValueInList(['Có'])
          .setAllowInvalid(false)
          .setHelpText('Chỉ "Có"')
          .build(),
      );
    expect(typeIntoCell(h.state, h.id, 'Trang tính1', 'B2', 'Không')).toEqual({
      ok: false,
      error: 'Chỉ "Có"',
    });
    expect(typeIntoCell(h.state, h.id, 'Trang tính1', 'B2', 'Có')).toEqual({ ok: true });
    expect(sheet.getRange('B2').getValue()).toBe('Có');
  });

  it('validation ranges follow rows inserted on the source sheet', () => {
    const { app, ss, sheet } = setup();
    const units = ss.insertSheet('Đơn vị');
    sheet
      .getRange('A2')
      .setDataValidation(app.newDataValidation().requireValueInRange(units.getRange('A2:A10')).build());
    units.insertRowBefore(1);
    const [range] = sheet
      .getRange('A2')
      .getDataValidation()!
      .getCriteriaValues() as GoogleAppsScript.Spreadsheet.Range[];
    expect(range.getA1Notation()).toBe('A3:A11');
  });
});

describe('conditional formatting', () => {
  const STATUS = 'Hoàn thành quá hạn';

  function register() {
    const s = setup();
    const { app, sheet } = s;
    sheet.getRange('A1:C4').setValues([
      ['Việc', 'Hạn', 'Trạng thái'],
      ['Việc 1', '10/01/2026', STATUS],
      ['Việc 2', '20/01/2026', 'Đang thực hiện trong hạn'],
      ['Việc 3', '', ''],
    ]);
    const rows = sheet.getRange('A2:C');
    const rules = [
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied(`=$C2="${STATUS}"`)
        .setBackground('#f4b183')
        .setRanges([rows])
        .build(),
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=AND($B2<>"", $B2<TODAY(), $C2<>"Xong")')
        .setBackground('#ea9999')
        .setRanges([rows])
        .build(),
      app
        .newConditionalFormatRule()
        .whenTextContains('đang')
        .setFontColor('#0000ff')
        .setRanges([sheet.getRange('C2:C')])
        .build(),
    ];
    sheet.setConditionalFormatRules(rules);
    return s;
  }

  it('stores rules and reads them back', () => {
    const { sheet, app } = register();
    const rules = sheet.getConditionalFormatRules();
    expect(rules).toHaveLength(3);
    const cond = rules[0].getBooleanCondition()!;
    expect(cond.getCriteriaType()).toBe(app.BooleanCriteria.CUSTOM_FORMULA);
    expect(cond.getCriteriaValues()).toEqual([`=$C2="${STATUS}"`]);
    expect(cond.getBackground()).toBe('#f4b183');
    expect(rules[0].getRanges().map((r) => r.getA1Notation())).toEqual(['A2:C1000']);
    expect(rules[0].getGradientCondition()).toBeNull();
  });

  it('evaluates rules per cell: the first matching rule wins', () => {
    const { h } = register();
    // 15/01/2026 in Ha Noi: row 2 is late and done-late (rule 1 wins), row 3 is not yet due.
    const grid = displayGrid(h.state, h.id, 'Trang tính1', { now: Date.parse('2026-01-15T09:00:00+07:00') });
    expect(grid.backgrounds[1]).toEqual(['#f4b183', '#f4b183', '#f4b183']);
    expect(grid.backgrounds[2]).toEqual([null, null, null]);
    expect(grid.backgrounds[3]).toEqual([null, null, null]);
    expect(grid.backgrounds[0]).toEqual([null, null, null]); // the header is outside the rules' ranges
    expect(grid.fontColors[2][2]).toBe('#0000ff'); // "Đang …" contains "đang", case-insensitively
    // Ten days later the second row is overdue: rule 2 colours it.
    const later = displayGrid(h.state, h.id, 'Trang tính1', { now: Date.parse('2026-01-25T09:00:00+07:00') });
    expect(later.backgrounds[2]).toEqual(['#ea9999', '#ea9999', '#ea9999']);
    expect(later.values[1]).toEqual(['Việc 1', '10/01/2026', STATUS]);
  });

  it('rules follow inserted columns: ranges and formulas shift together', () => {
    const { h, sheet } = register();
    sheet.insertColumnBefore(1);
    const [first] = sheet.getConditionalFormatRules();
    expect(first.getBooleanCondition()!.getCriteriaValues()).toEqual([`=$D2="${STATUS}"`]);
    expect(first.getRanges()[0].getA1Notation()).toBe('B2:D1000');
    const grid = displayGrid(h.state, h.id, 'Trang tính1', { now: Date.parse('2026-01-15T09:00:00+07:00') });
    expect(grid.backgrounds[1]).toEqual([null, '#f4b183', '#f4b183', '#f4b183']);
  });

  it('text, number and emptiness conditions', () => {
    const { h, app, sheet } = setup();
    sheet.getRange('A1:A4').setValues([['Xong'], ['xong'], [5], ['']]);
    const r = sheet.getRange('A1:A4');
    sheet.setConditionalFormatRules([
      app.newConditionalFormatRule().whenTextEqualTo('XONG').setBackground('#00ff00').setRanges([r]).build(),
      app.newConditionalFormatRule().whenNumberBetween(1, 10).setBackground('#0000ff').setRanges([r]).build(),
      app.newConditionalFormatRule().whenCellEmpty().setBackground('#cccccc').setRanges([r]).build(),
    ]);
    const grid = displayGrid(h.state, h.id, 'Trang tính1', { rows: 4 });
    expect(grid.backgrounds.map((x) => x[0])).toEqual(['#00ff00', '#00ff00', '#0000ff', '#cccccc']);
  });

  it('a rule needs a condition', () => {
    const { app } = setup();
    expect(errorOf(() => app.newConditionalFormatRule().setBackground('#fff').build())).toBe(
      'A condition must be set before building a conditional format rule.',
    );
  });
});

describe('protection', () => {
  const OTHER = 'canbo@ubnd.gov.vn';
  const MESSAGE =
    'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

  it('editors are Users whose e-mail needs the userinfo.email scope, as Base.User does', () => {
    const { h, sheet } = setup();
    sheet.protect();
    const noEmailScope = h.run(OWNER, {
      scopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'],
    }).app;
    const [p] = noEmailScope
      .getActiveSpreadsheet()
      .getActiveSheet()
      .getProtections(noEmailScope.ProtectionType.SHEET);
    expect(errorOf(() => p.getEditors()[0].getEmail())).toMatch(
      /^Specified permissions are not sufficient to call User.getEmail/,
    );
  });

  it('a new protection mirrors the spreadsheet editors until the script changes them', () => {
    const { h, ss, sheet } = setup();
    ss.addEditor(OTHER);
    const p = sheet.getRange('A1:B2').protect().setDescription('Tiêu đề');
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER, OTHER]);
    expect(String(p.getProtectionType())).toBe('RANGE');
    // Still editable by the other editor.
    h.run(OTHER).app.getActiveSpreadsheet().getActiveSheet().getRange('A1').setValue('ok');
    p.removeEditors([OTHER]);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER]);
    const asOther = h.run(OTHER).app.getActiveSpreadsheet().getActiveSheet();
    expect(errorOf(() => asOther.getRange('B2').setValue('x'))).toBe(MESSAGE);
    expect(errorOf(() => asOther.getRange('A1:A5').clearContent())).toBe(MESSAGE);
    expect(errorOf(() => asOther.deleteRow(1))).toBe(MESSAGE);
    asOther.getRange('C3').setValue('outside'); // not protected
    // The owner can always edit.
    sheet.getRange('B2').setValue('owner');
    expect(sheet.getRange('B2').getValue()).toBe('owner');
  });

  it('the owner and the running user cannot be removed; canEdit tells the running user', () => {
    const { h, ss, sheet } = setup();
    ss.addEditor(OTHER);
    const p = sheet.protect();
    p.removeEditors([OWNER, OTHER]);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER]);
    expect(p.canEdit()).toBe(true);
    const asOther = h.run(OTHER).app.getActiveSpreadsheet();
    const [theirs] = asOther.getActiveSheet().getProtections(h.run().app.ProtectionType.SHEET);
    expect(theirs.canEdit()).toBe(false);
    expect(errorOf(() => asOther.getActiveSheet().getRange('Z99').setValue(1))).toBe(MESSAGE);
    expect(errorOf(() => asOther.getActiveSheet().insertRowsAfter(1, 1))).toBe(MESSAGE);
  });

  it('warning-only protections and unprotected ranges let writes through', () => {
    const { h, ss, sheet } = setup();
    ss.addEditor(OTHER);
    const p = sheet.protect();
    p.removeEditors([OTHER]).setUnprotectedRanges([sheet.getRange('D2:E')]);
    const asOther = h.run(OTHER).app.getActiveSpreadsheet().getActiveSheet();
    asOther.getRange('D5:E6').setValue('mine');
    expect(errorOf(() => asOther.getRange('C5:D5').setValue('x'))).toBe(MESSAGE);
    p.setWarningOnly(true);
    asOther.getRange('A1').setValue('with a warning');
    expect(asOther.getRange('A1').getValue()).toBe('with a warning');
    expect(p.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(['D2:E1000']);
  });

  it('sheet.protect() returns the existing sheet protection; protections can be listed and removed', () => {
    const { app, sheet } = setup();
    const a = sheet.protect().setDescription('Nhật ký');
    const b = sheet.protect();
    expect(b.getDescription()).toBe('Nhật ký');
    expect(a.isWarningOnly()).toBe(false);
    sheet.getRange('A1').protect();
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toHaveLength(1);
    b.remove();
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(0);
  });

  it('protected ranges move with inserted rows', () => {
    const { app, sheet } = setup();
    sheet.getRange('A2:B3').protect();
    sheet.insertRowsBefore(1, 2);
    expect(sheet.getProtections(app.ProtectionType.RANGE)[0].getRange().getA1Notation()).toBe('A4:B5');
  });

  it('domain edit lets users of the owner’s Workspace domain edit', () => {
    const { h, sheet } = setup();
    const p = sheet.protect();
    p.removeEditors([]);
    expect(
      errorOf(() => h.run(OTHER).app.getActiveSpreadsheet().getActiveSheet().getRange('A1').setValue(1)),
    ).toBe(MESSAGE);
    p.setDomainEdit(true);
    h.run(OTHER).app.getActiveSpreadsheet().getActiveSheet().getRange('A1').setValue(1);
    expect(
      errorOf(() =>
        h.run('someone@gmail.com').app.getActiveSpreadsheet().getActiveSheet().getRange('A1').setValue(2),
      ),
    ).toBe(MESSAGE);
  });

  it('a user typing into a protected cell is refused', () => {
    const { h, ss, sheet } = setup();
    ss.addEditor(OTHER);
    sheet.getRange('A1').protect().removeEditors([OTHER]);
    expect(typeIntoCell(h.state, h.id, 'Trang tính1', 'A1', 'x', { user: OTHER }).ok).toBe(false);
    expect(typeIntoCell(h.state, h.id, 'Trang tính1', 'A2', 'x', { user: OTHER }).ok).toBe(true);
  });
});
