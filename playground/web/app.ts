/**
 * The playground page: the add-on's menu, the spreadsheet (read-only), the sidebar in its 300 px iframe,
 * the clock, the signed-in user, and what the script did (mail, Drive, triggers, service calls).
 * Talks to server.ts's JSON API only.
 */
import type { SheetPage, CellView } from '../sheets';
import type { RunOutcome } from '../run';
import type { MailView, TriggerView, ToastView } from '../inspect';
import type { UiMenu, UiDialogRecord } from '../../emulator/services/ui';
import type { DriveFileSummary } from '../../emulator/services/drive';
import type { CallsRecord } from '../state';
import { costSummary, roundTripNote, seconds } from '../cost-view';
import { drawCharts } from './charts';

interface State {
  version: number;
  now: number;
  nowText: string;
  nowInput: string;
  user: string;
  users: string[];
  spreadsheet: { id: string; name: string } | null;
  hasBundle: boolean;
  menus: UiMenu[];
  toasts: ToastView[];
  alerts: UiDialogRecord[];
  sidebar: { title: string; user: string; at: number } | null;
  triggers: TriggerView[];
  dueTriggers: number;
  lastTriggerCheck: number;
  sheets: { name: string; rows: number; cols: number; hidden: boolean }[];
  outboxCount: number;
  driveCount: number;
  lastCalls: CallsRecord | null;
  hostEvents: { at: number; action: string; detail?: unknown }[];
  dialogs: number;
  lastDialog: RunOutcome['dialog'];
  bridgeLog: { at: number; fn: string; ok: boolean; ms: number; error?: string }[];
}

const NO_EMAIL = '__none__';
const PAGE = 500;
const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

