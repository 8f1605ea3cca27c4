/**
 * A small formula language: enough to evaluate conditional-format rules such as `=$Q2="Late"` or
 * `=AND($P2<>"", $P2<TODAY())`, and simple cell formulas (`=HYPERLINK(...)`, `=SUM(A2:A10)`,
 * `=COUNTIF(B:B,"x")`). It is not a spreadsheet engine: formulas are evaluated when read, functions it
 * does not know yield '' (the formula itself is still recorded), and a formula that does not parse yields
 * '#ERROR!' as Sheets shows for a parse error.
 *
 * It also rewrites references when rows or columns are inserted, deleted or moved, as Sheets does for
 * formulas and conditional-format rules on the same sheet.
 */
import { columnLetter } from './a1';

export class FormulaError {
  constructor(readonly code: string) {}
}
/** Returned for functions the emulator does not implement: the cell reads as ''. */
export const UNSUPPORTED = new FormulaError('');

export type Scalar = number | string | boolean | null | FormulaError;
type Value = Scalar | Scalar[][];

interface RefEnd {
  col: number | null; // 1-based
  row: number | null;
  absCol: boolean;
  absRow: boolean;
}
interface RefToken {
  t: 'ref';
  sheet: string | null;
  a: RefEnd;
  b: RefEnd | null;
  pos: number;
  len: number;
}
type Token =
  | RefToken
  | { t: 'num'; v: number; pos: number }
  | { t: 'str'; v: string; pos: number }
  | { t: 'id'; v: string; pos: number }
  | { t: 'op'; v: string; pos: number };

const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const COL = String.raw`\$?[A-Za-z]{1,3}`;
const ROW = String.raw`\$?\d+`;
const SHEET = String.raw`(?:'(?:[^']|'')+'|[A-Za-z_\u00C0-\u1EF9][A-Za-z0-9_.\u00C0-\u1EF9]*)!`;
const REF_RE = new RegExp(
  String.raw`^(${SHEET})?(${CELL}(?::(?:${CELL}|${COL}))?|${COL}:${COL}|${ROW}:${ROW})(?![A-Za-z0-9_(])`,
);

function parseEnd(s: string): RefEnd {
  const m = /^(\$?)([A-Za-z]{1,3})?(\$?)(\d+)?$/.exec(s)!;
  let col: number | null = null;
  if (m[2]) {
    col = 0;
    for (const ch of m[2].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  }
  const absCol = m[2] ? m[1] === '$' : false;
  const absRow = m[2] ? m[3] === '$' : m[1] === '$';
  return { col, row: m[4] ? Number(m[4]) : null, absCol, absRow };
}

export function tokenize(src: string): Token[] | null {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let v = '';
      for (;;) {
        if (j >= src.length) return null;
        if (src[j] === '"') {
          if (src[j + 1] === '"') {
            v += '"';
            j += 2;
            continue;
          }
          break;
        }
        v += src[j++];
      }
      out.push({ t: 'str', v, pos: i });
      i = j + 1;
      continue;
    }
    const rest = src.slice(i);
    const ref = REF_RE.exec(rest);
    if (ref) {
      let sheet: string | null = null;
      if (ref[1]) {
        sheet = ref[1].slice(0, -1);
        if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
      }
      const [a, b] = ref[2].split(':');
      out.push({
        t: 'ref',
        sheet,
        a: parseEnd(a),
        b: b === undefined ? null : parseEnd(b),
        pos: i,
        len: ref[0].length,
      });
      i += ref[0].length;
      continue;
    }
    const num = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(rest);
    if (num) {
      out.push({ t: 'num', v: Number(num[0]), pos: i });
      i += num[0].length;
      continue;
    }
    const id = /^[A-Za-z_\u00C0-\u1EF9][A-Za-z0-9_.\u00C0-\u1EF9]*/.exec(rest);
    if (id) {
      out.push({ t: 'id', v: id[0], pos: i });
      i += id[0].length;
      continue;
    }
    const op = /^(<>|<=|>=|[=<>+\-*/^&%(),;{}])/.exec(rest);
    if (op) {
      out.push({ t: 'op', v: op[0], pos: i });
      i += op[0].length;
      continue;
    }
    return null;
  }
  return out;
}

