/**
 * Weekly plans and monthly evaluations (issue 16), a page of its own shown in the sidebar (its button
 * there and "← Giao việc" here switch between the two): each action answers with the week or month as
 * it now is, so the page redraws from that reply.
 */
import type { PlansReply, PlanView } from '../server/plans';
import type { EvaluationsReply, FormView } from '../server/evaluation';
import type { Language } from '../core/language';
import { FIGURE_KEYS } from '../core/evaluation/prefill';
import { LEVEL_LABELS, LEVELS, type Level } from '../core/evaluation/score';
import { offeredQuality, showMonth } from '../core/evaluation/form';
import { PLANS_MESSAGES, type PlansKey } from '../core/i18n/plans';
import { translator, type MessageParams } from '../core/i18n/translate';
import { makeCall, type Reply } from '../client/rpc';
import { field, h, showDate } from '../client/dom';
import { toast } from '../client/toast';
import { busy } from '../client/busy';

const app = document.getElementById('app')!;
const t = /* @__PURE__ */ translator(PLANS_MESSAGES);
let lang: Language = 'vi';
const tr = (key: PlansKey, params: MessageParams = {}) => t(lang, key, params);
const call = makeCall((detail) => tr('p.connection', { detail }));

let tab: 'plans' | 'eval' = 'plans';
let plans: PlansReply | null = null;
let evals: EvaluationsReply | null = null;
const status = h('div', { className: 'status', role: 'status' });

/** Shows a reply: its data drawn, its message toasted, its refusal in red. */
function take<T extends { message?: string; lang: Language }>(r: Reply<T>, set: (d: T) => void): boolean {
  if (!r.ok) {
    status.textContent = r.error;
    status.className = 'status error';
    return false;
  }
  lang = r.data.lang;
  set(r.data);
  status.textContent = '';
  render();
  if (r.data.message) toast(r.data.message);
  return true;
}
const onPlans = (r: Reply<PlansReply>) => take(r, (d) => (plans = d));
const onEvals = (r: Reply<EvaluationsReply>) => take(r, (d) => (evals = d));

/** A button that waits for its action (disabled meanwhile). */
function act(label: string, fn: () => Promise<unknown>, primary = false): HTMLButtonElement {
  const b = h('button', { type: 'button', className: primary ? 'primary' : '' }, label);
  b.addEventListener('click', () => void busy(b, fn));
  return b;
}
const input = (value = '', attrs: Record<string, string | number> = {}) =>
  h('input', { type: 'text', value, ...attrs });
const levelSelect = (value: Level | '') =>
  h(
    'select',
    {},
    ...LEVELS.map((l) => h('option', { value: l, selected: l === value }, LEVEL_LABELS[l][lang])),
  );
const addDays = (iso: string, n: number) =>
  new Date(Date.parse(iso) + n * 86400000).toISOString().slice(0, 10);
const nextMonth = (m: string, n: number) => {
  const k = Number(m.slice(0, 4)) * 12 + Number(m.slice(5)) - 1 + n;
  return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
};

// ——— Weekly plan ————————————————————————————————————————————————————————————————

function myPlan(p: PlansReply): HTMLElement {
  const mine = p.mine;
  const rows: {
    what: HTMLInputElement;
    when: HTMLInputElement;
    expected: HTMLInputElement;
    taskId: HTMLInputElement;
  }[] = [];
  const list = h('div', {});
  const addRow = (i?: PlanView['items'][number], index?: number) => {
    const r = {
      what: input(i?.what, { maxLength: 500 }),
      when: input(i?.when, { maxLength: 100 }),
      expected: input(i?.expected, { maxLength: 500 }),
      taskId: input(i?.taskId, { maxLength: 40 }),
    };
    rows.push(r);
    const outcome =
      i && index !== undefined
        ? h(
            'select',
            {
              onchange: (e: Event) =>
                void call('markPlanItem', {
                  week: p.week,
                  index,
                  outcome: (e.target as HTMLSelectElement).value as 'done' | 'notDone' | 'moved',
                }).then(onPlans),
            },
            ...(['', 'done', 'notDone', 'moved'] as const).map((o) =>
              h('option', { value: o, selected: o === i.outcome, disabled: o === '' }, tr(`p.o.${o}`)),
            ),
          )
        : null;
    const box = h(
      'div',
      { className: 'item' },
      field(tr('p.what'), r.what),
      field(tr('p.when'), r.when),
      field(tr('p.expected'), r.expected),
      field(tr('p.taskId'), r.taskId),
      outcome ? field(tr('p.outcome'), outcome) : null,
      h(
        'button',
        { type: 'button', onclick: () => (box.remove(), rows.splice(rows.indexOf(r), 1)) },
        tr('p.remove'),
      ),
    );
    list.append(box);
  };
  (mine?.items ?? []).forEach((i, n) => addRow(i, n));
  if (!mine?.items.length) addRow();
  const items = () =>
    rows.map((r) => ({
      what: r.what.value,
      when: r.when.value,
      expected: r.expected.value,
      taskId: r.taskId.value,
    }));
  const save = (submit: boolean) =>
    call('saveWeekPlan', { week: p.week, items: items(), submit }).then(onPlans);
  return h(
    'div',
    { className: 'card', id: 'my-plan' },
    h(
      'h2',
      {},
      tr('p.mine'),
      mine ? h('span', { className: 'chip' }, tr(`p.s.${mine.status}`)) : null,
      mine?.late ? h('span', { className: 'chip warn' }, tr('p.late')) : null,
    ),
    mine?.comment ? h('div', { className: 'notice' }, `${tr('p.comment')}: ${mine.comment}`) : null,
    list,
    h('button', { type: 'button', onclick: () => addRow() }, tr('p.add')),
    h(
      'div',
      {},
      act(tr('p.save'), () => save(false)),
      act(tr('p.submit'), () => save(true), true),
    ),
  );
}