type Child = Node | string | null | undefined | false;
function h(tag: string, attrs: Record<string, unknown> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v as EventListener);
    else if (k === 'style' && typeof v === 'object') Object.assign(el.style, v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

async function api<T>(path: string, body?: unknown): Promise<T> {
  const res = await fetch(
    path,
    body === undefined
      ? {}
      : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
  );
  const data = (await res.json()) as T & { ok?: boolean; error?: { message: string } };
  if (!res.ok) throw new Error(data.error?.message ?? `${res.status}`);
  return data;
}

let state: State | null = null;
let activeSheet = '';
let sheetOffset = 0;
let panel = 'mail';
let selectedMail = -1;
let lastVersion = -1;

// ---- Header: document, menu, user, clock ----------------------------------------------------------

function renderMenu(s: State): void {
  const bar = $('menubar');
  bar.replaceChildren();
  const addon = s.menus.filter((m) => m.isAddonMenu);
  const others = s.menus.filter((m) => !m.isAddonMenu);
  if (s.menus.length === 0) {
    bar.append(
      h(
        'span',
        { class: 'none' },
        s.hasBundle ? 'Chưa có menu (onOpen chưa chạy hoặc lỗi)' : 'Chưa build add-on: chạy npm run build',
      ),
    );
    return;
  }
  for (const m of [...addon, ...others]) {
    bar.append(h('span', { class: 'menu-title' }, m.isAddonMenu ? `Tiện ích › ${m.title}:` : `${m.title}:`));
    const walk = (items: UiMenu['items']) => {
      for (const it of items) {
        if ('separator' in it) bar.append(h('span', { class: 'sep' }));
        else if ('submenu' in it) walk(it.submenu.items);
        else
          bar.append(
            h(
              'button',
              {
                type: 'button',
                'data-fn': it.functionName,
                onclick: () => runMenu(it.functionName, it.caption),
              },
              it.caption,
            ),
          );
      }
    };
    walk(m.items);
  }
}

function renderUsers(s: State): void {
  const sel = $<HTMLSelectElement>('user-select');
  const options = [...new Set([...s.users, ...(s.user ? [s.user] : [])])];
  sel.replaceChildren(
    ...options.map((e) => h('option', { value: e }, e)),
    h('option', { value: NO_EMAIL }, '(không có email)'),
  );
  sel.value = s.user === '' ? NO_EMAIL : s.user;
}

function renderClock(s: State): void {
  $('now-text').textContent = s.nowText;
  const input = $<HTMLInputElement>('clock-input');
  if (document.activeElement !== input) input.value = s.nowInput;
}

// ---- The spreadsheet ------------------------------------------------------------------------------

/** Hidden sheets get no tab, as in Sheets; the "sheets hidden" button lists them (Sheets' "All sheets"). */
let showHiddenSheets = false;

function renderTabs(s: State): void {
  const tabs = $('sheet-tabs');
  const hidden = s.sheets.filter((x) => x.hidden);
  const shown = s.sheets.filter((x) => !x.hidden || showHiddenSheets || x.name === activeSheet);
  if (!shown.some((x) => x.name === activeSheet)) {
    activeSheet = shown.find((x) => x.name === 'Nhiệm vụ')?.name ?? shown[0]?.name ?? '';
    sheetOffset = 0;
  }
  const toggle = hidden.length
    ? h(
        'button',
        {
          type: 'button',
          class: 'hidden-toggle',
          title: hidden.map((x) => x.name).join(', '),
          onclick: () => {
            showHiddenSheets = !showHiddenSheets;
            renderTabs(s);
          },
        },
        showHiddenSheets ? 'Ẩn lại các sheet ẩn' : `${hidden.length} sheet ẩn…`,
      )
    : null;
  tabs.replaceChildren(
    ...shown.map((sh) =>
      h(
        'button',
        {
          type: 'button',
          class:
            [sh.name === activeSheet ? 'active' : '', sh.hidden ? 'hidden-sheet' : ''].join(' ').trim() ||
            undefined,
          'data-sheet': sh.name,
          'data-hidden': sh.hidden ? 'true' : undefined,
          onclick: () => {
            activeSheet = sh.name;
            sheetOffset = 0;
            renderTabs(s);
            void loadSheet();
          },
        },
        sh.name,
      ),
    ),
    toggle ?? '',
  );
}

function cell(c: CellView, tag: 'td' | 'th' = 'td'): HTMLElement {
  const cls = [
    c.wrap ? 'wrap' : '',
    c.align === 'right' ? 'num' : c.align === 'center' ? 'center' : '',
    c.note ? 'has-note' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const style: Record<string, string> = {};
  if (c.bg) style.background = c.bg;
  if (c.fc) style.color = c.fc;
  if (c.bold) style.fontWeight = 'bold';
  if (c.italic) style.fontStyle = 'italic';
  const content: Child = c.img ? h('img', { src: c.img, alt: c.v || 'ảnh' }) : c.v;
  return h(
    tag,
    { class: cls || undefined, style, title: c.note || (c.v.length > 20 ? c.v : undefined) },
    content,
  );
}

async function loadSheet(): Promise<void> {
  const wrap = $('grid-wrap');
  if (!activeSheet) {
    wrap.replaceChildren(h('div', { class: 'empty' }, 'Bảng tính chưa có sheet nào.'));
    $('pager').replaceChildren();
    return;
  }
  const page = await api<SheetPage>(
    `/api/sheet?name=${encodeURIComponent(activeSheet)}&offset=${sheetOffset}&limit=${PAGE}`,
  );
  const scroll = wrap.scrollLeft;
  const widths = page.colWidths;
  const cols = widths.length;
  const colgroup = h(
    'colgroup',
    {},
    h('col', { style: { width: '46px' } }),
    ...widths.map((w) => h('col', { style: { width: `${w}px` } })),
  );
  const head = h(
    'thead',
    {},
    h('tr', {}, h('th', { class: 'rownum' }), ...page.columnLetters.map((l) => h('th', {}, l))),
  );
  const body = h('tbody');
  let top = 22;
  page.frozen.forEach((r, i) => {
    const tr = h(
      'tr',
      { class: `frozen${i === page.frozen.length - 1 ? ' frozen-last' : ''}` },
      h('th', { class: 'rownum' }, String(i + 1)),
      ...r.map((c) => cell(c)),
    );
    for (const td of Array.from(tr.children) as HTMLElement[]) td.style.top = `${top}px`;
    top += 22;
    body.append(tr);
  });
  page.rows.forEach((r, i) =>
    body.append(
      h('tr', {}, h('th', { class: 'rownum' }, String(page.firstRow + i)), ...r.map((c) => cell(c))),
    ),
  );
  const table = h(
    'table',
    { class: 'grid', 'data-testid': 'grid', style: { width: `${46 + widths.reduce((a, b) => a + b, 0)}px` } },
    colgroup,
    head,
    body,
  );
  wrap.replaceChildren(table);
  drawCharts(wrap, page.charts ?? [], {
    colWidths: widths,
    columnLetters: page.columnLetters,
    firstRow: page.firstRow,
    rowCount: page.rows.length,
    frozen: page.frozen.length,
  });
  wrap.scrollLeft = scroll;
  if (cols === 0) wrap.replaceChildren(h('div', { class: 'empty' }, `Sheet "${page.name}" trống.`));

  const images =
    (page.images.length ? ` · ${page.images.length} ảnh trên lưới` : '') +
    (page.charts?.length ? ` · ${page.charts.length} biểu đồ (cuộn sang phải)` : '');
  $('sheet-status').textContent =
    `${page.name}: ${page.lastRow} dòng có dữ liệu × ${page.lastCol} cột${page.frozenRows ? ` · cố định ${page.frozenRows} dòng` : ''}${images}`;
  const pager = $('pager');
  pager.replaceChildren();
  const dataRows = Math.max(0, page.lastRow - page.frozenRows);
  if (dataRows > PAGE) {
    const from = page.frozenRows + sheetOffset + 1;
    const to = Math.min(page.lastRow, page.frozenRows + sheetOffset + PAGE);
    pager.append(
      h(
        'button',
        {
          type: 'button',
          disabled: sheetOffset === 0,
          onclick: () => ((sheetOffset = Math.max(0, sheetOffset - PAGE)), void loadSheet()),
        },
        '‹ Trước',
      ),
      `Dòng ${from}–${to} / ${page.lastRow} (chỉ hiện ${PAGE} dòng một lần)`,
      h(
        'button',
        {
          type: 'button',
          disabled: to >= page.lastRow,
          onclick: () => ((sheetOffset += PAGE), void loadSheet()),
        },
        'Sau ›',
      ),
    );
  }
}

// ---- Sidebar ----------------------------------------------------------------------------------------

function reloadSidebar(): void {
  $<HTMLIFrameElement>('sidebar-frame').src = `/sidebar?t=${Date.now()}`;
}

// ---- Panels -----------------------------------------------------------------------------------------

async function renderPanel(): Promise<void> {
  const s = state!;
  const el = $('panel');
  for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>('#panel-tabs button')))
    b.classList.toggle('active', b.dataset.panel === panel);
  $('count-mail').textContent = s.outboxCount ? `(${s.outboxCount})` : '';
  $('count-drive').textContent = s.driveCount ? `(${s.driveCount})` : '';
  $('count-triggers').textContent = s.triggers.length ? `(${s.triggers.length})` : '';
  if (panel === 'mail') {
    const mails = await api<MailView[]>('/api/outbox');
    if (mails.length === 0) return void el.replaceChildren(h('p', { class: 'muted' }, 'Chưa gửi thư nào.'));
    if (selectedMail < 0 || selectedMail >= mails.length) selectedMail = mails.length - 1;
    const list = h(
      'div',
      {},
      ...mails
        .slice()
        .reverse()
        .map((m) =>
          h(
            'div',
            {
              class: `mail-item${m.index === selectedMail ? ' active' : ''}`,
              onclick: () => ((selectedMail = m.index), void renderPanel()),
            },
            h('div', { class: 'subject' }, m.subject || '(không tiêu đề)'),
            h('div', { class: 'meta' }, `${m.atText} · từ ${m.name ? `${m.name} <${m.from}>` : m.from}`),
            h(
              'div',
              { class: 'meta' },
              `đến ${m.to.join(', ')}${m.cc.length ? ` · cc ${m.cc.join(', ')}` : ''}${m.bcc.length ? ` · bcc ${m.bcc.join(', ')}` : ''}`,
            ),
          ),
        ),
    );
    const m = mails[selectedMail];
    const viewer = h(
      'div',
      { class: 'mail-view' },
      h(
        'p',
        {},
        h('b', {}, m.subject),
        h('br'),
        h(
          'span',
          { class: 'muted' },
          `Từ: ${m.from} · Đến: ${m.to.join(', ')}${m.inlineImages.length ? ` · ảnh nhúng: ${m.inlineImages.join(', ')}` : ''}${m.attachments.length ? ` · đính kèm: ${m.attachments.map((a) => a.name).join(', ')}` : ''}`,
        ),
      ),
      h('iframe', {
        sandbox: 'allow-popups allow-popups-to-escape-sandbox',
        src: `/api/mail?i=${m.index}`,
        title: 'Nội dung thư',
      }),
    );
    el.replaceChildren(h('div', { class: 'mail-list' }, list, viewer));
  } else if (panel === 'drive') {
    const files = await api<DriveFileSummary[]>('/api/drive');
    if (files.length === 0)
      return void el.replaceChildren(h('p', { class: 'muted' }, 'Drive chưa có tệp nào do add-on tạo.'));
    const names = new Map(files.map((f) => [f.id, f.name]));
    el.replaceChildren(
      h(
        'table',
        {},
        h('tr', {}, ...['Tên', 'Loại', 'Thư mục', 'Chủ sở hữu', 'Chia sẻ', ''].map((t) => h('th', {}, t))),
        ...files.map((f) =>
          h(
            'tr',
            { 'data-file-id': f.id, class: f.id === driveFile ? 'picked' : undefined },
            h('td', {}, f.trashed ? h('s', {}, f.name) : f.name),
            h('td', { class: 'muted' }, f.mimeType.replace('application/vnd.google-apps.', '')),
            h('td', { class: 'muted' }, f.parents.map((p) => names.get(p) ?? 'My Drive').join(', ')),
            h('td', {}, f.owner),
            h(
              'td',
              {},
              f.permissions
                .filter((p) => p.role !== 'owner')
                .map((p) => `${p.email} (${p.role})`)
                .join(', ') || '—',
            ),
            h(
              'td',
              {},
              f.mimeType.endsWith('folder')
                ? ''
                : h('a', { href: `/api/drive/file?id=${encodeURIComponent(f.id)}`, target: '_blank' }, 'Mở'),
            ),
          ),
        ),
      ),
    );
  } else if (panel === 'triggers') {
    const due = s.dueTriggers;
    el.replaceChildren(
      h(
        'p',
        {},
        h('button', { type: 'button', class: 'primary', onclick: runDue }, 'Chạy các lần kích hoạt đến hạn'),
        ' ',
        h(
          'span',
          { class: 'muted' },
          `${due} lần đến hạn từ lần kiểm tra trước (${new Date(s.lastTriggerCheck).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })}) đến bây giờ.`,
        ),
      ),
      s.triggers.length === 0
        ? h('p', { class: 'muted' }, 'Chưa cài trình kích hoạt nào.')
        : h(
            'table',
            {},
            h(
              'tr',
              {},
              ...['Hàm', 'Loại', 'Lịch', 'Lần tới', 'Chạy với tư cách', ''].map((t) => h('th', {}, t)),
            ),
            ...s.triggers.map((t) =>
              h(
                'tr',
                {},
                h('td', {}, h('code', {}, t.handler)),
                h('td', {}, t.eventType),
                h('td', {}, t.schedule),
                h('td', {}, t.nextText),
                h('td', {}, t.owner),
                h(
                  'td',
                  {},
                  h('button', { type: 'button', onclick: () => runTrigger(t.id, t.handler) }, 'Chạy ngay'),
                ),
              ),
            ),
          ),
    );
  } else if (panel === 'calls') {
    const c = s.lastCalls;
    if (!c) return void el.replaceChildren(h('p', { class: 'muted' }, 'Chưa chạy hàm nào.'));
    const max = Math.max(1, ...Object.values(c.byMethod));
    el.replaceChildren(
      h(
        'p',
        {},
        `Lần chạy gần nhất: `,
        h('code', {}, c.fn),
        ` với tư cách ${c.as || '(không có email)'} — `,
        h('span', { class: c.ok ? 'ok' : 'err' }, c.ok ? 'thành công' : 'lỗi'),
        ` · ${c.ms} ms · ${c.total} lệnh gọi dịch vụ`,
      ),
      h(
        'p',
        { class: 'muted' },
        Object.entries(c.byService)
          .map(([k, v]) => `${k}: ${v}`)
          .join(' · '),
      ),
      ...(c.cost
        ? [
            h(
              'p',
              { class: 'cost' },
              h('strong', {}, costSummary(c.cost).time),
              ` — ${costSummary(c.cost).cells}`,
              ...(c.roundTripMs ? [h('br'), roundTripNote(c.cost, c.roundTripMs)] : []),
            ),
          ]
        : []),
      h(
        'table',
        {},
        h('tr', {}, h('th', {}, 'Phương thức'), h('th', {}, 'Số lần'), h('th', {})),
        ...Object.entries(c.byMethod).map(([k, v]) =>
          h(
            'tr',
            {},
            h('td', {}, h('code', {}, k)),
            h('td', {}, String(v)),
            h('td', {}, h('span', { class: 'bar', style: { width: `${Math.round((200 * v) / max)}px` } })),
          ),
        ),
      ),
    );
  } else {
    const rows: [number, string, HTMLElement | string][] = [
      ...s.toasts.map((t): [number, string, string] => [
        t.at,
        'Thông báo (toast)',
        `${t.title ? `${t.title}: ` : ''}${t.message}`,
      ]),
      ...s.alerts.map((a): [number, string, string] => [
        a.at,
        a.kind === 'alert' ? 'Hộp thoại' : 'Hỏi',
        `${a.title ? `${a.title}: ` : ''}${a.prompt} → ${a.button}`,
      ]),
      ...s.bridgeLog.map((b): [number, string, HTMLElement] => [
        b.at,
        'google.script.run',
        h(
          'span',
          {},
          h('code', {}, b.fn),
          ' ',
          h('span', { class: b.ok ? 'ok' : 'err' }, b.ok ? `ok, ${Math.round(b.ms)} ms` : (b.error ?? 'lỗi')),
        ),
      ]),
      ...s.hostEvents.map((e): [number, string, string] => [
        e.at,
        'google.script.host',
        `${e.action}${e.detail !== undefined && e.detail !== null ? ` (${JSON.stringify(e.detail)})` : ''}`,
      ]),
    ];
    rows.sort((a, b) => b[0] - a[0]);
    el.replaceChildren(
      rows.length === 0
        ? h('p', { class: 'muted' }, 'Chưa có gì.')
        : h(
            'table',
            {},
            h('tr', {}, h('th', {}, 'Lúc'), h('th', {}, 'Loại'), h('th', {}, 'Nội dung')),
            ...rows.map(([at, kind, text]) =>
              h(
                'tr',
                {},
                h(
                  'td',
                  { class: 'muted' },
                  new Date(at).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }),
                ),
                h('td', {}, kind),
                h('td', {}, text),
              ),
            ),
          ),
    );
  }
}