export type Ast =
  | { k: 'num'; v: number }
  | { k: 'str'; v: string }
  | { k: 'bool'; v: boolean }
  | { k: 'ref'; tok: RefToken }
  | { k: 'name'; v: string }
  | { k: 'fn'; name: string; args: Ast[] }
  | { k: 'un'; op: string; e: Ast }
  | { k: 'pct'; e: Ast }
  | { k: 'bin'; op: string; l: Ast; r: Ast };

const astCache = new Map<string, Ast | null>();

/** Parses a formula ('=' optional); null when it does not parse. Parsed formulas are cached. */
export function parseFormula(formula: string): Ast | null {
  const src = formula.startsWith('=') ? formula.slice(1) : formula;
  const hit = astCache.get(src);
  if (hit !== undefined) return hit;
  let ast: Ast | null = null;
  const tokens = tokenize(src);
  if (tokens && tokens.length > 0) {
    try {
      const p = new Parser(tokens);
      ast = p.expr();
      if (!p.done()) ast = null;
    } catch {
      ast = null;
    }
  }
  if (astCache.size > 20_000) astCache.clear();
  astCache.set(src, ast);
  return ast;
}

class Parser {
  private i = 0;
  constructor(private readonly toks: Token[]) {}
  done(): boolean {
    return this.i >= this.toks.length;
  }
  private peekOp(...ops: string[]): string | null {
    const t = this.toks[this.i];
    return t && t.t === 'op' && ops.includes(t.v) ? t.v : null;
  }
  private expect(op: string): void {
    if (!this.peekOp(op)) throw new Error(`expected ${op}`);
    this.i++;
  }
  expr(): Ast {
    let l = this.concat();
    for (
      let op = this.peekOp('=', '<>', '<', '>', '<=', '>=');
      op;
      op = this.peekOp('=', '<>', '<', '>', '<=', '>=')
    ) {
      this.i++;
      l = { k: 'bin', op, l, r: this.concat() };
    }
    return l;
  }
  private concat(): Ast {
    let l = this.additive();
    while (this.peekOp('&')) {
      this.i++;
      l = { k: 'bin', op: '&', l, r: this.additive() };
    }
    return l;
  }
  private additive(): Ast {
    let l = this.term();
    for (let op = this.peekOp('+', '-'); op; op = this.peekOp('+', '-')) {
      this.i++;
      l = { k: 'bin', op, l, r: this.term() };
    }
    return l;
  }
  private term(): Ast {
    let l = this.unary();
    for (let op = this.peekOp('*', '/'); op; op = this.peekOp('*', '/')) {
      this.i++;
      l = { k: 'bin', op, l, r: this.unary() };
    }
    return l;
  }
  private unary(): Ast {
    const op = this.peekOp('+', '-');
    if (op) {
      this.i++;
      return { k: 'un', op, e: this.unary() };
    }
    return this.power();
  }
  private power(): Ast {
    let l = this.postfix();
    while (this.peekOp('^')) {
      this.i++;
      l = { k: 'bin', op: '^', l, r: this.postfix() };
    }
    return l;
  }
  private postfix(): Ast {
    let e = this.primary();
    while (this.peekOp('%')) {
      this.i++;
      e = { k: 'pct', e };
    }
    return e;
  }
  private primary(): Ast {
    const t = this.toks[this.i++];
    if (!t) throw new Error('unexpected end');
    switch (t.t) {
      case 'num':
        return { k: 'num', v: t.v };
      case 'str':
        return { k: 'str', v: t.v };
      case 'ref':
        return { k: 'ref', tok: t };
      case 'id': {
        if (this.peekOp('(')) {
          this.i++;
          const args: Ast[] = [];
          if (!this.peekOp(')')) {
            for (;;) {
              args.push(this.expr());
              if (this.peekOp(',', ';')) {
                this.i++;
                continue;
              }
              break;
            }
          }
          this.expect(')');
          return { k: 'fn', name: t.v.toUpperCase(), args };
        }
        const up = t.v.toUpperCase();
        if (up === 'TRUE' || up === 'FALSE') return { k: 'bool', v: up === 'TRUE' };
        return { k: 'name', v: t.v };
      }
      case 'op':
        if (t.v === '(') {
          const e = this.expr();
          this.expect(')');
          return e;
        }
        throw new Error(`unexpected ${t.v}`);
    }
  }
}

