/**
 * `HtmlService`: HTML outputs (sidebars, dialogs, PDFs made from HTML) and templates with scriptlets.
 *
 * Templates: `<? code ?>` runs code, `<?= expr ?>` prints with contextual escaping, `<?!= expr ?>`
 * prints as is. Variables are set as properties of the template (`t.data = …`) and are in scope in
 * the scriptlets, as are the script's globals (so `<?!= include('Css') ?>` calls the script's own
 * function): the template compiles to a function of the script's realm.
 *
 * HtmlTemplate is the one emulated class that scripts assign properties to, which the instrumenting
 * proxy forbids; so templates are handed out unproxied and count their own calls.
 */
import type { Models } from '../models';
import {
  appsScriptError,
  authorize,
  instrument,
  markEmulated,
  tagEmulated,
  type Execution,
} from '../runtime';
import type { ServiceContext } from '../world';
import { Blob, escapeHtml, encodeString } from './utilities';

export const SandboxMode = Object.freeze({ EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' });
export const XFrameOptionsMode = Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' });

export class HtmlOutputMetaTag implements Models<
  GoogleAppsScript.HTML.HtmlOutputMetaTag,
  'getContent' | 'getName'
> {
  constructor(
    private readonly name: string,
    private readonly content: string,
  ) {}
  getName(): string {
    return this.name;
  }
  getContent(): string {
    return this.content;
  }
}
markEmulated(HtmlOutputMetaTag, 'HtmlOutputMetaTag', 'html');

export class HtmlOutput implements Models<
  GoogleAppsScript.HTML.HtmlOutput,
  | 'addMetaTag'
  | 'append'
  | 'appendUntrusted'
  | 'asTemplate'
  | 'clear'
  | 'getAs'
  | 'getBlob'
  | 'getContent'
  | 'getFaviconUrl'
  | 'getHeight'
  | 'getMetaTags'
  | 'getTitle'
  | 'getWidth'
  | 'setContent'
  | 'setFaviconUrl'
  | 'setHeight'
  | 'setSandboxMode'
  | 'setTitle'
  | 'setWidth'
  | 'setXFrameOptionsMode'
> {
  private content: string;
  private title = '';
  private width?: number;
  private height?: number;
  private faviconUrl?: string;
  private sandboxMode: string = SandboxMode.IFRAME;
  private xFrameOptionsMode: string = XFrameOptionsMode.DEFAULT;
  private readonly metaTags: HtmlOutputMetaTag[] = [];

  constructor(
    private readonly ctx: ServiceContext,
    content = '',
  ) {
    this.content = content;
  }

  getContent(): string {
    return this.content;
  }
  setContent(content: string): HtmlOutput {
    this.content = String(content);
    return this;
  }
  append(addedContent: string): HtmlOutput {
    this.content += String(addedContent);
    return this;
  }
  appendUntrusted(addedContent: string): HtmlOutput {
    this.content += escapeHtml(String(addedContent));
    return this;
  }
  clear(): HtmlOutput {
    this.content = '';
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): HtmlOutput {
    this.title = String(title);
    return this;
  }
  getWidth(): number {
    return this.width as number;
  }
  setWidth(width: number): HtmlOutput {
    this.width = Number(width);
    return this;
  }
  getHeight(): number {
    return this.height as number;
  }
  setHeight(height: number): HtmlOutput {
    this.height = Number(height);
    return this;
  }
  /** Only IFRAME exists today; the other modes are accepted and ignored, as in Apps Script. */
  setSandboxMode(mode: string): HtmlOutput {
    this.sandboxMode = String(mode);
    return this;
  }
  setXFrameOptionsMode(mode: string): HtmlOutput {
    this.xFrameOptionsMode = String(mode);
    return this;
  }
  getFaviconUrl(): string {
    return this.faviconUrl as string;
  }
  setFaviconUrl(iconUrl: string): HtmlOutput {
    this.faviconUrl = String(iconUrl);
    return this;
  }
  addMetaTag(name: string, content: string): HtmlOutput {
    this.metaTags.push(new HtmlOutputMetaTag(String(name), String(content)));
    return this;
  }
  getMetaTags(): HtmlOutputMetaTag[] {
    return this.ctx.exec.realm.Array.from(this.metaTags);
  }
  getBlob(): Blob {
    return new Blob(encodeString(this.content), 'text/html', this.title || null, this.ctx.exec.realm);
  }
  getAs(contentType: string): Blob {
    return this.getBlob().getAs(contentType);
  }
  asTemplate(): HtmlTemplate {
    return new HtmlTemplate(this.ctx, this.content);
  }

  /** Emulator-internal: what the Ui records when it shows this output. */
  _snapshot(): { html: string; title: string; width?: number; height?: number; xFrameOptionsMode: string } {
    return {
      html: this.content,
      title: this.title,
      width: this.width,
      height: this.height,
      xFrameOptionsMode: this.xFrameOptionsMode,
    };
  }
  _sandboxMode(): string {
    return this.sandboxMode;
  }
}
markEmulated(HtmlOutput, 'HtmlOutput', 'html');

// ---------------------------------------------------------------------------------------------------
// Templates

type Part =
  { kind: 'text'; text: string } | { kind: 'code' | 'print' | 'raw'; code: string; inScript: boolean };

function parseTemplate(source: string): Part[] {
  const parts: Part[] = [];
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  let inScript = false;
  const track = (text: string) => {
    // Whether printing scriptlets that follow are inside a client-side <script> element.
    const tags = text.match(/<\/?script\b/gi) ?? [];
    for (const t of tags) inScript = !t.startsWith('</');
  };
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const text = source.slice(last, m.index);
    if (text) parts.push({ kind: 'text', text });
    track(text);
    const kind = m[1] === '=' ? 'print' : m[1] === '!=' ? 'raw' : 'code';
    parts.push({ kind, code: m[2], inScript });
    last = re.lastIndex;
  }
  const rest = source.slice(last);
  if (rest) parts.push({ kind: 'text', text: rest });
  return parts;
}

/** The JavaScript a template compiles to (what `getCode()` shows). */
function compile(parts: Part[]): string {
  return parts
    .map((p) => {
      if (p.kind === 'text') return `__emit(${JSON.stringify(p.text)});`;
      if (p.kind === 'code') return `${p.code}\n`;
      const how = p.kind === 'raw' ? '__raw' : p.inScript ? '__js' : '__html';
      return `__emit(${how}(${p.code.trim().replace(/;\s*$/, '')}));`;
    })
    .join('\n');
}

function printable(v: unknown): string {
  return v === undefined || v === null ? '' : String(v);
}

/** Inside <script>, a printed value becomes a JavaScript literal that cannot close the element. */
function jsLiteral(v: unknown): string {
  const json = JSON.stringify(v === undefined ? null : v) ?? 'null';
  return json.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

export class HtmlTemplate implements Models<
  GoogleAppsScript.HTML.HtmlTemplate,
  'evaluate' | 'getCode' | 'getCodeWithComments' | 'getRawContent'
> {
  // Private fields, so that script-assigned variables are the template's only own properties.
  readonly #ctx: ServiceContext;
  readonly #source: string;

  constructor(ctx: ServiceContext, source: string) {
    this.#ctx = ctx;
    this.#source = source;
  }

  /** Counted and authorized like an instrumented method (see the module comment). */
  #call(method: string): Execution {
    const exec = this.#ctx.exec;
    authorize(exec, 'html', `HtmlTemplate.${method}`);
    exec.calls.record('html', `HtmlTemplate.${method}`);
    return exec;
  }

  evaluate(): HtmlOutput {
    const exec = this.#call('evaluate');
    const raw = new HtmlOutput(this.#ctx);
    const vars: Record<string, unknown> = { output: instrument(exec, raw) };
    for (const key of Object.keys(this)) vars[key] = (this as unknown as Record<string, unknown>)[key];
    // The script realm's Function: scriptlets see the script's globals, and build its Dates and Arrays.
    const RealmFunction = exec.realm.Date.constructor as FunctionConstructor;
    const body = `with (__vars) {\n${compile(parseTemplate(this.#source))}\n}`;
    let fn: (...a: unknown[]) => void;
    try {
      fn = new RealmFunction('__vars', '__emit', '__html', '__raw', '__js', body) as typeof fn;
    } catch (e) {
      throw appsScriptError(exec, `SyntaxError in template: ${(e as Error).message}`);
    }
    fn(
      vars,
      (s: string) => raw.append(s),
      (v: unknown) => escapeHtml(printable(v)),
      (v: unknown) => printable(v),
      jsLiteral,
    );
    return instrument(exec, raw);
  }
  getCode(): string {
    this.#call('getCode');
    return compile(parseTemplate(this.#source));
  }
  getCodeWithComments(): string {
    this.#call('getCodeWithComments');
    return compile(parseTemplate(this.#source));
  }
  getRawContent(): string {
    this.#call('getRawContent');
    return this.#source;
  }
}

// ---------------------------------------------------------------------------------------------------

export function createHtmlService(ctx: ServiceContext) {
  const { exec, project } = ctx;
  const fileContent = (filename: string): string => {
    const name = String(filename).replace(/\.html$/, '');
    const html = project.html[name];
    if (html === undefined) throw appsScriptError(exec, `No HTML file named ${name} was found.`);
    return html;
  };
  const contentOf = (v: unknown): string =>
    v === undefined ? '' : v instanceof Blob ? v.getDataAsString() : String(v);
  const service = {
    SandboxMode,
    XFrameOptionsMode,
    createHtmlOutput(html?: unknown): HtmlOutput {
      return new HtmlOutput(ctx, contentOf(html));
    },
    createHtmlOutputFromFile(filename: string): HtmlOutput {
      return new HtmlOutput(ctx, fileContent(filename));
    },
    createTemplate(html: unknown): HtmlTemplate {
      return new HtmlTemplate(ctx, contentOf(html));
    },
    createTemplateFromFile(filename: string): HtmlTemplate {
      return new HtmlTemplate(ctx, fileContent(filename));
    },
  };
  return tagEmulated(
    service satisfies Models<
      GoogleAppsScript.HTML.HtmlService,
      | 'SandboxMode'
      | 'XFrameOptionsMode'
      | 'createHtmlOutput'
      | 'createHtmlOutputFromFile'
      | 'createTemplate'
      | 'createTemplateFromFile'
    >,
    'HtmlService',
    'html',
  );
}
