/**
 * "Soạn báo cáo chung": the report drafting page (dist/Report.html), opened from the sidebar in a
 * dialog. A coordinator enters or pastes an outline and makes the shared Doc; everyone concerned sees
 * each section's state and the progress; a unit submits its part (its sub-task's `reportResult`), the
 * coordinator accepts (`confirmTask`) or sends back (`sendBackTask`), then compiles. Every text from the
 * register goes in as text nodes.
 */
import { REPORT_PAGE_MESSAGES, type ReportPageKey } from '../core/i18n/report-page';
import { translator, type MessageParams } from '../core/i18n/translate';
import type { Language } from '../core/language';
import type { ReportSectionView, ReportSummary, ReportView } from '../server/report';
import { vnMoment } from '../core/format';
import { field, h } from '../client/dom';
import { makeCall } from '../client/rpc';
import { busy } from '../client/busy';

const app = document.getElementById('app')!;
const t = /* @__PURE__ */ translator(REPORT_PAGE_MESSAGES);
let lang: Language = 'vi';
const tr = (key: ReportPageKey, params: MessageParams = {}) => t(lang, key, params);
const call = makeCall((detail) => tr('rpg.error', { detail }));

let reports: ReportSummary[] = [];
let units: string[] = [];
let current = '';
let message: { text: string; err: boolean } | null = null;

/** An instant as the task history writes it ("09:00 ngày 03/12/2026", Viet Nam time). */
const vnTime = (iso: string) => (iso ? tr('rpg.at', vnMoment(Date.parse(iso))) : '—');

/**
 * Runs a call, keeps its message or refusal, and draws the page again with it (`redraw`: the report,
 * or after a new report the list as well) — one fetch, so the message shows in that same drawing.
 */
async function act(
  p: Promise<{ ok: true; data: unknown } | { ok: false; error: string }>,
  redraw: () => Promise<void> = () => show(false),
): Promise<void> {
  const r = await p;
  if (!r.ok) message = { text: r.error, err: true };
  else {
    const d = r.data as { message?: string } | null;
    message = d?.message ? { text: d.message, err: false } : null;
  }
  await redraw();
}

/** A button that waits for its call (disabled meanwhile); the drawing that follows replaces it. */
function button(label: string, id: string, run: () => Promise<unknown>): HTMLButtonElement {
  const b = h('button', { type: 'button', 'data-testid': id }, label);
  b.addEventListener('click', () => void busy(b, run));
  return b;
}

/** The latest drawing asked for: an answer to an earlier one, arriving after it, is not drawn. */
let drawing = 0;

async function load(): Promise<void> {
  const r = await call('listReports');
  if (!r.ok) {
    app.replaceChildren(h('p', { className: 'msg err' }, r.error));
    return;
  }
  reports = r.data.reports;
  units = r.data.units;
  lang = r.data.lang === 'en' ? 'en' : 'vi';
  current ||= reports[0]?.taskId ?? '';
  await show(false);
}

async function show(refresh: boolean): Promise<void> {
  const picker = h('select', { 'data-testid': 'report-task' });
  for (const r of reports)
    picker.append(
      h(
        'option',
        { value: r.taskId, selected: r.taskId === current },
        `${r.taskId} – ${r.title} (${r.made ? `${Math.round(r.share * 100)} %` : tr('rpg.notMade')})`,
      ),
    );
  picker.addEventListener('change', () => {
    current = picker.value;
    message = null;
    void show(false);
  });
  const top: Node[] = [h('h1', {}, tr('rpg.title'))];
  if (!reports.length) {
    app.replaceChildren(...top, h('p', {}, tr('rpg.none')));
    return;
  }
  top.push(field(tr('rpg.task'), picker));
  const ticket = ++drawing;
  const r = current ? await call('getReport', current, { refresh }) : null;
  if (ticket !== drawing) return; // a later drawing (a refresh, another task) has been asked for
  if (r && !r.ok) message = { text: r.error, err: true };
  const note = message
    ? h('p', { className: `msg${message.err ? ' err' : ''}`, role: 'status' }, message.text)
    : null;
  const view = r && r.ok ? r.data : null;
  if (view && refresh && view.message) message = { text: view.message, err: false };
  app.replaceChildren(...top, note ?? '', view ? reportView(view) : r && r.ok ? outlineForm() : '');
}

