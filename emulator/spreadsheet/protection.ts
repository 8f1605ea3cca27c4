/**
 * Protected ranges and sheets. A new protection mirrors the spreadsheet's editors (so it protects
 * nothing) until the script changes its editors; the owner and the user running the script can never be
 * removed from it. A script runs as its user, so a write into a protected area by a user who is not an
 * editor of that protection (and not the owner) throws, unless the protection only warns.
 */
import type { Models } from '../models';
import { markEmulated } from '../runtime';
import { type Book, contains, fail, intersects, nextSeq, sheetById, unwrapAll, wholeSheet } from './book';
import { ProtectionType } from './enums';
import type { GridRange, ProtectionData, SheetData } from './model';
import { Range } from './range';
import { User } from './user';

/**
 * Sheets' refusal, in the language of the person's Google account (Google localises its messages). A
 * person whose locale the world does not record reads the English text.
 */
const PROTECTED_MESSAGES: Record<string, string> = {
  en: 'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
  vi: 'Bạn đang cố chỉnh sửa một ô hoặc đối tượng được bảo vệ. Vui lòng liên hệ với chủ sở hữu bảng tính để gỡ bỏ chế độ bảo vệ nếu bạn cần chỉnh sửa.',
};

function protectedMessage(book: Book, user: string): string {
  const locale = book.ctx.world.users[user.toLowerCase()]?.locale ?? 'en';
  return PROTECTED_MESSAGES[locale.split(/[-_]/)[0]] ?? PROTECTED_MESSAGES.en;
}

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1);
}

/** Whether `user` may edit through protection `p`. */
export function mayEdit(book: Book, p: ProtectionData, user: string): boolean {
  const { ss } = book;
  const u = user.toLowerCase();
  if (!ss.owner || u === ss.owner.toLowerCase()) return true;
  if (p.warningOnly || p.editors === null) return true;
  if (p.editors.some((e) => e.toLowerCase() === u)) return true;
  const ownerDomain = domainOf(ss.owner.toLowerCase());
  return p.domainEdit && ownerDomain !== 'gmail.com' && u !== '' && domainOf(u) === ownerDomain;
}

function coveredByUnprotected(p: ProtectionData, g: GridRange): boolean {
  if (p.unprotected.length === 0) return false;
  if (p.unprotected.some((u) => contains(u, g))) return true;
  if (g.nr * g.nc > 100_000) return false;
  for (let r = g.r0; r < g.r0 + g.nr; r++) {
    for (let c = g.c0; c < g.c0 + g.nc; c++) {
      if (!p.unprotected.some((u) => contains(u, { r0: r, c0: c, nr: 1, nc: 1 }))) return false;
    }
  }
  return true;
}

/** Throws Sheets' error when the running user may not change cells `g` of `sheet`. */
export function assertCanEdit(book: Book, sheet: SheetData, g: GridRange): void {
  const { ss } = book;
  if (ss.protections.length === 0) return;
  const user = book.ctx.exec.effectiveUser;
  for (const p of ss.protections) {
    if (p.sheetId !== sheet.sheetId || mayEdit(book, p, user)) continue;
    const blocks = p.type === 'SHEET' ? !coveredByUnprotected(p, g) : intersects(p.range!, g);
    if (blocks) throw fail(book, protectedMessage(book, user));
  }
}

/** Structural changes (insert, delete, move, rename) need edit rights on the whole sheet's protection. */
export function assertCanChangeStructure(book: Book, sheet: SheetData, g: GridRange | null): void {
  const user = book.ctx.exec.effectiveUser;
  for (const p of book.ss.protections) {
    if (p.sheetId !== sheet.sheetId || mayEdit(book, p, user)) continue;
    if (p.type === 'SHEET' || (g && intersects(p.range!, g))) throw fail(book, protectedMessage(book, user));
  }
}

export function newProtection(book: Book, sheet: SheetData, range: GridRange | null): ProtectionData {
  if (!range) {
    const existing = book.ss.protections.find((p) => p.type === 'SHEET' && p.sheetId === sheet.sheetId);
    if (existing) return existing;
  }
  const p: ProtectionData = {
    id: nextSeq(book.ss),
    type: range ? 'RANGE' : 'SHEET',
    sheetId: sheet.sheetId,
    range,
    description: '',
    warningOnly: false,
    editors: null,
    domainEdit: book.ss.settings.sharedWithDomain,
    unprotected: [],
  };
  book.ss.protections.push(p);
  return p;
}