/** What the evaluator needs from the sheet. Indexes are 0-based. */
export interface EvalEnv {
  /** A cell's value (date cells as serials), from the sheet named `sheet` (null: the formula's own). */
  cell(sheet: string | null, r0: number, c0: number, depth: number): Scalar;
  size(sheet: string | null): { rows: number; cols: number } | null;
  /** Today's and now's serials in the spreadsheet's time zone. */
  today: number;
  now: number;
  /** How far relative references move (conditional-format rules are written for the range's first cell). */
  rowShift: number;
  colShift: number;
  depth: number;
}

const err = (code: string) => new FormulaError(code);
const isErr = (v: unknown): v is FormulaError => v instanceof FormulaError;

function resolveRef(tok: RefToken, env: EvalEnv): Value {
  const size = env.size(tok.sheet);
  if (!size) return err('#REF!');
  const shiftR = (e: RefEnd) => (e.row === null ? null : e.row - 1 + (e.absRow ? 0 : env.rowShift));
  const shiftC = (e: RefEnd) => (e.col === null ? null : e.col - 1 + (e.absCol ? 0 : env.colShift));
  const r0 = shiftR(tok.a);
  const c0 = shiftC(tok.a);
  if (!tok.b) {
    if (r0 === null || c0 === null || r0 < 0 || c0 < 0) return err('#REF!');
    if (r0 >= size.rows || c0 >= size.cols) return null;
    return env.cell(tok.sheet, r0, c0, env.depth + 1);
  }
  const r1 = shiftR(tok.b);
  const c1 = shiftC(tok.b);
  const rLo = r0 ?? 0;
  const rHi = Math.min(r1 ?? size.rows - 1, size.rows - 1);
  const cLo = c0 ?? 0;
  const cHi = Math.min(c1 ?? size.cols - 1, size.cols - 1);
  if (rLo < 0 || cLo < 0) return err('#REF!');
  const out: Scalar[][] = [];
  for (let r = Math.min(rLo, rHi); r <= Math.max(rLo, rHi); r++) {
    const row: Scalar[] = [];
    for (let c = Math.min(cLo, cHi); c <= Math.max(cLo, cHi); c++)
      row.push(env.cell(tok.sheet, r, c, env.depth + 1));
    out.push(row);
  }
  return out;
}

/** The first cell of a range, or the value itself. */
function scalar(v: Value): Scalar {
  if (Array.isArray(v)) return v[0]?.[0] ?? null;
  return v;
}
function flat(v: Value): Scalar[] {
  return Array.isArray(v) ? v.flat() : [v];
}

function toNumber(v: Scalar): number | FormulaError {
  if (isErr(v)) return v;
  if (v === null || v === '') return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const n = Number(v.trim());
  return v.trim() !== '' && Number.isFinite(n) ? n : err('#VALUE!');
}
function toText(v: Scalar): string | FormulaError {
  if (isErr(v)) return v;
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}
function toBool(v: Scalar): boolean | FormulaError {
  if (isErr(v)) return v;
  if (v === null || v === '') return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  const up = v.toUpperCase();
  if (up === 'TRUE') return true;
  if (up === 'FALSE') return false;
  return err('#VALUE!');
}

