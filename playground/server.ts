/**
 * The playground: the add-on's real sidebar, menu and sheets in a browser, over the emulator.
 *
 *   npm start                 the saved world (.playground/world.json), or an empty spreadsheet
 *   npm start -- --demo       starts over from the demo district (replaces the saved world)
 *   PORT=9000 npm start       another port (default 8080); PLAYGROUND_DIR=… another state directory
 *
 * Plain `node:http`; every request runs to completion before the next (the emulator is synchronous),
 * which is also how one Apps Script document serialises its users' executions under a document lock.
 * The JSON API is listed in `routes` below.
 */
import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { Playground, withWorldLock } from './state';
import { dueTriggers } from '../emulator/services/script';
import type { ExecutionKind } from '../emulator/runtime';
import { fileContent } from '../emulator/services/drive';
import { callableFromClient, resultForClient } from './bridge-rules';
import * as view from './inspect';
import { displayValues, sheetList, sheetPage, UnknownSheetError } from './sheets';
import { runOutcome, type RunOutcome } from './run';
import { webAppPage } from './wallboard';
import { DEMO_ADMIN } from './demo';
import type { UiPanel, UiPendingResponse } from '../emulator/services/ui';

// tsx and ts-jest load these files as CommonJS (package.json has no "type": "module").
const WEB = join(__dirname, 'web');

export interface PlaygroundServer {
  server: Server;
  url: string;
  playground: Playground;
  close(): Promise<void>;
}

interface Assets {
  appJs: string;
  gasClientJs: string;
}

async function bundle(entry: string): Promise<string> {
  const out = await build({
    entryPoints: [join(WEB, entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    charset: 'utf8',
    write: false,
    logLevel: 'warning',
  });
  return out.outputFiles[0].text;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new HttpError(400, 'Body is not JSON');
  }
}

function send(
  res: ServerResponse,
  status: number,
  body: string | Uint8Array,
  type: string,
  extra: Record<string, string> = {},
) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...extra });
  res.end(body);
}
const json = (res: ServerResponse, value: unknown, status = 200) =>
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');

const NO_SIDEBAR = `<!doctype html><html><head><meta charset="utf-8"></head><body style="font:14px system-ui;padding:16px;color:#5f6368">
<p><b>Chưa có sidebar.</b></p><p>Chưa build trang <code>src/sidebar</code> (dist/Sidebar.html). Chạy <code>npm run build</code> rồi tải lại.</p></body>`;

