import fc from 'fast-check';
import { WorkingCalendar } from '../../../../src/core/calendar';
import { UserError } from '../../../../src/core/messages';
import {
  defaultUnitsDeadline,
  headingLevel,
  isGroup,
  outlineText,
  parseOutline,
  validateOutline,
  type OutlineSection,
} from '../../../../src/core/report/outline';
import { day, dir } from '../../../helpers/small-office';

const calendar = new WorkingCalendar();
const today = day(2026, 3, 2);

const PASTED = `I. Kết quả thực hiện
1. Công tác tuyên truyền
Nêu số liệu, tối đa 1 trang.
Đơn vị: Phòng Tư pháp
2. Y tế cơ sở [YT; Phòng Tư pháp]
a) Tiêm chủng
Đơn vị: YT
II. Kiến nghị
đơn vị viết: TP`;

describe('parseOutline', () => {
  it('reads levels, guidance and units of a pasted outline', () => {
    const { sections, orphan } = parseOutline(PASTED);
    expect(orphan).toBeUndefined();
    expect(sections.map((s) => [s.heading, s.level, s.units])).toEqual([
      ['I. Kết quả thực hiện', 1, []],
      ['1. Công tác tuyên truyền', 2, ['Phòng Tư pháp']],
      ['2. Y tế cơ sở', 2, ['YT', 'Phòng Tư pháp']],
      ['a) Tiêm chủng', 3, ['YT']],
      ['II. Kiến nghị', 1, ['TP']],
    ]);
    expect(sections[1].guidance).toBe('Nêu số liệu, tối đa 1 trang.');
  });

  it('tells which line stands before the first section', () => {
    expect(parseOutline('Kính gửi UBND\nI. Mục').orphan).toEqual({ line: 1, text: 'Kính gửi UBND' });
  });

  it('does not take numbers in text for headings', () => {
    expect(headingLevel('2026 là năm bản lề')).toBe(0);
    expect(headingLevel('1.5 triệu đồng')).toBe(0);
    expect(headingLevel('1.2. Chi tiết')).toBe(3);
  });

  it('reads back what outlineText writes (property)', () => {
    const words = fc.stringMatching(
      /^[a-zA-Zàáảãạăắằâấầđèéẻẽẹêếềìíỉĩịòóỏõọôốồơớờùúủũụưứừỳýỷỹỵ]{1,8}( [a-zA-Zàáảãạăắằâấầđèéẻẽẹêếềìíỉĩịòóỏõọôốồơớờùúủũụưứừỳýỷỹỵ]{1,8}){0,3}$/,
    );
    const marker = fc.constantFrom(['I.', 1], ['IV.', 1], ['3.', 2], ['2.1.', 3], ['b)', 3], ['c.', 3]);
    const section = fc.record({
      m: marker,
      heading: words,
      guidance: fc.array(words, { maxLength: 2 }),
      units: fc.uniqueArray(fc.constantFrom('Phòng Tư pháp', 'Phòng Y tế', 'TP'), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(fc.array(section, { minLength: 1, maxLength: 8 }), (raw) => {
        const sections: OutlineSection[] = raw.map((r) => ({
          heading: `${r.m[0]} ${r.heading}`,
          level: r.m[1] as number,
          guidance: r.guidance
            .filter((g) => headingLevel(g) === 0 && !/^(đơn vị|đv|units?)\s*:/i.test(g))
            .join('\n'),
          units: r.units,
        }));
        expect(parseOutline(outlineText(sections)).sections).toEqual(sections);
      }),
    );
  });
});

describe('validateOutline', () => {
  const opts = { report: day(2026, 3, 20), units: null, today, calendar };
  const refusal = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      return (e as UserError).message;
    }
    throw new Error('not refused');
  };

  it('names units as the directory does and defaults the deadline to 2 working days before', () => {
    const v = validateOutline(parseOutline(PASTED), dir, opts);
    expect(v.sections[0].units).toEqual([]); // a group
    expect(v.sections[2].units).toEqual([]); // a group too
    expect(v.sections[3].units).toEqual(['Phòng Y tế']);
    expect(v.unitsDeadline).toBe(day(2026, 3, 18)); // Friday 20 → Wednesday 18
    expect(defaultUnitsDeadline(day(2026, 3, 23), calendar)).toBe(day(2026, 3, 19)); // over a weekend
  });

  it('refuses in Vietnamese', () => {
    expect(refusal(() => validateOutline(parseOutline('  \n'), dir, opts))).toMatch(/Đề cương trống/);
    expect(refusal(() => validateOutline(parseOutline('I. Mục'), dir, opts))).toMatch(/chưa có đơn vị viết/);
    expect(refusal(() => validateOutline(parseOutline('I. Mục [Phòng Mới]'), dir, opts))).toMatch(
      /không có đơn vị "Phòng Mới"/,
    );
    expect(
      refusal(() => validateOutline(parseOutline('I. Mục [TP]'), dir, { ...opts, units: day(2026, 3, 21) })),
    ).toMatch(/sau hạn của báo cáo/);
    expect(
      refusal(() => validateOutline(parseOutline('I. Mục [TP]'), dir, { ...opts, report: null })),
    ).toMatch(/không có hạn/);
    expect(refusal(() => validateOutline(parseOutline('x\nI. Mục [TP]'), dir, opts))).toMatch(/Dòng 1/);
  });

  it('a section with deeper sections after it is a group', () => {
    const s = [{ level: 1 }, { level: 2 }, { level: 2 }, { level: 1 }];
    expect(s.map((_, i) => isGroup(s, i))).toEqual([true, false, false, false]);
  });
});