// ---- What a run showed the user ---------------------------------------------------------------------

/** As in Sheets, a new toast takes the place of the one showing: they never pile up. */
function toast(title: string, message: string, seconds = 6): void {
  const t = h('div', { class: 'toast', role: 'status' }, title ? h('b', {}, title) : null, message);
  $('toasts').replaceChildren(t);
  setTimeout(() => t.remove(), Math.max(2, Math.min(seconds, 15)) * 1000);
}

const modalQueue: { title: string; body: string }[] = [];
function showModal(title: string, body: string): void {
  modalQueue.push({ title, body });
  if (modalQueue.length === 1) openModal();
}
function openModal(): void {
  const next = modalQueue[0];
  if (!next) return $('modal').classList.add('hidden');
  $('modal-title').textContent = next.title;
  $('modal-body').textContent = next.body;
  $('modal').classList.remove('hidden');
}
$('modal-ok').addEventListener('click', () => {
  modalQueue.shift();
  openModal();
});

/** A dialog the script showed (`showModalDialog`: the wall board), over the page at its size. */
let dialogsSeen = -1;
function showDialog(d: NonNullable<RunOutcome['dialog']>): void {
  dialogsSeen = Math.max(dialogsSeen, d.index + 1);
  $('dialog-title').textContent = d.title;
  const box = $('dialog-box');
  box.style.width = `${d.width ?? 600}px`;
  box.style.height = `${(d.height ?? 400) + 45}px`;
  $<HTMLIFrameElement>('dialog-frame').src = `/dialog?i=${d.index}&t=${Date.now()}`;
  $('dialog').classList.remove('hidden');
}
$('dialog-close').addEventListener('click', () => {
  $('dialog').classList.add('hidden');
  $<HTMLIFrameElement>('dialog-frame').src = 'about:blank';
});

