/**
 * The playground from the command line, over the same saved world as the web playground:
 *
 *   npm run playground -- reset [--demo]
 *   npm run playground -- exec <function> [json-args…] [--as email] [--at time]
 *   npm run playground -- trigger <function> [--at time]
 *   npm run playground -- import <sheet> <file.csv> [--append] [--as email]
 *   npm run playground -- edit <sheet> <A1> <value> [--as email] [--at time] [--json]
 *   npm run playground -- delete-row | insert-row <sheet> <row> [--as email] [--at time] [--json]
 *   npm run playground -- delete-column | insert-column <sheet> <column> [--as …] [--at …] [--json]
 *   npm run playground -- move-column | paste-over <sheet> <from> <to> [--as …] [--at …] [--json]
 *   npm run playground -- export <sheet>
 *   npm run playground -- sheets | triggers [--json] | outbox [--json] | drive [--json] | calls [--json]
 *   npm run playground -- clock [--at time | --advance 2h|3d|30m]
 *   npm run playground -- make-copy --as email [--properties all|none]
 *
 * Exit codes: 0 done; 1 the script failed, or no such function, trigger or sheet; 2 bad usage.
 * Times: ISO (2026-11-23T08:00:00+07:00) or a local time read in Viet Nam (2026-11-23T08:00).
 * JSON arguments that start with "-" go after `--`: `exec f -- -1`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Playground, NoBundleError, playgroundDir, withWorldLock } from './state';
import { runOutcome, type RunOutcome } from './run';
import { displayValues, sheetList } from './sheets';
import { cellInfo, importCsvAsTyped, parseCsv } from '../emulator/spreadsheet/inspect';
import { outbox } from '../emulator/services/mail';
import * as view from './inspect';
import { costSummary, roundTripNote } from './cost-view';
import { makeCopy, type EditReport, type PersonEdit, type SheetsUi } from '../emulator';
import { columnNumber } from '../emulator/spreadsheet/a1';

const USAGE = `Cách dùng: npm run playground -- <lệnh> [tham số]

  reset [--demo]                          bắt đầu lại: bảng tính trống, hoặc dữ liệu mẫu quận Ngũ Hành Sơn
  exec <hàm> [json…] [--as email] [--at thời điểm]
                                          chạy một hàm của add-on, in kết quả JSON
  trigger <hàm> [--at thời điểm]          chạy trình kích hoạt đã cài cho hàm đó, với tư cách người cài
  import <sheet> <tệp.csv> [--append] [--as email]
                                          ghi CSV vào sheet như người dùng gõ (mặc định thay toàn bộ nội dung)
  edit <sheet> <ô> <giá trị> [--as email] [--at thời điểm] [--json]
                                          một người gõ vào một ô trên giao diện Sheets ('' = phím Delete):
                                          vùng bảo vệ được tôn trọng, onEdit của add-on chạy (LIMITED)
  doc-edit <fileId> <đề mục> <nội dung> --as email [--at thời điểm]
                                          một người viết vào cuối một mục của Google Doc (trình soạn Docs)
  delete-row <sheet> <số dòng>            một người xoá một dòng trên giao diện Sheets
  insert-row <sheet> <số dòng>            … chèn một dòng trống phía trên dòng đó
  delete-column <sheet> <cột>             … xoá một cột (chữ cái: B, AA)
  insert-column <sheet> <cột>             … chèn một cột trống bên trái cột đó
  move-column <sheet> <từ cột> <đến cột>  … kéo một cột đến vị trí mới (cột đến: nơi nó nằm sau khi kéo)
  paste-over <sheet> <từ cột> <đến cột>   … cắt cả cột và dán đè lên cột kia: nội dung đi, siêu dữ liệu
                                          của cột ở lại (cả hai cột); cùng --as, --at, --json như edit
  export <sheet>                          in CSV các giá trị đang hiển thị của sheet
  sheets                                  liệt kê các sheet
  triggers [--json]                       các trình kích hoạt đã cài: mã (getUniqueId), hàm, người cài, lịch,
                                          lần chạy tới
  outbox [--json]                         thư MailApp đã gửi
  drive [--json]                          các tệp Drive và quyền chia sẻ
  calls [--json]                          số lệnh gọi dịch vụ của lần chạy gần nhất, thời gian mô hình, số ô
  clock [--at thời điểm | --advance 2h]   xem hoặc chỉnh đồng hồ (giờ Việt Nam)
  make-copy --as email [--properties all|none]
                                          "Tạo bản sao" bảng tính: mã mới, chủ là email, kèm dự án Apps Script
                                          gắn với nó; thuộc tính tài liệu đi theo tất cả (mặc định) hoặc không;
                                          bản sao trở thành bảng tính đang mở

Trạng thái lưu ở $PLAYGROUND_DIR (mặc định .playground/). Thời điểm: 2026-11-23T08:00 (giờ Việt Nam) hoặc ISO.`;

class UsageError extends Error {}
class Failure extends Error {}

const out = (s: string) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);
const err = (s: string) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`);

function csvCell(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
export function toCsv(rows: string[][]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\n') + (rows.length ? '\n' : '');
}

/**
 * A JSON argument. A bare word (letters, digits, `_ . @ : / -`, not starting like a number) is taken as a
 * string: `exec findTask NV-0012`. Anything else that is not JSON (`{hour:7}`, `'{"a":1'`, `7h`) is bad
 * usage, not a string passed on.
 */
