/**
 * The spreadsheets slice of the world: creation, plus plain-function helpers over the state for
 * hosts and tests (see inspect.ts for what they return).
 */
import {
  emptySheet,
  type SpreadsheetData,
  type SpreadsheetsState,
  DEFAULT_COLS,
  DEFAULT_ROWS,
} from './model';

export type { SpreadsheetsState, SpreadsheetData, SheetData } from './model';
export {
  sheetNames,
  spreadsheetData,
  displayGrid,
  importCsvAsTyped,
  typeIntoCell,
  cellInfo,
  setSpreadsheetOwner,
  setSelection,
  toastsOf,
  type DisplayGrid,
  type CellInfo,
} from './inspect';

export function createSpreadsheetsState(): SpreadsheetsState {
  return { byId: {}, created: 0 };
}

const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/** A 44-character id like Google's, derived from a counter so runs are reproducible. */
function spreadsheetId(n: number): string {
  let x = (n * 2654435761) >>> 0 || 1;
  let id = '1';
  for (let i = 0; i < 43; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    id += ID_CHARS[x % 64];
  }
  return id;
}

/**
 * A new spreadsheet as Google creates it for a Vietnamese user: one empty sheet "Trang tính1" of
 * 1000 rows × 26 columns, locale vi_VN.
 */
export function createSpreadsheet(
  state: SpreadsheetsState,
  name: string,
  timeZone: string,
  opts: { rows?: number; columns?: number; owner?: string; locale?: string } = {},
): { id: string } {
  state.created += 1;
  let id = spreadsheetId(state.created);
  while (state.byId[id]) id = spreadsheetId((state.created += 1));
  const locale = opts.locale ?? 'vi_VN';
  const ss: SpreadsheetData = {
    id,
    name,
    timeZone,
    locale,
    owner: opts.owner ?? '',
    editors: [],
    sheets: [
      emptySheet(
        0,
        locale.startsWith('vi') ? 'Trang tính1' : 'Sheet1',
        opts.rows ?? DEFAULT_ROWS,
        opts.columns ?? DEFAULT_COLS,
      ),
    ],
    activeSheetId: 0,
    namedRanges: {},
    metadata: [],
    protections: [],
    toasts: [],
    seq: 0,
    settings: { enforceValidationOnScriptWrites: true, sharedWithDomain: false },
  };
  state.byId[id] = ss;
  return { id };
}
