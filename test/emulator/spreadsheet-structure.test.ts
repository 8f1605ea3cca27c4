/**
 * SpreadsheetApp structure: sheets, inserting/deleting/moving rows and columns with everything attached
 * to them (notes, validation, formulas, conditional formats, protections, developer metadata), frozen
 * panes, sizes and the cell limit.
 */
import { deleteMap, insertMap, moveMap } from '../../emulator/spreadsheet/grid';
import { errorOf, harness } from './spreadsheet-harness';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

function setup() {
  const h = harness();
  const { app } = h.run();
  const ss = app.getActiveSpreadsheet();
  return { h, app, ss, sheet: ss.getActiveSheet() };
}

describe('sheets', () => {
  it('insertSheet names, orders and activates sheets; duplicates are refused', () => {
    const { ss } = setup();
    const a = ss.insertSheet('Nhiệm vụ');
    expect(ss.getActiveSheet().getName()).toBe('Nhiệm vụ');
    expect(a.getIndex()).toBe(2);
    const b = ss.insertSheet();
    expect(b.getName()).toBe('Trang tính3');
    ss.insertSheet('Đầu', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Đầu', 'Trang tính1', 'Nhiệm vụ', 'Trang tính3']);
    expect(errorOf(() => ss.insertSheet('Nhiệm vụ'))).toBe(
      'A sheet with the name "Nhiệm vụ" already exists. Please enter another name.',
    );
    expect(errorOf(() => b.setName('nhiệm vụ'))).toBe(
      'A sheet with the name "nhiệm vụ" already exists. Please enter another name.',
    );
    expect(ss.getSheetByName('Không có')).toBeNull();
    b.setName('TRANG TÍNH3').setName('Trang tính3'); // changing only the case of its own name is fine
    expect(ss.getSheetById(a.getSheetId())!.getName()).toBe('Nhiệm vụ');
    expect(new Set(ss.getSheets().map((s) => s.getSheetId())).size).toBe(4);
  });

  it('deleteSheet removes a sheet and its metadata; the last sheet cannot go', () => {
    const { ss, sheet } = setup();
    const other = ss.insertSheet('Tạm');
    other.addDeveloperMetadata('k', 'v');
    ss.deleteSheet(other);
    expect(ss.getNumSheets()).toBe(1);
    expect(ss.createDeveloperMetadataFinder().withKey('k').find()).toHaveLength(0);
    expect(ss.getActiveSheet().getName()).toBe('Trang tính1');
    expect(errorOf(() => ss.deleteSheet(sheet))).toBe("You can't remove all the sheets in a document.");
  });

  it('setActiveSheet, activate and the active range', () => {
    const { app, ss, sheet } = setup();
    const other = ss.insertSheet('Hai');
    ss.setActiveSheet(sheet);
    expect(app.getActiveSheet().getName()).toBe('Trang tính1');
    other.getRange('B3:C4').activate();
    expect(ss.getActiveSheet().getName()).toBe('Hai');
    expect(app.getActiveRange()!.getA1Notation()).toBe('B3:C4');
    expect(ss.getCurrentCell()!.getA1Notation()).toBe('B3');
  });

  it('frozen rows and columns', () => {
    const { sheet } = setup();
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([1, 2]);
    expect(errorOf(() => sheet.setFrozenRows(1000))).toBe('Those rows are out of bounds.');
    sheet.insertRowBefore(1);
    expect(sheet.getFrozenRows()).toBe(2);
  });

  it('column widths, hidden columns and rows, tab colour', () => {
    const { sheet } = setup();
    sheet.setColumnWidths(2, 3, 180);
    sheet.setColumnWidth(6, 40);
    expect([sheet.getColumnWidth(1), sheet.getColumnWidth(3), sheet.getColumnWidth(6)]).toEqual([
      100, 180, 40,
    ]);
    sheet.hideColumns(4);
    sheet.hideRows(2, 2);
    expect([
      sheet.isColumnHiddenByUser(4),
      sheet.isColumnHiddenByUser(5),
      sheet.isRowHiddenByUser(3),
    ]).toEqual([true, false, true]);
    sheet.showColumns(4);
    expect(sheet.isColumnHiddenByUser(4)).toBe(false);
    expect(errorOf(() => sheet.setColumnWidth(27, 10))).toBe('Those columns are out of bounds.');
    sheet.setTabColor('red');
    expect(sheet.getTabColor()).toBe('#ff0000');
  });

  it('hideSheet refuses to hide the last visible sheet', () => {
    const { sheet } = setup();
    expect(errorOf(() => sheet.hideSheet())).toBe("You can't hide all the sheets in a document.");
  });
});

describe('rows', () => {
  function filled(app: App, sheet: Sheet) {
    sheet.getRange('A1:B3').setValues([
      ['r1', 1],
      ['r2', 2],
      ['r3', 3],
    ]);
    sheet.getRange('A2').setNote('note r2').setBackground('#ffff00');
    sheet
      .getRange('B2')
      .setDataValidation(app.newDataValidation().requireValueInList(['x']).setAllowInvalid(true).build());
  }

  it('insertRowsBefore/After move values, notes, formats and validation with their rows', () => {
    const { app, sheet } = setup();
    filled(app, sheet);
    sheet.insertRowsBefore(2, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([['r1'], [''], [''], ['r2'], ['r3']]);
    expect(sheet.getRange('A4').getNote()).toBe('note r2');
    expect(sheet.getRange('A4').getBackground()).toBe('#ffff00');
    expect(sheet.getRange('B4').getDataValidation()!.getCriteriaValues()[0]).toEqual(['x']);
    expect(sheet.getRange('B2').getDataValidation()).toBeNull();
    sheet.insertRowAfter(1);
    expect(sheet.getRange('A5').getValue()).toBe('r2');
    sheet.insertRows(1);
    expect(sheet.getRange('A2').getValue()).toBe('r1');
    expect(errorOf(() => sheet.insertRowsAfter(2000, 1))).toBe('Those rows are out of bounds.');
  });

  it('deleteRows shifts rows up; deleting all rows is refused', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A4').setValues([['a'], ['b'], ['c'], ['d']]);
    sheet.deleteRows(2, 2);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['a'], ['d']]);
    expect(sheet.getMaxRows()).toBe(998);
    sheet.deleteRow(1);
    expect(sheet.getRange('A1').getValue()).toBe('d');
    expect(errorOf(() => sheet.deleteRows(1, 997))).toBe(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
    expect(errorOf(() => sheet.deleteRows(990, 20))).toBe('Those rows are out of bounds.');
  });

  it('formulas follow inserted and deleted rows; references to deleted cells become #REF!', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1').setFormula('=SUM(A1:A3)');
    sheet.getRange('C1').setFormula('=A3*2');
    sheet.insertRowBefore(2);
    expect(sheet.getRange('B1').getFormula()).toBe('=SUM(A1:A4)');
    expect(sheet.getRange('C1').getFormula()).toBe('=A4*2');
    expect(sheet.getRange('B1').getValue()).toBe(6);
    sheet.deleteRow(4);
    expect(sheet.getRange('B1').getFormula()).toBe('=SUM(A1:A3)');
    expect(sheet.getRange('C1').getFormula()).toBe('=#REF!*2');
    expect(sheet.getRange('C1').getValue()).toBe('#ERROR!');
  });

  it('moveRows moves a block of rows', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A4').setValues([['a'], ['b'], ['c'], ['d']]);
    sheet.moveRows(sheet.getRange('1:2'), 5);
    expect(sheet.getRange('A1:A4').getValues()).toEqual([['c'], ['d'], ['a'], ['b']]);
  });
});