function showOutcome(out: RunOutcome, label: string): void {
  for (const t of out.toasts) toast(t.title, t.message, t.timeoutSeconds);
  for (const a of out.alerts) if (a.kind === 'alert') showModal(a.title || 'Nhắc Việc', a.prompt);
  if (!out.ok) showModal(`Lỗi khi chạy ${label}`, out.error?.clientMessage ?? 'Lỗi');
  if (out.sidebarShown) reloadSidebar();
  if (out.dialog) showDialog(out.dialog);
}

const BUTTON_LABELS: Record<string, string> = { OK: 'OK', CANCEL: 'Huỷ', YES: 'Có', NO: 'Không' };

/** `Ui.prompt` as Sheets shows it: the question, a text field, its buttons; resolves with the answer. */
function askPrompt(ask: NonNullable<RunOutcome['ask']>): Promise<{ button: string; text: string }> {
  return new Promise((resolve) => {
    const input = h('input', { type: 'text', id: 'prompt-input' }) as HTMLInputElement;
    const buttons = ({ OK: ['OK'], OK_CANCEL: ['CANCEL', 'OK'], YES_NO: ['NO', 'YES'] } as const)[
      ask.buttons as 'OK'
    ] ?? ['CANCEL', 'NO', 'YES'];
    const close = (button: string) => {
      overlay.remove();
      resolve({ button, text: input.value });
    };
    const overlay = h(
      'div',
      { class: 'modal', id: 'prompt', role: 'dialog', 'aria-modal': 'true' },
      h(
        'div',
        { class: 'modal-box' },
        h('h2', {}, ask.title || 'Nhắc Việc'),
        h('div', {}, ask.prompt),
        input,
        h(
          'div',
          { class: 'modal-actions' },
          ...buttons.map((b) =>
            h('button', { type: 'button', 'data-button': b, onclick: () => close(b) }, BUTTON_LABELS[b] ?? b),
          ),
        ),
      ),
    );
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') close(buttons.includes('OK' as never) ? 'OK' : buttons[buttons.length - 1]);
    });
    document.body.append(overlay);
    input.focus();
  });
}