/** Sheets' ordering: numbers < text < booleans; text compares case-insensitively; blank is 0 or "". */
function compare(a: Scalar, b: Scalar): number {
  const rank = (v: Scalar) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  if (a === null) a = typeof b === 'string' ? '' : typeof b === 'boolean' ? false : 0;
  if (b === null) b = typeof a === 'string' ? '' : typeof a === 'boolean' ? false : 0;
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === 'string') {
    const x = a.toLowerCase();
    const y = (b as string).toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Number(a) - Number(b);
}

/** A COUNTIF/SUMIF criterion: "x", ">5", "<>done", wildcards * and ?. */
function criterion(c: Scalar): (v: Scalar) => boolean {
  if (typeof c !== 'string') return (v) => !isErr(v) && compare(v, c) === 0 && v !== null;
  const m = /^(<>|<=|>=|=|<|>)?(.*)$/s.exec(c)!;
  const op = m[1] ?? '=';
  const raw = m[2];
  const n = raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : null;
  const target: Scalar = n ?? raw;
  if ((op === '=' || op === '<>') && typeof target === 'string' && /[*?]/.test(target)) {
    const re = new RegExp(
      `^${target
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`,
      'i',
    );
    return (v) => (op === '=') === (!isErr(v) && re.test(toText(v) as string));
  }
  return (v) => {
    if (isErr(v)) return false;
    if (op === '=' && target === '') return v === null || v === '';
    if (op === '<>' && target === '') return !(v === null || v === '');
    if (v === null) return op === '<>';
    if (typeof target === 'number' && typeof v !== 'number') return op === '<>';
    const d = compare(v, target);
    return op === '='
      ? d === 0
      : op === '<>'
        ? d !== 0
        : op === '<'
          ? d < 0
          : op === '>'
            ? d > 0
            : op === '<='
              ? d <= 0
              : d >= 0;
  };
}

type Fn = (args: Ast[], env: EvalEnv) => Value;

const num1 =
  (f: (n: number) => number): Fn =>
  (args, env) => {
    const n = toNumber(scalar(evaluate(args[0], env)));
    return isErr(n) ? n : f(n);
  };
const text1 =
  (f: (s: string) => Scalar): Fn =>
  (args, env) => {
    const s = toText(scalar(evaluate(args[0], env)));
    return isErr(s) ? s : f(s);
  };
const isBlank = (v: Scalar) => v === null;

