/**
 * A person editing the sheet in the Sheets interface (`Emulator.edit`, emulator/person.ts), as opposed
 * to a script: protections hold against them, typed text is parsed as typed, the simple `onEdit` fires
 * after value changes (in AuthMode.LIMITED, with Apps Script's event object) and never after a script's
 * writes, and installable edit and change triggers fire as their installers.
 */
import { Emulator, type TriggerRun } from '../../emulator';
import { cellInfo } from '../../emulator/spreadsheet/state';

const OWNER = 'vanphong@ubnd.example.vn';
const EDITOR = 'lanh.dao@ubnd.example.vn';
const OFFICIAL = 'can.bo@ubnd.example.vn';
const OUTSIDER = 'ban.be@gmail.com';
const PROTECTED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
const SHEET = 'Trang tính1';

/** Records every event it receives in the document properties; a second sheet is the audit. */
const SOURCE = `
function record_(kind, e) {
  var p = PropertiesService.getDocumentProperties();
  var list = JSON.parse(p.getProperty('events') || '[]');
  var o = { kind: kind, authMode: String(e.authMode), user: e.user.getEmail(),
    active: Session.getActiveUser().getEmail(), source: e.source.getId(), keys: Object.keys(e).sort() };
  if (e.range) { o.range = e.range.getA1Notation(); o.sheet = e.range.getSheet().getName(); }
  if ('value' in e) o.value = e.value;
  if ('oldValue' in e) o.oldValue = e.oldValue;
  if (e.triggerUid) o.triggerUid = e.triggerUid;
  if (e.changeType) o.changeType = e.changeType;
  list.push(o);
  p.setProperty('events', JSON.stringify(list));
  CacheService.getDocumentCache().put('version', String(list.length));
}
function onEdit(e) { record_('onEdit', e); }
function installedEdit(e) { record_('installedEdit', e); }
function changed(e) { record_('changed', e); }
function events() { return JSON.parse(PropertiesService.getDocumentProperties().getProperty('events') || '[]'); }
function sheet_() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]; }
function setUp() {
  var sh = sheet_();
  sh.getRange('A1:C1').setValues([['Mã', 'Tên', 'Vai trò']]);
  var p = sh.getRange('A1:C1').protect().setDescription('Tiêu đề');
  p.removeEditors(p.getEditors());
  p.addEditor('${EDITOR}');
  sh.getRange('E1:E20').protect().setDescription('Nhật ký').setWarningOnly(true);
  sh.getRange('C2:C20').setDataValidation(SpreadsheetApp.newDataValidation()
    .requireValueInList(['Lãnh đạo', 'Cán bộ thực hiện']).setAllowInvalid(false).build());
}
function scriptWrite() { sheet_().getRange('B5').setValue('viết bởi script'); sheet_().insertRowsAfter(1, 2); }
function installTriggers() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  ScriptApp.newTrigger('installedEdit').forSpreadsheet(ss).onEdit().create();
  ScriptApp.newTrigger('changed').forSpreadsheet(ss).onChange().create();
}
`;

interface Recorded {
  kind: string;
  authMode: string;
  user: string;
  active: string;
  source: string;
  keys: string[];
  range?: string;
  sheet?: string;
  value?: string;
  oldValue?: string;
  triggerUid?: string;
  changeType?: string;
}

function emulator(source = SOURCE): Emulator {
  const emu = new Emulator({ now: Date.UTC(2026, 2, 2, 1, 0, 0) }).loadSource(source);
  emu.run('setUp', [], { as: OWNER }); // the first user to run a script owns the spreadsheet
  return emu;
}
const events = (emu: Emulator) => emu.run<Recorded[]>('events', [], { as: OWNER }).value;
const cell = (emu: Emulator, a1: string) =>
  cellInfo(emu.world.spreadsheets, emu.world.activeSpreadsheetId, SHEET, a1);