function teamPlan(p: PlansReply, v: PlanView): HTMLElement {
  const comment = h('textarea', { maxLength: 2000 }, v.comment);
  const review = (approve: boolean) =>
    call('reviewWeekPlan', { week: p.week, email: v.email, comment: comment.value, approve }).then(onPlans);
  return h(
    'div',
    { className: 'card team-plan', 'data-email': v.email },
    h('strong', {}, v.name),
    h('span', { className: 'chip' }, tr(`p.s.${v.status}`)),
    v.late ? h('span', { className: 'chip warn' }, tr('p.late')) : null,
    ...v.items.map((i, index) => {
      const deadline = h('input', { type: 'date' });
      return h(
        'div',
        { className: 'item' },
        `${index + 1}. ${[i.what, i.when, i.expected].filter(Boolean).join(' — ')}`,
        i.outcome ? ` (${tr(`p.o.${i.outcome}`)})` : '',
        i.taskId
          ? h('span', { className: 'chip' }, i.taskId)
          : h(
              'details',
              {},
              h('summary', {}, tr('p.toTask')),
              field(tr('p.deadline'), deadline),
              act(tr('p.assign'), () =>
                call('planItemToTask', {
                  week: p.week,
                  email: v.email,
                  index,
                  deadline: deadline.value,
                }).then(onPlans),
              ),
            ),
      );
    }),
    field(tr('p.comment'), comment),
    act(tr('p.saveComment'), () => review(false)),
    act(tr('p.approve'), () => review(true), true),
  );
}

function plansView(p: PlansReply): HTMLElement {
  const go = (n: number) => call('getWeekPlans', { week: addDays(p.week, n) }).then(onPlans);
  const team = p.team.length > 0 || p.missing.length > 0;
  return h(
    'div',
    {},
    h(
      'div',
      { className: 'nav' },
      act('◀', () => go(-7)),
      h(
        'div',
        {},
        h('strong', {}, tr('p.week', { week: showDate(p.week) })),
        h('div', { className: 'muted' }, tr('p.due', { deadline: p.deadline })),
      ),
      act('▶', () => go(7)),
    ),
    myPlan(p),
    team ? h('h2', {}, tr('p.team')) : null,
    team
      ? h(
          'div',
          { className: p.missing.length ? 'notice' : 'muted', id: 'missing' },
          p.missing.length
            ? tr('p.missing', { count: p.missing.length, names: p.missing.map((m) => m.name).join(', ') })
            : tr('p.allIn'),
        )
      : null,
    ...p.team.map((v) => teamPlan(p, v)),
  );
}

// ——— Monthly evaluation ——————————————————————————————————————————————————————————

function figures(f: FormView): HTMLElement {
  return h(
    'div',
    {},
    ...FIGURE_KEYS.map((k) =>
      h(
        'details',
        { className: `figure-${k}` },
        h('summary', {}, `${tr(`p.f.${k}`)}: ${f.figures[k].length}`),
        h('ul', {}, ...f.figures[k].map(([id, title]) => h('li', {}, title ? `${id} — ${title}` : id))),
      ),
    ),
    h('div', {}, tr('p.taskScore', { score: f.taskScore })),
  );
}

const result = (f: FormView) =>
  f.total === null || !f.level
    ? null
    : h(
        'div',
        { className: 'notice' },
        tr('p.result', { total: f.total, level: LEVEL_LABELS[f.level][lang] }),
      );

function myForm(e: EvaluationsReply, f: FormView): HTMLElement {
  const level = levelSelect(f.selfLevel);
  const note = h('textarea', { maxLength: 2000 }, f.selfNote);
  const open = f.status === 'prefilled' || f.status === 'self';
  return h(
    'div',
    { className: 'card', id: 'my-form' },
    h('h2', {}, tr('p.myForm'), h('span', { className: 'chip' }, tr(`p.e.${f.status}`))),
    figures(f),
    field(tr('p.selfLevel'), level),
    field(tr('p.selfNote'), note),
    open
      ? act(
          tr('p.sendSelf'),
          () =>
            call('selfEvaluate', { month: e.month, level: level.value as Level, note: note.value }).then(
              onEvals,
            ),
          true,
        )
      : null,
    result(f),
    f.strengths ? h('div', {}, `${tr('p.strengths')}: ${f.strengths}`) : null,
    f.weaknesses ? h('div', {}, `${tr('p.weaknesses')}: ${f.weaknesses}`) : null,
  );
}