const FUNCTIONS: Record<string, Fn> = {
  AND: (args, env) => {
    let result = true;
    for (const a of args) {
      for (const v of flat(evaluate(a, env))) {
        if (v === null) continue;
        const b = toBool(v);
        if (isErr(b)) return b;
        result = result && b;
      }
    }
    return result;
  },
  OR: (args, env) => {
    let result = false;
    for (const a of args) {
      for (const v of flat(evaluate(a, env))) {
        if (v === null) continue;
        const b = toBool(v);
        if (isErr(b)) return b;
        result = result || b;
      }
    }
    return result;
  },
  NOT: (args, env) => {
    const b = toBool(scalar(evaluate(args[0], env)));
    return isErr(b) ? b : !b;
  },
  IF: (args, env) => {
    const b = toBool(scalar(evaluate(args[0], env)));
    if (isErr(b)) return b;
    if (b) return args[1] ? evaluate(args[1], env) : true;
    return args[2] ? evaluate(args[2], env) : false;
  },
  IFERROR: (args, env) => {
    const v = evaluate(args[0], env);
    return isErr(scalar(v)) ? (args[1] ? evaluate(args[1], env) : '') : v;
  },
  ISBLANK: (args, env) => isBlank(scalar(evaluate(args[0], env))),
  ISNUMBER: (args, env) => typeof scalar(evaluate(args[0], env)) === 'number',
  ISTEXT: (args, env) => typeof scalar(evaluate(args[0], env)) === 'string',
  ISERROR: (args, env) => isErr(scalar(evaluate(args[0], env))),
  TODAY: (_a, env) => env.today,
  NOW: (_a, env) => env.now,
  DATE: (args, env) => {
    const [y, m, d] = args.map((a) => toNumber(scalar(evaluate(a, env))));
    for (const x of [y, m, d]) if (isErr(x)) return x;
    const ms = Date.UTC(y as number, (m as number) - 1, d as number);
    return (ms - Date.UTC(1899, 11, 30)) / 86_400_000;
  },
  YEAR: num1((n) => new Date(Date.UTC(1899, 11, 30) + Math.floor(n) * 86_400_000).getUTCFullYear()),
  MONTH: num1((n) => new Date(Date.UTC(1899, 11, 30) + Math.floor(n) * 86_400_000).getUTCMonth() + 1),
  DAY: num1((n) => new Date(Date.UTC(1899, 11, 30) + Math.floor(n) * 86_400_000).getUTCDate()),
  LEN: text1((s) => s.length),
  TRIM: text1((s) => s.trim().replace(/ +/g, ' ')),
  UPPER: text1((s) => s.toUpperCase()),
  LOWER: text1((s) => s.toLowerCase()),
  VALUE: (args, env) => toNumber(scalar(evaluate(args[0], env))),
  ABS: num1(Math.abs),
  ROUND: (args, env) => {
    const n = toNumber(scalar(evaluate(args[0], env)));
    const d = args[1] ? toNumber(scalar(evaluate(args[1], env))) : 0;
    if (isErr(n)) return n;
    if (isErr(d)) return d;
    const f = 10 ** d;
    return Math.round(n * f) / f;
  },
  CONCATENATE: (args, env) => {
    let s = '';
    for (const a of args) {
      for (const v of flat(evaluate(a, env))) {
        const t = toText(v);
        if (isErr(t)) return t;
        s += t;
      }
    }
    return s;
  },
  EXACT: (args, env) => toText(scalar(evaluate(args[0], env))) === toText(scalar(evaluate(args[1], env))),
  REGEXMATCH: (args, env) => {
    const s = toText(scalar(evaluate(args[0], env)));
    const re = toText(scalar(evaluate(args[1], env)));
    if (isErr(s)) return s;
    if (isErr(re)) return re;
    try {
      return new RegExp(re).test(s);
    } catch {
      return err('#REF!');
    }
  },
  SUM: (args, env) => {
    let s = 0;
    for (const a of args) {
      const v = evaluate(a, env);
      for (const x of flat(v)) {
        if (isErr(x)) return x;
        if (typeof x === 'number') s += x;
        else if (!Array.isArray(v) && x !== null) {
          const n = toNumber(x);
          if (isErr(n)) return n;
          s += n;
        }
      }
    }
    return s;
  },
  COUNT: (args, env) =>
    args.reduce((n, a) => n + flat(evaluate(a, env)).filter((x) => typeof x === 'number').length, 0),
  COUNTA: (args, env) =>
    args.reduce((n, a) => n + flat(evaluate(a, env)).filter((x) => x !== null).length, 0),
  COUNTBLANK: (args, env) => flat(evaluate(args[0], env)).filter((x) => x === null || x === '').length,
  COUNTIF: (args, env) => {
    const test = criterion(scalar(evaluate(args[1], env)));
    return flat(evaluate(args[0], env)).filter(test).length;
  },
  COUNTIFS: (args, env) => {
    const ranges: Scalar[][] = [];
    const tests: ((v: Scalar) => boolean)[] = [];
    for (let i = 0; i + 1 < args.length; i += 2) {
      ranges.push(flat(evaluate(args[i], env)));
      tests.push(criterion(scalar(evaluate(args[i + 1], env))));
    }
    const n = ranges[0]?.length ?? 0;
    let count = 0;
    for (let k = 0; k < n; k++) if (tests.every((t, j) => t(ranges[j][k] ?? null))) count++;
    return count;
  },
  SUMIF: (args, env) => {
    const range = flat(evaluate(args[0], env));
    const test = criterion(scalar(evaluate(args[1], env)));
    const sums = args[2] ? flat(evaluate(args[2], env)) : range;
    let s = 0;
    range.forEach((v, k) => {
      const x = sums[k];
      if (test(v) && typeof x === 'number') s += x;
    });
    return s;
  },
  MIN: (args, env) => {
    const ns = args.flatMap((a) => flat(evaluate(a, env))).filter((x): x is number => typeof x === 'number');
    return ns.length ? Math.min(...ns) : 0;
  },
  MAX: (args, env) => {
    const ns = args.flatMap((a) => flat(evaluate(a, env))).filter((x): x is number => typeof x === 'number');
    return ns.length ? Math.max(...ns) : 0;
  },
  AVERAGE: (args, env) => {
    const ns = args.flatMap((a) => flat(evaluate(a, env))).filter((x): x is number => typeof x === 'number');
    return ns.length ? ns.reduce((s, x) => s + x, 0) / ns.length : err('#DIV/0!');
  },
  HYPERLINK: (args, env) => scalar(evaluate(args[1] ?? args[0], env)),
  IMAGE: () => '',
};

