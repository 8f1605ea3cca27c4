/** `{{placeholders}}` in a Doc's HTML export, where Google cuts the text into several `<span>` runs. */
import { fillPlaceholders } from '../../../../src/core/workspace/placeholders';
import { exportDocHtml } from '../../../../emulator/services/drive/export';
import { htmlToText } from '../../../../emulator/services/drive/html';

const VALUES = { co_quan: 'UBND phường Hòa Hải', ten: 'Báo cáo &amp; kế hoạch', han: '10/03/2026' };

describe('fillPlaceholders', () => {
  it('fills a placeholder cut across runs in its first run, keeping the tags balanced', () => {
    const { html, used } = fillPlaceholders(
      '<p class="c3"><span class="c1">Kính gửi: {{co_</span><span class="c1 c5">quan}}</span></p>',
      VALUES,
    );
    expect(used).toBe(1);
    expect(html).toBe(
      '<p class="c3"><span class="c1">Kính gửi: UBND phường Hòa Hải</span><span class="c1 c5"></span></p>',
    );
  });

  it('matches braces cut apart, any case and &nbsp; spaces; values are put in as given (escaped HTML)', () => {
    const { html, used } = fillPlaceholders(
      '<p><span>{</span><b>{&nbsp;TEN </b><span>}</span>}</p><p><a href="#">{{han}}</a></p>',
      VALUES,
    );
    expect(used).toBe(2);
    expect(html).toBe(
      '<p><span>Báo cáo &amp; kế hoạch</span><b></b><span></span></p><p><a href="#">10/03/2026</a></p>',
    );
  });

  it('leaves unknown keys, style rules, attributes and matches across paragraphs or cells alone', () => {
    const source =
      '<html><head><style>.c1{{x}}</style></head><body><p>{{khong_biet}}</p>' +
      '<p>{{</p><p>ten}}</p><table><tr><td>{{han</td><td>}}</td></tr></table>' +
      '<p title="{{ten}}">x</p></body></html>';
    expect(fillPlaceholders(source, VALUES)).toEqual({ html: source, used: 0 });
  });

  it("fills every placeholder of Google's export whatever the cuts", () => {
    const template =
      '<html><body><p style="text-align:center"><b>{{co_quan}}</b></p><h1>Về việc: {{ten}}</h1>' +
      '<table><tr><td><b>Hạn</b></td><td>{{ han }}</td></tr></table></body></html>';
    for (let seed = 1; seed <= 30; seed++) {
      const exported = exportDocHtml(template, { seed, splitAfter: ['{{co_', '{'] });
      const { html, used } = fillPlaceholders(exported, VALUES);
      expect(used).toBe(3);
      expect(htmlToText(html)).toBe('UBND phường Hòa Hải\nVề việc: Báo cáo & kế hoạch\nHạn\t10/03/2026');
    }
  });
});
