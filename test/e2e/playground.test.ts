/**
 * The playground in a real browser (Debian's Chromium through playwright-core): the menu onOpen builds,
 * setup from the menu, the task sheet rendered with its Vietnamese headers, and `google.script.run`
 * from inside the sidebar's iframe — a call that succeeds, and the calls Apps Script refuses.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ARTIFACTS, ROOT, sidebarFrame, usePlayground } from './helpers';

const ADMIN = 'vanphong@nguhanhson.gov.vn';

const pg = usePlayground('nhacviec-e2e-');

// Setup from the menu runs twice (up to its prompt, then with the answer): more than jest's 5 s.
jest.setTimeout(120_000);

const sidebar = () => sidebarFrame(pg.page);

/** Calls a server function through the sidebar's google.script.run and reports what came back. */
function callFromSidebar(fn: string, ...args: unknown[]) {
  return sidebar().evaluate(
    ([name, a]) =>
      new Promise<{ ok: boolean; value?: unknown; message?: string; sync: boolean }>((resolve) => {
        let returned = false;
        const run = (
          window as unknown as { google: { script: { run: Record<string, (...x: unknown[]) => unknown> } } }
        ).google.script.run as unknown as {
          withSuccessHandler(f: (v: unknown) => void): {
            withFailureHandler(g: (e: Error) => void): Record<string, (...x: unknown[]) => void>;
          };
        };
        run
          .withSuccessHandler((v) => resolve({ ok: true, value: v, sync: !returned }))
          .withFailureHandler((e) => resolve({ ok: false, message: e.message, sync: !returned }))
          [name as string](...(a as unknown[]));
        returned = true;
      }),
    [fn, args] as const,
  );
}

