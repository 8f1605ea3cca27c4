/**
 * SpreadsheetApp media and the rest: images (in-cell and over the grid, with Google's limits), charts,
 * toasts, text finder, and the state helpers the playground uses.
 */
import { Emulator } from '../../emulator/index';
import {
  cellInfo,
  displayGrid,
  importCsvAsTyped,
  setSelection,
  toastsOf,
} from '../../emulator/spreadsheet/state';
import { imageSize } from '../../emulator/spreadsheet/images';
import { errorOf, harness } from './spreadsheet-harness';

function setup() {
  const h = harness();
  const { app } = h.run();
  const ss = app.getActiveSpreadsheet();
  return { h, app, ss, sheet: ss.getActiveSheet() };
}

/** A blob holding a PNG header of the given size (the pixels themselves do not matter here). */
function pngBlob(width: number, height: number, totalBytes = 64) {
  const bytes = new Array<number>(Math.max(totalBytes, 24)).fill(0);
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52].forEach(
    (b, i) => (bytes[i] = b),
  );
  const put = (at: number, n: number) => [24, 16, 8, 0].forEach((s, i) => (bytes[at + i] = (n >>> s) & 0xff));
  put(16, width);
  put(20, height);
  // Apps Script bytes are signed.
  const signed = bytes.map((b) => (b > 127 ? b - 256 : b));
  return { getBytes: () => signed, getContentType: () => 'image/png' };
}

describe('images', () => {
  it('in-cell images from newCellImage, shown as images, counted as content', () => {
    const { h, app, sheet } = setup();
    const image = app.newCellImage().setSourceUrl('https://example.com/qr.png').setAltTextTitle('QR').build();
    sheet.getRange('B2').setValue(image);
    expect(sheet.getLastRow()).toBe(2);
    const back = sheet.getRange('B2').getValue() as GoogleAppsScript.Spreadsheet.CellImage;
    expect(back.getUrl()).toBe('https://example.com/qr.png');
    expect(back.getAltTextTitle()).toBe('QR');
    expect(String(back.valueType)).toBe('IMAGE');
    expect(sheet.getRange('B2').getDisplayValue()).toBe('');
    expect(displayGrid(h.state, h.id, 'Trang tính1').images).toEqual([
      { row: 1, col: 1, url: 'https://example.com/qr.png', overGrid: false },
    ]);
    sheet.getRange('B2').setValue('text again');
    expect(displayGrid(h.state, h.id, 'Trang tính1').images).toEqual([]);
  });

  it('data URLs are accepted but flagged as unconfirmed', () => {
    const { h, app, sheet } = setup();
    sheet
      .getRange('A1')
      .setValue(app.newCellImage().setSourceUrl('data:image/gif;base64,R0lGODlhAQABAAAAACw=').build());
    expect(h.state.byId[h.id].sheets[0].rows[0]!.a!.img![0]).toMatchObject({ unconfirmedDataUrl: true });
    expect(errorOf(() => app.newCellImage().build())).toBe(
      'The image source URL must be set before building a cell image.',
    );
  });

  it('=IMAGE(url) formulas show as images in the grid', () => {
    const { h, sheet } = setup();
    sheet.getRange('C1').setFormula('=IMAGE("https://example.com/a.png")');
    expect(sheet.getRange('C1').getValue()).toBe('');
    expect(displayGrid(h.state, h.id, 'Trang tính1').images).toEqual([
      { row: 0, col: 2, url: 'https://example.com/a.png', overGrid: false },
    ]);
  });

  it('insertImage(blob) enforces 2 MB and 1,048,576 pixels', () => {
    const { sheet } = setup();
    const img = sheet.insertImage(pngBlob(1024, 1024) as never, 2, 3);
    expect([img.getWidth(), img.getHeight()]).toEqual([1024, 1024]);
    expect(img.getAnchorCell().getA1Notation()).toBe('B3');
    expect(img.getUrl()).toBeNull();
    expect(errorOf(() => sheet.insertImage(pngBlob(1025, 1024) as never, 1, 1))).toBe('Invalid image data.');
    expect(errorOf(() => sheet.insertImage(pngBlob(10, 10, 2 * 1024 * 1024 + 1) as never, 1, 1))).toBe(
      'Invalid image data.',
    );
    expect(
      errorOf(() =>
        sheet.insertImage({ getBytes: () => [1, 2, 3], getContentType: () => 'text/plain' } as never, 1, 1),
      ),
    ).toBe('Invalid image data.');
    const byUrl = sheet.insertImage('https://example.com/logo.png', 1, 1);
    expect(byUrl.getUrl()).toBe('https://example.com/logo.png');
    expect(sheet.getImages()).toHaveLength(2);
    img.remove();
    expect(sheet.getImages()).toHaveLength(1);
  });

  it('reads sizes from GIF and JPEG headers too', () => {
    expect(imageSize([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x20, 0x01, 0x10, 0x00])).toEqual({
      width: 288,
      height: 16,
    });
    const jpeg = [
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0, 0, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x02, 0x58, 0x03, 0x20, 0, 0, 0,
    ];
    expect(imageSize(jpeg)).toEqual({ width: 800, height: 600 });
  });

  it('works with Utilities.newBlob through the full emulator', () => {
    const emu = new Emulator({
      manifest: {
        timeZone: 'Asia/Ho_Chi_Minh',
        oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'],
      },
    });
    const { globals, end } = emu.beginExecution({ as: 'a@ubnd.gov.vn' });
    const Utilities = globals.Utilities as GoogleAppsScript.Utilities.Utilities;
    const SpreadsheetApp = globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const blob = pngBlob(2, 2);
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    sheet.insertImage(Utilities.newBlob(blob.getBytes(), 'image/png', 'a.png'), 1, 1);
    end();
    const grid = displayGrid(emu.world.spreadsheets, emu.world.activeSpreadsheetId, 'Trang tính1');
    expect(grid.images[0].url).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
  });

  it('runs inside the script realm of the full emulator: Dates and arrays are the script’s own', () => {
    const emu = new Emulator({
      manifest: {
        timeZone: 'Asia/Ho_Chi_Minh',
        oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'],
      },
    });
    emu.loadSource(`
      function write() {
        var s = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
        s.appendRow(['NV-1', '2026-01-15', new Date(2026, 0, 20)]);
      }
      function read() {
        var s = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
        var v = s.getRange(1, 1, s.getLastRow(), 3).getValues();
        return [v instanceof Array, v[0][1] instanceof Date, v[0][2] instanceof Date, v[0][1].getTime()];
      }`);
    emu.run('write', [], { as: 'a@ubnd.gov.vn' });
    const result = emu.run<unknown[]>('read', [], { as: 'a@ubnd.gov.vn' });
    expect(result.value).toEqual([true, true, true, Date.parse('2026-01-15T00:00:00+07:00')]);
    expect(result.calls.total('spreadsheet')).toBe(5);
  });
});