describe('protections against a person', () => {
  it('a protected range refuses anyone not among its editors, with Sheets’ message, and changes nothing', () => {
    const emu = emulator();
    expect(() => emu.edit(OFFICIAL, (ui) => ui.setValue(SHEET, 'B1', 'Họ tên'))).toThrow(PROTECTED);
    expect(() => emu.edit(OFFICIAL, (ui) => ui.paste(SHEET, 'C1', [['x', 'y']]))).toThrow(PROTECTED);
    expect(() => emu.edit(OFFICIAL, (ui) => ui.clear(SHEET, 'A1:C1'))).toThrow(PROTECTED);
    expect(() => emu.edit(OFFICIAL, (ui) => ui.deleteRows(SHEET, 1))).toThrow(PROTECTED);
    expect(cell(emu, 'B1').value).toBe('Tên');
    expect(events(emu)).toEqual([]); // a refused edit fires nothing
  });

  it('lets the protection’s editors and the owner edit', () => {
    const emu = emulator();
    emu.edit(EDITOR, (ui) => ui.setValue(SHEET, 'B1', 'Họ tên'));
    emu.edit(OWNER, (ui) => ui.setValue(SHEET, 'C1', 'Vai trò (văn phòng)'));
    expect([cell(emu, 'B1').value, cell(emu, 'C1').value]).toEqual(['Họ tên', 'Vai trò (văn phòng)']);
  });

  it('a warning-only protection lets the edit through and records the warning', () => {
    const emu = emulator();
    const report = emu.edit(OFFICIAL, (ui) => ui.setValue(SHEET, 'E3', 'sửa tay'));
    expect(cell(emu, 'E3').value).toBe('sửa tay');
    expect(report.warnings).toEqual([{ protected: `'${SHEET}'!E1:E20`, description: 'Nhật ký' }]);
    expect(emu.edit(OFFICIAL, (ui) => ui.setValue(SHEET, 'D3', 'x')).warnings).toEqual([]);
  });

  it('a protected sheet refuses structure changes and cells outside its unprotected ranges', () => {
    const emu = emulator(
      SOURCE +
        `function protectSheet() {
          var p = sheet_().protect().setDescription('Cả sheet');
          p.removeEditors(p.getEditors());
          p.setUnprotectedRanges([sheet_().getRange('B2:B10')]);
        }`,
    );
    emu.run('protectSheet', [], { as: OWNER });
    emu.edit(OFFICIAL, (ui) => ui.setValue(SHEET, 'B4', 'được phép'));
    expect(() => emu.edit(OFFICIAL, (ui) => ui.setValue(SHEET, 'D4', 'không'))).toThrow(PROTECTED);
    expect(() => emu.edit(OFFICIAL, (ui) => ui.insertRows(SHEET, 3))).toThrow(PROTECTED);
    expect(() => emu.edit(OFFICIAL, (ui) => ui.moveColumns(SHEET, 'B', 'E'))).toThrow(PROTECTED);
    emu.edit(OWNER, (ui) => ui.insertRows(SHEET, 3));
  });

  it('a reject-input validation rule refuses typed text, whatever the script-write setting says', () => {
    const emu = emulator();
    emu.world.spreadsheets.byId[emu.world.activeSpreadsheetId].settings.enforceValidationOnScriptWrites =
      false;
    expect(() => emu.edit(OFFICIAL, (ui) => ui.setValue(SHEET, 'C3', 'Giám đốc'))).toThrow(
      /violates the data validation rules/,
    );
    emu.edit(OFFICIAL, (ui) => ui.setValue(SHEET, 'C3', 'Lãnh đạo'));
    expect(cell(emu, 'C3').value).toBe('Lãnh đạo');
  });
});

describe('typed input', () => {
  it('is parsed as typed: numbers, dates, formulas, a leading apostrophe', () => {
    const emu = emulator();
    emu.edit(OFFICIAL, (ui) => {
      ui.setValue(SHEET, 'A3', '007');
      ui.setValue(SHEET, 'B3', '05/03/2026');
      ui.setValue(SHEET, 'D3', '=1+2');
      ui.setValue(SHEET, 'D4', "'=1+2");
    });
    expect(cell(emu, 'A3').value).toBe(7);
    expect(cell(emu, 'B3').display).toBe('05/03/2026');
    expect(cell(emu, 'B3').date).not.toBeNull();
    expect([cell(emu, 'D3').formula, cell(emu, 'D3').value]).toEqual(['=1+2', 3]);
    expect(cell(emu, 'D4').value).toBe('=1+2');
  });
});

