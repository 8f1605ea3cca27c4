/**
 * The global objects an Apps Script V8 script sees, each instrumented so that calls are authorized and
 * counted. Advanced services appear only when the manifest enables them, as in Apps Script.
 */
import { instrument } from '../runtime';
import type { ServiceContext } from '../world';
import { createSpreadsheetApp } from '../spreadsheet/app';
import { createChartsService } from '../spreadsheet/charts';
import { createSession } from './session';
import { createPropertiesService } from './properties';
import { createCacheService } from './cache';
import { createLockService } from './lock';
import { createScriptApp } from './script';
import { createUtilities, createLogger } from './utilities';
import { createHtmlService } from './html';
import { createMailApp } from './mail';
import { createAdvancedDrive, createDriveApp, createDocumentApp } from './drive';
import { createUrlFetchApp } from './urlfetch';

export function createGlobals(ctx: ServiceContext): Record<string, unknown> {
  const { exec } = ctx;
  const raw: Record<string, object> = {
    SpreadsheetApp: createSpreadsheetApp(ctx),
    Charts: createChartsService(ctx),
    Session: createSession(ctx),
    PropertiesService: createPropertiesService(ctx),
    CacheService: createCacheService(ctx),
    LockService: createLockService(ctx),
    ScriptApp: createScriptApp(ctx),
    Utilities: createUtilities(ctx),
    Logger: createLogger(ctx),
    HtmlService: createHtmlService(ctx),
    MailApp: createMailApp(ctx),
    DriveApp: createDriveApp(ctx),
    DocumentApp: createDocumentApp(ctx),
    UrlFetchApp: createUrlFetchApp(ctx),
  };
  if (exec.advancedServices.has('Drive')) raw.Drive = createAdvancedDrive(ctx);
  const globals: Record<string, unknown> = {};
  for (const [name, service] of Object.entries(raw)) globals[name] = instrument(exec, service);
  // `console` exists in Apps Script V8 (it goes to Cloud Logging); the emulator keeps it quiet.
  globals.console = { log() {}, info() {}, warn() {}, error() {} };
  return globals;
}
