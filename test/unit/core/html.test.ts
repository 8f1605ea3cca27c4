/** The e-mails' text made safe: HTML escaped, only plain https links, one-line headers. */
import { escapeHtml, oneLine, safeLink } from '../../../src/core/html';

test('escapeHtml, safeLink, oneLine', () => {
  expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  expect(safeLink('https://drive.google.com/drive/folders/abc')).toBe(
    'https://drive.google.com/drive/folders/abc',
  );
  expect(safeLink('javascript:alert(1)')).toBeNull();
  expect(safeLink('http://example.com')).toBeNull();
  expect(safeLink('https://x.vn/" onmouseover="alert(1)')).toBeNull();
  expect(oneLine('a\r\nBcc: evil@x.vn', 100)).toBe('a Bcc: evil@x.vn');
  expect(oneLine('x'.repeat(300), 10)).toHaveLength(10);
});
