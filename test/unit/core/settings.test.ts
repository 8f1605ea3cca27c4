/** The settings sheet read as typed: values, defaults on typos, each problem reported. */
import { DEFAULT_SETTINGS, parseSettings } from '../../../src/core/settings';

test('reads typed values, falls back to defaults on typos and reports them', () => {
  const { settings, problems } = parseSettings(
    new Map<string, unknown>([
      ['maxExtensions', 2],
      ['reminderHour', 'bảy'],
      ['sendOnRestDays', 'Có'],
      ['language', 'EN'],
    ]),
  );
  expect(settings.maxExtensions).toBe(2);
  expect(settings.reminderHour).toBe(DEFAULT_SETTINGS.reminderHour);
  expect(settings.sendOnRestDays).toBe(true);
  expect(settings.language).toBe('en');
  expect(problems).toEqual([{ key: 'reminderHour', raw: 'bảy' }]);
});

test('reads sharing roles in Vietnamese or English and a template as a link or an id', () => {
  const id = '1AbCdEfGhIjKlMnOpQrStUvWxYz012345';
  const { settings, problems } = parseSettings(
    new Map<string, unknown>([
      ['shareAssigner', 'Chỉnh sửa'],
      ['shareFocal', 'viewer'],
      ['docTemplate', `https://docs.google.com/document/d/${id}/edit?usp=sharing`],
      ['shareLeader', 'tất cả'],
    ]),
  );
  expect(settings.shareAssigner).toBe('writer');
  expect(settings.shareFocal).toBe('reader');
  expect(settings.docTemplate).toBe(id);
  expect(settings.shareLeader).toBe('commenter'); // unreadable: the default, and reported
  expect(problems.map((p) => p.key)).toEqual(['shareLeader']);
  expect(parseSettings(new Map([['docTemplate', id]])).settings.docTemplate).toBe(id);
  expect(parseSettings(new Map([['docTemplate', 'không phải mã']])).problems).toHaveLength(1);
});

describe('evaluation and plan settings', () => {
  const parse = (key: string, v: unknown) => parseSettings(new Map([[key, v]]));
  it('default to Decree 335/2025’s numbers and Friday 17:00', () => {
    const { settings } = parseSettings(new Map());
    expect([settings.evalGeneralMax, settings.evalTaskMax, settings.evalLateCut]).toEqual([30, 70, 25]);
    expect([settings.evalLevels, settings.evalExcellentCap]).toEqual([[90, 70, 50], 20]);
    expect([settings.planDueDay, settings.planDueHour]).toEqual([5, 17]);
  });
  it('read thresholds and weights written a/b/c, refusing what is not descending or all zero', () => {
    expect(parse('evalLevels', '85/65/45').settings.evalLevels).toEqual([85, 65, 45]);
    expect(parse('evalLevels', '50/70/90').problems).toHaveLength(1);
    expect(parse('evalWeights', '2/1/1').settings.evalWeights).toEqual([2, 1, 1]);
    expect(parse('evalWeights', '0/0/0').problems).toHaveLength(1);
    expect(parse('evalLateCut', 120).problems).toHaveLength(1);
  });
});
