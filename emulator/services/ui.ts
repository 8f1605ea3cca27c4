/**
 * The spreadsheet's `Ui` (from `SpreadsheetApp.getUi()`): menus, the sidebar, dialogs, alerts and
 * prompts, recorded as plain data in the world so that a host can draw them and tests can read
 * them.
 *
 * - Menus: `addToUi` replaces the earlier menu of the same title (every onOpen rebuilds its menus).
 *   An add-on's menu (`createAddonMenu`) sits under Extensions, titled with the project's name (the
 *   host gives it: `ProjectInfo.name`).
 * - The sidebar is 300 px wide whatever `setWidth` says: sidebars cannot be resized.
 * - Alerts and prompts do not wait for anybody: they answer from `pendingResponses` (tests queue the
 *   user's answers there), or with the dialog's default button — OK, or YES for yes/no questions.
 */
import type { Models } from '../models';
import { appsScriptError, markEmulated, type Execution } from '../runtime';
import { projectInfo } from '../project';
import type { ServiceContext } from '../world';
import { HtmlOutput } from './html';

export type UiMenuItem =
  { caption: string; functionName: string } | { separator: true } | { submenu: UiMenu };

export interface UiMenu {
  title: string;
  isAddonMenu: boolean;
  items: UiMenuItem[];
}

export interface UiPanel {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  html: string;
  width?: number;
  height?: number;
  /** Who it was shown to (the active user, '' if withheld). */
  user: string;
  at: number;
}

export interface UiDialogRecord {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: string;
  /** The button the "user" pressed. */
  button: string;
  /** Prompts: the text typed. */
  text?: string;
  user: string;
  at: number;
}

/** One queued answer to the next alert or prompt. */
export interface UiPendingResponse {
  button?: string;
  text?: string;
}

export interface UiState {
  menus: UiMenu[];
  sidebar: UiPanel | null;
  /** Modal and modeless dialogs, in the order shown. */
  dialogs: UiPanel[];
  /** Alerts and prompts, in the order shown, with the answers they got. */
  alerts: UiDialogRecord[];
  pendingResponses: UiPendingResponse[];
}

export function createUiState(): UiState {
  return { menus: [], sidebar: null, dialogs: [], alerts: [], pendingResponses: [] };
}

export const SIDEBAR_WIDTH = 300;