describe('charts', () => {
  it('builds, inserts, updates and removes embedded charts as plain specs', () => {
    const { h, sheet } = setup();
    sheet.getRange('A1:B3').setValues([
      ['Đơn vị', 'Số việc'],
      ['Phòng A', 3],
      ['Phòng B', 5],
    ]);
    const chart = sheet
      .newChart()
      .setChartType('PIE' as unknown as GoogleAppsScript.Charts.ChartType)
      .addRange(sheet.getRange('A1:B3'))
      .setPosition(5, 4, 10, 20)
      .setOption('title', 'Tỉ lệ')
      .build();
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    expect(chart.getChartId()).not.toBeNull();
    const [stored] = sheet.getCharts();
    expect(stored.getOptions().get('title')).toBe('Tỉ lệ');
    expect(stored.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B3']);
    const info = stored.getContainerInfo();
    expect([info.getAnchorRow(), info.getAnchorColumn(), info.getOffsetX(), info.getOffsetY()]).toEqual([
      5, 4, 10, 20,
    ]);
    sheet.updateChart(
      stored
        .modify()
        .setOption('title', 'Mới')
        .setChartType('BAR' as never)
        .build(),
    );
    expect(sheet.getCharts()[0].getOptions().get('title')).toBe('Mới');
    expect(h.state.byId[h.id].sheets[0].charts[0]).toMatchObject({
      chartType: 'BAR',
      options: { title: 'Mới' },
    });
    sheet.insertRowBefore(1);
    expect(sheet.getCharts()[0].getRanges()[0].getA1Notation()).toBe('A2:B4');
    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts()).toHaveLength(0);
    expect(errorOf(() => sheet.newChart().setChartType('NOPE' as never))).toBe('Invalid chart type: NOPE');
  });
});