/** Evaluates an expression. Unknown functions give `UNSUPPORTED`; unknown names give '#NAME?'. */
export function evaluate(ast: Ast, env: EvalEnv): Value {
  if (env.depth > 64) return err('#REF!'); // circular dependency
  switch (ast.k) {
    case 'num':
      return ast.v;
    case 'str':
      return ast.v;
    case 'bool':
      return ast.v;
    case 'ref':
      return resolveRef(ast.tok, env);
    case 'name':
      return err('#NAME?');
    case 'fn': {
      const f = FUNCTIONS[ast.name];
      return f ? f(ast.args, env) : UNSUPPORTED;
    }
    case 'un': {
      const n = toNumber(scalar(evaluate(ast.e, env)));
      return isErr(n) ? n : ast.op === '-' ? -n : n;
    }
    case 'pct': {
      const n = toNumber(scalar(evaluate(ast.e, env)));
      return isErr(n) ? n : n / 100;
    }
    case 'bin': {
      const l = scalar(evaluate(ast.l, env));
      const r = scalar(evaluate(ast.r, env));
      if (l === UNSUPPORTED || r === UNSUPPORTED) return UNSUPPORTED;
      if (isErr(l)) return l;
      if (isErr(r)) return r;
      switch (ast.op) {
        case '=':
          return compare(l, r) === 0;
        case '<>':
          return compare(l, r) !== 0;
        case '<':
          return compare(l, r) < 0;
        case '>':
          return compare(l, r) > 0;
        case '<=':
          return compare(l, r) <= 0;
        case '>=':
          return compare(l, r) >= 0;
        case '&':
          return `${toText(l) as string}${toText(r) as string}`;
      }
      const a = toNumber(l);
      const b = toNumber(r);
      if (isErr(a)) return a;
      if (isErr(b)) return b;
      switch (ast.op) {
        case '+':
          return a + b;
        case '-':
          return a - b;
        case '*':
          return a * b;
        case '/':
          return b === 0 ? err('#DIV/0!') : a / b;
        case '^':
          return a ** b;
      }
      return err('#ERROR!');
    }
  }
}

/** Evaluates a formula to the single value a cell shows: '' when unsupported, error codes as text. */
export function evaluateFormula(formula: string, env: EvalEnv): number | string | boolean | null {
  const ast = parseFormula(formula);
  if (!ast) return '#ERROR!';
  const v = scalar(evaluate(ast, env));
  if (v === UNSUPPORTED) return '';
  if (isErr(v)) return v.code;
  return v;
}

