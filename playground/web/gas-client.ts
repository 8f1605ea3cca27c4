/**
 * `google.script` for the sidebar page served by the playground, as Apps Script's HtmlService provides
 * it: `google.script.run` (asynchronous, at most 10 calls in flight, handlers and user object per call),
 * `google.script.host` and `google.script.url`. Calls go to the playground server (`POST /api/script-run`),
 * which runs the function in the emulator as the signed-in user.
 *
 * Bundled for the browser by server.ts and injected at the top of the sidebar's <head>, before the page's
 * own scripts, with `window.__NHACVIEC_PLAYGROUND__` naming the bundle's top-level functions.
 */
import { argumentsProblem, overTheWire } from '../bridge-rules';

interface Config {
  functions: string[];
  runEndpoint: string;
  hostEndpoint: string;
}
type Handler = (value: unknown, userObject?: unknown) => void;
interface RunnerState {
  success?: Handler;
  failure?: Handler;
  userObject?: unknown;
}
interface Pending {
  name: string;
  args: unknown[];
  state: RunnerState;
}

declare global {
  interface Window {
    __NHACVIEC_PLAYGROUND__: Config;
    google: { script: unknown };
  }
}

const config = window.__NHACVIEC_PLAYGROUND__;
/** "google.script.run allows 10 concurrent executions. If you make an 11th call while 10 are still running,
 * the server function will be delayed until one of the 10 spots is freed." (Communicate with Server Functions) */
const MAX_IN_FLIGHT = 10;
let inFlight = 0;
const queue: Pending[] = [];

function later(fn: () => void): void {
  setTimeout(fn, 0);
}

/** A form, the only argument, is sent as its fields by name (Apps Script does the same). */
function formToObject(form: HTMLFormElement): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const el of Array.from(form.elements) as HTMLInputElement[]) {
    if (!el.name || el.disabled) continue;
    if (el.type === 'file')
      throw new Error('Playground: file inputs in forms are not supported by the emulator.');
    if ((el.type === 'checkbox' || el.type === 'radio') && !el.checked) continue;
    const value = el.value;
    if (el.name in out) {
      const prev = out[el.name];
      out[el.name] = Array.isArray(prev) ? [...prev, value] : [prev, value];
    } else out[el.name] = value;
  }
  return out;
}

function pump(): void {
  while (inFlight < MAX_IN_FLIGHT && queue.length > 0) {
    const call = queue.shift()!;
    inFlight++;
    send(call).finally(() => {
      inFlight--;
      pump();
    });
  }
}

async function send(call: Pending): Promise<void> {
  const { success, failure, userObject } = call.state;
  let reply: {
    ok: boolean;
    value?: unknown;
    error?: { name: string; message: string };
    sidebarShown?: boolean;
  };
  try {
    const res = await fetch(config.runEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ fn: call.name, args: call.args }),
    });
    reply = await res.json();
  } catch (e) {
    reply = { ok: false, error: { name: 'NetworkError', message: `NetworkError: ${String(e)}` } };
  }
  if (reply.ok) {
    if (success) success(reply.value ?? null, userObject);
    // The call showed a page in the sidebar (`showSidebar`): Sheets replaces the sidebar's content.
    // (The frame belongs to the parent's realm: `instanceof HTMLIFrameElement` here would be false.)
    const frame = reply.sidebarShown ? window.parent.document.getElementById('sidebar-frame') : null;
    if (frame) (frame as HTMLIFrameElement).src = `/sidebar?t=${Date.now()}`;
    return;
  }
  const err = new Error(reply.error?.message ?? 'Error');
  err.name = reply.error?.name ?? 'ScriptError';
  if (failure) failure(err, userObject);
  else
    later(() => {
      throw err; // no failure handler: Apps Script leaves it uncaught in the console
    });
}

function makeRunner(state: RunnerState): Record<string, unknown> {
  const runner: Record<string, unknown> = {
    withSuccessHandler: (f: Handler) => makeRunner({ ...state, success: f }),
    withFailureHandler: (f: Handler) => makeRunner({ ...state, failure: f }),
    withUserObject: (o: unknown) => makeRunner({ ...state, userObject: o }),
  };
  for (const name of config.functions) {
    runner[name] = (...args: unknown[]) => {
      const sent = args.length === 1 && args[0] instanceof HTMLFormElement ? [formToObject(args[0])] : args;
      const problem = argumentsProblem(sent);
      if (problem) throw new TypeError(problem); // thrown here, before anything is sent
      queue.push({ name, args: sent.map(overTheWire), state });
      later(pump); // never calls back synchronously
    };
  }
  return runner;
}

function record(action: string, detail?: unknown): void {
  void fetch(config.hostEndpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action, detail }),
  });
}

function location(): {
  hash: string;
  parameter: Record<string, string>;
  parameters: Record<string, string[]>;
} {
  const params = new URLSearchParams(window.location.search);
  const parameter: Record<string, string> = {};
  const parameters: Record<string, string[]> = {};
  params.forEach((v, k) => {
    if (!(k in parameter)) parameter[k] = v;
    (parameters[k] ??= []).push(v);
  });
  return { hash: window.location.hash.replace(/^#/, ''), parameter, parameters };
}

/**
 * Drive and Docs links of the emulated Drive lead nowhere real: a click on one opens the playground's own
 * Drive panel at that file instead (the page listens for the message).
 */
const DRIVE_LINK =
  /^https:\/\/(?:docs|drive)\.google\.com\/(?:document\/d\/|spreadsheets\/d\/|drive\/folders\/|file\/d\/|open\?id=|uc\?id=)([\w-]+)/;
document.addEventListener(
  'click',
  (e) => {
    const a = (e.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
    const m = a ? DRIVE_LINK.exec(a.href) : null;
    if (!m) return;
    e.preventDefault();
    window.top?.postMessage({ nhacViecDriveFile: m[1] }, window.location.origin);
  },
  true,
);

window.google = window.google || ({} as Window['google']);
window.google.script = {
  run: makeRunner({}),
  host: {
    origin: window.location.origin,
    close: () => record('close'),
    setHeight: (h: number) => record('setHeight', h),
    setWidth: (w: number) => record('setWidth', w),
    editor: { focus: () => record('editor.focus') },
  },
  url: {
    getLocation: (callback: (loc: ReturnType<typeof location>) => void) => later(() => callback(location())),
  },
  history: {
    push: () => record('history.push'),
    replace: () => record('history.replace'),
    setChangeHandler: () => record('history.setChangeHandler'),
  },
};