function outlineForm(): HTMLElement {
  const title = h('input', { type: 'text', 'data-testid': 'report-title' });
  const basis = h('input', { type: 'text', 'data-testid': 'report-basis' });
  const due = h('input', { type: 'date', 'data-testid': 'report-due' });
  const outline = h('textarea', { 'data-testid': 'report-outline', placeholder: 'I. …\n1. …\nĐơn vị: …' });
  const unit = h(
    'select',
    { 'data-testid': 'report-unit' },
    ...units.map((u) => h('option', { value: u }, u)),
  );
  const add = h('button', { type: 'button' }, tr('rpg.addUnit'));
  add.addEventListener('click', () => {
    // "Đơn vị: X" on a new line after the line the cursor is on (or added to it when it is one).
    const v = outline.value;
    const end = v.indexOf('\n', outline.selectionStart);
    const at = end < 0 ? v.length : end;
    const line = v.slice(v.lastIndexOf('\n', at - 1) + 1, at);
    const text = /^đơn vị\s*:/i.test(line)
      ? `, ${unit.value}`
      : `${v && at ? '\n' : ''}Đơn vị: ${unit.value}`;
    outline.value = v.slice(0, at) + text + v.slice(at);
    outline.focus();
  });
  const create = button(tr('rpg.create'), 'report-create', () =>
    act(
      call('createReport', {
        taskId: current,
        title: title.value,
        basis: basis.value,
        outline: outline.value,
        unitsDeadline: due.value,
      }),
      load, // the list shows the new report's share
    ),
  );
  return h(
    'section',
    {},
    field(tr('rpg.reportTitle'), title),
    field(tr('rpg.basis'), basis),
    field(tr('rpg.due'), due),
    field(tr('rpg.outline'), outline, tr('rpg.outlineHint')),
    field(tr('rpg.unit'), unit),
    add,
    h('div', {}, create),
  );
}

function reportView(v: ReportView): HTMLElement {
  const p = v.progress;
  const note = h('input', { type: 'text', 'data-testid': 'report-note' });
  const refresh = button(tr('rpg.refresh'), 'report-refresh', () => show(true));
  const links = h(
    'p',
    {},
    h('a', { href: v.docUrl }, tr('rpg.openDoc')),
    ' · ',
    // Docs' version history (who changed what, in detail): unconfirmed address, docs/real-runtime-checklist.md.
    h('a', { href: `${v.docUrl}#history` }, tr('rpg.history')),
  );
  const list = h('ol', { className: 'sections' }, ...v.sections.map((s) => sectionItem(v, s, note)));
  const parts: (Node | string)[] = [
    h('p', { 'data-testid': 'report-progress' }, tr('rpg.progress', { done: p.accepted, total: p.total })),
    h('div', { className: 'bar' }, h('div', { style: `width:${Math.round(p.share * 100)}%` })),
    links,
    refresh,
    field(tr('rpg.note'), note),
    list,
  ];
  if (v.coordinator && p.total > 0 && p.share === 1 && !v.final)
    parts.push(
      button(tr('rpg.compile'), 'report-compile', () =>
        act(call('compileReport', v.taskId, { explanation: note.value })),
      ),
    );
  if (v.final)
    parts.push(
      h(
        'p',
        { 'data-testid': 'report-final' },
        h('a', { href: `https://docs.google.com/document/d/${v.final.doc}/edit` }, tr('rpg.final')),
        ' · ',
        h('a', { href: `https://drive.google.com/file/d/${v.final.pdf}/view` }, tr('rpg.pdf')),
      ),
    );
  parts.push(
    h('h2', { className: 'muted' }, tr('rpg.revisions')),
    h('p', { className: 'muted' }, tr('rpg.seen', { at: vnTime(v.seen) })),
    h('ul', {}, ...v.revisions.map((x) => h('li', { className: 'muted' }, `${vnTime(x.at)} — ${x.who}`))),
  );
  return h('section', {}, ...parts);
}

function sectionItem(v: ReportView, s: ReportSectionView, note: HTMLInputElement): HTMLElement {
  const li = h('li', { style: `padding-left:${(s.level - 1) * 12}px`, 'data-testid': 'report-section' });
  li.append(h('b', {}, s.heading));
  if (s.flag) li.append(' ', h('span', { className: 'flag' }, tr(`rpg.flag.${s.flag}` as ReportPageKey)));
  if (!s.state) return li;
  li.append(
    h(
      'div',
      {},
      h('span', { className: `state s-${s.state}`, 'data-state': s.state }, tr(`rpg.state.${s.state}`)),
    ),
    h('div', { className: 'muted' }, s.units.join(', ')),
    s.length
      ? h('div', { className: 'muted' }, tr('rpg.length', { n: s.length, at: vnTime(s.changed) }))
      : '',
    h('a', { href: s.link }, tr('rpg.open')),
  );
  const buttons = h('div', {});
  const mine = s.tasks.filter((id) => v.mine.includes(id));
  if (mine.length && (s.state === 'writing' || s.state === 'notStarted' || s.state === 'sentBack'))
    buttons.append(
      button(tr('rpg.submit'), 'report-submit', () =>
        act(call('reportResult', mine[0], { result: tr('rpg.submitted'), explanation: note.value })),
      ),
    );
  if (v.coordinator && s.state === 'submitted')
    for (const id of s.tasks)
      buttons.append(
        button(`${tr('rpg.accept')} ${id}`, 'report-accept', () => act(call('confirmTask', id))),
        button(`${tr('rpg.sendBack')} ${id}`, 'report-sendback', () =>
          act(call('sendBackTask', id, { reason: note.value })),
        ),
      );
  li.append(buttons);
  return li;
}

void load();