describe('the simple onEdit trigger', () => {
  it('fires after a person types into a cell, in AuthMode.LIMITED, with Apps Script’s event object', () => {
    const emu = emulator();
    emu.edit(OFFICIAL, (ui) => ui.setValue(SHEET, 'B3', 'Nguyễn Thị Bích'));
    const report = emu.edit(OFFICIAL, (ui) => ui.setValue(SHEET, 'B3', '42'));
    const [, second] = events(emu);
    expect(second).toEqual({
      kind: 'onEdit',
      authMode: 'LIMITED',
      user: OFFICIAL,
      active: OFFICIAL,
      source: emu.world.activeSpreadsheetId,
      keys: ['authMode', 'oldValue', 'range', 'source', 'user', 'value'],
      range: 'B3',
      sheet: SHEET,
      value: '42',
      oldValue: 'Nguyễn Thị Bích',
    });
    expect(report.triggers).toEqual([
      expect.objectContaining({ handler: 'onEdit', kind: 'simple', authMode: 'LIMITED', ok: true }),
    ]);
    expect(report.edits[0]).toMatchObject({ kind: 'type', by: OFFICIAL, range: `'${SHEET}'!B3` });
  });

  it('leaves out oldValue for an empty cell and value for a cleared one', () => {
    const emu = emulator();
    emu.edit(OFFICIAL, (ui) => {
      ui.setValue(SHEET, 'D7', 'TRUE');
      ui.clear(SHEET, 'D7');
    });
    const [typed, cleared] = events(emu);
    expect([typed.value, 'oldValue' in typed]).toEqual(['TRUE', false]);
    expect(['value' in cleared, cleared.oldValue]).toEqual([false, 'TRUE']);
  });

  it('fires once for a paste, with the pasted range and no value', () => {
    const emu = emulator();
    const report = emu.edit(OFFICIAL, (ui) =>
      ui.paste(SHEET, 'A3', [
        ['NV-1', 'Nguyễn Thị Bích', 'Cán bộ thực hiện'],
        ['NV-2', 'Trần Văn Lãnh', 'Lãnh đạo'],
      ]),
    );
    expect(events(emu)).toEqual([
      expect.objectContaining({
        kind: 'onEdit',
        range: 'A3:C4',
        keys: ['authMode', 'range', 'source', 'user'],
      }),
    ]);
    expect(report.edits).toHaveLength(1);
    expect(cell(emu, 'B4').value).toBe('Trần Văn Lãnh');
  });

  it('a paste past the last row adds rows, as Sheets does', () => {
    const emu = emulator();
    emu.edit(OFFICIAL, (ui) => ui.paste(SHEET, 'B999', [['a'], ['b'], ['c']]));
    expect(cell(emu, 'B1001').value).toBe('c');
  });

  it('fires once per cell when a person types into several cells', () => {
    const emu = emulator();
    const edits = emu.edit(OFFICIAL, (ui) => ui.setValues(SHEET, 'A5', [['x', undefined, 'Lãnh đạo']])).value;
    expect(edits.map((e) => e.range)).toEqual([`'${SHEET}'!A5`, `'${SHEET}'!C5`]);
    expect(events(emu).map((e) => e.range)).toEqual(['A5', 'C5']);
  });

  it('does not fire for a script’s writes, nor for rows and columns inserted, deleted or moved', () => {
    const emu = emulator();
    emu.run('scriptWrite', [], { as: OFFICIAL });
    const report = emu.edit(EDITOR, (ui) => {
      ui.insertRows(SHEET, 5, 2);
      ui.deleteRows(SHEET, 5);
      ui.insertColumns(SHEET, 'D');
      ui.deleteColumns(SHEET, 'D');
      ui.moveRows(SHEET, '3:4', 10);
      ui.moveColumns(SHEET, 'D', 'F');
    });
    expect(events(emu)).toEqual([]);
    expect(report.triggers).toEqual([]);
    expect(report.edits.map((e) => e.range)).toEqual([
      `'${SHEET}'!5:6`,
      `'${SHEET}'!5:5`,
      `'${SHEET}'!D:D`,
      `'${SHEET}'!D:D`,
      `'${SHEET}'!3:4`,
      `'${SHEET}'!D:D`,
    ]);
  });

  it('runs in AuthMode.LIMITED: MailApp, Drive and new triggers are refused; the edit stays', () => {
    const emu = emulator(
      SOURCE.replace("function onEdit(e) { record_('onEdit', e); }", '') +
        `function onEdit(e) {
          var tried = {};
          [['mail', function () { MailApp.sendEmail('${EDITOR}', 'Sửa tay', 'x'); }],
           ['drive', function () { Drive.Files.list(); }],
           ['trigger', function () { ScriptApp.newTrigger('changed').timeBased().everyHours(1).create(); }],
           ['sheet', function () { e.range.offset(0, 2).setValue('đã xem'); }]].forEach(function (t) {
            try { t[1](); tried[t[0]] = 'ok'; } catch (err) { tried[t[0]] = err.message; }
          });
          PropertiesService.getDocumentProperties().setProperty('tried', JSON.stringify(tried));
          MailApp.sendEmail('${EDITOR}', 'Sửa tay', 'x');
        }
        function tried() { return JSON.parse(PropertiesService.getDocumentProperties().getProperty('tried')); }`,
    );
    const report = emu.edit(OFFICIAL, (ui) => ui.setValue(SHEET, 'B3', 'sửa'));
    expect(emu.run('tried', [], { as: OWNER }).value).toEqual({
      mail: 'You do not have permission to call MailApp.sendEmail',
      drive: 'You do not have permission to call Drive.Files.list',
      trigger: 'You do not have permission to call ScriptApp.newTrigger',
      sheet: 'ok',
    });
    expect(report.triggers).toEqual([
      expect.objectContaining({
        handler: 'onEdit',
        ok: false,
        error: { name: 'Exception', message: 'You do not have permission to call MailApp.sendEmail' },
      }),
    ]);
    expect([cell(emu, 'B3').value, cell(emu, 'D3').value]).toEqual(['sửa', 'đã xem']);
    expect(emu.world.mail.outbox).toHaveLength(0);
  });

  it('does nothing when the bundle has no onEdit', () => {
    const emu = emulator(SOURCE.replace("function onEdit(e) { record_('onEdit', e); }", ''));
    const report = emu.edit(OFFICIAL, (ui) => ui.setValue(SHEET, 'B3', 'x'));
    expect(report.triggers).toEqual([]);
    expect(cell(emu, 'B3').value).toBe('x');
  });

  it('withholds the e-mail of a person outside the owner’s Workspace domain, unless told otherwise', () => {
    const emu = emulator();
    emu.edit(OUTSIDER, (ui) => ui.setValue(SHEET, 'B3', 'a'));
    emu.edit(OUTSIDER, (ui) => ui.setValue(SHEET, 'B4', 'b'), { userEmailVisible: true });
    const [hidden, shown] = events(emu);
    expect([hidden.user, hidden.active]).toEqual(['', '']);
    expect([shown.user, shown.active]).toEqual([OUTSIDER, OUTSIDER]);
  });

  it('may run in AuthMode.NONE for an add-on (an option): document properties are refused then', () => {
    const emu = emulator();
    const report = emu.edit(OFFICIAL, (ui) => ui.setValue(SHEET, 'B3', 'x'), {
      simpleTriggerAuthMode: 'NONE',
    });
    expect(report.triggers[0]).toMatchObject({
      authMode: 'NONE',
      ok: false,
      error: { message: 'You do not have permission to call PropertiesService.getDocumentProperties' },
    });
  });
});

