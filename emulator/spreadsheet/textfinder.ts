/**
 * TextFinder over a range, a sheet or the whole spreadsheet: searches display values (or formulas with
 * `matchFormulaText(true)`), case-insensitively unless `matchCase(true)`, row by row. Replacing writes
 * the new text as a typed string, as Sheets' find-and-replace does.
 */
import type { Models } from '../models';
import { markEmulated } from '../runtime';
import { type Book, now } from './book';
import { cellDisplay } from './cells';
import { attrOf } from './grid';
import type { GridRange, SheetData } from './model';
import { Range } from './range';

interface Area {
  sheet: SheetData;
  grid: GridRange;
}

export class TextFinder implements Models<
  GoogleAppsScript.Spreadsheet.TextFinder,
  | 'findAll'
  | 'findNext'
  | 'findPrevious'
  | 'getCurrentMatch'
  | 'ignoreDiacritics'
  | 'matchCase'
  | 'matchEntireCell'
  | 'matchFormulaText'
  | 'replaceAllWith'
  | 'replaceWith'
  | 'startFrom'
  | 'useRegularExpression'
> {
  private caseSensitive = false;
  private entireCell = false;
  private formulas = false;
  private regex = false;
  private noDiacritics = false;
  private current: { sheet: SheetData; r: number; c: number } | null = null;
  constructor(
    private readonly book: Book,
    private readonly areas: Area[],
    private readonly text: string,
  ) {}

  matchCase(matchCase: boolean): TextFinder {
    this.caseSensitive = !!matchCase;
    return this;
  }
  matchEntireCell(entireCell: boolean): TextFinder {
    this.entireCell = !!entireCell;
    return this;
  }
  matchFormulaText(matchFormulaText: boolean): TextFinder {
    this.formulas = !!matchFormulaText;
    return this;
  }
  useRegularExpression(useRegEx: boolean): TextFinder {
    this.regex = !!useRegEx;
    return this;
  }
  ignoreDiacritics(ignoreDiacritics: boolean): TextFinder {
    this.noDiacritics = !!ignoreDiacritics;
    return this;
  }
  startFrom(startRange: Range): TextFinder {
    const g = startRange._grid();
    this.current = { sheet: startRange._sheetData(), r: g.r0, c: g.c0 };
    return this;
  }

  private _fold(s: string): string {
    let t = this.noDiacritics
      ? s
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/đ/g, 'd')
          .replace(/Đ/g, 'D')
      : s;
    if (!this.caseSensitive) t = t.toLowerCase();
    return t;
  }
  private _pattern(): RegExp {
    const flags = this.caseSensitive ? 'g' : 'gi';
    const body = this.regex ? this.text : this._fold(this.text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(this.entireCell ? `^(?:${body})$` : body, flags);
  }
  private _content(sheet: SheetData, r: number, c: number): string {
    if (this.formulas) {
      const fx = attrOf(sheet.rows[r], 'fx', c);
      if (fx) return fx;
    }
    return cellDisplay(this.book.ss, sheet, r, c, now(this.book));
  }
  private _matches(): { sheet: SheetData; r: number; c: number }[] {
    const out: { sheet: SheetData; r: number; c: number }[] = [];
    const re = this._pattern();
    for (const { sheet, grid } of this.areas) {
      const rEnd = Math.min(grid.r0 + grid.nr, sheet.rows.length);
      for (let r = grid.r0; r < rEnd; r++) {
        if (!sheet.rows[r]) continue;
        for (let c = grid.c0; c < grid.c0 + grid.nc; c++) {
          const s = this._content(sheet, r, c);
          if (s === '') continue;
          re.lastIndex = 0;
          if (re.test(this.regex ? s : this._fold(s))) out.push({ sheet, r, c });
        }
      }
    }
    return out;
  }
  private _rangeOf(m: { sheet: SheetData; r: number; c: number }): Range {
    return new Range(this.book, m.sheet, { r0: m.r, c0: m.c, nr: 1, nc: 1 });
  }
  findAll(): Range[] {
    return this._matches().map((m) => this._rangeOf(m));
  }
  findNext(): Range | null {
    const all = this._matches();
    if (all.length === 0) return null;
    const order = (m: { sheet: SheetData; r: number; c: number }) => [
      this.areas.findIndex((a) => a.sheet === m.sheet),
      m.r,
      m.c,
    ];
    const cur = this.current ? order(this.current) : null;
    const after = (m: (typeof all)[number]) => {
      if (!cur) return true;
      const o = order(m);
      for (let i = 0; i < 3; i++) if (o[i] !== cur[i]) return o[i] > cur[i];
      return false;
    };
    const next = all.find(after) ?? all[0];
    this.current = next;
    return this._rangeOf(next);
  }
  findPrevious(): Range | null {
    const all = this._matches();
    if (all.length === 0) return null;
    const idx = this.current
      ? all.findIndex(
          (m) => m.sheet === this.current!.sheet && m.r === this.current!.r && m.c === this.current!.c,
        )
      : -1;
    const prev = idx > 0 ? all[idx - 1] : all[all.length - 1];
    this.current = prev;
    return this._rangeOf(prev);
  }
  getCurrentMatch(): Range | null {
    return this.current ? this._rangeOf(this.current) : null;
  }
  replaceAllWith(replaceText: string): number {
    const all = this._matches();
    for (const m of all) this._replaceIn(m, replaceText);
    return all.length;
  }
  replaceWith(replaceText: string): number {
    if (!this.current) return 0;
    this._replaceIn(this.current, replaceText);
    return 1;
  }
  private _replaceIn(m: { sheet: SheetData; r: number; c: number }, replaceText: string): void {
    const s = this._content(m.sheet, m.r, m.c);
    const re = this._pattern();
    const next =
      this.regex || this.caseSensitive
        ? s.replace(re, String(replaceText))
        : this._replaceFolded(s, String(replaceText));
    this._rangeOf(m).setValue(next);
  }
  /** Replaces case-insensitive (and diacritic-insensitive) matches in the original text. */
  private _replaceFolded(s: string, replacement: string): string {
    const needle = this._fold(this.text);
    if (!needle) return s;
    let out = '';
    let i = 0;
    while (i < s.length) {
      const window = this._fold(s.slice(i, i + this.text.length));
      if (window === needle && (!this.entireCell || (i === 0 && this.text.length === s.length))) {
        out += replacement;
        i += this.text.length;
      } else {
        out += s[i];
        i += 1;
      }
    }
    return out;
  }
}
markEmulated(TextFinder, 'TextFinder', 'spreadsheet');