describe('toasts, text finder, range lists', () => {
  it('records toasts for the playground', () => {
    const { h, ss } = setup();
    ss.toast('Đã lưu', 'Nhắc Việc', 3);
    ss.toast('Xong');
    expect(toastsOf(h.state, h.id).map((t) => [t.message, t.title, t.timeoutSeconds])).toEqual([
      ['Đã lưu', 'Nhắc Việc', 3],
      ['Xong', '', 5],
    ]);
  });

  it('finds and replaces text', () => {
    const { sheet, ss } = setup();
    sheet.getRange('A1:B3').setValues([
      ['NV-001', 'Báo cáo'],
      ['NV-002', 'báo cáo quý'],
      ['NV-003', 'Họp'],
    ]);
    expect(
      sheet
        .createTextFinder('báo cáo')
        .findAll()
        .map((r) => r.getA1Notation()),
    ).toEqual(['B1', 'B2']);
    expect(
      sheet
        .createTextFinder('báo cáo')
        .matchCase(true)
        .findAll()
        .map((r) => r.getA1Notation()),
    ).toEqual(['B2']);
    expect(sheet.createTextFinder('NV-002').matchEntireCell(true).findNext()!.getRow()).toBe(2);
    expect(ss.createTextFinder('bao cao').ignoreDiacritics(true).findAll()).toHaveLength(2);
    expect(sheet.getRange('B1:B3').createTextFinder('Báo cáo').replaceAllWith('Tờ trình')).toBe(2);
    expect(sheet.getRange('B1:B2').getValues()).toEqual([['Tờ trình'], ['Tờ trình quý']]);
  });

  it('range lists apply to each range', () => {
    const { sheet } = setup();
    sheet.getRangeList(['A1', 'C3:D3']).setValue('x').setFontWeight('bold');
    expect(sheet.getRange('D3').getValue()).toBe('x');
    expect(sheet.getRange('A1').getFontWeight()).toBe('bold');
    expect(sheet.getRange('B2').getValue()).toBe('');
  });
});

describe('state helpers', () => {
  it('importCsvAsTyped parses cells as typed', () => {
    const { h, sheet } = setup();
    importCsvAsTyped(
      h.state,
      h.id,
      'Trang tính1',
      'Mã,Hạn,Số\n007,15/01/2026,"1,5"\n"=HYPERLINK(""x"")",2026-02-01,50%\n',
      { now: h.clock.now() },
    );
    expect(sheet.getRange('A2:C2').getDisplayValues()).toEqual([['7', '15/01/2026', '1,5']]);
    expect(sheet.getRange('A3').getFormula()).toBe('=HYPERLINK("x")');
    expect(sheet.getRange('C3').getValue()).toBe(0.5);
    const info = cellInfo(h.state, h.id, 'Trang tính1', 'B2');
    expect(info.date).toBe(Date.parse('2026-01-15T00:00:00+07:00'));
    expect(info.numberFormat).toBe('dd/MM/yyyy');
  });

  it('displayGrid shows frozen rows, widths, checkboxes, dropdowns and notes', () => {
    const { h, app, sheet } = setup();
    sheet
      .getRange('A1:B1')
      .setValues([['Việc', 'Xong']])
      .setFontWeight('bold');
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(1, 300);
    sheet.getRange('B2').insertCheckboxes().check();
    sheet
      .getRange('C2')
      .setDataValidation(app.newDataValidation().requireValueInList(['a', 'b']).build())
      .setNote('chọn');
    const g = displayGrid(h.state, h.id, 'Trang tính1', { columns: 3 });
    expect(g.frozenRows).toBe(1);
    expect(g.columnWidths).toEqual([300, 100, 100]);
    expect(g.values).toEqual([
      ['Việc', 'Xong', ''],
      ['', 'TRUE', ''],
    ]);
    expect(g.bold[0]).toEqual([true, true, false]);
    expect(g.checkboxes[1]).toEqual([null, true, null]);
    expect(g.dropdowns[1][2]).toEqual(['a', 'b']);
    expect(g.notes[1][2]).toBe('chọn');
  });

  it('setSelection is what getActiveRange returns', () => {
    const { h, app } = setup();
    setSelection(h.state, h.id, 'Trang tính1', 'A5:D5');
    expect(app.getActiveSpreadsheet().getActiveRange()!.getA1Notation()).toBe('A5:D5');
  });
});