export const Button = Object.freeze({ CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' });
export const ButtonSet = Object.freeze({
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
});
const BUTTONS_OF: Record<string, string[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export class Menu implements Models<
  GoogleAppsScript.Base.Menu,
  'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'
> {
  private readonly items: (
    { caption: string; functionName: string } | { separator: true } | { submenu: Menu }
  )[] = [];
  constructor(
    private readonly ctx: ServiceContext,
    private readonly title: string,
    private readonly isAddonMenu: boolean,
  ) {}
  addItem(caption: string, functionName: string): Menu {
    this.items.push({ caption: String(caption), functionName: String(functionName) });
    return this;
  }
  addSeparator(): Menu {
    this.items.push({ separator: true });
    return this;
  }
  addSubMenu(menu: Menu): Menu {
    if (!(menu instanceof Menu)) throw appsScriptError(this.ctx.exec, 'Invalid argument: menu');
    this.items.push({ submenu: menu });
    return this;
  }
  addToUi(): void {
    const menus = this.ctx.world.ui.menus;
    const data = this._data();
    const i = menus.findIndex((m) => m.title === data.title && m.isAddonMenu === data.isAddonMenu);
    if (i >= 0) menus[i] = data;
    else menus.push(data);
  }
  /** Emulator-internal: the menu as plain data (sub-menus as they are now). */
  _data(): UiMenu {
    return {
      title: this.title,
      isAddonMenu: this.isAddonMenu,
      items: this.items.map((it) => ('submenu' in it ? { submenu: it.submenu._data() } : { ...it })),
    };
  }
}
markEmulated(Menu, 'Menu', 'ui');

export class PromptResponse implements Models<
  GoogleAppsScript.Base.PromptResponse,
  'getResponseText' | 'getSelectedButton'
> {
  constructor(
    private readonly text: string,
    private readonly button: string,
  ) {}
  getResponseText(): string {
    return this.text;
  }
  getSelectedButton(): string {
    return this.button;
  }
}
markEmulated(PromptResponse, 'PromptResponse', 'ui');

export class Ui implements Models<
  GoogleAppsScript.Base.Ui,
  | 'Button'
  | 'ButtonSet'
  | 'alert'
  | 'createAddonMenu'
  | 'createMenu'
  | 'prompt'
  | 'showModalDialog'
  | 'showModelessDialog'
  | 'showSidebar'
> {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  constructor(private readonly ctx: ServiceContext) {
    this.exec = ctx.exec;
  }

  private readonly exec: Execution;

  createMenu(caption: string): Menu {
    return new Menu(this.ctx, String(caption), false);
  }
  createAddonMenu(): Menu {
    return new Menu(this.ctx, projectInfo(this.ctx.world).name, true);
  }

  showSidebar(userInterface: HtmlOutput): void {
    const snap = this._output(userInterface).snapshot;
    this.ctx.world.ui.sidebar = {
      kind: 'sidebar',
      title: snap.title,
      html: snap.html,
      width: SIDEBAR_WIDTH,
      ...this._who(),
    };
  }
  showModalDialog(userInterface: HtmlOutput, title: string): void {
    this._dialog('modal', userInterface, title);
  }
  showModelessDialog(userInterface: HtmlOutput, title: string): void {
    this._dialog('modeless', userInterface, title);
  }

  /** alert(prompt) · alert(prompt, buttons) · alert(title, prompt, buttons) */
  alert(a: string, b?: unknown, c?: unknown): string {
    const { title, prompt, buttons } = this._dialogArgs(a, b, c, ButtonSet.OK);
    const answer = this.ctx.world.ui.pendingResponses.shift();
    const button = answer?.button ?? BUTTONS_OF[buttons][0];
    this.ctx.world.ui.alerts.push({ kind: 'alert', title, prompt, buttons, button, ...this._who() });
    return button;
  }
  /** prompt(prompt) · prompt(prompt, buttons) · prompt(title, prompt, buttons) */
  prompt(a: string, b?: unknown, c?: unknown): PromptResponse {
    const { title, prompt, buttons } = this._dialogArgs(a, b, c, ButtonSet.OK);
    const answer = this.ctx.world.ui.pendingResponses.shift();
    const button = answer?.button ?? BUTTONS_OF[buttons][0];
    const text = answer?.text ?? '';
    this.ctx.world.ui.alerts.push({ kind: 'prompt', title, prompt, buttons, button, text, ...this._who() });
    return new PromptResponse(text, button);
  }

  private _who(): { user: string; at: number } {
    return { user: this.exec.activeUser, at: this.exec.clock.now() };
  }
  private _output(v: unknown): { snapshot: ReturnType<HtmlOutput['_snapshot']> } {
    if (!(v instanceof HtmlOutput)) throw appsScriptError(this.exec, 'Invalid argument: userInterface');
    return { snapshot: v._snapshot() };
  }
  private _dialog(kind: 'modal' | 'modeless', userInterface: HtmlOutput, title: string): void {
    const snap = this._output(userInterface).snapshot;
    this.ctx.world.ui.dialogs.push({
      kind,
      title: title === undefined ? snap.title : String(title),
      html: snap.html,
      width: snap.width,
      height: snap.height,
      ...this._who(),
    });
  }
  private _dialogArgs(a: string, b: unknown, c: unknown, defaultButtons: string) {
    const args = [a, b, c].filter((x) => x !== undefined).map(String);
    let title = '';
    let prompt: string;
    let buttons = defaultButtons;
    if (args.length >= 3) [title, prompt, buttons] = args;
    else if (args.length === 2) [prompt, buttons] = args;
    else prompt = args[0] ?? '';
    if (!BUTTONS_OF[buttons]) throw appsScriptError(this.exec, 'Invalid argument: buttons');
    return { title, prompt, buttons };
  }
}
markEmulated(Ui, 'Ui', 'ui');

export function createUi(ctx: ServiceContext): Ui {
  return new Ui(ctx);
}
