/**
 * The cost model (emulator/cost.ts, emulator/charge.ts): each published constant is charged to the
 * calls it prices, the metrics add up, and the execution's clock moves by the modelled time, so time
 * budgets and lock timeouts behave as they would in Google.
 */
import { Emulator, type ExecutionResult } from '../../emulator';
import {
  CELL_FORMATTED_MS,
  CELL_READ_MS,
  CELL_WRITTEN_MS,
  CONVERSION_MS,
  DATA_CALL_MS,
  DRIVE_CALL_MS,
  LIGHT_CALL_MS,
  MAIL_SEND_MS,
  SCRIPT_RUN_ROUND_TRIP_MS,
} from '../../emulator/cost';

const USER = 'chuyenvien@ubnd.example.vn';
const START = Date.UTC(2026, 2, 2, 1, 0, 0);

/** An emulator running `source`, its clock at START. */
function emulator(source: string): Emulator {
  const emu = new Emulator({ now: START }).loadSource(source);
  emu.clock.set(START);
  return emu;
}
function run(emu: Emulator, fn: string, at?: number): ExecutionResult {
  return emu.run(fn, [], { as: USER, at });
}
/** The modelled time of a run, to 0.1 ms (as `CostMeter.snapshot` rounds). */
const ms = (x: number) => Math.round(x * 10) / 10;

const SOURCE = `
var sheet = function () { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]; };
var grid = function (r, c, v) {
  var out = [];
  for (var i = 0; i < r; i++) { var row = []; for (var j = 0; j < c; j++) row.push(v); out.push(row); }
  return out;
};
function light() { PropertiesService.getScriptProperties(); }
function read() { return sheet().getRange(1, 1, 30, 4).getValues().length; }
function write() { sheet().getRange(1, 1, 30, 4).setValues(grid(30, 4, 'x')); }
function writeOne() { sheet().getRange(1, 1, 30, 4).setValue('x'); }
function format() { sheet().getRange(1, 1, 30, 4).setBackgrounds(grid(30, 4, '#ff0000')); }
function formatList() { sheet().getRangeList(['A1:B10', 'D1:D5']).setBackground('#00ff00'); }
function append() { sheet().appendRow(['a', 'b', 'c']); }
function structural() { sheet().insertRowsAfter(1, 10); SpreadsheetApp.flush(); }
function mail() { MailApp.sendEmail('a@ubnd.example.vn', 'Nhắc việc', 'Nội dung'); }
function drive() { Drive.Files.create({ name: 'Thư mục', mimeType: 'application/vnd.google-apps.folder' }); }
function convertToDoc() {
  Drive.Files.create(
    { name: 'Phiếu', mimeType: 'application/vnd.google-apps.document' },
    Utilities.newBlob('<p>Phiếu giao việc</p>', 'text/html', 'phieu.html'));
}
function htmlToPdf() { Utilities.newBlob('<p>Phiếu</p>', 'text/html', 'phieu.html').getAs('application/pdf'); }
function budget() {
  var t0 = Date.now(), reads = 0;
  while (Date.now() - t0 < 2000) { sheet().getRange(1, 1).getValue(); reads++; }
  return reads;
}
`;

