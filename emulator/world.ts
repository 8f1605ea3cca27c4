/**
 * Everything the emulated Google keeps between executions, as plain JSON-safe data: a host may save
 * it to a file and tests build it from scratch. Times are epoch milliseconds, never Dates.
 *
 * Each service owns its slice (`SpreadsheetState`, `DriveState`, …) and builds its API objects as thin
 * views over it, so an execution always sees what earlier executions left.
 */
import { DEFAULT_ANSWERS, type ContextAnswers, type Execution, type Manifest } from './runtime';
import { createSpreadsheetsState, type SpreadsheetsState } from './spreadsheet/state';
import { createDriveState, type DriveState } from './services/drive';
import { createPropertiesState, type PropertiesState } from './services/properties';
import { createCacheState, type CacheState } from './services/cache';
import { createMailState, type MailState } from './services/mail';
import { createTriggersState, type TriggersState } from './services/script';
import { createLocksState, type LocksState } from './services/lock';
import { createUrlFetchState, type UrlFetchState } from './services/urlfetch';
import { createUiState, type UiState } from './services/ui';
import { DEFAULT_PROJECT, type ProjectInfo } from './project';

export { DEFAULT_PROJECT, projectInfo, type ProjectInfo } from './project';

export interface UserInfo {
  email: string;
  /** gmail.com accounts: 100 e-mail recipients a day; Workspace: 1,500. */
  accountType: 'consumer' | 'workspace';
  locale?: string;
  /** An address with no Google account behind it: Drive cannot share with it without an invitation e-mail. */
  noGoogleAccount?: boolean;
}

export interface WorldState {
  version: 1;
  now: number;
  manifest: Manifest;
  /** The spreadsheet the script is bound to or the add-on runs in. */
  activeSpreadsheetId: string;
  /** Installed as an editor add-on (trigger limits apply) or bound to the spreadsheet. */
  installation: 'addon' | 'bound';
  /** The script project (absent in worlds saved before it existed: the defaults apply). */
  project?: ProjectInfo;
  /** Google's answers to the unconfirmed behaviours (absent: `DEFAULT_ANSWERS`). */
  answers?: Partial<ContextAnswers>;
  users: Record<string, UserInfo>;
  spreadsheets: SpreadsheetsState;
  drive: DriveState;
  properties: PropertiesState;
  cache: CacheState;
  mail: MailState;
  triggers: TriggersState;
  locks: LocksState;
  urlFetch: UrlFetchState;
  ui: UiState;
}

/** What every service factory receives: the execution making the calls and the world it changes. */
export interface ServiceContext {
  exec: Execution;
  world: WorldState;
  /** The project's files besides the code: HTML files by name without `.html` (for HtmlService). */
  project: ProjectFiles;
}

export interface ProjectFiles {
  html: Record<string, string>;
}

export function createWorld(
  manifest: Manifest,
  opts: { installation?: 'addon' | 'bound'; now?: number; project?: Partial<ProjectInfo> } = {},
): WorldState {
  const spreadsheets = createSpreadsheetsState();
  return {
    version: 1,
    now: opts.now ?? Date.UTC(2026, 0, 5, 1, 0, 0),
    manifest,
    activeSpreadsheetId: '',
    installation: opts.installation ?? 'addon',
    project: { ...DEFAULT_PROJECT, ...opts.project },
    users: {},
    spreadsheets,
    drive: createDriveState(),
    properties: createPropertiesState(),
    cache: createCacheState(),
    mail: createMailState(),
    triggers: createTriggersState(),
    locks: createLocksState(),
    urlFetch: createUrlFetchState(),
    ui: createUiState(),
  };
}

export function userInfo(world: WorldState, email: string): UserInfo {
  return (
    world.users[email.toLowerCase()] ?? {
      email,
      accountType: email.endsWith('@gmail.com') ? 'consumer' : 'workspace',
    }
  );
}

/** Google's answers in force in this world (docs/emulator.md, "Execution contexts"). */
export function answersOf(world: WorldState): ContextAnswers {
  return { ...DEFAULT_ANSWERS, ...world.answers };
}

/** The spreadsheet an execution sees as its document; '' when it sees none. */
export function documentOf(ctx: { exec: Execution; world: WorldState }): string {
  return ctx.exec.document ?? ctx.world.activeSpreadsheetId;
}