describe('columns and developer metadata', () => {
  /** The add-on's way of tagging a column: metadata on the whole column. */
  function tag(app: App, sheet: Sheet, column: number, key: string) {
    sheet
      .getRange(1, column, sheet.getMaxRows(), 1)
      .addDeveloperMetadata('nhacviec.col', key, app.DeveloperMetadataVisibility.DOCUMENT);
  }
  function positions(sheet: Sheet): Record<string, number> {
    const out: Record<string, number> = {};
    for (const md of sheet.createDeveloperMetadataFinder().withKey('nhacviec.col').find()) {
      out[md.getValue()!] = md.getLocation().getColumn()!.getColumn();
    }
    return out;
  }
  function tagged() {
    const s = setup();
    s.sheet.getRange('A1:C1').setValues([['Mã', 'Tên', 'Hạn']]);
    tag(s.app, s.sheet, 1, 'id');
    tag(s.app, s.sheet, 2, 'title');
    tag(s.app, s.sheet, 3, 'due');
    return s;
  }

  it('metadata on whole columns follows inserted and moved columns', () => {
    const { sheet } = tagged();
    expect(positions(sheet)).toEqual({ id: 1, title: 2, due: 3 });
    sheet.insertColumnsBefore(1, 2);
    expect(positions(sheet)).toEqual({ id: 3, title: 4, due: 5 });
    expect(sheet.getRange('C1').getValue()).toBe('Mã');
    // The user drags "Hạn" before "Mã".
    sheet.moveColumns(sheet.getRange('E:E'), 3);
    expect(positions(sheet)).toEqual({ id: 4, title: 5, due: 3 });
    expect(sheet.getRange('C1:E1').getValues()).toEqual([['Hạn', 'Mã', 'Tên']]);
    // Moving right: the destination is counted before the move.
    sheet.moveColumns(sheet.getRange('C1:C1000'), 6);
    expect(positions(sheet)).toEqual({ id: 3, title: 4, due: 5 });
    expect(sheet.getRange('C1:E1').getValues()).toEqual([['Mã', 'Tên', 'Hạn']]);
  });

  it('metadata on a deleted column is deleted', () => {
    const { sheet, ss } = tagged();
    sheet.deleteColumn(2);
    expect(positions(sheet)).toEqual({ id: 1, due: 2 });
    expect(ss.createDeveloperMetadataFinder().withKey('nhacviec.col').find()).toHaveLength(2);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['Mã', 'Hạn']]);
    expect(sheet.getMaxColumns()).toBe(25);
  });

  it('column widths, notes and validation move with their column', () => {
    const { app, sheet } = tagged();
    sheet.setColumnWidth(3, 250);
    sheet.getRange('C2').setNote('hạn chót').setDataValidation(app.newDataValidation().requireDate().build());
    sheet.hideColumns(2);
    sheet.moveColumns(sheet.getRange('C:C'), 1);
    expect(sheet.getColumnWidth(1)).toBe(250);
    expect(sheet.getRange('A2').getNote()).toBe('hạn chót');
    expect(String(sheet.getRange('A2').getDataValidation()!.getCriteriaType())).toBe('DATE_IS_VALID_DATE');
    expect(sheet.isColumnHiddenByUser(3)).toBe(true);
  });

  it('metadata can only go on whole rows, columns, sheets or the spreadsheet', () => {
    const { sheet, ss } = setup();
    expect(errorOf(() => sheet.getRange('A1:A10').addDeveloperMetadata('k'))).toBe(
      'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
    );
    sheet.getRange('3:3').addDeveloperMetadata('row', 'r3');
    sheet.addDeveloperMetadata('sheet');
    ss.addDeveloperMetadata('book', 'v');
    expect(ss.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['book']);
    expect(sheet.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['sheet']);
    expect(
      sheet
        .createDeveloperMetadataFinder()
        .find()
        .map((m) => m.getKey()),
    ).toEqual(['row', 'sheet']);
    // Scope of a range: wholly contained, unless onIntersectingLocations.
    expect(sheet.getRange('1:5').createDeveloperMetadataFinder().find()).toHaveLength(1);
    expect(sheet.getRange('A1:D5').createDeveloperMetadataFinder().find()).toHaveLength(0);
    expect(
      sheet.getRange('A1:D5').createDeveloperMetadataFinder().onIntersectingLocations().find(),
    ).toHaveLength(1);
    const row = sheet.getRange('3:3').getDeveloperMetadata()[0];
    expect(String(row.getLocation().getLocationType())).toBe('ROW');
    expect(row.getLocation().getRow()!.getRow()).toBe(3);
    expect(row.getLocation().getColumn()).toBeNull();
  });

  it('finder filters by key, value, location type and visibility; metadata can change and be removed', () => {
    const { app, sheet, ss } = setup();
    sheet.getRange('B:B').addDeveloperMetadata('k', 'PROJECT'); // a value, not the enum
    sheet.getRange('C:C').addDeveloperMetadata('k', app.DeveloperMetadataVisibility.PROJECT);
    const [byValue] = ss.createDeveloperMetadataFinder().withValue('PROJECT').find();
    expect(String(byValue.getVisibility())).toBe('DOCUMENT');
    const projectOnes = ss
      .createDeveloperMetadataFinder()
      .withVisibility(app.DeveloperMetadataVisibility.PROJECT)
      .find();
    expect(projectOnes.map((m) => m.getLocation().getColumn()!.getA1Notation())).toEqual(['C:C']);
    expect(
      ss.createDeveloperMetadataFinder().withLocationType(app.DeveloperMetadataLocationType.COLUMN).find(),
    ).toHaveLength(2);
    expect(
      ss.createDeveloperMetadataFinder().withLocationType(app.DeveloperMetadataLocationType.ROW).find(),
    ).toHaveLength(0);
    byValue.setValue('new');
    expect(ss.createDeveloperMetadataFinder().withKey('k').withValue('new').find()).toHaveLength(1);
    byValue.remove();
    expect(ss.createDeveloperMetadataFinder().withKey('k').find()).toHaveLength(1);
    expect(ss.createDeveloperMetadataFinder().withId(byValue.getId()).find()).toHaveLength(0);
  });

  it('moveToColumn re-anchors metadata', () => {
    const { sheet, ss } = setup();
    sheet.getRange('A:A').addDeveloperMetadata('k', 'v');
    const [md] = ss.createDeveloperMetadataFinder().withKey('k').find();
    md.moveToColumn(sheet.getRange('D:D'));
    expect(md.getLocation().getColumn()!.getColumn()).toBe(4);
  });
});

