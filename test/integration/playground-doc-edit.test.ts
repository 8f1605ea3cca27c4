/**
 * `npm run playground -- doc-edit <fileId> <section heading> <text> --as <email>`: a person typing into a
 * section of a Google Doc in the Docs editor, over the saved world (issue 15).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorldState } from '../../emulator';
import { DEMO_ADMIN, playgroundCli } from './playground-cli-helpers';

const { cli, state } = playgroundCli('nhacviec-doc-edit-');

test('doc-edit types at the end of the section, as the person, with a revision by them', () => {
  expect(cli('reset', '--demo').status).toBe(0);
  const assignment = {
    title: 'Rà soát hồ sơ một cửa',
    leadUnit: 'VP',
    assignees: [DEMO_ADMIN],
    deadline: { mode: 'date', date: '2026-12-30' },
  };
  expect(cli('exec', 'assignTask', JSON.stringify(assignment), '--as', DEMO_ADMIN).status).toBe(0);
  const files = JSON.parse(cli('drive', '--json').stdout) as { id: string; mimeType: string }[];
  const doc = files.find((f) => f.mimeType === 'application/vnd.google-apps.document')!;

  const typed = cli(
    'doc-edit',
    doc.id,
    'nội dung thực hiện',
    'Đã họp 2 lần',
    '--as',
    DEMO_ADMIN,
    '--at',
    '2026-11-24T09:00',
  );
  expect(typed.status).toBe(0);
  expect(typed.stdout).toBe(
    `${DEMO_ADMIN} đã viết vào mục "Nội dung thực hiện" lúc Thứ Ba, 24/11/2026 09:00.\n`,
  );
  const world = JSON.parse(readFileSync(join(state.dir, 'world.json'), 'utf8')) as WorldState;
  const file = world.drive.files[doc.id];
  const text = file.doc!.text;
  expect(text.indexOf('Đã họp 2 lần')).toBeGreaterThan(text.indexOf('Nội dung thực hiện'));
  expect(text.indexOf('Đã họp 2 lần')).toBeLessThan(text.indexOf('Kết quả'));
  expect(file.revisions!.at(-1)).toMatchObject({ user: DEMO_ADMIN, at: Date.parse('2026-11-24T02:00:00Z') });

  expect(cli('doc-edit', doc.id, 'Không có mục này', 'x', '--as', DEMO_ADMIN).stderr).toContain(
    'không có đề mục',
  );
  expect(cli('doc-edit', doc.id, 'Kết quả', 'x').status).toBe(2); // nobody signed in
  expect(cli('doc-edit', doc.id, 'Kết quả', 'x', '--as', 'nguoi.la@example.vn').stderr).toContain(
    'không có quyền chỉnh sửa',
  );
});
