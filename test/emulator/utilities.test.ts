import { begin, makeWorld } from './service-context'; // first: loads the emulator modules in a working order
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { Clock } from '../../emulator/runtime';
import { LIGHT_CALL_MS } from '../../emulator/cost';
import { Blob, blobFromBytes } from '../../emulator/services/utilities';

const setup = () => begin(makeWorld(), new Clock(Date.UTC(2026, 0, 5, 1, 0, 0)), { as: 'a@ubnd.vn' });
const VIETNAMESE = 'Nhắc việc: Đơn vị chủ trì — hạn 30/4';

describe('Utilities.formatDate (SimpleDateFormat patterns, any zone)', () => {
  const { Utilities } = setup();
  const winter = new Date(Date.UTC(2026, 0, 5, 1, 2, 3, 45)); // a Monday
  const summer = new Date(Date.UTC(2026, 6, 15, 12, 0, 0));

  it('shows the same instant in Hà Nội, UTC and New York', () => {
    const p = "yyyy-MM-dd'T'HH:mm:ss.SSS Z";
    expect(Utilities.formatDate(winter, 'Asia/Ho_Chi_Minh', p)).toBe('2026-01-05T08:02:03.045 +0700');
    expect(Utilities.formatDate(winter, 'UTC', p)).toBe('2026-01-05T01:02:03.045 +0000');
    expect(Utilities.formatDate(winter, 'America/New_York', p)).toBe('2026-01-04T20:02:03.045 -0500');
  });

  it('follows daylight saving time in a DST zone', () => {
    expect(Utilities.formatDate(summer, 'America/New_York', 'HH:mm XXX z')).toBe('08:00 -04:00 EDT');
    expect(Utilities.formatDate(winter, 'America/New_York', 'HH:mm XXX z')).toBe('20:02 -05:00 EST');
    expect(Utilities.formatDate(summer, 'Asia/Ho_Chi_Minh', 'HH:mm XXX z')).toBe('19:00 +07:00 ICT');
    expect(Utilities.formatDate(summer, 'UTC', 'HH:mm X')).toBe('12:00 Z');
  });

  it('formats names, 12-hour clocks, day numbers and literals', () => {
    const tz = 'Asia/Ho_Chi_Minh';
    expect(Utilities.formatDate(winter, tz, 'EEEE, MMMM d, yy')).toBe('Monday, January 5, 26');
    expect(Utilities.formatDate(winter, tz, 'EEE MMM dd E u')).toBe('Mon Jan 05 Mon 1');
    expect(Utilities.formatDate(summer, tz, 'h:mm a hh H M')).toBe('7:00 PM 07 19 7');
    expect(Utilities.formatDate(winter, tz, "'Ngày' dd 'tháng' MM 'năm' yyyy")).toBe(
      'Ngày 05 tháng 01 năm 2026',
    );
    expect(Utilities.formatDate(winter, tz, "h 'o''clock' ''")).toBe("8 o'clock '");
    expect(Utilities.formatDate(winter, tz, 'D')).toBe('5');
  });

  it("has Java's week year: YYYY on 30 December 2025 is 2026", () => {
    const d = new Date(Date.UTC(2025, 11, 30, 5));
    expect(Utilities.formatDate(d, 'Asia/Ho_Chi_Minh', 'yyyy YYYY w')).toBe('2025 2026 1');
  });

  it('rejects unknown pattern letters and non-dates', () => {
    expect(() => Utilities.formatDate(winter, 'UTC', 'yyyy-MM-dd q')).toThrow(
      "Illegal pattern character 'q'",
    );
    expect(() => Utilities.formatDate('2026-01-05' as unknown as Date, 'UTC', 'yyyy')).toThrow(
      /Invalid argument/,
    );
  });

  it('accepts Dates from the script realm and GMT offsets, and unknown zones fall back to GMT', () => {
    const scriptDate = vm.runInNewContext('new Date(Date.UTC(2026, 0, 5, 1, 2, 3))') as Date;
    expect(scriptDate instanceof Date).toBe(false);
    expect(Utilities.formatDate(scriptDate, 'GMT+7', 'HH:mm')).toBe('08:02');
    expect(Utilities.formatDate(scriptDate, 'Not/AZone', 'HH:mm z')).toBe('01:02 GMT');
  });
});