export class Protection implements Models<
  GoogleAppsScript.Spreadsheet.Protection,
  | 'addEditor'
  | 'addEditors'
  | 'canDomainEdit'
  | 'canEdit'
  | 'getDescription'
  | 'getEditors'
  | 'getProtectionType'
  | 'getRange'
  | 'getUnprotectedRanges'
  | 'isWarningOnly'
  | 'remove'
  | 'removeEditor'
  | 'removeEditors'
  | 'setDescription'
  | 'setDomainEdit'
  | 'setRange'
  | 'setUnprotectedRanges'
  | 'setWarningOnly'
> {
  constructor(
    private readonly book: Book,
    private readonly id: number,
  ) {}

  private get p(): ProtectionData {
    const p = this.book.ss.protections.find((x) => x.id === this.id);
    if (!p) throw fail(this.book, 'This protection has been removed.');
    return p;
  }
  private _spreadsheetEditors(): string[] {
    const { ss } = this.book;
    return [ss.owner, ...ss.editors].filter((e, i, all) => e && all.indexOf(e) === i);
  }
  private _editorsList(): string[] {
    return this.p.editors ?? this._spreadsheetEditors();
  }

  getProtectionType() {
    return ProtectionType[this.p.type];
  }
  getDescription(): string {
    return this.p.description;
  }
  setDescription(description: string): Protection {
    this.p.description = String(description);
    return this;
  }
  isWarningOnly(): boolean {
    return this.p.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): Protection {
    this.p.warningOnly = !!warningOnly;
    return this;
  }
  getRange(): Range {
    const p = this.p;
    const sheet = sheetById(this.book.ss, p.sheetId)!;
    return new Range(this.book, sheet, p.range ?? wholeSheet(sheet));
  }
  setRange(range: Range): Protection {
    const p = this.p;
    if (p.type === 'SHEET') throw fail(this.book, 'The protection type must be RANGE to set a range.');
    p.range = { ...range._grid() };
    p.sheetId = range._sheetData().sheetId;
    return this;
  }
  getEditors(): User[] {
    return this._editorsList().map((e) => new User(e));
  }
  addEditor(emailAddress: string | User): Protection {
    return this.addEditors([emailAddress]);
  }
  addEditors(emailAddresses: (string | User)[]): Protection {
    const list = this._editorsList().slice();
    for (const e of unwrapAll(emailAddresses)) {
      const email = e instanceof User ? e.getEmail() : String(e);
      if (!list.some((x) => x.toLowerCase() === email.toLowerCase())) list.push(email);
    }
    this.p.editors = list;
    return this;
  }
  removeEditor(emailAddress: string | User): Protection {
    return this.removeEditors([emailAddress]);
  }
  /** Neither the spreadsheet's owner nor the user running the script can be removed (Apps Script docs). */
  removeEditors(emailAddresses: (string | User)[]): Protection {
    const keep = [this.book.ss.owner, this.book.ctx.exec.effectiveUser]
      .filter(Boolean)
      .map((e) => e.toLowerCase());
    const drop = new Set(
      unwrapAll(emailAddresses)
        .map((e) => (e instanceof User ? e.getEmail() : String(e)).toLowerCase())
        .filter((e) => !keep.includes(e)),
    );
    this.p.editors = this._editorsList().filter((e) => !drop.has(e.toLowerCase()));
    // The running user stays an editor, as in Apps Script.
    const me = this.book.ctx.exec.effectiveUser;
    if (me && !this.p.editors.some((e) => e.toLowerCase() === me.toLowerCase())) this.p.editors.push(me);
    return this;
  }
  canDomainEdit(): boolean {
    return this.p.domainEdit;
  }
  setDomainEdit(editable: boolean): Protection {
    const p = this.p;
    p.domainEdit = !!editable;
    if (p.editors === null) p.editors = this._spreadsheetEditors();
    return this;
  }
  canEdit(): boolean {
    return mayEdit(this.book, this.p, this.book.ctx.exec.effectiveUser);
  }
  getUnprotectedRanges(): Range[] {
    const p = this.p;
    const sheet = sheetById(this.book.ss, p.sheetId)!;
    return p.unprotected.map((g) => new Range(this.book, sheet, g));
  }
  setUnprotectedRanges(ranges: Range[]): Protection {
    const p = this.p;
    if (p.type !== 'SHEET')
      throw fail(this.book, 'Unprotected ranges can only be set on a sheet protection.');
    p.unprotected = unwrapAll(ranges).map((r) => ({ ...r._grid() }));
    return this;
  }
  remove(): void {
    const { ss } = this.book;
    ss.protections = ss.protections.filter((x) => x.id !== this.id);
  }
}
markEmulated(Protection, 'Protection', 'spreadsheet');

export function protectionsOf(book: Book, sheet: SheetData, type: string): Protection[] {
  return book.ss.protections
    .filter((p) => p.sheetId === sheet.sheetId && p.type === type)
    .map((p) => new Protection(book, p.id));
}
