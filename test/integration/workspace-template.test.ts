/**
 * The agency's template through the built bundle, exported as Google does: Drive re-serialises the Doc
 * and cuts its text into runs, so a placeholder may arrive split across `<span>`s. The filling still
 * finds every placeholder, escapes the values and adds no fallback table; only a template without any
 * placeholder gets the facts on top.
 */
import type { Emulator } from '../../emulator';
import { sheetValues } from './helpers';
import { ADMIN, TITLE, artefact, assign, workspaceRegister } from './workspace-helpers';

function templateOf(emu: Emulator) {
  const id = String(sheetValues(emu, 'Cài đặt').find((r) => r[0] === 'docTemplate')?.[2]);
  return emu.world.drive.files[id];
}

/** The task's document text, made by the admin (who can read the template). */
function filledText(emu: Emulator, extra: Record<string, unknown> = {}) {
  const reply = assign(emu, extra, ADMIN);
  expect(reply.workspace?.ok).toBe(true);
  expect(reply.workspace?.message).not.toContain('mẫu có sẵn');
  expect(reply.task.workspace.templateFallback).toBe(false);
  return artefact(emu, reply.task.id, 'doc').doc!.text;
}

describe("the agency's template, exported as Google does", () => {
  it('the menu-made template fills every placeholder however its runs are cut', () => {
    for (const htmlExport of [{}, { splitAfter: ['{{', '_', '}'] }, { seed: 7 }, { seed: 2026 }]) {
      const emu = workspaceRegister();
      emu.run('createDocTemplateFromMenu', [], { as: ADMIN });
      expect(templateOf(emu).doc!.text).toContain('{{ten}}');
      emu.world.drive.htmlExport = htmlExport;
      const text = filledText(emu);
      expect(text).not.toContain('{{');
      expect(text).not.toContain('}}');
      expect(text).toContain(TITLE);
      expect(text).toContain('Thông báo 12/TB-UBND');
      expect(text).toContain('10/03/2026');
      // The template's own table of facts, and no second one added as a fallback.
      expect(text.match(/Mã nhiệm vụ/g)).toHaveLength(1);
    }
  });

  it('a template uploaded with placeholders cut by formatting and &nbsp; is filled, values escaped', () => {
    const emu = workspaceRegister();
    emu.run('createDocTemplateFromMenu', [], { as: ADMIN });
    templateOf(emu).doc = {
      text: '',
      html:
        '<html><body><p style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p>' +
        '<p>Về việc: <b>{{</b>t<i>en}}</i></p><p>Hạn: <span>{{&nbsp;han</span>&nbsp;}} · {{nguoi_</p>' +
        '<p>Căn cứ: {{ CAN_CU }}</p></body></html>',
    };
    for (const htmlExport of [{ seed: 11 }, { mode: 'verbatim' as const }]) {
      emu.world.drive.htmlExport = htmlExport;
      const title = `<b>Kế hoạch</b> & "dự toán" ${String(htmlExport.seed ?? 0)}`;
      expect(filledText(emu, { title })).toBe(
        [
          'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
          `Về việc: ${title}`,
          'Hạn: 10/03/2026 · {{nguoi_',
          'Căn cứ: Thông báo 12/TB-UBND',
        ].join('\n'),
      );
    }
  });

  it('a template without any placeholder gets the facts on top (the one fallback)', () => {
    const emu = workspaceRegister();
    emu.run('createDocTemplateFromMenu', [], { as: ADMIN });
    templateOf(emu).doc = { text: '', html: '<p>Mẫu của cơ quan, chưa có trường nào</p>' };
    emu.world.drive.htmlExport = { seed: 3 };
    const lines = filledText(emu).split('\n');
    expect(lines[0]).toContain('Mã nhiệm vụ');
    expect(lines).toContain(`Tên nhiệm vụ\t${TITLE}`);
    expect(lines.at(-1)).toBe('Mẫu của cơ quan, chưa có trường nào');
  });
});