describe('installable triggers', () => {
  it('an edit fires the installable onEdit and onChange (EDIT) as their installer, with triggerUid', () => {
    const emu = emulator();
    emu.run('installTriggers', [], { as: EDITOR });
    const [editTrigger, changeTrigger] = emu.world.triggers.triggers;
    const report = emu.edit(OFFICIAL, (ui) => ui.setValue(SHEET, 'B3', 'x'));
    expect(
      report.triggers.map((t: TriggerRun) => [t.handler, t.authMode, t.effectiveUser, t.triggerUid]),
    ).toEqual([
      ['onEdit', 'LIMITED', OFFICIAL, undefined],
      ['installedEdit', 'FULL', EDITOR, editTrigger.id],
      ['changed', 'FULL', EDITOR, changeTrigger.id],
    ]);
    const [, installed, changed] = events(emu);
    expect(installed).toMatchObject({ kind: 'installedEdit', authMode: 'FULL', range: 'B3', value: 'x' });
    expect(installed.triggerUid).toBe(editTrigger.id);
    expect(changed).toMatchObject({ kind: 'changed', changeType: 'EDIT', triggerUid: changeTrigger.id });
  });

  it('rows and columns inserted, deleted or moved fire only onChange, with their change type', () => {
    const emu = emulator();
    emu.run('installTriggers', [], { as: EDITOR });
    emu.edit(EDITOR, (ui) => {
      ui.insertRows(SHEET, 5);
      ui.deleteRows(SHEET, 5);
      ui.insertColumns(SHEET, 4, 1, 'right');
      ui.deleteColumns(SHEET, 5);
      ui.moveColumns(SHEET, 'D', 1);
    });
    expect(events(emu).map((e) => [e.kind, e.changeType])).toEqual([
      ['changed', 'INSERT_ROW'],
      ['changed', 'REMOVE_ROW'],
      ['changed', 'INSERT_COLUMN'],
      ['changed', 'REMOVE_COLUMN'],
      ['changed', 'OTHER'],
    ]);
  });
});