describe('limits', () => {
  it('refuses to grow the spreadsheet beyond 10 million cells', () => {
    const { sheet, ss } = setup();
    sheet.insertRowsAfter(1000, 300_000); // 301,000 × 26 = 7,826,000 cells
    expect(errorOf(() => sheet.insertColumnsAfter(26, 10))).toBe(
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
    );
    expect(errorOf(() => ss.insertSheet('Thêm').insertRowsAfter(1000, 100_000))).toBe(
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
    );
    expect(sheet.getMaxColumns()).toBe(26);
  });

  it('refuses to create a spreadsheet beyond the limit', () => {
    const { app } = setup();
    expect(errorOf(() => app.create('Quá lớn', 500_000, 30))).toBe(
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
    );
    const made = app.create('Mới');
    expect(made.getSheets()[0].getMaxRows()).toBe(1000);
    expect(app.openById(made.getId()).getName()).toBe('Mới');
    expect(app.openByUrl(made.getUrl()).getId()).toBe(made.getId());
    expect(errorOf(() => app.openById('nope'))).toBe(
      'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
    );
  });
});

describe('named ranges', () => {
  it('setNamedRange/getRangeByName follow inserted rows', () => {
    const { ss, sheet } = setup();
    ss.setNamedRange('DanhSach', sheet.getRange('A2:B5'));
    expect(ss.getRangeByName('DanhSach')!.getA1Notation()).toBe('A2:B5');
    sheet.insertRowBefore(1);
    expect(ss.getRangeByName('DanhSach')!.getA1Notation()).toBe('A3:B6');
    expect(ss.getRangeByName('KhongCo')).toBeNull();
    ss.removeNamedRange('DanhSach');
    expect(ss.getNamedRanges()).toHaveLength(0);
  });
});