/** Whether a formula's result is a date (so a cell without a format gets a date format). */
export function formulaYieldsDate(formula: string): boolean {
  return /^=\s*(TODAY|NOW|DATE)\s*\(/i.test(formula);
}

/** The URL of `=IMAGE("url")`, for a host to draw. */
export function imageFormulaUrl(formula: string): string | null {
  const ast = parseFormula(formula);
  if (ast?.k === 'fn' && ast.name === 'IMAGE' && ast.args[0]?.k === 'str') return ast.args[0].v;
  return null;
}

/**
 * A structural change along one dimension, as functions of 0-based indexes: `index` maps one row or
 * column (null when it was deleted), `span` maps a half-open interval (null when all of it was deleted).
 */
export interface DimensionMap {
  dim: 'ROWS' | 'COLUMNS';
  index(i: number): number | null;
  span(start: number, end: number): [number, number] | null;
}

const letters = columnLetter;

function writeEnd(e: RefEnd): string {
  const c = e.col === null ? '' : `${e.absCol ? '$' : ''}${letters(e.col)}`;
  const r = e.row === null ? '' : `${e.absRow ? '$' : ''}${e.row}`;
  return c + r;
}

function writeSheet(sheet: string | null): string {
  if (sheet === null) return '';
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}

/**
 * Rewrites the references of `formula` that point into the sheet `sheetName` after a structural change
 * on it (references to other sheets are left alone). A reference to a deleted cell becomes #REF!.
 */
export function adjustFormula(
  formula: string,
  sheetName: string,
  isOwnSheet: boolean,
  map: DimensionMap,
): string {
  if (!formula.startsWith('=')) return formula;
  const src = formula.slice(1);
  const tokens = tokenize(src);
  if (!tokens) return formula;
  let out = '';
  let last = 0;
  const key = map.dim === 'ROWS' ? 'row' : 'col';
  for (const t of tokens) {
    if (t.t !== 'ref') continue;
    const targets = t.sheet === null ? isOwnSheet : t.sheet === sheetName;
    if (!targets) continue;
    let replacement: string;
    const a = { ...t.a };
    if (!t.b) {
      const v = a[key];
      if (v === null) continue;
      const m = map.index(v - 1);
      replacement = m === null ? '#REF!' : writeSheet(t.sheet) + writeEnd({ ...a, [key]: m + 1 });
    } else {
      const b = { ...t.b };
      const va = a[key];
      const vb = b[key];
      if (va === null || vb === null) continue; // whole rows/columns along the other dimension
      const lo = Math.min(va, vb);
      const hi = Math.max(va, vb);
      const s = map.span(lo - 1, hi);
      if (s === null) replacement = '#REF!';
      else {
        a[key] = s[0] + 1;
        b[key] = s[1];
        replacement = `${writeSheet(t.sheet)}${writeEnd(a)}:${writeEnd(b)}`;
      }
    }
    out += src.slice(last, t.pos) + replacement;
    last = t.pos + t.len;
  }
  return '=' + out + src.slice(last);
}

/**
 * Moves a formula's relative references by (dr, dc), as filling or copying a formula to another cell
 * does; absolute parts ($A$1) stay. A reference moved off the sheet becomes #REF!.
 */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  if ((dr === 0 && dc === 0) || !formula.startsWith('=')) return formula;
  const src = formula.slice(1);
  const tokens = tokenize(src);
  if (!tokens) return formula;
  let out = '';
  let last = 0;
  const move = (e: RefEnd): RefEnd | null => {
    const col = e.col === null || e.absCol ? e.col : e.col + dc;
    const row = e.row === null || e.absRow ? e.row : e.row + dr;
    if ((col !== null && col < 1) || (row !== null && row < 1)) return null;
    return { ...e, col, row };
  };
  for (const t of tokens) {
    if (t.t !== 'ref') continue;
    const a = move(t.a);
    const b = t.b ? move(t.b) : null;
    const replacement =
      !a || (t.b && !b) ? '#REF!' : `${writeSheet(t.sheet)}${writeEnd(a)}${b ? `:${writeEnd(b)}` : ''}`;
    out += src.slice(last, t.pos) + replacement;
    last = t.pos + t.len;
  }
  return '=' + out + src.slice(last);
}
