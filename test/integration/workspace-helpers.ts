/** Helpers for the Drive workspace tests on the built bundle. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Emulator } from '../../emulator';
import type { WorkspaceView } from '../../src/core/workspace/view';
import { effectiveRole, type DriveFileRecord } from '../../emulator/services/drive/state';
import { fileBytes } from '../../emulator/services/drive/state';
import {
  addStaff,
  addUnits,
  appendByKey,
  asUser,
  expectPlainJson,
  setUpRegister,
  sheetValues,
  taskRecords,
  LEADER,
  OFFICIAL,
  ADMIN,
  setSetting as setExistingSetting,
} from './helpers';

export { LEADER, OFFICIAL, ADMIN };
export const FOCAL = 'dau.moi@ubnd.example.vn';
export const FOLLOWER = 'theo.doi@ubnd.example.vn';
export const UNIT_LEADER = 'truong.phong@ubnd.example.vn';
export const OTHER = 'nguoi.khac@ubnd.example.vn';
export const TITLE = 'Báo cáo tổng kết công tác năm 2026 – Phường Hòa Hải';

export type Reply<T> = { ok: true; data: T } | { ok: false; error: string; code?: string };
export type { WorkspaceView };
export interface View {
  id: string;
  title: string;
  driveLink: string;
  workspace: WorkspaceView;
}
export interface AssignReply {
  message: string;
  task: View;
  workspace?: { ok: boolean; message: string };
}
export interface WorkspaceReply {
  ok: boolean;
  message: string;
  task: View;
}

/**
 * A register with a unit (Phòng Tư pháp) that has a leader, a follower and a focal point; the agency's
 * leader (LEADER, of Văn phòng) assigns to an official of that unit.
 */
export function workspaceRegister(): Emulator {
  const emu = setUpRegister('2026-03-02T08:00:00+07:00');
  addUnits(emu, [
    { code: 'TP', name: 'Phòng Tư pháp', leader: UNIT_LEADER, follower: FOLLOWER, focal: FOCAL },
  ]);
  addStaff(emu, [
    { email: UNIT_LEADER, name: 'Phan Trưởng Phòng', unit: 'TP', role: 'Lãnh đạo', active: true },
    { email: FOLLOWER, name: 'Lê Văn Theo', unit: 'VP', role: 'Chuyên viên theo dõi', active: true },
    { email: FOCAL, name: 'Đỗ Đầu Mối', unit: 'TP', role: 'Đầu mối đơn vị', active: true },
    { email: OTHER, name: 'Phạm Khác', unit: 'TP', role: 'Cán bộ thực hiện', active: true },
  ]);
  return emu;
}

/** A sidebar call: its reply must cross google.script.run, so it is plain JSON. */
export function call<T>(emu: Emulator, as: string, fn: string, ...args: unknown[]): Reply<T> {
  return expectPlainJson(emu.run<Reply<T>>(fn, args, { as }).value);
}
export function ok<T>(reply: Reply<T>): T {
  if (!reply.ok) throw new Error(`refused: ${reply.error}`);
  return reply.data;
}
export function refused(reply: Reply<unknown>): string {
  if (reply.ok) throw new Error('expected a refusal');
  return reply.error;
}

export const assignment = (extra: Record<string, unknown> = {}) => ({
  title: TITLE,
  details: 'Tổng hợp số liệu các tổ dân phố',
  source: 'Thông báo 12/TB-UBND',
  leadUnit: 'TP',
  assignees: [OFFICIAL],
  deadline: { mode: 'date', date: '2026-03-10' },
  ...extra,
});

export function assign(emu: Emulator, extra: Record<string, unknown> = {}, as = LEADER): AssignReply {
  return ok(call<AssignReply>(emu, as, 'assignTask', assignment(extra)));
}

/** Every file the add-on made for a task (by its private appProperties), trashed or not. */
export function artefacts(emu: Emulator, taskId: string): DriveFileRecord[] {
  return Object.values(emu.world.drive.files).filter((f) => f.appProperties.nhacviecTask === taskId);
}
export function artefact(emu: Emulator, taskId: string, kind: 'folder' | 'doc' | 'slip'): DriveFileRecord {
  const found = artefacts(emu, taskId).filter((f) => f.appProperties.nhacviecKind === kind);
  if (found.length !== 1) throw new Error(`expected one ${kind} of ${taskId}, found ${found.length}`);
  return found[0];
}

