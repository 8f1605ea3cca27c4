// scopes.ts first: runtime.ts and scopes.ts import each other (see service-context.ts).
import '../../emulator/scopes';
import { readFileSync } from 'node:fs';
import { Clock, instrument, newExecution, type Manifest } from '../../emulator/runtime';
import type { ServiceContext, WorldState } from '../../emulator/world';
import { createAdvancedDrive, createDriveState, exportDocHtml, MIME } from '../../emulator/services/drive';
import { htmlToText } from '../../emulator/services/drive/html';
import { blobFromBytes } from '../../emulator/services/utilities';

/** `Files.export(id, 'text/html')`: the Doc re-serialised as Google does, not the HTML uploaded. */
const MANIFEST = JSON.parse(readFileSync('appsscript.json', 'utf8')) as Manifest;
const ADMIN = 'vanphong@ubnd-nhs.gov.vn';

const TEMPLATE = `<!DOCTYPE html><html><head><title>Mẫu</title><style>p{color:red}</style></head><body>
<p style="text-align:center"><b>{{co_quan}}</b></p>
<h1>Về việc: {{ten}}</h1>
<p>Hạn: <i>{{han}}</i> &amp; người nhận: “{{nguoi_thuc_hien}}”&nbsp;'x'<br>dòng hai</p>
<p>&nbsp;</p>
<table border="1"><tr><td><b>Mã</b></td><td>{{ma}}</td></tr></table>
<p>Xem <a href="https://example.vn/a?b=1&amp;c=2">liên kết</a></p></body></html>`;

/** The text of each `<span>` run, in order. */
const runs = (html: string) => [...html.matchAll(/<span class="c\d+">([^<]*)/g)].map((m) => m[1]);

describe('Doc export as HTML', () => {
  it('is a full document with a style block of generated classes, each paragraph a classed p of spans', () => {
    const html = exportDocHtml(TEMPLATE);
    expect(html).toMatch(
      /^<html><head><meta content="text\/html; charset=UTF-8" http-equiv="content-type"><style type="text\/css">/,
    );
    expect(html).toMatch(/<\/style><\/head><body class="c\d+ doc-content">/);
    expect(html).not.toContain('<title>');
    expect(html).not.toContain('color:red');
    // Every class used is defined in the style block.
    for (const [, c] of html.matchAll(/class="(c\d+)/g)) expect(html).toContain(`.${c}{`);
    expect(html).toMatch(/<p class="c\d+"><span class="c\d+">\{\{co_quan\}\}<\/span><\/p>/);
    expect(html).toMatch(
      /<h1 class="c\d+" id="h\.[0-9a-z]+"><span class="c\d+">Về việc: \{\{ten\}\}<\/span><\/h1>/,
    );
    // A change of formatting starts a run; entities as Google writes them.
    expect(runs(html)).toEqual([
      '{{co_quan}}',
      'Về việc: {{ten}}',
      'Hạn: ',
      '{{han}}',
      ' &amp; người nhận: “{{nguoi_thuc_hien}}”&nbsp;&#39;x&#39;',
      '&nbsp;',
      'Mã',
      '{{ma}}',
      'Xem ',
      '',
    ]);
    expect(html).toContain('dòng hai</span>');
    expect(html).toMatch(
      /<td class="c\d+" colspan="1" rowspan="1"><p class="c\d+"><span class="c\d+">Mã<\/span>/,
    );
    expect(html).toMatch(/<span class="c\d+"><a class="c\d+" href=/);
    expect(html).toContain(
      'href="https://www.google.com/url?q=https%3A%2F%2Fexample.vn%2Fa%3Fb%3D1%26c%3D2&amp;sa=D&amp;source=editors',
    );
    // The same document: the text Drive would keep from either is the same.
    expect(htmlToText(html)).toBe(htmlToText(TEMPLATE));
    expect(exportDocHtml(TEMPLATE)).toBe(html);
  });

  it('cuts runs where asked: after given strings, or at places drawn from a seed (the same each time)', () => {
    const cut = exportDocHtml(TEMPLATE, { splitAfter: ['{{co_', '{{t'] });
    expect(runs(cut).slice(0, 4)).toEqual(['{{co_', 'quan}}', 'Về việc: {{t', 'en}}']);
    const a = exportDocHtml(TEMPLATE, { seed: 42 });
    expect(exportDocHtml(TEMPLATE, { seed: 42 })).toBe(a);
    expect(exportDocHtml(TEMPLATE, { seed: 43 })).not.toBe(a);
    expect(runs(a).length).toBeGreaterThan(runs(exportDocHtml(TEMPLATE)).length + 5);
    expect(htmlToText(a)).toBe(htmlToText(TEMPLATE));
    // A cut never falls inside a surrogate pair.
    const emoji = exportDocHtml('<p>😀😀😀😀😀😀😀😀</p>', { seed: 1, splitAfter: ['\ud83d'] });
    expect(runs(emoji).join('')).toBe('😀'.repeat(8));
    for (const r of runs(emoji)) expect(r).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    expect(exportDocHtml(TEMPLATE, { mode: 'verbatim' })).toBe(TEMPLATE);
  });

  it('is what Drive.Files.export returns, as the world says (Google by default, verbatim on request)', () => {
    const world = { manifest: MANIFEST, users: {}, drive: createDriveState() } as unknown as WorldState;
    const exec = newExecution({
      clock: new Clock(Date.UTC(2026, 2, 2, 2, 30, 0)),
      activeUser: ADMIN,
      effectiveUser: ADMIN,
      authMode: 'FULL',
      scopes: new Set(MANIFEST.oauthScopes),
      advancedServices: new Set(['Drive']),
      scriptTimeZone: 'Asia/Ho_Chi_Minh',
    });
    const ctx: ServiceContext = { exec, world, project: { html: {} } };
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- scripts see untyped API objects
    const Drive = instrument(exec, createAdvancedDrive(ctx)) as any;
    const blob = blobFromBytes(new Uint8Array(Buffer.from(TEMPLATE, 'utf8')), 'text/html', 'mau.html');
    const doc = Drive.Files.create({ name: 'Mẫu', mimeType: MIME.document }, blob);
    const exported = () => Drive.Files.export(doc.id, 'text/html', { alt: 'media' }).getDataAsString();
    expect(exported()).toBe(exportDocHtml(world.drive.files[doc.id].doc!.html));
    expect(exported().replace(/h\.[0-9a-f]{12}/, 'h.000000000001')).toBe(exportDocHtml(TEMPLATE));
    world.drive.htmlExport = { splitAfter: ['{{co_'] };
    expect(exported()).toContain('{{co_</span><span');
    world.drive.htmlExport = { mode: 'verbatim' };
    expect(exported()).toBe(TEMPLATE);
  });
});