/** The sidebar page with `google.script` injected first in <head>, as HtmlService serves it. */
function injectBridge(html: string, functions: string[], gasClientJs: string): string {
  const config = { functions, runEndpoint: '/api/script-run', hostEndpoint: '/api/host' };
  const tag = `<script>window.__NHACVIEC_PLAYGROUND__=${JSON.stringify(config).replace(/</g, '\\u003c')};</script><script>${gasClientJs}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  return tag + html;
}

export function stateOf(pg: Playground) {
  const world = pg.world;
  const ss = world.spreadsheets.byId[world.activeSpreadsheetId];
  const due = dueTriggers(world.triggers, Math.min(pg.meta.lastTriggerCheck, pg.now), pg.now);
  return {
    version: pg.version,
    now: pg.now,
    nowText: view.vnTime(pg.now),
    nowInput: view.vnLocalInput(pg.now),
    user: pg.meta.user,
    users: staffEmails(pg),
    spreadsheet: ss ? { id: ss.id, name: ss.name } : null,
    hasBundle: pg.hasBundle,
    menus: view.menus(world),
    toasts: view.toasts(world).slice(-20),
    alerts: world.ui.alerts.slice(-20),
    sidebar: world.ui.sidebar
      ? { title: world.ui.sidebar.title, user: world.ui.sidebar.user, at: world.ui.sidebar.at }
      : null,
    triggers: view.triggers(world),
    dueTriggers: due.length,
    lastTriggerCheck: pg.meta.lastTriggerCheck,
    sheets: sheetList(world),
    outboxCount: world.mail.outbox.length,
    driveCount: view.driveFiles(world).length,
    lastCalls: pg.lastCalls() ?? null,
    hostEvents: pg.meta.hostEvents.slice(-20),
    /** How many dialogs the script has shown, and the last (the page opens a new one over itself). */
    dialogs: world.ui.dialogs.length,
    lastDialog: lastDialog(world.ui.dialogs),
  };
}

function lastDialog(dialogs: readonly UiPanel[]) {
  const i = dialogs.length - 1;
  return i < 0
    ? null
    : { index: i, title: dialogs[i].title, width: dialogs[i].width, height: dialogs[i].height };
}

/** E-mails in the first column of `Cán bộ`, read straight from the world (the UI is not a script). */
function staffEmails(pg: Playground): string[] {
  if (!sheetList(pg.world).some((s) => s.name === 'Cán bộ')) return [];
  return displayValues(pg.world, 'Cán bộ')
    .slice(1)
    .map((r) => (r[0] ?? '').trim())
    .filter((e) => e.includes('@'));
}

export async function startServer(
  opts: { port?: number; dir?: string; demo?: boolean; quiet?: boolean } = {},
): Promise<PlaygroundServer> {
  const pg = new Playground({ dir: opts.dir });
  if (opts.demo) pg.reset({ demo: true });
  // A first start opens on something useful: the office's account on an empty spreadsheet, whose
  // sidebar offers setup (the first to set up becomes the administrator).
  if (!pg.hasSavedWorld && !pg.meta.user) pg.meta.user = DEMO_ADMIN;
  const assets: Assets = { appJs: await bundle('app.ts'), gasClientJs: await bundle('gas-client.ts') };
  const bridgeLog: { at: number; fn: string; ok: boolean; ms: number; error?: string }[] = [];

  const act = (
    fn: string,
    args: unknown[],
    o: {
      as?: string;
      effectiveUser?: string;
      at?: number;
      authMode?: 'LIMITED' | 'FULL' | 'NONE';
      kind?: ExecutionKind;
    },
  ): RunOutcome => {
    const out = runOutcome(pg, fn, args, o);
    pg.save();
    return out;
  };

  const routes: Record<
    string,
    (req: IncomingMessage, res: ServerResponse, url: URL, body: Record<string, unknown>) => void
  > = {
    'GET /': (_q, res) => send(res, 200, readFileSync(join(WEB, 'index.html')), 'text/html; charset=utf-8'),
    'GET /style.css': (_q, res) =>
      send(res, 200, readFileSync(join(WEB, 'style.css')), 'text/css; charset=utf-8'),
    'GET /app.js': (_q, res) => send(res, 200, assets.appJs, 'text/javascript; charset=utf-8'),
    'GET /favicon.ico': (_q, res) => send(res, 204, '', 'image/x-icon'),
    /** The wall board as its web app serves it: what `doGet` returns, with the bridge injected (issue 7). */
    'GET /wallboard': (_q, res, url) => {
      const page = webAppPage(pg, url);
      if (!page)
        return send(res, 404, 'Bản build chưa có doGet (npm run build).', 'text/plain; charset=utf-8');
      const all = pg.topLevelFunctions();
      const functions = all.filter((f) => callableFromClient(f, all));
      send(res, 200, injectBridge(page.html, functions, assets.gasClientJs), 'text/html; charset=utf-8');
    },
    /** The sidebar the script last showed, else the built dist/Sidebar.html, with the bridge injected. */
    'GET /sidebar': (_q, res) => {
      const built = join(pg.distDir, 'Sidebar.html');
      const html = pg.world.ui.sidebar?.html ?? (existsSync(built) ? readFileSync(built, 'utf8') : null);
      if (!pg.hasBundle) return send(res, 200, NO_SIDEBAR, 'text/html; charset=utf-8');
      const all = pg.topLevelFunctions();
      const functions = all.filter((f) => callableFromClient(f, all));
      // The placeholder gets the bridge too, so google.script.run can be tried before a sidebar exists.
      send(
        res,
        200,
        injectBridge(html ?? NO_SIDEBAR, functions, assets.gasClientJs),
        'text/html; charset=utf-8',
      );
    },
    /** A dialog the script showed (`showModalDialog`: the wall board), with the bridge injected. */
    'GET /dialog': (_q, res, url) => {
      const d = pg.world.ui.dialogs[Number(url.searchParams.get('i'))];
      if (!d) throw new HttpError(404, 'Không có hộp thoại này');
      const all = pg.topLevelFunctions();
      const functions = all.filter((f) => callableFromClient(f, all));
      send(res, 200, injectBridge(d.html, functions, assets.gasClientJs), 'text/html; charset=utf-8');
    },
    'GET /api/state': (_q, res) => json(res, { ...stateOf(pg), bridgeLog: bridgeLog.slice(-20) }),
    'GET /api/sheet': (_q, res, url) => {
      const name = url.searchParams.get('name') ?? '';
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const limit = Math.min(2000, Number(url.searchParams.get('limit') ?? 500));
      json(res, sheetPage(pg.world, name, offset, limit));
    },
    'GET /api/outbox': (_q, res) => json(res, view.mails(pg.world)),
    'GET /api/mail': (_q, res, url) => {
      const html = view.mailHtml(pg.world, Number(url.searchParams.get('i')));
      if (html === null) throw new HttpError(404, 'Không có thư này');
      // Links into the emulated Drive open the playground's Drive panel at that file, in a new tab.
      const driveLinked = html.replace(
        /href="https:\/\/(?:docs|drive)\.google\.com\/(?:document\/d\/|spreadsheets\/d\/|drive\/folders\/|file\/d\/|open\?id=)([\w-]+)[^"]*"/g,
        (_m, id: string) => `href="/?drive=${encodeURIComponent(id)}" target="_blank"`,
      );
      // Shown in a sandboxed iframe; the CSP keeps scripts and remote loads out as a mail client would.
      send(res, 200, driveLinked, 'text/html; charset=utf-8', {
        'content-security-policy': "default-src 'none'; img-src data:; style-src 'unsafe-inline'",
      });
    },
    'GET /api/drive': (_q, res) => json(res, view.driveFiles(pg.world)),
    'GET /api/drive/file': (_q, res, url) => {
      const id = url.searchParams.get('id') ?? '';
      if (!pg.world.drive.files[id]) throw new HttpError(404, 'Không có tệp này');
      const { bytes, mimeType } = fileContent(pg.world.drive, id);
      send(res, 200, bytes, mimeType);
    },
    'GET /api/calls': (_q, res) => json(res, pg.lastCalls() ?? null),
    'GET /api/functions': (_q, res) => json(res, pg.topLevelFunctions()),

    /** The page was opened: Sheets runs the simple trigger onOpen, which builds the add-on menu. */
    'POST /api/open': (_q, res) => {
      const fns = pg.hasBundle ? pg.topLevelFunctions() : [];
      if (!fns.includes('onOpen'))
        return json(res, { ok: false, error: { name: 'Error', message: 'Bản build không có onOpen' } });
      json(res, act('onOpen', [], { authMode: 'LIMITED' }));
    },
    /** Menu items and the playground's own "run" box: any top-level function, as the signed-in user. */
    'POST /api/run': (_q, res, _url, body) => {
      const fn = String(body.fn ?? '');
      const args = Array.isArray(body.args) ? body.args : [];
      if (!pg.topLevelFunctions().includes(fn)) throw new HttpError(404, `Script function not found: ${fn}`);
      const as = typeof body.as === 'string' ? body.as : undefined;
      if (body.ask !== true) return json(res, act(fn, args, { as }));
      // A menu item from the page: a prompt is put to the person before the run goes on. The emulator
      // answers prompts from a queue, so a run that reached a prompt beyond the answers given is undone
      // and the page asks it, then runs again with one more answer.
      const answers = (Array.isArray(body.answers) ? body.answers : []) as UiPendingResponse[];
      const saved = JSON.stringify(pg.world);
      pg.world.ui.pendingResponses = answers.map((a) => ({
        button: String(a.button),
        text: String(a.text ?? ''),
      }));
      const out = runOutcome(pg, fn, args, { as });
      const prompts = out.alerts.filter((a) => a.kind === 'prompt');
      if (prompts.length > answers.length) {
        pg.restoreWorld(saved);
        const p = prompts[answers.length];
        return json(res, { ...out, ask: { title: p.title, prompt: p.prompt, buttons: p.buttons } });
      }
      pg.world.ui.pendingResponses = [];
      pg.save();
      json(res, out);
    },
    /** `google.script.run` from the sidebar: the client's rules checked again, the result as the client gets it. */
    'POST /api/script-run': (_q, res, _url, body) => {
      const fn = String(body.fn ?? '');
      const args = Array.isArray(body.args) ? body.args : [];
      const entry = { at: pg.now, fn, ok: false, ms: 0, error: undefined as string | undefined };
      bridgeLog.push(entry);
      if (!callableFromClient(fn, pg.topLevelFunctions())) {
        entry.error = `Script function not found: ${fn}`;
        return json(res, { ok: false, error: { name: 'ScriptError', message: entry.error } });
      }
      const out = act(fn, args, {});
      pg.markLastRunFromClient();
      entry.ok = out.ok;
      entry.ms = out.ms;
      if (out.ok)
        return json(res, {
          ok: true,
          value: resultForClient(out.rawValue),
          ...(out.sidebarShown ? { sidebarShown: true } : {}),
        });
      entry.error = out.error?.message;
      json(res, { ok: false, error: { name: 'ScriptError', message: out.error?.clientMessage } });
    },
    'POST /api/host': (_q, res, _url, body) => {
      pg.meta.hostEvents.push({ at: pg.now, action: String(body.action ?? ''), detail: body.detail });
      pg.meta.hostEvents = pg.meta.hostEvents.slice(-50);
      pg.save();
      json(res, { ok: true });
    },
    /** `{at: ISO or datetime-local (Viet Nam)}` or `{advanceMs}`. */
    'POST /api/clock': (_q, res, _url, body) => {
      if (typeof body.at === 'string' || typeof body.at === 'number') {
        pg.setClock(typeof body.at === 'number' ? body.at : view.parseVnTime(body.at));
      } else if (typeof body.advanceMs === 'number') pg.setClock(pg.now + body.advanceMs);
      else throw new HttpError(400, 'Cần "at" hoặc "advanceMs"');
      pg.meta.lastTriggerCheck = Math.min(pg.meta.lastTriggerCheck, pg.now);
      pg.save();
      json(res, { ok: true, now: pg.now, nowText: view.vnTime(pg.now) });
    },
    'POST /api/user': (_q, res, _url, body) => {
      pg.meta.user = String(body.email ?? '').trim();
      pg.save();
      json(res, { ok: true, user: pg.meta.user });
    },
    'POST /api/reset': (_q, res, _url, body) => {
      const report = pg.reset({ demo: body.demo === true });
      json(res, { ok: true, report: report ?? null });
    },
    /** Runs one installed trigger now, as its owner. */
    'POST /api/triggers/run': (_q, res, _url, body) => {
      const t = pg.world.triggers.triggers.find((x) => x.id === body.id);
      if (!t) throw new HttpError(404, 'Không có trình kích hoạt này');
      json(
        res,
        act(t.handler, [{ authMode: 'FULL', triggerUid: t.id }], {
          as: t.owner,
          effectiveUser: t.owner,
          kind: 'time',
        }),
      );
    },
    /** Fires every time-driven trigger due since the last check, each at its own time and as its owner. */
    'POST /api/triggers/due': (_q, res) => {
      const until = pg.now;
      const due = dueTriggers(pg.world.triggers, Math.min(pg.meta.lastTriggerCheck, until), until);
      const runs = due.map((d) => ({
        handler: d.trigger.handler,
        owner: d.trigger.owner,
        at: d.at,
        atText: view.vnTime(d.at),
        ...act(d.trigger.handler, [{ authMode: 'FULL', triggerUid: d.trigger.id }], {
          as: d.trigger.owner,
          effectiveUser: d.trigger.owner,
          at: d.at,
          kind: 'time',
        }),
      }));
      pg.setClock(until);
      pg.meta.lastTriggerCheck = until;
      pg.save();
      json(res, { ok: true, runs });
    },
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = routes[`${req.method} ${url.pathname}`];
    if (!route)
      return json(res, { ok: false, error: { message: `Không có ${req.method} ${url.pathname}` } }, 404);
    // The CLI may have saved the world since: pick it up first, once the body is in. From there to the
    // save the route runs without a pause, holding the world's lock, so neither process loses the
    // other's change.
    const syncs =
      url.pathname.startsWith('/api/') ||
      url.pathname === '/sidebar' ||
      url.pathname === '/wallboard' ||
      url.pathname === '/dialog';
    (req.method === 'POST' ? readBody(req) : Promise.resolve({}))
      .then((body) =>
        withWorldLock(pg.dir, () => {
          if (syncs) pg.syncFromDisk();
          route(req, res, url, body);
        }),
      )
      .catch((e: unknown) => {
        const status = e instanceof HttpError ? e.status : e instanceof UnknownSheetError ? 404 : 500;
        if (!res.headersSent)
          json(res, { ok: false, error: { message: e instanceof Error ? e.message : String(e) } }, status);
      });
  });
  const port = opts.port ?? 8080;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const url = `http://localhost:${typeof address === 'object' && address ? address.port : port}/`;
  return {
    server,
    url,
    playground: pg,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function main(): Promise<void> {
  const demo = process.argv.includes('--demo');
  const port = Number(process.env.PORT ?? 8080);
  const s = await startServer({ port, demo });
  const pg = s.playground;
  console.log(`Nhắc Việc — sân thử: ${s.url}`);
  console.log(
    `  Trạng thái: ${pg.dir}${demo ? ' (dữ liệu mẫu: quận Ngũ Hành Sơn)' : pg.hasSavedWorld ? '' : ' (bảng tính trống)'}; ` +
      `bản build: ${pg.hasBundle ? pg.distDir : 'CHƯA CÓ — chạy npm run build'}`,
  );
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