describe('moving content and developer metadata', () => {
  const WITH_METADATA =
    SOURCE +
    `function tag() { sheet_().getRange('B:B').addDeveloperMetadata('column', 'name'); }
     function tagged() {
       return sheet_().createDeveloperMetadataFinder().withKey('column').find()
         .map(function (m) { return m.getLocation().getColumn().getA1Notation(); });
     }`;

  it('a moved column carries its metadata', () => {
    const emu = emulator(WITH_METADATA);
    emu.run('tag', [], { as: OWNER });
    emu.edit(OWNER, (ui) => ui.moveColumns(SHEET, 'B', 'E'));
    expect(emu.run('tagged', [], { as: OWNER }).value).toEqual(['D:D']);
    expect(cell(emu, 'D1').value).toBe('Tên');
  });

  it('cut and paste moves the cells’ content, formats and validation without the metadata', () => {
    const emu = emulator(WITH_METADATA);
    emu.run('tag', [], { as: OWNER });
    emu.edit(OWNER, (ui) => ui.setValue(SHEET, 'C2', 'Lãnh đạo'));
    const report = emu.edit(OWNER, (ui) => ui.cutPaste(SHEET, 'B1:C2', 'G1'));
    expect(emu.run('tagged', [], { as: OWNER }).value).toEqual(['B:B']);
    expect([cell(emu, 'G1').value, cell(emu, 'H2').value, cell(emu, 'B1').value]).toEqual([
      'Tên',
      'Lãnh đạo',
      null,
    ]);
    expect(cell(emu, 'H2').validation?.criteria).toBe('VALUE_IN_LIST');
    expect(cell(emu, 'C2').validation).toBeNull();
    expect(report.triggers.map((t) => t.handler)).toEqual(['onEdit']);
    expect(events(emu).at(-1)).toMatchObject({ range: 'G1:H2' });
  });

  it('whether a cut and paste fires onEdit is an option (Google does not say)', () => {
    const emu = emulator();
    const report = emu.edit(OWNER, (ui) => ui.cutPaste(SHEET, 'B1', 'G1'), { onEditForCutPaste: false });
    expect(report.triggers).toEqual([]);
    expect(cell(emu, 'G1').value).toBe('Tên');
  });

  it('copy and paste copies, and fires onEdit for the pasted range', () => {
    const emu = emulator();
    emu.edit(OWNER, (ui) => ui.copyPaste(SHEET, 'A1:B1', `'${SHEET}'!A10`));
    expect([cell(emu, 'A10').value, cell(emu, 'B10').value, cell(emu, 'A1').value]).toEqual([
      'Mã',
      'Tên',
      'Mã',
    ]);
    expect(events(emu)).toEqual([expect.objectContaining({ range: 'A10:B10' })]);
  });
});