describe('Utilities strings, bytes and digests', () => {
  it('formatString works like sprintf', () => {
    const { Utilities } = setup();
    expect(Utilities.formatString('%s có %d nhiệm vụ (%.1f%%)', 'Phòng A', 12.7, 33.333)).toBe(
      'Phòng A có 12 nhiệm vụ (33.3%)',
    );
    expect(Utilities.formatString('[%5s|%-5s|%05d|%6.2f]', 'ab', 'cd', 42, 3.14159)).toBe(
      '[   ab|cd   |00042|  3.14]',
    );
  });

  it('round-trips Vietnamese text through base64 with signed Java bytes', () => {
    const { Utilities } = setup();
    const encoded = Utilities.base64Encode(VIETNAMESE);
    expect(encoded).toBe(Buffer.from(VIETNAMESE, 'utf8').toString('base64'));
    const bytes = Utilities.base64Decode(encoded);
    expect(bytes.some((b) => b < 0)).toBe(true);
    expect(Math.min(...bytes)).toBeGreaterThanOrEqual(-128);
    expect(Math.max(...bytes)).toBeLessThanOrEqual(127);
    // 'ắ' is E1 BA AF in UTF-8: -31, -70, -81 as Java bytes.
    expect(Utilities.base64Decode(Utilities.base64Encode('ắ'))).toEqual([-31, -70, -81]);
    expect(Utilities.newBlob(bytes).getDataAsString()).toBe(VIETNAMESE);
    expect(Utilities.base64Encode(bytes)).toBe(encoded);
  });

  it('has web-safe base64', () => {
    const { Utilities } = setup();
    const bytes = [-5, -1, -2, 62, 63];
    const safe = Utilities.base64EncodeWebSafe(bytes);
    expect(safe).not.toMatch(/[+/]/);
    expect(Utilities.base64DecodeWebSafe(safe)).toEqual(bytes);
    expect(Utilities.base64Encode(bytes)).toMatch(/[+/]/);
    expect(() => Utilities.base64Decode('not base64!')).toThrow('Could not decode string.');
  });

  it('computes digests and HMACs as signed bytes', () => {
    const { Utilities } = setup();
    const md5 = Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, 'abc');
    const hex = md5.map((b) => ((b + 256) % 256).toString(16).padStart(2, '0')).join('');
    expect(hex).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(md5[0]).toBe(-112);
    const sha = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, VIETNAMESE);
    expect(sha).toHaveLength(32);
    const mac = Utilities.computeHmacSha256Signature('message', 'key');
    expect(mac.map((b) => ((b + 256) % 256).toString(16).padStart(2, '0')).join('')).toBe(
      '6e9ef29b75fffc5b7abae527d58fdadb2fe42e7219011976917343065f58ed4a',
    );
  });

  it('makes random v4 UUIDs', () => {
    const { Utilities } = setup();
    const a = Utilities.getUuid();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Utilities.getUuid()).not.toBe(a);
  });

  it('sleep advances the emulated clock instead of waiting', () => {
    const t = setup();
    const before = t.exec.clock.now();
    const real = Date.now();
    t.Utilities.sleep(120_000);
    expect(t.exec.clock.now()).toBe(before + 120_000 + LIGHT_CALL_MS); // the call itself is light
    expect(Date.now() - real).toBeLessThan(1000);
  });

  it('parses CSV with quotes, embedded newlines and another delimiter', () => {
    const { Utilities } = setup();
    expect(Utilities.parseCsv('a,"b, c","say ""hi"""\n"line\nbreak",x,\n')).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['line\nbreak', 'x', ''],
    ]);
    expect(Utilities.parseCsv('1;2\n3;4', ';')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });
});