describe('the cost model', () => {
  it('holds the published constants', () => {
    expect({
      LIGHT_CALL_MS,
      DATA_CALL_MS,
      CELL_READ_MS,
      CELL_WRITTEN_MS,
      CELL_FORMATTED_MS,
      MAIL_SEND_MS,
      DRIVE_CALL_MS,
      CONVERSION_MS,
      SCRIPT_RUN_ROUND_TRIP_MS,
    }).toEqual({
      LIGHT_CALL_MS: 15,
      DATA_CALL_MS: 100,
      CELL_READ_MS: 0.01,
      CELL_WRITTEN_MS: 0.03,
      CELL_FORMATTED_MS: 0.1,
      MAIL_SEND_MS: 300,
      DRIVE_CALL_MS: 500,
      CONVERSION_MS: 2000,
      SCRIPT_RUN_ROUND_TRIP_MS: 800,
    });
  });

  it('charges a light call 15 ms', () => {
    const r = run(emulator(SOURCE), 'light');
    expect(r.cost).toMatchObject({ calls: 1, dataCalls: 0, cellsRead: 0, modelledMs: LIGHT_CALL_MS });
  });

  it('charges a read: a data call and each cell of the range', () => {
    const r = run(emulator(SOURCE), 'read');
    // getActiveSpreadsheet, getSheets, getRange: light; getValues: data, 30 × 4 cells.
    expect(r.cost).toMatchObject({ calls: 4, dataCalls: 1, cellsRead: 120, cellsWritten: 0 });
    expect(r.cost.modelledMs).toBe(ms(3 * LIGHT_CALL_MS + DATA_CALL_MS + 120 * CELL_READ_MS));
  });

  it('charges each cell written, by setValues and by one value over a range', () => {
    for (const fn of ['write', 'writeOne']) {
      const r = run(emulator(SOURCE), fn);
      expect(r.cost).toMatchObject({ dataCalls: 1, cellsWritten: 120, formatCellsWritten: 0 });
      expect(r.cost.modelledMs).toBe(ms(3 * LIGHT_CALL_MS + DATA_CALL_MS + 120 * CELL_WRITTEN_MS));
    }
    const append = run(emulator(SOURCE), 'append');
    expect(append.cost).toMatchObject({ dataCalls: 1, cellsWritten: 3 });
  });

  it('charges each cell formatted; a RangeList sums its ranges', () => {
    const r = run(emulator(SOURCE), 'format');
    expect(r.cost).toMatchObject({ dataCalls: 1, formatCellsWritten: 120, cellsWritten: 0 });
    expect(r.cost.modelledMs).toBe(ms(3 * LIGHT_CALL_MS + DATA_CALL_MS + 120 * CELL_FORMATTED_MS));
    const list = run(emulator(SOURCE), 'formatList');
    expect(list.cost).toMatchObject({ dataCalls: 1, formatCellsWritten: 25 });
  });

  it('charges inserting rows and flushing as data calls without cells', () => {
    const r = run(emulator(SOURCE), 'structural');
    expect(r.cost).toMatchObject({ calls: 4, dataCalls: 2, cellsWritten: 0, formatCellsWritten: 0 });
    expect(r.cost.modelledMs).toBe(ms(2 * LIGHT_CALL_MS + 2 * DATA_CALL_MS));
  });

  it('charges an e-mail 300 ms, a Drive call 500 ms and a conversion 2,000 ms', () => {
    expect(run(emulator(SOURCE), 'mail').cost).toMatchObject({ mailSends: 1, modelledMs: MAIL_SEND_MS });
    expect(run(emulator(SOURCE), 'drive').cost).toMatchObject({
      driveCalls: 1,
      conversions: 0,
      modelledMs: DRIVE_CALL_MS,
    });
    // newBlob is light; the create converts HTML to a Google Doc.
    expect(run(emulator(SOURCE), 'convertToDoc').cost).toMatchObject({
      driveCalls: 1,
      conversions: 1,
      modelledMs: LIGHT_CALL_MS + CONVERSION_MS,
    });
    // HTML → PDF by the blob itself: a conversion, not a Drive call.
    expect(run(emulator(SOURCE), 'htmlToPdf').cost).toMatchObject({
      driveCalls: 0,
      conversions: 1,
      modelledMs: LIGHT_CALL_MS + CONVERSION_MS,
    });
  });

  it("does not charge the google.script.run round trip to the execution's clock", () => {
    const emu = emulator(SOURCE);
    const r = run(emu, 'light');
    expect(r.elapsedMs).toBe(LIGHT_CALL_MS);
    expect(emu.clock.now()).toBe(START + LIGHT_CALL_MS);
  });

  it("moves the execution's clock by the modelled time, which `Date` in the script reads", () => {
    const emu = emulator(SOURCE);
    const r = run(emu, 'write');
    expect(r.elapsedMs).toBe(Math.floor(r.cost.modelledMs));
    expect(emu.clock.now()).toBe(START + Math.floor(r.cost.modelledMs));
    expect(emu.lastCost.snapshot()).toEqual(r.cost);
    // A script's own time budget: each getRange + getValue costs 15 + 100.01 + the two light calls
    // before it, so two seconds hold 15 reads (15 × 145.01 ms > 2 s after the 15th).
    const budget = run(emu, 'budget');
    expect(budget.value).toBe(Math.ceil(2000 / (3 * LIGHT_CALL_MS + DATA_CALL_MS + CELL_READ_MS)));
    expect(budget.elapsedMs).toBeGreaterThanOrEqual(2000);
  });
});

describe('locks in modelled time', () => {
  const LOCKS = `
function longWrite() {
  var lock = LockService.getDocumentLock();
  lock.waitLock(1000);
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  for (var i = 1; i <= 100; i++) sheet.getRange(i, 1).setValue(i);
  SpreadsheetApp.flush();
  lock.releaseLock();
}
function tryFor5s() { return LockService.getDocumentLock().tryLock(5000); }
function tryFor30s() { return LockService.getDocumentLock().tryLock(30000); }
`;

  it('a long modelled execution holding the lock makes a later starter time out', () => {
    const emu = emulator(LOCKS);
    const a = run(emu, 'longWrite');
    // 100 × (getRange 15 + setValue 100.03) and a few light calls: about 11.6 s.
    expect(a.elapsedMs).toBeGreaterThan(11_000);
    const releasedAt = START + a.elapsedMs - LIGHT_CALL_MS; // releaseLock is charged after releasing
    // B starts one second after A did, while A is still writing: 5 s are not enough.
    const b = run(emu, 'tryFor5s', START + 1000);
    expect(b.value).toBe(false);
    expect(b.elapsedMs).toBe(LIGHT_CALL_MS + 5000 + LIGHT_CALL_MS);
    // With 30 s it gets the lock when A released it.
    const c = run(emu, 'tryFor30s', START + 1000);
    expect(c.value).toBe(true);
    expect(emu.clock.now()).toBe(releasedAt + LIGHT_CALL_MS);
  });

  it('an execution that starts after the holder released it does not wait', () => {
    const emu = emulator(LOCKS);
    const a = run(emu, 'longWrite');
    const b = run(emu, 'tryFor5s', START + a.elapsedMs + 1);
    expect(b.value).toBe(true);
    expect(b.elapsedMs).toBe(2 * LIGHT_CALL_MS);
  });

  it('an execution at a time before the holder took the lock does not wait either', () => {
    const emu = emulator(LOCKS);
    run(emu, 'longWrite', START + 60_000);
    const b = run(emu, 'tryFor5s', START);
    expect(b.value).toBe(true);
    expect(b.elapsedMs).toBe(2 * LIGHT_CALL_MS);
  });
});