export function parseJsonArg(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    if (/^[\p{L}_][\p{L}\p{N}_.@:/-]*$/u.test(text)) return text;
    throw new UsageError(
      `Tham số không phải JSON hợp lệ: ${text} (${(e as Error).message}). Chuỗi viết trong nháy kép: '"văn bản"'.`,
    );
  }
}

function parseDuration(text: string): number {
  const m = /^(-?\d+(?:\.\d+)?)(m|h|d)$/.exec(text.trim());
  if (!m) throw new UsageError(`Không hiểu khoảng thời gian "${text}" (ví dụ: 30m, 2h, 3d)`);
  return Number(m[1]) * { m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as 'm' | 'h' | 'd'];
}

/** Toasts and alerts go to stderr, so stdout stays the function's JSON. */
function reportUi(o: RunOutcome): void {
  for (const t of o.toasts) err(`[thông báo] ${t.title ? `${t.title}: ` : ''}${t.message}`);
  for (const a of o.alerts) err(`[hộp thoại] ${a.title ? `${a.title}: ` : ''}${a.prompt}`);
}

function finish(o: RunOutcome): void {
  reportUi(o);
  if (!o.ok) {
    throw new Failure(
      `Lỗi khi chạy ${o.fn} (với tư cách ${o.as || '(không có email)'}): ${o.error?.clientMessage}`,
    );
  }
  out(JSON.stringify(o.value, null, 2));
}

function requireFunction(pg: Playground, fn: string | undefined): string {
  if (!fn) throw new UsageError('Thiếu tên hàm.');
  const fns = pg.topLevelFunctions();
  if (!fns.includes(fn))
    throw new Failure(`Không có hàm "${fn}" trong bản build. Các hàm: ${fns.join(', ')}`);
  return fn;
}

function requireSheet(pg: Playground, name: string | undefined): string {
  if (!name) throw new UsageError('Thiếu tên sheet.');
  const names = sheetList(pg.world).map((s) => s.name);
  if (!names.includes(name))
    throw new Failure(`Không có sheet "${name}". Các sheet: ${names.join(', ') || '(chưa có)'}`);
  return name;
}

/**
 * Writes a CSV into a sheet as a person pasting it would: each cell parsed as typed (the spreadsheet
 * emulator's `importCsvAsTyped`). By default the sheet's contents are replaced (formats, validation and
 * notes stay, as with "Clear contents"); with `append`, rows go after the last one, the CSV's header row
 * skipped when it matches the sheet's.
 */