describe('Blob', () => {
  it('holds bytes, a content type and a name; copies are independent', () => {
    const t = setup();
    const blob = t.Utilities.newBlob(VIETNAMESE, 'text/plain', 'ghi-chu.txt');
    expect(blob.getContentType()).toBe('text/plain');
    expect(blob.getName()).toBe('ghi-chu.txt');
    expect(blob.getBytes()).toEqual([...Buffer.from(VIETNAMESE)].map((b) => (b > 127 ? b - 256 : b)));
    const copy = blob.copyBlob();
    copy.setName('khac.txt').setDataFromString('khác');
    expect(blob.getName()).toBe('ghi-chu.txt');
    expect(blob.getDataAsString()).toBe(VIETNAMESE);
    expect(copy.getDataAsString()).toBe('khác');
    expect(t.exec.calls.count('Blob.getName')).toBe(2);
    expect(t.exec.calls.total('base')).toBeGreaterThan(5);
  });

  it('converts HTML to a PDF whose text is the HTML text, renaming the file', () => {
    const t = setup();
    const html =
      '<html><head><title>Báo cáo</title></head><body><h1>Báo cáo nhiệm vụ</h1><p>Đơn vị: Phòng Tư pháp &amp; UBND</p></body></html>';
    const pdf = t.Utilities.newBlob(html, 'text/html', 'bao-cao.html').getAs('application/pdf');
    expect(pdf.getContentType()).toBe('application/pdf');
    expect(pdf.getName()).toBe('bao-cao.pdf');
    const bytes = Uint8Array.from(pdf.getBytes(), (b) => b & 0xff);
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const extracted = pdfText(bytes);
    expect(extracted.text).toEqual(['Báo cáo nhiệm vụ', 'Đơn vị: Phòng Tư pháp & UBND']);
    expect(extracted.title).toBe('Báo cáo');
  });

  it('refuses conversions it does not model', () => {
    const { Utilities } = setup();
    expect(() => Utilities.newBlob('x', 'text/plain').getAs('image/png')).toThrow(
      'Converting from text/plain to image/png is not supported.',
    );
    expect(Utilities.newBlob('x', 'text/plain', 'a.txt').getAs('text/plain').getDataAsString()).toBe('x');
  });

  it('is what other services build from raw bytes', () => {
    const blob = blobFromBytes(new Uint8Array([0xff, 0x00, 0x7f]), 'image/png', 'qr.png');
    expect(blob).toBeInstanceOf(Blob);
    expect(blob.getBytes()).toEqual([-1, 0, 127]);
    expect([...blob._raw()]).toEqual([255, 0, 127]);
  });
});

describe('Logger', () => {
  it('keeps logged lines in memory, formats them, and clears them', () => {
    const { Logger } = setup();
    Logger.log('Bắt đầu');
    Logger.log('%s: %d việc', 'Phòng A', 3).log({ ok: true });
    expect(Logger.getLog()).toBe('Bắt đầu\nPhòng A: 3 việc\n{"ok":true}');
    Logger.clear();
    expect(Logger.getLog()).toBe('');
  });
});

/** Extracts text with pdf.js (ESM only, so in a child process). */
function pdfText(bytes: Uint8Array): { text: string[]; title: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
  const file = join(dir, 'x.pdf');
  writeFileSync(file, bytes);
  const pdfjs = join(process.cwd(), 'node_modules/pdfjs-dist/legacy/build/pdf.mjs');
  const script = `
    import { getDocument } from ${JSON.stringify(pdfjs)};
    import { readFileSync } from 'node:fs';
    const doc = await getDocument({ data: new Uint8Array(readFileSync(process.env.PDF)), verbosity: 0 }).promise;
    const lines = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const tc = await (await doc.getPage(i)).getTextContent();
      lines.push(...tc.items.map((it) => it.str).filter((s) => s.trim() !== ''));
    }
    const meta = await doc.getMetadata();
    process.stdout.write(JSON.stringify({ text: lines, title: meta.info.Title }));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, PDF: file },
  });
  return JSON.parse(out.toString()) as { text: string[]; title: string };
}
