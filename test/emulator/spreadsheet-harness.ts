/**
 * A small harness for the SpreadsheetApp tests: a world holding one spreadsheet, and executions over it
 * whose `SpreadsheetApp` is instrumented exactly as scripts see it.
 */
import vm from 'node:vm';
import { Clock, instrument, newExecution, SCOPE, type Execution, type Realm } from '../../emulator/runtime';
import { createSpreadsheetApp } from '../../emulator/spreadsheet/app';
import {
  createSpreadsheet,
  createSpreadsheetsState,
  type SpreadsheetsState,
} from '../../emulator/spreadsheet/state';
import type { ServiceContext, WorldState } from '../../emulator/world';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

export interface Harness {
  world: WorldState;
  state: SpreadsheetsState;
  id: string;
  clock: Clock;
  /** A new execution (new API objects over the same world), as `user`. */
  run(
    user?: string,
    opts?: { scopes?: string[]; realm?: Realm; timeZone?: string },
  ): { app: App; exec: Execution; ctx: ServiceContext };
}

export const OWNER = 'owner@ubnd.gov.vn';

export function harness(opts: { timeZone?: string; now?: number } = {}): Harness {
  const state = createSpreadsheetsState();
  const { id } = createSpreadsheet(state, 'Sổ theo dõi nhiệm vụ', opts.timeZone ?? 'Asia/Ho_Chi_Minh');
  const world = {
    version: 1,
    now: 0,
    manifest: { timeZone: 'Asia/Ho_Chi_Minh' },
    activeSpreadsheetId: id,
    installation: 'bound',
    users: {},
    spreadsheets: state,
  } as unknown as WorldState;
  const clock = new Clock(opts.now ?? Date.UTC(2026, 0, 5, 1, 0, 0));
  return {
    world,
    state,
    id,
    clock,
    run(user = OWNER, o = {}) {
      const exec = newExecution({
        clock,
        activeUser: user,
        effectiveUser: user,
        authMode: 'FULL',
        scopes: new Set(
          o.scopes ?? [SCOPE.spreadsheetsCurrentOnly, SCOPE.spreadsheets, SCOPE.containerUi, SCOPE.userEmail],
        ),
        advancedServices: new Set(),
        scriptTimeZone: o.timeZone ?? 'Asia/Ho_Chi_Minh',
        realm: o.realm,
      });
      const ctx: ServiceContext = { exec, world, project: { html: {} } };
      const app = instrument(exec, createSpreadsheetApp(ctx)) as unknown as App;
      return { app, exec, ctx };
    },
  };
}

/** The built-ins of a fresh vm context, as a script's realm. */
export function scriptRealm(): Realm {
  return vm.runInNewContext('({ Date, Error, Array })') as Realm;
}

/** Runs `fn` and returns the Apps Script error message it throws. */
export function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
}