function importCsv(pg: Playground, name: string, file: string, append: boolean, as: string): string {
  if (!existsSync(file) || !statSync(file).isFile()) throw new Failure(`Không có tệp "${file}".`);
  const rows = parseCsv(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  if (rows.length === 0) return 'Tệp CSV trống: không ghi gì.';
  const world = pg.world;
  let data = rows;
  let startRow = 1;
  if (append) {
    const current = displayValues(world, name);
    startRow = current.length + 1;
    const header = current[0];
    if (header && rows[0].slice(0, header.length).join('\u0000') === header.join('\u0000'))
      data = rows.slice(1);
  } else {
    const { globals, end } = pg.emulator.beginExecution({ as });
    try {
      (globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
        .getActiveSpreadsheet()
        .getSheetByName(name)!
        .clearContents();
    } finally {
      end();
    }
  }
  if (data.length === 0) return 'Không có dòng nào để ghi.';
  const r = importCsvAsTyped(world.spreadsheets, world.activeSpreadsheetId, name, data, {
    startRow,
    now: world.now,
  });
  return `Đã ghi ${r.rows} dòng × ${r.columns} cột vào "${name}" từ dòng ${startRow}.`;
}

/** Warnings and trigger runs of a hand edit go to stderr, so stdout stays the result. */
function reportEdit(report: EditReport): void {
  for (const w of report.warnings)
    err(
      `[cảnh báo] ${w.protected} được bảo vệ kiểu cảnh báo${w.description ? ` (${w.description})` : ''}: vẫn sửa`,
    );
  for (const t of report.triggers)
    err(
      `[trình kích hoạt] ${t.handler} (${t.authMode}, với tư cách ${t.effectiveUser}): ${t.ok ? 'xong' : `lỗi: ${t.error?.message}`}`,
    );
}

/**
 * `as` doing `action` in the Sheets interface (`Emulator.edit`, emulator/person.ts), not a script:
 * protections hold against them and the add-on's triggers run as Sheets runs them. A refused action is
 * a failure naming what was refused (`what`, e.g. `xoá được dòng 5`) and Sheets' message; a trigger
 * that throws is reported on stderr, as the action itself is done.
 */
function byHand(
  pg: Playground,
  name: string,
  as: string,
  what: string,
  action: (ui: SheetsUi) => PersonEdit,
): EditReport {
  pg.ensureBundle();
  let report;
  try {
    report = pg.emulator.edit(as, action);
  } catch (e) {
    throw new Failure(`${as} không ${what} của "${name}": ${(e as Error).message}`);
  }
  reportEdit(report);
  return report;
}

/**
 * A person typing `value` into one cell: the text is parsed as typed and the add-on's `onEdit` runs
 * (AuthMode.LIMITED), as do installed edit and change triggers. `''` presses Delete.
 */
function editCell(
  pg: Playground,
  name: string,
  a1: string,
  value: string,
  as: string,
  json: boolean,
): string {
  const report = byHand(pg, name, as, `sửa được ô ${a1}`, (ui) =>
    value === '' ? ui.clear(name, a1) : ui.setValue(name, a1, value),
  );
  if (json) return JSON.stringify({ edits: report.edits }, null, 2);
  const shown = cellInfo(pg.world.spreadsheets, pg.world.activeSpreadsheetId, name, a1, {
    now: pg.now,
  }).display;
  return `${as} đã sửa ${report.edits[0].range} lúc ${view.vnTime(pg.now)}: ${shown === '' ? '(trống)' : `"${shown}"`}`;
}

/** The hand edits of rows and columns: `<verb> <sheet> <place> [<place>]`. */
const STRUCTURE_VERBS = {
  'delete-row': { places: ['row'], usage: 'delete-row <sheet> <số dòng>' },
  'insert-row': { places: ['row'], usage: 'insert-row <sheet> <số dòng>' },
  'delete-column': { places: ['column'], usage: 'delete-column <sheet> <cột>' },
  'insert-column': { places: ['column'], usage: 'insert-column <sheet> <cột>' },
  'move-column': { places: ['column', 'column'], usage: 'move-column <sheet> <từ cột> <đến cột>' },
  'paste-over': { places: ['column', 'column'], usage: 'paste-over <sheet> <từ cột> <đến cột>' },
} as const;
type StructureVerb = keyof typeof STRUCTURE_VERBS;

function rowNumber(text: string): number {
  if (!/^[1-9]\d*$/.test(text)) throw new UsageError(`"${text}" không phải số dòng (1, 2, …).`);
  return Number(text);
}
function columnOf(text: string): { letter: string; n: number } {
  if (!/^[A-Za-z]{1,3}$/.test(text)) throw new UsageError(`"${text}" không phải tên cột (A, B, …, AA).`);
  const letter = text.toUpperCase();
  return { letter, n: columnNumber(letter) };
}

/**
 * A person inserting, deleting or moving a row or column, or cutting a whole column and pasting it over
 * another. No `onEdit` for the structural ones (Sheets fires none), only installed change triggers; a
 * paste over fires `onEdit` for the pasted column. Developer metadata stays with its column when its
 * content is cut away (_inference_ of the emulator, as in Sheets' interface).
 */
function editStructure(
  pg: Playground,
  verb: StructureVerb,
  name: string,
  places: string[],
  as: string,
  json: boolean,
): string {
  const spec = STRUCTURE_VERBS[verb];
  if (places.length !== spec.places.length || places.some((p) => !p))
    throw new UsageError(`Cần: ${spec.usage}.`);
  let what: string;
  let done: string;
  let action: (ui: SheetsUi) => PersonEdit;
  switch (verb) {
    case 'delete-row':
    case 'insert-row': {
      const row = rowNumber(places[0]);
      const del = verb === 'delete-row';
      what = `${del ? 'xoá' : 'chèn'} được dòng ${del ? row : `trên dòng ${row}`}`;
      done = del ? `xoá dòng ${row}` : `chèn một dòng trống trên dòng ${row}`;
      action = (ui) => (del ? ui.deleteRows(name, row) : ui.insertRows(name, row));
      break;
    }
    case 'delete-column':
    case 'insert-column': {
      const { letter } = columnOf(places[0]);
      const del = verb === 'delete-column';
      what = `${del ? 'xoá' : 'chèn'} được cột ${del ? letter : `bên trái cột ${letter}`}`;
      done = del ? `xoá cột ${letter}` : `chèn một cột trống bên trái cột ${letter}`;
      action = (ui) => (del ? ui.deleteColumns(name, letter) : ui.insertColumns(name, letter));
      break;
    }
    case 'move-column': {
      const from = columnOf(places[0]);
      const to = columnOf(places[1]);
      what = `kéo được cột ${from.letter} đến cột ${to.letter}`;
      done = `kéo cột ${from.letter} đến vị trí cột ${to.letter}`;
      // Sheets counts the destination before the move: to land at `to`, drop it before `to` (leftwards)
      // or before the column after `to` (rightwards).
      const before = to.n > from.n ? to.n + 1 : to.n;
      action = (ui) => ui.moveColumns(name, from.letter, before);
      break;
    }
    case 'paste-over': {
      const from = columnOf(places[0]);
      const to = columnOf(places[1]);
      what = `dán đè được cột ${from.letter} lên cột ${to.letter}`;
      done = `cắt cột ${from.letter} và dán đè lên cột ${to.letter}`;
      action = (ui) => ui.cutPaste(name, `${from.letter}:${from.letter}`, `${to.letter}1`);
      break;
    }
  }
  const report = byHand(pg, name, as, what, action);
  if (json) return JSON.stringify({ edits: report.edits }, null, 2);
  return `${as} đã ${done} của "${name}" lúc ${view.vnTime(pg.now)}: ${report.edits[0].range}`;
}

/** Runs one command, holding the saved world's lock for its whole length (`withWorldLock`). */
export function main(argv: string[]): number {
  return withWorldLock(playgroundDir(), () => runCommand(argv));
}

function runCommand(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        as: { type: 'string' },
        at: { type: 'string' },
        advance: { type: 'string' },
        demo: { type: 'boolean' },
        json: { type: 'boolean' },
        append: { type: 'boolean' },
        properties: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    err(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values: o, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (o.help || !command) {
    (command ? out : err)(USAGE);
    return o.help ? 0 : 2;
  }
  try {
    const pg = new Playground();
    const as = o.as ?? pg.meta.user;
    let at: number | undefined;
    try {
      at = o.at !== undefined ? view.parseVnTime(o.at) : undefined;
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    switch (command) {
      case 'reset': {
        const report = pg.reset({ demo: o.demo === true });
        if (report) {
          out(
            `Đã dựng dữ liệu mẫu: ${report.units} đơn vị, ${report.people} cán bộ, ${report.tasks} nhiệm vụ. Bây giờ: ${view.vnTime(pg.now)}.`,
          );
          for (const w of report.warnings) err(`[cảnh báo] ${w}`);
        } else out(`Đã xoá: bảng tính trống. Bây giờ: ${view.vnTime(pg.now)}.`);
        return 0;
      }
      case 'exec': {
        const fn = requireFunction(pg, rest[0]);
        const result = runOutcome(pg, fn, rest.slice(1).map(parseJsonArg), { as, at });
        pg.save();
        finish(result);
        return 0;
      }
      case 'trigger': {
        const fn = requireFunction(pg, rest[0]);
        const t = pg.world.triggers.triggers.find((x) => x.handler === fn);
        if (!t) throw new Failure(`Chưa cài trình kích hoạt nào cho hàm "${fn}".`);
        // As Apps Script fires it: the event object carries the trigger's id.
        const event = { authMode: 'FULL', triggerUid: t.id };
        const result = runOutcome(pg, fn, [event], { as: t.owner, effectiveUser: t.owner, at, kind: 'time' });
        pg.save();
        err(
          `[trình kích hoạt] ${fn} (${view.describeSchedule(t)}) chạy với tư cách ${t.owner} lúc ${view.vnTime(pg.now)}`,
        );
        finish(result);
        return 0;
      }
      case 'import': {
        const name = requireSheet(pg, rest[0]);
        if (!rest[1]) throw new UsageError('Thiếu tệp CSV.');
        out(importCsv(pg, name, rest[1], o.append === true, as));
        pg.save();
        return 0;
      }
      case 'edit': {
        const name = requireSheet(pg, rest[0]);
        if (!rest[1] || rest[2] === undefined) throw new UsageError('Cần: edit <sheet> <ô> <giá trị>.');
        if (!as) throw new UsageError('Sửa tay cần một người đăng nhập: --as email.');
        if (at !== undefined) pg.setClock(at);
        out(editCell(pg, name, rest[1], rest[2], as, o.json === true));
        pg.save();
        return 0;
      }
      case 'delete-row':
      case 'insert-row':
      case 'delete-column':
      case 'insert-column':
      case 'move-column':
      case 'paste-over': {
        const name = requireSheet(pg, rest[0]);
        if (!as) throw new UsageError('Sửa tay cần một người đăng nhập: --as email.');
        if (at !== undefined) pg.setClock(at);
        out(editStructure(pg, command, name, rest.slice(1), as, o.json === true));
        pg.save();
        return 0;
      }
      case 'doc-edit': {
        // A person typing into a section of a Google Doc in the Docs editor (one revision by them).
        const [fileId, heading, text] = rest;
        if (!fileId || !heading || text === undefined)
          throw new UsageError('Cần: doc-edit <fileId> <đề mục> <nội dung> --as email.');
        if (!o.as) throw new UsageError('Viết vào tài liệu cần một người đăng nhập: --as email.');
        if (at !== undefined) pg.setClock(at);
        let found: { heading: string };
        try {
          found = pg.emulator.typeInDoc(as, fileId, heading, text);
        } catch (e) {
          throw new Failure((e as Error).message);
        }
        pg.save();
        out(`${as} đã viết vào mục "${found.heading}" lúc ${view.vnTime(pg.now)}.`);
        return 0;
      }
      case 'export': {
        process.stdout.write(toCsv(displayValues(pg.world, requireSheet(pg, rest[0]))));
        return 0;
      }
      case 'sheets': {
        for (const s of sheetList(pg.world)) out(`${s.name}\t${s.rows} dòng\t${s.cols} cột`);
        return 0;
      }
      case 'triggers': {
        const list = view.triggers(pg.world);
        if (o.json) out(JSON.stringify(list, null, 2));
        else if (list.length === 0) out('Chưa cài trình kích hoạt nào.');
        else
          for (const t of list) out(`${t.id}  ${t.handler}  ${t.owner}  ${t.schedule}  tới: ${t.nextText}`);
        return 0;
      }
      case 'outbox': {
        const mails = outbox(pg.world.mail);
        if (o.json) {
          out(
            JSON.stringify(
              mails.map((m) => ({
                ...m,
                inlineImages: Object.keys(m.inlineImages),
                attachments: m.attachments.map((a) => ({
                  name: a.name,
                  contentType: a.contentType,
                  size: a.size,
                })),
              })),
              null,
              2,
            ),
          );
        } else if (mails.length === 0) out('Chưa gửi thư nào.');
        else
          mails.forEach((m, i) =>
            out(
              `${i + 1}. ${view.vnTime(m.at, false)}  ${m.from} → ${m.to.join(', ')}${m.cc.length ? ` (cc ${m.cc.join(', ')})` : ''}\n   ${m.subject}`,
            ),
          );
        return 0;
      }
      case 'drive': {
        const files = view.driveFiles(pg.world);
        if (o.json) out(JSON.stringify(files, null, 2));
        else if (files.length === 0) out('Drive chưa có tệp nào.');
        else
          for (const f of files)
            out(
              `${f.name}  [${f.mimeType.replace('application/vnd.google-apps.', '')}]  chủ: ${f.owner}  chia sẻ: ${
                f.permissions
                  .filter((p) => p.role !== 'owner')
                  .map((p) => `${p.email} (${p.role})`)
                  .join(', ') || '—'
              }\n   ${f.webViewLink}`,
            );
        return 0;
      }
      case 'calls': {
        const c = pg.lastCalls();
        if (!c) throw new Failure('Chưa chạy hàm nào.');
        if (o.json) out(JSON.stringify(c, null, 2));
        else {
          out(
            `${c.fn} (với tư cách ${c.as || '(không có email)'}; ${c.ok ? 'thành công' : 'lỗi'}; ${c.ms} ms): ${c.total} lệnh gọi`,
          );
          out(
            `  theo dịch vụ: ${Object.entries(c.byService)
              .map(([k, v]) => `${k} ${v}`)
              .join(', ')}`,
          );
          if (c.cost) {
            const cost = costSummary(c.cost);
            out(`  ${cost.time}: ${cost.cells}`);
            if (c.roundTripMs) out(`  ${roundTripNote(c.cost, c.roundTripMs)}`);
          }
          for (const [k, v] of Object.entries(c.byMethod).slice(0, 15))
            out(`  ${String(v).padStart(6)}  ${k}`);
        }
        return 0;
      }
      case 'clock': {
        if (at !== undefined) pg.setClock(at);
        else if (o.advance) pg.setClock(pg.now + parseDuration(o.advance));
        if (at !== undefined || o.advance) pg.save();
        out(`${view.vnTime(pg.now)} (${new Date(pg.now).toISOString()})`);
        return 0;
      }
      case 'make-copy': {
        if (!o.as) throw new UsageError('Tạo bản sao cần người làm việc đó: --as email.');
        const travel = o.properties ?? 'all';
        if (travel !== 'all' && travel !== 'none')
          throw new UsageError(`--properties là all hoặc none, không phải "${travel}".`);
        const r = makeCopy(pg.world, { as: o.as, properties: travel });
        pg.save();
        out(
          `${o.as} đã tạo bản sao ${r.id} của ${r.from}: ${r.properties.length} thuộc tính tài liệu đi theo; ${r.triggersLeft} trình kích hoạt ở lại với bản gốc. Bản sao là bảng tính đang mở.`,
        );
        return 0;
      }
      default:
        err(`Không có lệnh "${command}".\n\n${USAGE}`);
        return 2;
    }
  } catch (e) {
    if (e instanceof UsageError) {
      err(`${e.message}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof Failure || e instanceof NoBundleError) {
      err(e.message);
      return 1;
    }
    err(`Lỗi: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return 1;
  }
}

if (require.main === module) {
  // `… export Nhiệm vụ | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  process.exitCode = main(process.argv.slice(2));
}
