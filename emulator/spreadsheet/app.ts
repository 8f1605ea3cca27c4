/**
 * The `SpreadsheetApp` global: the active spreadsheet (`world.activeSpreadsheetId`), opening and
 * creating spreadsheets, builders (data validation, conditional formats, cell images), the Ui, and the
 * enums. Each call builds thin views over `world.spreadsheets`, so later executions see every change.
 *
 * The spreadsheet's owner is the first user who runs a script on it when none is recorded.
 */
import type { Models } from '../models';
import { tagEmulated, unwrap } from '../runtime';
import { createUi, type Ui } from '../services/ui';
import { documentOf, type ServiceContext } from '../world';
import { failCtx, type Book } from './book';
import { ConditionalFormatRuleBuilder } from './conditional';
import { SPREADSHEET_ENUMS } from './enums';
import { CellImageBuilder } from './images';
import type { Range } from './range';
import type { Sheet } from './sheet';
import { Spreadsheet } from './spreadsheet';
import { createSpreadsheet } from './state';
import { DataValidationBuilder } from './validation';
import { CELL_LIMIT } from './model';

export function createSpreadsheetApp(ctx: ServiceContext): object {
  const state = ctx.world.spreadsheets;
  const book = (id: string): Book | null => {
    const ss = state.byId[id];
    return ss ? { ctx, ss } : null;
  };
  const active = book(documentOf(ctx));
  if (active && !active.ss.owner && ctx.exec.effectiveUser) active.ss.owner = ctx.exec.effectiveUser;

  const activeSpreadsheet = (): Spreadsheet | null => {
    const b = book(documentOf(ctx));
    return b ? new Spreadsheet(b) : null;
  };
  let ui: Ui | null = null;

  const app = {
    ...SPREADSHEET_ENUMS,
    /** null in a script that is not bound to (or running as an add-on in) a spreadsheet. */
    getActiveSpreadsheet(): Spreadsheet | null {
      return activeSpreadsheet();
    },
    getActive(): Spreadsheet | null {
      return activeSpreadsheet();
    },
    getActiveSheet(): Sheet | null {
      return activeSpreadsheet()?.getActiveSheet() ?? null;
    },
    getActiveRange(): Range | null {
      return activeSpreadsheet()?.getActiveRange() ?? null;
    },
    getCurrentCell(): Range | null {
      return activeSpreadsheet()?.getCurrentCell() ?? null;
    },
    setActiveSheet(sheet: Sheet): Sheet {
      const s = unwrap(sheet);
      return new Spreadsheet(s._book()).setActiveSheet(s);
    },
    setActiveRange(range: Range): Range {
      return unwrap(range).activate();
    },
    openById(id: string): Spreadsheet {
      const b = book(String(id));
      if (!b)
        throw failCtx(
          ctx,
          'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
        );
      return new Spreadsheet(b);
    },
    openByUrl(url: string): Spreadsheet {
      const m = /\/spreadsheets\/d\/([A-Za-z0-9_-]+)/.exec(String(url));
      const b = m ? book(m[1]) : null;
      if (!b)
        throw failCtx(
          ctx,
          'Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.',
        );
      return new Spreadsheet(b);
    },
    create(name: string, rows?: number, columns?: number): Spreadsheet {
      if (rows !== undefined && rows * (columns ?? 26) > CELL_LIMIT) {
        throw failCtx(
          ctx,
          `This action would increase the number of cells in the workbook above the limit of ${CELL_LIMIT} cells.`,
        );
      }
      // A new spreadsheet takes the script's time zone (the manifest's).
      const { id } = createSpreadsheet(state, String(name), ctx.exec.scriptTimeZone, {
        rows,
        columns,
        owner: ctx.exec.effectiveUser,
      });
      return new Spreadsheet(book(id)!);
    },
    /** Writes are applied immediately in the emulator, so there is nothing pending to flush. */
    flush(): void {},
    getUi(): Ui {
      ui ??= createUi(ctx);
      return ui;
    },
    newDataValidation(): DataValidationBuilder {
      return new DataValidationBuilder(ctx);
    },
    newConditionalFormatRule(): ConditionalFormatRuleBuilder {
      return new ConditionalFormatRuleBuilder(ctx);
    },
    newCellImage(): CellImageBuilder {
      return new CellImageBuilder(ctx);
    },
  };
  return tagEmulated(
    app satisfies Models<
      GoogleAppsScript.Spreadsheet.SpreadsheetApp,
      | 'AutoFillSeries'
      | 'BooleanCriteria'
      | 'BorderStyle'
      | 'CopyPasteType'
      | 'DataValidationCriteria'
      | 'DeveloperMetadataLocationType'
      | 'DeveloperMetadataVisibility'
      | 'Dimension'
      | 'Direction'
      | 'ProtectionType'
      | 'RelativeDate'
      | 'SheetType'
      | 'TextDirection'
      | 'ValueType'
      | 'WrapStrategy'
      | 'create'
      | 'flush'
      | 'getActive'
      | 'getActiveRange'
      | 'getActiveSheet'
      | 'getActiveSpreadsheet'
      | 'getCurrentCell'
      | 'getUi'
      | 'newCellImage'
      | 'newConditionalFormatRule'
      | 'newDataValidation'
      | 'openById'
      | 'openByUrl'
      | 'setActiveRange'
      | 'setActiveSheet',
      'getActive' | 'getActiveRange' | 'getActiveSheet' | 'getActiveSpreadsheet' | 'getCurrentCell'
    >,
    'SpreadsheetApp',
    'spreadsheet',
  );
}