describe('clearing and copies', () => {
  it('Sheet.clear removes contents and formats; clearContents keeps formats and validation', () => {
    const { app, sheet } = setup();
    sheet.getRange('A1:B2').setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet.getRange('A1:B1').setBackground('#ff0000');
    sheet.getRange('B2').setDataValidation(app.newDataValidation().requireNumberBetween(0, 9).build());
    sheet.clearContents();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getRange('A1').getBackground()).toBe('#ff0000');
    sheet.getRange('A1').setValue('x');
    sheet.clear();
    expect([sheet.getLastRow(), sheet.getRange('A1').getBackground()]).toEqual([0, '#ffffff']);
    expect(sheet.getRange('B2').getDataValidation()).not.toBeNull();
  });

  it('insertSheet with a template copies the cells', () => {
    const { ss, sheet } = setup();
    sheet.getRange('A1').setValue('Mẫu').setFontWeight('bold');
    const copy = ss.insertSheet('Bản sao', { template: sheet });
    expect(copy.getRange('A1').getValue()).toBe('Mẫu');
    expect(copy.getRange('A1').getFontWeight()).toBe('bold');
    copy.getRange('A1').setValue('khác');
    expect(sheet.getRange('A1').getValue()).toBe('Mẫu');
  });

  it('row metadata follows inserted rows; getSheetValues reads a block', () => {
    const { sheet, ss } = setup();
    sheet.getRange('5:5').addDeveloperMetadata('task', 'NV-5');
    sheet.insertRowsBefore(2, 3);
    const [md] = ss.createDeveloperMetadataFinder().withKey('task').find();
    expect(md.getLocation().getRow()!.getRow()).toBe(8);
    sheet.getRange('A8').setValue('NV-5');
    expect(sheet.getSheetValues(8, 1, 1, 1)).toEqual([['NV-5']]);
  });
});

