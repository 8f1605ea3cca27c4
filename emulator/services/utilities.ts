/**
 * `Utilities`, `Logger` and the `Blob` class.
 *
 * Apps Script is Java underneath, and it shows here: byte arrays are signed Java bytes (-128…127),
 * `formatDate` takes `SimpleDateFormat` patterns, and `sleep` is the only way a script can wait —
 * in the emulator it moves the emulated clock instead of blocking.
 */
import type { Models } from '../models';
import { createHash, createHmac, randomUUID } from 'node:crypto';
import {
  appsScriptError,
  hostRealm,
  isDate,
  markEmulated,
  tagEmulated,
  type Execution,
  type Realm,
} from '../runtime';
import type { ServiceContext } from '../world';
import { zonedFields, zoneName, localDayNumber, type ZonedFields } from './timezone';
import { htmlToPdf } from './pdf';

// ---------------------------------------------------------------------------------------------------
// Bytes: the script sees signed Java bytes; the emulator keeps Uint8Array.

export type ByteInput = string | ArrayLike<number>;

export const Charset = Object.freeze({ US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' });
export const DigestAlgorithm = Object.freeze({
  MD5: 'MD5',
  SHA_1: 'SHA_1',
  SHA_256: 'SHA_256',
  SHA_384: 'SHA_384',
  SHA_512: 'SHA_512',
});
const NODE_DIGEST: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

/** A Java charset name or a `Utilities.Charset` value, as Node's TextDecoder label. */
function charsetLabel(charset: unknown): string {
  const c = String(charset ?? 'UTF-8')
    .toUpperCase()
    .replace(/_/g, '-');
  if (c === 'UTF-8' || c === 'UTF8') return 'utf-8';
  if (c === 'US-ASCII' || c === 'ASCII') return 'us-ascii';
  return c.toLowerCase();
}

export function encodeString(s: string, charset?: unknown): Uint8Array {
  const label = charsetLabel(charset);
  if (label === 'utf-8') return new Uint8Array(Buffer.from(s, 'utf8'));
  if (label === 'us-ascii')
    return Uint8Array.from(s, (ch) => (ch.charCodeAt(0) < 128 ? ch.charCodeAt(0) : 0x3f));
  if (label === 'iso-8859-1' || label === 'latin1') return new Uint8Array(Buffer.from(s, 'latin1'));
  throw new Error(`Emulator: encoding to charset ${String(charset)} is not modelled`);
}

export function decodeBytes(bytes: Uint8Array, charset?: unknown): string {
  const label = charsetLabel(charset);
  if (label === 'us-ascii') return String.fromCharCode(...bytes.map((b) => (b < 128 ? b : 0xfffd)));
  return new TextDecoder(label).decode(bytes);
}

/** A string (encoded with `charset`) or a byte array (signed or unsigned) as raw bytes. */
export function toBytes(value: unknown, charset?: unknown): Uint8Array {
  if (typeof value === 'string') return encodeString(value, charset);
  if (value instanceof Uint8Array) return new Uint8Array(value);
  if (value && typeof value === 'object' && typeof (value as ArrayLike<number>).length === 'number') {
    return Uint8Array.from(value as ArrayLike<number>, (b) => Number(b) & 0xff);
  }
  return encodeString(String(value), charset);
}

/** Raw bytes as the signed Java `byte[]` Apps Script hands to scripts. */
export function toSignedArray(bytes: Uint8Array, realm: Realm = hostRealm): number[] {
  return realm.Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
}

// ---------------------------------------------------------------------------------------------------
// Blob

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'text/html': 'html',
  'text/plain': 'txt',
  'text/csv': 'csv',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'application/json': 'json',
};

export class Blob implements Models<
  GoogleAppsScript.Base.Blob,
  | 'copyBlob'
  | 'getAllBlobs'
  | 'getAs'
  | 'getBlob'
  | 'getBytes'
  | 'getContentType'
  | 'getDataAsString'
  | 'getName'
  | 'isGoogleType'
  | 'setBytes'
  | 'setContentType'
  | 'setContentTypeFromExtension'
  | 'setDataFromString'
  | 'setName'
> {
  private data: Uint8Array;
  constructor(
    data: Uint8Array,
    private contentType: string | null = null,
    private name: string | null = null,
    private realm: Realm = hostRealm,
  ) {
    this.data = new Uint8Array(data);
  }

  getBytes(): number[] {
    return toSignedArray(this.data, this.realm);
  }
  setBytes(data: ArrayLike<number>): Blob {
    this.data = toBytes(data);
    return this;
  }
  getDataAsString(charset?: string): string {
    return decodeBytes(this.data, charset);
  }
  setDataFromString(s: string, charset?: string): Blob {
    this.data = encodeString(String(s), charset);
    return this;
  }
  getContentType(): string {
    return this.contentType as string;
  }
  setContentType(contentType: string | null): Blob {
    this.contentType = contentType;
    return this;
  }
  setContentTypeFromExtension(): Blob {
    const ext = /\.([^.]+)$/.exec(this.name ?? '')?.[1]?.toLowerCase();
    const type = Object.entries(EXTENSIONS).find(
      ([, e]) => e === ext || (ext === 'jpeg' && e === 'jpg'),
    )?.[0];
    if (!type)
      throw appsScriptError(undefined, `Could not determine content type for ${this.name ?? 'blob'}.`);
    this.contentType = type;
    return this;
  }
  getName(): string {
    return this.name as string;
  }
  setName(name: string): Blob {
    this.name = name;
    return this;
  }
  isGoogleType(): boolean {
    return /^application\/vnd\.google-apps\./.test(this.contentType ?? '');
  }
  copyBlob(): Blob {
    return new Blob(this.data, this.contentType, this.name, this.realm);
  }
  getAllBlobs(): Blob[] {
    return this.realm.Array.of(this.copyBlob());
  }
  /**
   * Converts to another type. The emulator models the same type (a copy) and
   * HTML or plain text to PDF. As in Apps Script, the name's extension becomes the new type's.
   */
  getAs(contentType: string): Blob {
    const from = (this.contentType ?? '').split(';')[0].trim().toLowerCase();
    const to = String(contentType).toLowerCase();
    let data: Uint8Array;
    if (from === to) data = this.data;
    else if (to === 'application/pdf' && (from === 'text/html' || from === 'text/plain')) {
      const text = this.getDataAsString();
      data = htmlToPdf(
        from === 'text/html' ? text : `<pre>${escapeHtml(text)}</pre>`,
        this.name ?? undefined,
      );
    } else {
      throw appsScriptError(undefined, `Converting from ${from || 'unknown'} to ${to} is not supported.`);
    }
    return new Blob(data, to, renameForType(this.name, to), this.realm);
  }
  getBlob(): Blob {
    return this;
  }

  /** Emulator-internal: the raw bytes, for Drive, Mail and Sheets (hidden from scripts). */
  _raw(): Uint8Array {
    return this.data;
  }
}
markEmulated(Blob, 'Blob', 'base');

function renameForType(name: string | null, contentType: string): string | null {
  if (name === null) return null;
  const ext = EXTENSIONS[contentType];
  if (!ext) return name;
  const dot = name.lastIndexOf('.');
  return `${dot > 0 ? name.slice(0, dot) : name}.${ext}`;
}

/** For other services (Drive, Mail, Sheet.insertImage) that hand blobs to scripts. */
export function blobFromBytes(
  bytes: Uint8Array,
  contentType: string | null,
  name: string | null,
  realm?: Realm,
): Blob {
  return new Blob(bytes, contentType, name, realm);
}

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

// ---------------------------------------------------------------------------------------------------
// formatDate: java.text.SimpleDateFormat in English.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const PATTERN_LETTERS = /[GyYMLwWDdFEuaHkKhmsSzZX]/;

export function formatJavaDate(ms: number, timeZone: string, pattern: string, exec?: Execution): string {
  const f = zonedFields(ms, timeZone);
  let out = '';
  for (let i = 0; i < pattern.length;) {
    const ch = pattern[i];
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'"; // '' is a literal quote
        i += 2;
        continue;
      }
      if (end < 0) throw appsScriptError(exec, 'Unterminated quote');
      // Inside quotes, '' is a quote too.
      let j = i + 1;
      let lit = '';
      for (;;) {
        const q = pattern.indexOf("'", j);
        if (q < 0) throw appsScriptError(exec, 'Unterminated quote');
        lit += pattern.slice(j, q);
        if (pattern[q + 1] === "'") {
          lit += "'";
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      out += lit;
      continue;
    }
    if (/[a-zA-Z]/.test(ch)) {
      if (!PATTERN_LETTERS.test(ch)) throw appsScriptError(exec, `Illegal pattern character '${ch}'`);
      let n = 1;
      while (pattern[i + n] === ch) n++;
      out += field(ch, n, f, ms, timeZone);
      i += n;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

function pad(v: number, n: number): string {
  const s = String(Math.abs(v)).padStart(n, '0');
  return v < 0 ? `-${s}` : s;
}

function field(ch: string, n: number, f: ZonedFields, ms: number, tz: string): string {
  const hour12 = f.hour % 12;
  switch (ch) {
    case 'G':
      return f.year > 0 ? 'AD' : 'BC';
    case 'y':
      return n === 2 ? pad(f.year % 100, 2) : pad(f.year, n);
    case 'Y': {
      const wy = weekYear(f);
      return n === 2 ? pad(wy % 100, 2) : pad(wy, n);
    }
    case 'M':
    case 'L':
      return n >= 4 ? MONTHS[f.month - 1] : n === 3 ? MONTHS[f.month - 1].slice(0, 3) : pad(f.month, n);
    case 'w':
      return pad(weekOfYear(f), n);
    case 'W':
      return pad(Math.floor((f.day - 1 + dayOfWeekOfFirst(f)) / 7) + 1, n);
    case 'D':
      return pad(localDayNumber(f) - localDayNumber({ year: f.year, month: 1, day: 1 }) + 1, n);
    case 'd':
      return pad(f.day, n);
    case 'F':
      return pad(Math.floor((f.day - 1) / 7) + 1, n);
    case 'E':
      return n >= 4 ? DAYS[f.weekday] : DAYS[f.weekday].slice(0, 3);
    case 'u':
      return pad(f.weekday === 0 ? 7 : f.weekday, n);
    case 'a':
      return f.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(f.hour, n);
    case 'k':
      return pad(f.hour === 0 ? 24 : f.hour, n);
    case 'K':
      return pad(hour12, n);
    case 'h':
      return pad(hour12 === 0 ? 12 : hour12, n);
    case 'm':
      return pad(f.minute, n);
    case 's':
      return pad(f.second, n);
    case 'S':
      return pad(f.millisecond, n);
    case 'z':
      return zoneName(ms, tz, n >= 4);
    case 'Z':
      return offset(f.offsetMinutes, false);
    case 'X':
      if (f.offsetMinutes === 0) return 'Z';
      return n === 1 ? offset(f.offsetMinutes, false).slice(0, 3) : offset(f.offsetMinutes, n >= 3);
  }
  return '';
}

function offset(minutes: number, colon: boolean): string {
  const a = Math.abs(minutes);
  const hh = String(Math.floor(a / 60)).padStart(2, '0');
  const mm = String(a % 60).padStart(2, '0');
  return `${minutes < 0 ? '-' : '+'}${hh}${colon ? ':' : ''}${mm}`;
}

// Week numbering with java.util.Calendar's en_US rules: weeks start on Sunday, and week 1 is the week
// that contains January 1. (So 'YYYY' on 30 Dec 2025 gives 2026 — the classic bug.)
function dayOfWeekOfFirst(f: Pick<ZonedFields, 'year' | 'month'>): number {
  return new Date(Date.UTC(f.year, f.month - 1, 1)).getUTCDay();
}
function weekStart(dayNumber: number): number {
  const weekday = (((dayNumber + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  return dayNumber - weekday;
}
function weekYear(f: ZonedFields): number {
  const today = localDayNumber(f);
  const nextJan1 = localDayNumber({ year: f.year + 1, month: 1, day: 1 });
  return weekStart(today) === weekStart(nextJan1) ? f.year + 1 : f.year;
}
function weekOfYear(f: ZonedFields): number {
  const wy = weekYear(f);
  const jan1 = localDayNumber({ year: wy, month: 1, day: 1 });
  return Math.floor((weekStart(localDayNumber(f)) - weekStart(jan1)) / 7) + 1;
}

// ---------------------------------------------------------------------------------------------------
// formatString: sprintf-like.

export function formatString(template: string, args: unknown[]): string {
  let next = 0;
  return String(template).replace(
    /%([-+ 0#]*)(\d+)?(?:\.(\d+))?([sdifxXoeEgG%])/g,
    (whole, flags: string, width?: string, prec?: string, conv?: string) => {
      if (conv === '%') return '%';
      const arg = args[next++];
      let s: string;
      switch (conv) {
        case 's':
          s = arg === undefined ? 'undefined' : String(arg);
          if (prec !== undefined) s = s.slice(0, Number(prec));
          break;
        case 'd':
        case 'i':
          s = String(Math.trunc(Number(arg)));
          break;
        case 'f':
          s = Number(arg).toFixed(prec === undefined ? 6 : Number(prec));
          break;
        case 'e':
        case 'E':
          s = Number(arg).toExponential(prec === undefined ? 6 : Number(prec));
          if (conv === 'E') s = s.toUpperCase();
          break;
        case 'g':
        case 'G':
          s = Number(arg).toPrecision(prec === undefined ? 6 : Math.max(1, Number(prec)));
          break;
        case 'x':
        case 'X':
          s = Math.trunc(Number(arg)).toString(16);
          if (conv === 'X') s = s.toUpperCase();
          break;
        case 'o':
          s = Math.trunc(Number(arg)).toString(8);
          break;
        default:
          return whole;
      }
      if (conv !== 's' && flags.includes('+') && !s.startsWith('-')) s = `+${s}`;
      const w = width === undefined ? 0 : Number(width);
      if (s.length < w) {
        if (flags.includes('-')) s = s.padEnd(w);
        else if (flags.includes('0') && conv !== 's') {
          const sign = /^[+-]/.test(s) ? s[0] : '';
          s = sign + s.slice(sign.length).padStart(w - sign.length, '0');
        } else s = s.padStart(w);
      }
      return s;
    },
  );
}

// ---------------------------------------------------------------------------------------------------
// CSV (RFC 4180: quotes around fields, "" inside quotes, newlines inside quotes).

export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const src = String(text);
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === delimiter) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------
// Utilities

function base64Of(bytes: Uint8Array, webSafe: boolean): string {
  const s = Buffer.from(bytes).toString('base64');
  return webSafe ? s.replace(/\+/g, '-').replace(/\//g, '_') : s;
}

function bytesOfBase64(exec: Execution, encoded: string, webSafe: boolean): Uint8Array {
  const s = String(encoded).replace(/\s+/g, '');
  const valid = webSafe ? /^[A-Za-z0-9_-]*={0,2}$/ : /^[A-Za-z0-9+/]*={0,2}$/;
  if (!valid.test(s) || s.replace(/=+$/, '').length % 4 === 1) {
    throw appsScriptError(exec, 'Could not decode string.');
  }
  return new Uint8Array(Buffer.from(webSafe ? s.replace(/-/g, '+').replace(/_/g, '/') : s, 'base64'));
}

export function createUtilities(ctx: ServiceContext) {
  const { exec } = ctx;
  const signed = (bytes: Uint8Array) => toSignedArray(bytes, exec.realm);
  const utilities = {
    Charset,
    DigestAlgorithm,

    formatDate(date: Date, timeZone: string, format: string): string {
      if (!isDate(date) || Number.isNaN(date.getTime())) {
        throw appsScriptError(exec, 'Invalid argument: date');
      }
      return formatJavaDate(date.getTime(), String(timeZone), String(format), exec);
    },
    formatString(template: string, ...args: unknown[]): string {
      return formatString(template, args);
    },

    base64Encode(data: ByteInput, charset?: unknown): string {
      return base64Of(toBytes(data, charset), false);
    },
    base64EncodeWebSafe(data: ByteInput, charset?: unknown): string {
      return base64Of(toBytes(data, charset), true);
    },
    base64Decode(encoded: string): number[] {
      return signed(bytesOfBase64(exec, encoded, false));
    },
    base64DecodeWebSafe(encoded: string): number[] {
      return signed(bytesOfBase64(exec, encoded, true));
    },

    newBlob(data?: ByteInput, contentType?: string, name?: string): Blob {
      const bytes = data === undefined ? new Uint8Array(0) : toBytes(data);
      return new Blob(bytes, contentType ?? null, name ?? null, exec.realm);
    },

    computeDigest(algorithm: string, value: ByteInput, charset?: unknown): number[] {
      const node = NODE_DIGEST[String(algorithm)];
      if (!node) throw appsScriptError(exec, `Invalid argument: algorithm`);
      return signed(new Uint8Array(createHash(node).update(toBytes(value, charset)).digest()));
    },
    computeHmacSha256Signature(value: ByteInput, key: ByteInput, charset?: unknown): number[] {
      const mac = createHmac('sha256', toBytes(key, charset)).update(toBytes(value, charset));
      return signed(new Uint8Array(mac.digest()));
    },

    getUuid(): string {
      return randomUUID();
    },
    /** No real waiting: the emulated clock moves, so a script that sleeps sees time pass. */
    sleep(milliseconds: number): void {
      const ms = Number(milliseconds);
      if (Number.isFinite(ms) && ms > 0) exec.clock.advance(ms);
    },
    parseCsv(csv: string, delimiter?: string): string[][] {
      const rows = parseCsv(csv, delimiter === undefined ? ',' : String(delimiter));
      return exec.realm.Array.from(rows, (r) => exec.realm.Array.from(r));
    },
  };
  return tagEmulated(
    utilities satisfies Models<
      GoogleAppsScript.Utilities.Utilities,
      | 'Charset'
      | 'DigestAlgorithm'
      | 'base64Decode'
      | 'base64DecodeWebSafe'
      | 'base64Encode'
      | 'base64EncodeWebSafe'
      | 'computeDigest'
      | 'computeHmacSha256Signature'
      | 'formatDate'
      | 'formatString'
      | 'getUuid'
      | 'newBlob'
      | 'parseCsv'
      | 'sleep'
    >,
    'Utilities',
    'utilities',
  );
}

// ---------------------------------------------------------------------------------------------------
// Logger: lines kept in memory for the execution.

export function createLogger(_ctx: ServiceContext) {
  const lines: string[] = [];
  const logger = {
    log(data: unknown, ...values: unknown[]) {
      const line =
        values.length > 0 && typeof data === 'string'
          ? formatString(data, values)
          : typeof data === 'object' && data !== null && !isDate(data)
            ? JSON.stringify(data)
            : String(data);
      lines.push(line);
      return logger;
    },
    getLog(): string {
      return lines.join('\n');
    },
    clear(): void {
      lines.length = 0;
    },
  };
  return tagEmulated(
    logger satisfies Models<GoogleAppsScript.Base.Logger, 'clear' | 'getLog' | 'log'>,
    'Logger',
    'base',
  );
}
