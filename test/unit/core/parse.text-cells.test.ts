import fc from 'fast-check';
import { asWritten, keepAsText, storedText, withoutStrayMark } from '../../../src/core/parse';

describe('text stays text: one apostrophe, dropped by the sheet', () => {
  it('marks text Sheets would read as something else, a leading apostrophe of its own included', () => {
    for (const text of [
      '50% khối lượng',
      '+84 912 345 678',
      '=SUM(A1:A3)',
      '@all',
      '(dự thảo)',
      "'trích dẫn",
    ]) {
      expect(keepAsText(text)).toBe("'" + text);
      expect(storedText(keepAsText(text))).toBe(text);
    }
    expect(keepAsText('Báo cáo quý I')).toBe('Báo cáo quý I');
  });

  it('asWritten leaves text already marked alone and marks the rest once', () => {
    expect(asWritten("'50%")).toBe("'50%");
    expect(asWritten('50%')).toBe("'50%");
    expect(asWritten("''trích dẫn")).toBe("''trích dẫn");
  });

  it('property: storedText undoes keepAsText', () => {
    fc.assert(fc.property(fc.string(), (s) => storedText(keepAsText(s)) === s));
  });

  it('withoutStrayMark drops only the apostrophe an older version kept before value-like text', () => {
    expect(withoutStrayMark("'0912abc@gmail.com")).toBe('0912abc@gmail.com');
    expect(withoutStrayMark("'trích dẫn")).toBe("'trích dẫn");
    expect(withoutStrayMark('0912abc@gmail.com')).toBe('0912abc@gmail.com');
  });
});