describe('state is plain JSON', () => {
  it('keeps working after a JSON round trip of the world', () => {
    const { h, app, sheet } = setup();
    sheet.getRange('A1:C2').setValues([
      ['Mã', 'Hạn', 'Ghi chú'],
      ['NV-1', '15/01/2026', 'x'],
    ]);
    sheet
      .getRange('C2')
      .setNote('n')
      .setDataValidation(app.newDataValidation().requireTextContains('x').build());
    sheet.getRange('B:B').addDeveloperMetadata('col', 'due');
    sheet.getRange('A2:C').protect().setDescription('p');
    h.world.spreadsheets = JSON.parse(JSON.stringify(h.world.spreadsheets));
    const again = h.run().app.getActiveSpreadsheet();
    const s = again.getActiveSheet();
    s.insertColumnBefore(1);
    s.insertRowBefore(1);
    expect(s.getRange('B2:D3').getDisplayValues()).toEqual([
      ['Mã', 'Hạn', 'Ghi chú'],
      ['NV-1', '15/01/2026', 'x'],
    ]);
    expect(s.getRange('D3').getNote()).toBe('n');
    expect(String(s.getRange('D3').getDataValidation()!.getCriteriaType())).toBe('TEXT_CONTAINS');
    expect(
      again.createDeveloperMetadataFinder().withKey('col').find()[0].getLocation().getColumn()!.getColumn(),
    ).toBe(3);
    expect(s.getProtections(h.run().app.ProtectionType.RANGE)[0].getRange().getA1Notation()).toBe('B3:D1001');
  });
});

describe('dimension maps', () => {
  it('a move maps every index and span exactly as moving the cells does', () => {
    for (let len = 1; len <= 7; len++) {
      for (let from = 0; from < len; from++) {
        for (let n = 1; from + n <= len; n++) {
          for (let to = 0; to <= len; to++) {
            if (to >= from && to <= from + n) continue; // a no-op move
            const order = Array.from({ length: len }, (_, i) => i);
            order.splice(to > from ? to - n : to, 0, ...order.splice(from, n));
            const m = moveMap('COLUMNS', from, n, to);
            for (let i = 0; i < len; i++) expect(m.index(i)).toBe(order.indexOf(i));
            for (let s = 0; s < len; s++) {
              for (let e = s + 1; e <= len; e++) {
                const pos = Array.from({ length: e - s }, (_, k) => order.indexOf(s + k));
                expect(m.span(s, e)).toEqual([Math.min(...pos), Math.max(...pos) + 1]);
              }
            }
          }
        }
      }
    }
  });

  it('inserts grow spans they fall inside; deletes shrink or remove them', () => {
    expect(insertMap('ROWS', 2, 3).span(1, 4)).toEqual([1, 7]);
    expect(insertMap('ROWS', 1, 3).span(1, 4)).toEqual([4, 7]);
    expect(insertMap('ROWS', 4, 3).span(1, 4)).toEqual([1, 4]);
    expect(deleteMap('ROWS', 2, 3).span(1, 4)).toEqual([1, 2]);
    expect(deleteMap('ROWS', 2, 3).span(2, 5)).toBeNull();
    expect(deleteMap('ROWS', 2, 3).index(6)).toBe(3);
  });
});
