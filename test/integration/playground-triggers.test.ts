/**
 * `npm run playground -- triggers --json`: the installed triggers with their unique ids; installing
 * the reminders twice leaves one, and `trigger hourlyJob` fires it with its `triggerUid`; the self-check
 * as JSON (`exec selfCheck --as <admin>`) reports it.
 */
import { DEMO_ADMIN, playgroundCli } from './playground-cli-helpers';

const ADMIN = DEMO_ADMIN;
const { cli } = playgroundCli('nhacviec-triggers-');

test('install twice: one trigger listed; turn off: none', () => {
  expect(cli('reset').status).toBe(0);
  expect(cli('triggers').stdout).toContain('Chưa cài');
  expect(cli('exec', 'setup', '--as', ADMIN, '--at', '2026-11-23T06:00').status).toBe(0);
  for (let i = 0; i < 2; i++) {
    const on = cli('exec', 'installReminders', '7', '--as', ADMIN);
    expect((JSON.parse(on.stdout) as { ok: boolean }).ok).toBe(true);
  }
  const listed = JSON.parse(cli('triggers', '--json').stdout) as {
    id: string;
    handler: string;
    owner: string;
  }[];
  expect(listed).toEqual([expect.objectContaining({ handler: 'hourlyJob', owner: ADMIN })]);
  expect(listed[0].id).toMatch(/^\d+$/);

  // The recorded trigger runs (it is not taken for an orphan).
  const run = cli('trigger', 'hourlyJob', '--at', '2026-11-23T07:30');
  expect(run.status).toBe(0);
  expect((JSON.parse(run.stdout) as { action: string }).action).toBe('daily');
  expect(JSON.parse(cli('triggers', '--json').stdout)).toHaveLength(1);

  // The self-check as JSON (`exec selfCheck --as <admin>`): the trigger installed once, its last run.
  const check = cli('exec', 'selfCheck', '--as', ADMIN);
  expect(check.status).toBe(0);
  const report = JSON.parse(check.stdout) as {
    ok: boolean;
    data: { items: { key: string; status: string; detail: string }[] };
  };
  expect(report.ok).toBe(true);
  const trigger = report.data.items.find((i) => i.key === 'trigger')!;
  expect(trigger.status).toBe('ok');
  expect(trigger.detail).toMatch(/đúng một trình kích hoạt.*Lần chạy gần nhất: 07:30 23\/11\/2026/);

  expect(cli('exec', 'uninstallReminders', '--as', ADMIN).status).toBe(0);
  expect(JSON.parse(cli('triggers', '--json').stdout)).toEqual([]);
});