async function runMenu(fn: string, caption: string): Promise<void> {
  const answers: { button: string; text: string }[] = [];
  let out = await api<RunOutcome>('/api/run', { fn, args: [], ask: true, answers });
  while (out.ask) {
    answers.push(await askPrompt(out.ask));
    out = await api<RunOutcome>('/api/run', { fn, args: [], ask: true, answers });
  }
  showOutcome(out, `"${caption}"`);
  await refresh(true);
}
async function runTrigger(id: string, handler: string): Promise<void> {
  const out = await api<RunOutcome>('/api/triggers/run', { id });
  showOutcome(out, handler);
  await refresh(true);
}
async function runDue(): Promise<void> {
  const res = await api<{ runs: (RunOutcome & { atText: string; handler: string })[] }>(
    '/api/triggers/due',
    {},
  );
  if (res.runs.length === 0) toast('Trình kích hoạt', 'Không có lần kích hoạt nào đến hạn.');
  for (const r of res.runs) {
    if (r.ok)
      toast(
        'Trình kích hoạt',
        `${r.handler} lúc ${r.atText}: xong (${r.calls.total} lệnh gọi, ≈ ${seconds(r.calls.cost.modelledMs)} trong Google).`,
      );
    showOutcome(r, `${r.handler} (${r.atText})`);
  }
  await refresh(true);
}