function teamForm(e: EvaluationsReply, f: FormView): HTMLElement {
  const offered = Math.round(offeredQuality(f.figures) * 100);
  const general = h('input', {
    type: 'number',
    min: 0,
    max: e.generalMax,
    step: 0.5,
    value: f.general ?? '',
  });
  const quality = h('input', { type: 'number', min: 0, max: 100, value: f.quality ?? offered });
  const level = levelSelect(f.level || f.selfLevel);
  const strengths = h('textarea', { maxLength: 2000 }, f.strengths);
  const weaknesses = h('textarea', { maxLength: 2000 }, f.weaknesses);
  const rate = () =>
    call('rateEvaluation', {
      month: e.month,
      email: f.email,
      general: Number(general.value),
      quality: Number(quality.value),
      level: level.value as Level,
      strengths: strengths.value,
      weaknesses: weaknesses.value,
    }).then(onEvals);
  return h(
    'div',
    { className: 'card team-form', 'data-email': f.email },
    h('strong', {}, f.name),
    h('span', { className: 'chip' }, tr(`p.e.${f.status}`)),
    figures(f),
    f.selfLevel ? h('div', {}, `${tr('p.selfLevel')}: ${LEVEL_LABELS[f.selfLevel][lang]}`) : null,
    f.selfNote ? h('div', { className: 'muted' }, f.selfNote) : null,
    result(f),
    f.status === 'approved'
      ? null
      : h(
          'div',
          {},
          field(tr('p.general', { max: e.generalMax }), general),
          field(tr('p.quality'), quality),
          field(tr('p.level'), level),
          field(tr('p.strengths'), strengths),
          field(tr('p.weaknesses'), weaknesses),
          act(tr('p.rate'), rate, true),
        ),
  );
}

function evalView(e: EvaluationsReply): HTMLElement {
  const go = (n: number) => call('getEvaluations', { month: nextMonth(e.month, n) }).then(onEvals);
  const summary = h('div', { id: 'summary' });
  const loadSummary = async () => {
    const r = await call('getEvaluationSummary', { year: Number(e.month.slice(0, 4)) });
    if (!r.ok) return void (summary.textContent = r.error);
    const text = (a: { mean: number; level: Level } | null) =>
      a ? `${a.mean} · ${LEVEL_LABELS[a.level][lang]}` : tr('p.noResult');
    summary.replaceChildren(
      ...r.data.quarters.map((q, i) => h('div', {}, tr('p.quarter', { q: i + 1, text: text(q) }))),
      h('strong', {}, tr('p.year', { year: r.data.year, text: text(r.data.whole) })),
    );
  };
  return h(
    'div',
    {},
    h(
      'div',
      { className: 'nav' },
      act('◀', () => go(-1)),
      h('strong', {}, tr('p.month', { month: showMonth(e.month) })),
      act('▶', () => go(1)),
    ),
    e.canPrefill
      ? act(tr('p.prefill'), () => call('prefillEvaluations', { month: e.month }).then(onEvals))
      : null,
    e.mine ? myForm(e, e.mine) : h('p', { className: 'muted' }, tr('p.none')),
    e.team.length ? h('h2', {}, tr('p.teamForms')) : null,
    ...e.team.map((f) => teamForm(e, f)),
    e.canApprove
      ? h(
          'div',
          { className: 'card' },
          h('div', { className: e.cap.ok ? 'notice' : 'notice warn', id: 'cap' }, e.cap.text),
          act(tr('p.approveAll'), () => call('approveEvaluations', { month: e.month }).then(onEvals), true),
        )
      : null,
    act(tr('p.summary'), loadSummary),
    summary,
  );
}

// ——— The page ———————————————————————————————————————————————————————————————————

function render(): void {
  const tabs = (['plans', 'eval'] as const).map((k) =>
    h(
      'button',
      {
        type: 'button',
        role: 'tab',
        'aria-selected': String(k === tab),
        onclick: async () => {
          tab = k;
          if (k === 'eval' && !evals) await call('getEvaluations', {}).then(onEvals);
          render();
        },
      },
      tr(k === 'plans' ? 'p.tab.plans' : 'p.tab.eval'),
    ),
  );
  const body = tab === 'plans' ? (plans ? plansView(plans) : null) : evals ? evalView(evals) : null;
  app.replaceChildren(
    h(
      'div',
      { className: 'nav' },
      h('h1', {}, 'Nhắc Việc'),
      h('button', { type: 'button', onclick: () => void call('openPage', 'sidebar') }, tr('p.back')),
    ),
    h('div', { className: 'tabs', role: 'tablist' }, ...tabs),
    status,
    h('section', { role: 'tabpanel' }, body ?? h('p', { className: 'muted' }, tr('p.loading'))),
  );
}

render();
void call('getWeekPlans', {}).then(onPlans);
