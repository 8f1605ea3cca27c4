import { begin, makeWorld } from './service-context'; // first: loads the emulator modules in a working order
import vm from 'node:vm';
import { Clock, type Realm } from '../../emulator/runtime';

const project = {
  html: {
    Sidebar: '<h1><?= title ?></h1><ul><? for (const t of tasks) { ?><li><?= t ?></li><? } ?></ul>',
    Css: '<style>body{font-family:sans-serif}</style>',
    Page: '<head><?!= include("Css") ?></head><body><?= new Date().getFullYear() ?></body>',
  },
};
const setup = () => begin(makeWorld(), new Clock(), { as: 'a@ubnd.vn', project });

describe('HtmlOutput', () => {
  it('builds content; appendUntrusted escapes, append does not', () => {
    const { HtmlService } = setup();
    const out = HtmlService.createHtmlOutput('<b>Tiêu đề</b>');
    expect(out.append('<i>x</i>').appendUntrusted('<script>alert("x")</script> & \'y\'')).toBe(out);
    expect(out.getContent()).toBe(
      '<b>Tiêu đề</b><i>x</i>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;',
    );
    out.setContent('mới');
    expect(out.getContent()).toBe('mới');
  });

  it('keeps title, size, favicon and meta tags; modes are accepted', () => {
    const { HtmlService } = setup();
    const out = HtmlService.createHtmlOutput()
      .setTitle('Nhắc Việc')
      .setWidth(400)
      .setHeight(300)
      .setSandboxMode(HtmlService.SandboxMode.IFRAME)
      .setXFrameOptionsMode(HtmlService.XFrameOptionsMode.ALLOWALL)
      .setFaviconUrl('https://example.com/icon.png')
      .addMetaTag('viewport', 'width=device-width, initial-scale=1');
    expect([out.getTitle(), out.getWidth(), out.getHeight(), out.getFaviconUrl()]).toEqual([
      'Nhắc Việc',
      400,
      300,
      'https://example.com/icon.png',
    ]);
    const [tag] = out.getMetaTags();
    expect([tag.getName(), tag.getContent()]).toEqual(['viewport', 'width=device-width, initial-scale=1']);
    expect(out.getContent()).toBe('');
  });

  it('reads project HTML files, and says which one is missing', () => {
    const { HtmlService } = setup();
    expect(HtmlService.createHtmlOutputFromFile('Css').getContent()).toBe(project.html.Css);
    expect(HtmlService.createHtmlOutputFromFile('Css.html').getContent()).toBe(project.html.Css);
    expect(() => HtmlService.createHtmlOutputFromFile('Missing')).toThrow(
      'No HTML file named Missing was found.',
    );
    expect(() => HtmlService.createTemplateFromFile('Missing')).toThrow(
      'No HTML file named Missing was found.',
    );
  });

  it('converts to a PDF blob', () => {
    const { HtmlService } = setup();
    const pdf = HtmlService.createHtmlOutput('<p>Biên bản</p>').setTitle('bien-ban').getAs('application/pdf');
    expect(pdf.getContentType()).toBe('application/pdf');
    expect(pdf.getName()).toBe('bien-ban.pdf');
  });
});

describe('HtmlTemplate', () => {
  it('escapes <?= ?>, prints <?!= ?> raw, runs <? ?> with the variables set on the template', () => {
    const { HtmlService } = setup();
    const t = HtmlService.createTemplateFromFile('Sidebar');
    t.title = 'Việc <của> tôi';
    t.tasks = ['Báo cáo "quý"', '<img src=x onerror=alert(1)>'];
    expect(t.evaluate().getContent()).toBe(
      '<h1>Việc &lt;của&gt; tôi</h1><ul><li>Báo cáo &quot;quý&quot;</li><li>&lt;img src=x onerror=alert(1)&gt;</li></ul>',
    );
    const raw = HtmlService.createTemplate('<?!= html ?>|<?= html ?>');
    raw.html = '<b>đậm</b>';
    expect(raw.evaluate().getContent()).toBe('<b>đậm</b>|&lt;b&gt;đậm&lt;/b&gt;');
  });

  it('prints a JavaScript literal inside a <script> element', () => {
    const { HtmlService } = setup();
    const t = HtmlService.createTemplate('<script>var data = <?= data ?>;</script><p><?= data.name ?></p>');
    t.data = { name: '</script><b>x</b>', n: 2 };
    const html = t.evaluate().getContent();
    expect(html).toBe(
      '<script>var data = {"name":"\\u003c/script\\u003e\\u003cb\\u003ex\\u003c/b\\u003e","n":2};</script><p>&lt;/script&gt;&lt;b&gt;x&lt;/b&gt;</p>',
    );
  });

  it("sees the script's globals (an include() helper) and the script realm's Date", () => {
    const t = setup();
    const context = vm.createContext({ HtmlService: t.HtmlService });
    vm.runInContext(
      'function include(name) { return HtmlService.createHtmlOutputFromFile(name).getContent(); }',
      context,
    );
    t.exec.realm = vm.runInContext('({ Date, Error, Array })', context) as Realm;
    const html = t.HtmlService.createTemplateFromFile('Page').evaluate().getContent();
    expect(html).toBe(`<head>${project.html.Css}</head><body>${new Date().getFullYear()}</body>`);
  });

  it('lets scriptlets write to `output`, and shows its code', () => {
    const { HtmlService } = setup();
    const t = HtmlService.createTemplate('<? output.append("<hr>"); output.appendUntrusted("<"); ?>end');
    expect(t.evaluate().getContent()).toBe('<hr>&lt;end');
    expect(t.getRawContent()).toBe('<? output.append("<hr>"); output.appendUntrusted("<"); ?>end');
    expect(t.getCode()).toContain('output.append("<hr>")');
  });

  it('counts template calls although templates are not proxied', () => {
    const t = setup();
    const tpl = t.HtmlService.createTemplate('x');
    tpl.evaluate();
    tpl.evaluate().getContent();
    expect(t.exec.calls.count('HtmlTemplate.evaluate')).toBe(2);
    expect(t.exec.calls.count('HtmlOutput.getContent')).toBe(1);
    expect(t.exec.calls.total('html')).toBe(4);
  });
});