test('the menu, setup from the menu, the task sheet and google.script.run', async () => {
  await pg.page.goto(pg.server.url);

  // onOpen ran when the page opened: the add-on's menu is there.
  const setupButton = pg.page.locator('#menubar button', { hasText: 'Thiết lập sổ theo dõi' });
  await setupButton.waitFor({ timeout: 20_000 });
  expect(await pg.page.locator('#menubar button').allTextContents()).toEqual(
    expect.arrayContaining(['Mở bảng giao việc', 'Cập nhật trạng thái ngay', 'Thiết lập sổ theo dõi']),
  );

  // Sign in as the office's admin account, typed into the free-text field.
  await pg.page.fill('#user-input', ADMIN);
  await pg.page.click('#user-apply');
  await pg.page.waitForFunction(
    (email) => (document.getElementById('user-select') as HTMLSelectElement).value === email,
    ADMIN,
  );

  // Setup from the menu: it asks for the agency's name first (left blank here), then the task sheet
  // appears with its Vietnamese headers, and a toast says so.
  await setupButton.click();
  await pg.page.locator('#prompt button[data-button=OK]').click();
  await pg.page.locator('#sheet-tabs button', { hasText: 'Nhiệm vụ' }).waitFor();
  await pg.page.locator('#sheet-tabs button', { hasText: 'Nhiệm vụ' }).click();
  const header = pg.page.locator('table.grid tr.frozen').first();
  await header.locator('td', { hasText: 'Tên nhiệm vụ' }).waitFor();
  const headers = await header.locator('td').allTextContents();
  expect(headers).toEqual(expect.arrayContaining(['Mã nhiệm vụ', 'Tên nhiệm vụ', 'Hạn xử lý', 'Trạng thái']));
  expect(await pg.page.locator('#toasts .toast').first().textContent()).toContain('Đã thiết lập sổ theo dõi');
  const tabs = await pg.page.locator('#sheet-tabs button').allTextContents();
  expect(tabs).toEqual(
    expect.arrayContaining(['Nhiệm vụ', 'Đơn vị', 'Cán bộ', 'Ngày nghỉ', 'Nhật ký', 'Cài đặt']),
  );

  // The staff sheet now lists the admin, so the user selector offers it.
  await pg.page.reload();
  await pg.page.locator('#menubar button', { hasText: 'Thiết lập sổ theo dõi' }).waitFor();
  expect(await pg.page.locator('#user-select option').allTextContents()).toContain(ADMIN);

  // google.script.run from inside the sidebar: asynchronous, runs as the signed-in user.
  await pg.page.waitForFunction(() => {
    const f = document.getElementById('sidebar-frame') as HTMLIFrameElement;
    const w = f.contentWindow as unknown as { google?: { script?: { run?: unknown } } } | null;
    return Boolean(w?.google?.script?.run);
  });
  const second = await callFromSidebar('setup');
  expect(second.sync).toBe(false);
  expect(second.ok).toBe(true);
  const value = second.value as { ok: boolean; created: string[]; message: string };
  expect(value.ok).toBe(true);
  expect(value.created).toEqual([]); // already set up by the menu click, as this admin
  expect(typeof value.message).toBe('string');

  // A Date anywhere in the arguments: the client library throws at once and sends nothing.
  const refused = await sidebar().evaluate(() => {
    const run = (
      window as unknown as { google: { script: { run: Record<string, (...a: unknown[]) => void> } } }
    ).google.script.run;
    const attempt = (args: unknown[]) => {
      try {
        run.setup(...args);
        return 'sent';
      } catch (e) {
        return `${(e as Error).name}: ${(e as Error).message}`;
      }
    };
    return {
      top: attempt([new Date()]),
      nested: attempt(['x', { task: { deadline: new Date() } }]),
      fn: attempt([() => 1]),
      privateName: typeof (run as Record<string, unknown>).setupRegister_,
      unknownName: typeof (run as Record<string, unknown>).noSuchFunction,
    };
  });
  expect(refused.top).toBe('TypeError: Failed due to illegal value in property: 0');
  expect(refused.nested).toBe('TypeError: Failed due to illegal value in property: deadline');
  expect(refused.fn).toBe('TypeError: Failed due to illegal value in property: 0');
  expect(refused.privateName).toBe('undefined');
  expect(refused.unknownName).toBe('undefined');

  // At most 10 calls in flight; the 11th waits for a free slot. The user object comes back with the result.
  const burst = await sidebar().evaluate(async () => {
    const w = window as unknown as {
      fetch: typeof fetch;
      google: { script: { run: Record<string, unknown> } };
    };
    const realFetch = w.fetch;
    let pending = 0;
    let maxPending = 0;
    w.fetch = async (...a: Parameters<typeof fetch>) => {
      pending++;
      maxPending = Math.max(maxPending, pending);
      try {
        return await realFetch(...a);
      } finally {
        pending--;
      }
    };
    type Runner = {
      withSuccessHandler(f: (v: unknown, o: unknown) => void): {
        withUserObject(o: unknown): { onOpen(): void };
      };
    };
    const run = w.google.script.run as unknown as Runner;
    const objects = await Promise.all(
      Array.from(
        { length: 15 },
        (_, i) =>
          new Promise((resolve) =>
            run
              .withSuccessHandler((_v, o) => resolve(o))
              .withUserObject({ i })
              .onOpen(),
          ),
      ),
    );
    w.fetch = realFetch;
    return { maxPending, objects };
  });
  expect(burst.maxPending).toBe(10);
  expect(burst.objects).toEqual(Array.from({ length: 15 }, (_, i) => ({ i })));

  // google.script.host calls are recorded, for the playground's log.
  await sidebar().evaluate(() =>
    (window as unknown as { google: { script: { host: { close(): void } } } }).google.script.host.close(),
  );
  await pg.page.waitForFunction(async () => {
    const s = (await (await fetch('/api/state')).json()) as { hostEvents: { action: string }[] };
    return s.hostEvents.some((e) => e.action === 'close');
  });

  // A server-side exception reaches the failure handler, asynchronously, with the type prefix.
  await pg.page.selectOption('#user-select', '__none__');
  await pg.page.waitForFunction(
    () => (document.getElementById('user-select') as HTMLSelectElement).value === '__none__',
  );
  const anonymous = await callFromSidebar('setup');
  expect(anonymous.ok).toBe(false);
  expect(anonymous.sync).toBe(false);
  expect(anonymous.message).toMatch(/^\w+: .+/);

  // The CLI and the server share the saved world: a CLI change shows up in the server's state.
  const before = (await (await fetch(`${pg.server.url}api/state`)).json()) as { now: number };
  const cli = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'playground/cli.ts', 'clock', '--advance', '1d'],
    {
      cwd: ROOT,
      env: { ...process.env, PLAYGROUND_DIR: pg.dir },
      encoding: 'utf8',
    },
  );
  expect(cli.status).toBe(0);
  const after = (await (await fetch(`${pg.server.url}api/state`)).json()) as { now: number };
  // A day, plus the modelled time of any call the page's sidebar made meanwhile (the emulator's clock
  // advances by what each call costs in Google).
  expect(after.now - before.now).toBeGreaterThanOrEqual(86_400_000);
  expect(after.now - before.now).toBeLessThan(86_400_000 + 60_000);

  // Back to the admin: the sidebar reloads as them; let its first server call (if any) finish.
  const sidebarCall = pg.page
    .waitForResponse((r) => r.url().endsWith('/api/script-run'), { timeout: 5000 })
    .catch(() => null);
  await pg.page.selectOption('#user-select', ADMIN);
  await sidebarCall;
  await pg.page.locator('#sheet-tabs button', { hasText: 'Nhiệm vụ' }).click();
  await pg.page.screenshot({ path: join(ARTIFACTS, 'playground.png'), fullPage: true });
});
