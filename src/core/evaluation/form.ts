/**
 * A monthly evaluation form and its steps: prefilled from the register → self-assessed by the official
 * → rated by the unit's leader (general criteria, quality, level, strengths and weaknesses) → approved
 * and published by the head of the agency. Each step checks its input here and refuses in words; bad
 * input changes nothing.
 */
import type { Language } from '../language';
import { t, UserError } from '../messages';
import { countsOf, type Figures } from './prefill';
import { LEVEL_LABELS, LEVELS, levelAllowed, levelOf, taskScore, type EvalRules, type Level } from './score';

export type FormStatus = 'prefilled' | 'self' | 'rated' | 'approved';
export const FORM_STATUSES: readonly FormStatus[] = ['prefilled', 'self', 'rated', 'approved'];

export interface Form {
  /** `YYYY-MM`. */
  month: string;
  email: string;
  name: string;
  unit: string;
  status: FormStatus;
  figures: Figures;
  /** The task-result score with the quality the prefill offers (quantity) or the leader set. */
  taskScore: number;
  selfLevel: Level | '';
  selfNote: string;
  general: number | null;
  /** 0–100. */
  quality: number | null;
  total: number | null;
  level: Level | '';
  strengths: string;
  weaknesses: string;
  rater: string;
  approver: string;
}

/** `YYYY-MM` from `YYYY-MM` or `MM/YYYY`; null otherwise. */
export function parseMonth(raw: unknown): string | null {
  const s = String(raw ?? '').trim();
  const m = /^(\d{4})-(\d{1,2})$/.exec(s) ?? /^(\d{1,2})\/(\d{4})$/.exec(s);
  if (!m) return null;
  const [y, mo] = s.includes('/') ? [m[2], m[1]] : [m[1], m[2]];
  const n = Number(mo);
  return n >= 1 && n <= 12 ? `${y}-${String(n).padStart(2, '0')}` : null;
}

export const showMonth = (month: string) => `${month.slice(5)}/${month.slice(0, 4)}`;

/** The quality the prefill offers: the share of due tasks done (all when none was due). */
export function offeredQuality(f: Figures): number {
  const c = countsOf(f);
  return c.due ? (c.onTime + c.late) / c.due : 1;
}

/**
 * The form with the register's figures of the month: a new one, or one not yet rated brought up to
 * date. A rated or approved form keeps its figures (what was rated stays as it was).
 */
export function prefillForm(
  existing: Form | null,
  who: { email: string; name: string; unit: string },
  month: string,
  figures: Figures,
  r: EvalRules,
): Form {
  if (existing && (existing.status === 'rated' || existing.status === 'approved')) return existing;
  const base: Form = existing ?? {
    month,
    ...who,
    status: 'prefilled',
    figures,
    taskScore: 0,
    selfLevel: '',
    selfNote: '',
    general: null,
    quality: null,
    total: null,
    level: '',
    strengths: '',
    weaknesses: '',
    rater: '',
    approver: '',
  };
  return { ...base, figures, taskScore: taskScore(countsOf(figures), offeredQuality(figures), r) };
}

const text = (v: unknown, max: number) =>
  String(v ?? '')
    .normalize('NFC')
    .trim()
    .slice(0, max);

function parseLevel(raw: unknown, lang: Language): Level {
  if (LEVELS.includes(raw as Level)) return raw as Level;
  throw new UserError(
    'eval.badLevel',
    { levels: LEVELS.map((l) => LEVEL_LABELS[l][lang]).join('; ') },
    [],
    lang,
  );
}

function wrongStep(form: Form, lang: Language): UserError {
  return new UserError(
    'eval.wrongStep',
    {
      month: showMonth(form.month),
      name: form.name || form.email,
      status: t(lang, `eval.status.${form.status}`),
    },
    [],
    lang,
  );
}

/** The official's own level and notes; until the leader has rated. */
export function selfAssess(form: Form, input: { level?: unknown; note?: unknown }, lang: Language): Form {
  if (form.status !== 'prefilled' && form.status !== 'self') throw wrongStep(form, lang);
  return {
    ...form,
    status: 'self',
    selfLevel: parseLevel(input.level, lang),
    selfNote: text(input.note, 2000),
  };
}

function score(raw: unknown, max: number, field: string, lang: Language): number {
  const n =
    typeof raw === 'number'
      ? raw
      : Number(
          String(raw ?? '')
            .trim()
            .replace(',', '.'),
        );
  if (String(raw ?? '').trim() === '' || !Number.isFinite(n) || n < 0 || n > max)
    throw new UserError('eval.badScore', { field, max }, [], lang);
  return Math.round(n * 100) / 100;
}

export interface RateInput {
  general?: unknown;
  quality?: unknown;
  level?: unknown;
  strengths?: unknown;
  weaknesses?: unknown;
}

/**
 * The leader's rating: general criteria (0–generalMax), quality (0–100 %), a level no higher than the
 * total reaches, strengths and weaknesses. Until the head has approved.
 */
export function rate(form: Form, input: RateInput, by: string, r: EvalRules, lang: Language): Form {
  if (form.status === 'approved') throw wrongStep(form, lang);
  const general = score(input.general, r.generalMax, t(lang, 'eval.general'), lang);
  const quality = score(input.quality, 100, t(lang, 'eval.quality'), lang);
  const level = parseLevel(input.level, lang);
  const strengths = text(input.strengths, 2000);
  const weaknesses = text(input.weaknesses, 2000);
  if (!strengths || !weaknesses) throw new UserError('eval.reasons', {}, [], lang);
  const ts = taskScore(countsOf(form.figures), quality / 100, r);
  const total = Math.round((general + ts) * 100) / 100;
  if (!levelAllowed(level, total, r))
    throw new UserError(
      'eval.levelTooHigh',
      { total, allowed: LEVEL_LABELS[levelOf(total, r)][lang] },
      [],
      lang,
    );
  return {
    ...form,
    status: 'rated',
    general,
    quality,
    taskScore: ts,
    total,
    level,
    strengths,
    weaknesses,
    rater: by,
  };
}
