/**
 * Test helper for the non-spreadsheet services: a world holding only their slices, and executions over
 * it whose service roots are instrumented exactly as the script's globals are (authorization + call
 * counting), without loading the spreadsheet emulator.
 */
// scopes.ts first: runtime.ts and scopes.ts import each other, and loading runtime.ts first leaves
// SCOPE undefined while scopes.ts initialises (CommonJS under ts-jest).
import '../../emulator/scopes';
import { readFileSync } from 'node:fs';
import {
  Clock,
  instrument,
  newExecution,
  scopesOf,
  type AuthMode,
  type Execution,
  type Manifest,
} from '../../emulator/runtime';
import type { ProjectFiles, ServiceContext, WorldState } from '../../emulator/world';
import { createSession } from '../../emulator/services/session';
import { createPropertiesService, createPropertiesState } from '../../emulator/services/properties';
import { createCacheService, createCacheState } from '../../emulator/services/cache';
import { createLockService, createLocksState, releaseLocksOf } from '../../emulator/services/lock';
import { createScriptApp, createTriggersState } from '../../emulator/services/script';
import { createLogger, createUtilities } from '../../emulator/services/utilities';
import { createHtmlService } from '../../emulator/services/html';
import { createUi, createUiState } from '../../emulator/services/ui';

export const MANIFEST = JSON.parse(readFileSync('appsscript.json', 'utf8')) as Manifest;

export function makeWorld(
  opts: { installation?: 'addon' | 'bound'; activeSpreadsheetId?: string } = {},
): WorldState {
  const world = {
    version: 1,
    now: Date.UTC(2026, 0, 5, 1, 0, 0),
    manifest: MANIFEST,
    activeSpreadsheetId: opts.activeSpreadsheetId ?? 'ss-1',
    installation: opts.installation ?? 'addon',
    users: {},
    properties: createPropertiesState(),
    cache: createCacheState(),
    triggers: createTriggersState(),
    locks: createLocksState(),
    ui: createUiState(),
  };
  return world as unknown as WorldState;
}

export interface BeginOptions {
  as?: string;
  effectiveUser?: string;
  authMode?: AuthMode;
  project?: ProjectFiles;
}

export interface TestExecution {
  exec: Execution;
  ctx: ServiceContext;
  /** The services as a script sees them (instrumented). */
  Session: GoogleAppsScript.Base.Session;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  LockService: GoogleAppsScript.Lock.LockService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Logger: GoogleAppsScript.Base.Logger;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  Ui: GoogleAppsScript.Base.Ui;
  end(): void;
}

/** Starts an execution over `world`, as `Emulator.beginExecution` does (same defaults). */
export function begin(world: WorldState, clock: Clock, opts: BeginOptions = {}): TestExecution {
  const as = opts.as ?? '';
  const exec = newExecution({
    clock,
    activeUser: opts.authMode === 'NONE' ? '' : as,
    effectiveUser: opts.effectiveUser ?? as,
    authMode: opts.authMode ?? 'FULL',
    scopes: scopesOf(world.manifest),
    advancedServices: new Set(),
    scriptTimeZone: world.manifest.timeZone ?? 'America/New_York',
  });
  const ctx: ServiceContext = { exec, world, project: opts.project ?? { html: {} } };
  const g = <T>(v: object) => instrument(exec, v) as unknown as T;
  return {
    exec,
    ctx,
    Session: g(createSession(ctx)),
    PropertiesService: g(createPropertiesService(ctx)),
    CacheService: g(createCacheService(ctx)),
    LockService: g(createLockService(ctx)),
    ScriptApp: g(createScriptApp(ctx)),
    Utilities: g(createUtilities(ctx)),
    Logger: g(createLogger(ctx)),
    HtmlService: g(createHtmlService(ctx)),
    Ui: g(createUi(ctx)),
    end: () => releaseLocksOf(world, exec),
  };
}