/** Who can reach a file through Drive's sharing (its own and its folders'), as Drive would answer. */
export function accessOf(
  emu: Emulator,
  file: DriveFileRecord,
  people: readonly string[],
): Record<string, string | null> {
  return Object.fromEntries(people.map((p) => [p, effectiveRole(emu.world.drive, file, p)]));
}

export const EVERYONE = [LEADER, OFFICIAL, ADMIN, FOCAL, FOLLOWER, UNIT_LEADER, OTHER];

/** The task's row by column key. */
export function row(emu: Emulator, taskId: string): Record<string, unknown> {
  const r = taskRecords(emu).find((x) => x.id === taskId);
  if (!r) throw new Error(`no row ${taskId}`);
  return r;
}

/** The QR code in the register's QR cell, decoded. */
export function qrInRegister(emu: Emulator, taskId: string): { text: string | undefined; alt: string } {
  return asUser(emu, (ss) => {
    const sheet = ss.getSheetByName('Nhiệm vụ')!;
    const values = sheet.getDataRange().getValues();
    const header = values[0];
    const r = values.findIndex((v) => v[header.indexOf('Mã nhiệm vụ')] === taskId);
    const image = values[r][header.indexOf('Mã QR')] as GoogleAppsScript.Spreadsheet.CellImage;
    const url = image.getContentUrl();
    return { text: decodePngDataUrl(url), alt: image.getAltTextTitle() };
  });
}

export function decodePng(bytes: Buffer): string | undefined {
  const png = PNG.sync.read(bytes);
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}
export function decodePngDataUrl(url: string): string | undefined {
  const m = /^data:image\/png;base64,(.+)$/.exec(url);
  return m ? decodePng(Buffer.from(m[1], 'base64')) : undefined;
}

function pdfjs<T>(script: string, bytes: Uint8Array): T {
  const dir = mkdtempSync(join(tmpdir(), 'ws-pdf-'));
  try {
    const file = join(dir, 'x.pdf');
    writeFileSync(file, bytes);
    return JSON.parse(
      execFileSync(process.execPath, [join('test/helpers', script), file], { encoding: 'utf8' }),
    ) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The slip's text as pdf.js reads it (lines joined with spaces) and the QR codes in its images. */
export function readSlip(file: DriveFileRecord): {
  text: string;
  numPages: number;
  title: string;
  qr: (string | undefined)[];
} {
  const bytes = fileBytes(file);
  const t = pdfjs<{ numPages: number; title: string; pages: string[] }>('pdf-text.mjs', bytes);
  const imgs = pdfjs<{ images: { width: number; height: number; rgba: string }[] }>(
    'pdf-images.mjs',
    bytes,
  ).images;
  return {
    text: t.pages.join('\n').replace(/\s+/g, ' '),
    numPages: t.numPages,
    title: t.title,
    qr: imgs.map((i) => jsQR(new Uint8ClampedArray(Buffer.from(i.rgba, 'base64')), i.width, i.height)?.data),
  };
}

/** Types a value into a task's cell, as an admin editing the register by hand. */
export function setCell(emu: Emulator, id: string, header: string, value: unknown): void {
  const values = sheetValues(emu, 'Nhiệm vụ');
  const r = values.findIndex((v) => v[values[0].indexOf('Mã nhiệm vụ')] === id);
  asUser(emu, (ss) =>
    ss
      .getSheetByName('Nhiệm vụ')!
      .getRange(r + 1, values[0].indexOf(header) + 1)
      .setValue(value),
  );
}

/** Sets a value in the settings sheet, as the office would, adding the row if it is not there yet. */
export function setSetting(emu: Emulator, key: string, value: string): void {
  if (!sheetValues(emu, 'Cài đặt').some((v) => v[0] === key))
    appendByKey(
      emu,
      'Cài đặt',
      [
        { key: 'key', vi: 'Mã cài đặt' },
        { key: 'value', vi: 'Giá trị' },
      ],
      [{ key, value }],
    );
  else setExistingSetting(emu, key, value);
}
