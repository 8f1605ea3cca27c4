/** RangeList: the same operation on several ranges (`Sheet.getRangeList`, `Spreadsheet.getRangeList`). */
import type { Models } from '../models';
import { markEmulated } from '../runtime';
import type { Book } from './book';
import { Range } from './range';

export class RangeList implements Models<
  GoogleAppsScript.Spreadsheet.RangeList,
  | 'activate'
  | 'check'
  | 'clear'
  | 'clearContent'
  | 'clearFormat'
  | 'getRanges'
  | 'insertCheckboxes'
  | 'setBackground'
  | 'setFontColor'
  | 'setFontWeight'
  | 'setFormula'
  | 'setHorizontalAlignment'
  | 'setNote'
  | 'setNumberFormat'
  | 'setValue'
  | 'setWrap'
  | 'uncheck'
> {
  constructor(
    private readonly book: Book,
    private readonly ranges: Range[],
  ) {}
  private _each(fn: (r: Range) => unknown): RangeList {
    for (const r of this.ranges) fn(r);
    return this;
  }
  getRanges(): Range[] {
    return this.book.ctx.exec.realm.Array.from(this.ranges);
  }
  activate(): RangeList {
    return this._each((r) => r.activate());
  }
  setValue(value: unknown): RangeList {
    return this._each((r) => r.setValue(value));
  }
  setFormula(formula: string): RangeList {
    return this._each((r) => r.setFormula(formula));
  }
  setBackground(color: string | null): RangeList {
    return this._each((r) => r.setBackground(color));
  }
  setFontColor(color: string | null): RangeList {
    return this._each((r) => r.setFontColor(color));
  }
  setFontWeight(fontWeight: string | null): RangeList {
    return this._each((r) => r.setFontWeight(fontWeight));
  }
  setNumberFormat(format: string): RangeList {
    return this._each((r) => r.setNumberFormat(format));
  }
  setHorizontalAlignment(alignment: string | null): RangeList {
    return this._each((r) => r.setHorizontalAlignment(alignment));
  }
  setWrap(isWrapEnabled: boolean): RangeList {
    return this._each((r) => r.setWrap(isWrapEnabled));
  }
  setNote(note: string | null): RangeList {
    return this._each((r) => r.setNote(note));
  }
  clear(options?: Parameters<Range['clear']>[0]): RangeList {
    return this._each((r) => r.clear(options));
  }
  clearContent(): RangeList {
    return this._each((r) => r.clearContent());
  }
  clearFormat(): RangeList {
    return this._each((r) => r.clearFormat());
  }
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): RangeList {
    return this._each((r) => r.insertCheckboxes(checkedValue, uncheckedValue));
  }
  check(): RangeList {
    return this._each((r) => r.check());
  }
  uncheck(): RangeList {
    return this._each((r) => r.uncheck());
  }
}
markEmulated(RangeList, 'RangeList', 'spreadsheet');