// ---- Refresh ----------------------------------------------------------------------------------------

async function refresh(force = false): Promise<void> {
  const s = await api<State>('/api/state');
  const changed = force || s.version !== lastVersion;
  const userChanged = state !== null && state.user !== s.user;
  state = s;
  lastVersion = s.version;
  // A dialog shown since (from the sidebar's google.script.run, say); none of the old ones on page load.
  if (dialogsSeen < 0) dialogsSeen = s.dialogs;
  else if (s.dialogs > dialogsSeen && s.lastDialog) showDialog(s.lastDialog);
  if (!changed) return;
  $('doc-name').textContent = s.spreadsheet?.name ?? 'Bảng tính';
  renderMenu(s);
  renderUsers(s);
  renderClock(s);
  renderTabs(s);
  await loadSheet();
  await renderPanel();
  if (userChanged) reloadSidebar();
}

async function setUser(email: string): Promise<void> {
  await api('/api/user', { email });
  await refresh(true); // reloads the sidebar: it is a different person's now
}

function wire(): void {
  $('user-select').addEventListener('change', () => {
    const v = $<HTMLSelectElement>('user-select').value;
    void setUser(v === NO_EMAIL ? '' : v);
  });
  $('user-apply').addEventListener('click', () => {
    const v = $<HTMLInputElement>('user-input').value.trim();
    if (v) void setUser(v);
  });
  $('clock-set').addEventListener('click', async () => {
    await api('/api/clock', { at: $<HTMLInputElement>('clock-input').value });
    await refresh(true);
  });
  $('clock-hour').addEventListener('click', async () => {
    await api('/api/clock', { advanceMs: 3_600_000 });
    await refresh(true);
  });
  $('clock-day').addEventListener('click', async () => {
    await api('/api/clock', { advanceMs: 86_400_000 });
    await refresh(true);
  });
  $('reset-demo').addEventListener('click', async () => {
    if (!confirm('Thay toàn bộ dữ liệu bằng dữ liệu mẫu quận Ngũ Hành Sơn?')) return;
    document.body.style.cursor = 'wait';
    try {
      await api('/api/reset', { demo: true });
      await openDocument();
    } finally {
      document.body.style.cursor = '';
    }
  });
  $('reset-empty').addEventListener('click', async () => {
    if (!confirm('Xoá hết và bắt đầu với một bảng tính trống?')) return;
    await api('/api/reset', { demo: false });
    await openDocument();
  });
  $('sidebar-reload').addEventListener('click', reloadSidebar);
  for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>('#panel-tabs button'))) {
    b.addEventListener('click', () => {
      panel = b.dataset.panel ?? 'mail';
      void renderPanel();
    });
  }
}

