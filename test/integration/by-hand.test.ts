/**
 * People editing the register in the Sheets interface (`byHand`, emulator/person.ts), not through a
 * script: the add-on's warning protections ask and let them through, and the add-on's simple trigger
 * `onEdit` runs after each edit in AuthMode.LIMITED without failing.
 */
import { columnLetter } from '../../emulator/spreadsheet/a1';
import { ADMIN, OFFICIAL, byHand, setUpRegister, sheetValues } from './helpers';

/** The A1 notation of row `row` in the column headed `header`. */
function cellOf(emu: ReturnType<typeof setUpRegister>, sheet: string, header: string, row: number): string {
  const col = sheetValues(emu, sheet)[0].indexOf(header);
  if (col < 0) throw new Error(`no column ${header} in ${sheet}`);
  return `${columnLetter(col + 1)}${row}`;
}

describe('editing the register by hand', () => {
  it('runs the add-on’s onEdit in AuthMode.LIMITED after typing into the staff sheet', () => {
    const emu = setUpRegister();
    const report = byHand(emu, ADMIN, (ui) =>
      ui.setValue('Cán bộ', cellOf(emu, 'Cán bộ', 'Vai trò', 3), 'Quản trị (văn phòng)'),
    );
    expect(report.triggers).toEqual([
      expect.objectContaining({ handler: 'onEdit', kind: 'simple', authMode: 'LIMITED', ok: true }),
    ]);
    expect(sheetValues(emu, 'Cán bộ')[2]).toContain('Quản trị (văn phòng)');
  });

  it('warns, and lets through, an edit of a computed column or of the audit sheet', () => {
    const emu = setUpRegister();
    const status = byHand(emu, OFFICIAL, (ui) =>
      ui.setValue('Nhiệm vụ', cellOf(emu, 'Nhiệm vụ', 'Trạng thái', 2), 'Hoàn thành'),
    );
    expect(status.warnings.map((w) => w.description)).toEqual(['Cột do Nhắc Việc tự tính, không sửa tay']);
    const audit = byHand(emu, OFFICIAL, (ui) => ui.setValue('Nhật ký', 'A2', 'sửa tay'));
    expect(audit.warnings).toHaveLength(1);
    expect(audit.warnings[0].description).toMatch(/^Nhật ký do Nhắc Việc ghi/);
    expect(sheetValues(emu, 'Nhật ký')[1][0]).toBe('sửa tay');
  });
});
