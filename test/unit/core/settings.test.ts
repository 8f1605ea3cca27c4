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