/** The Drive panel with one file picked out (a Drive link clicked in the sidebar, a dialog or a mail). */
let driveFile = '';
function openDriveFile(id: string): void {
  driveFile = id;
  panel = 'drive';
  void renderPanel().then(() => {
    const row = document.querySelector(`#panel tr[data-file-id="${CSS.escape(id)}"]`);
    row?.scrollIntoView({ block: 'center' });
  });
}
window.addEventListener('message', (e) => {
  const id = (e.data as { nhacViecDriveFile?: unknown } | null)?.nhacViecDriveFile;
  if (e.origin === window.location.origin && typeof id === 'string') openDriveFile(id);
});

/** Opening the spreadsheet: Sheets runs onOpen, which builds the add-on's menu. */
async function openDocument(): Promise<void> {
  try {
    const out = await api<RunOutcome>('/api/open', {});
    if (!out.ok) showModal('onOpen lỗi', out.error?.clientMessage ?? out.error?.message ?? 'Lỗi');
  } catch (e) {
    showModal('Không mở được bảng tính', String(e));
  }
  await refresh(true);
  reloadSidebar();
  const drive = new URLSearchParams(window.location.search).get('drive');
  if (drive) openDriveFile(drive);
}

wire();
void openDocument();
// Sidebar calls change the world behind the page's back: look for a new version now and then.
setInterval(() => void refresh(false).catch(() => undefined), 2000);
