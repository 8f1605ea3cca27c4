/**
 * Which OAuth scopes each emulated method needs, from the "Authorization" section of each method's
 * reference page. A call succeeds when the manifest grants any one of `anyOf`.
 *
 * `allowedWithoutAuth` marks what an add-on's `onOpen` may do in AuthMode.NONE (build its menu, read
 * enums); `allowedInLimited` what a simple trigger in a bound script may touch (its own document).
 */
import { SCOPE } from './scope-names';
import type { ServiceName } from './runtime';

export interface ScopeRule {
  anyOf: string[];
  allowedWithoutAuth?: boolean;
  allowedInLimited?: boolean;
}

const NONE: ScopeRule = { anyOf: [] };
const SHEETS: ScopeRule = {
  anyOf: [SCOPE.spreadsheetsCurrentOnly, SCOPE.spreadsheets],
  allowedInLimited: true,
};
const UI: ScopeRule = { anyOf: [SCOPE.containerUi], allowedInLimited: true };
const MENU: ScopeRule = { anyOf: [SCOPE.containerUi], allowedWithoutAuth: true };

/** Rules by service, then overrides by `Class.method`. */
const byService: Record<ServiceName, ScopeRule> = {
  spreadsheet: SHEETS,
  ui: UI,
  html: NONE,
  drive: { anyOf: [SCOPE.drive, SCOPE.driveFile] },
  document: { anyOf: [SCOPE.documents, SCOPE.documentsCurrentOnly] },
  mail: { anyOf: [SCOPE.sendMail, SCOPE.gmail] },
  script: NONE,
  lock: NONE,
  properties: NONE,
  cache: NONE,
  utilities: NONE,
  session: NONE,
  urlfetch: { anyOf: [SCOPE.externalRequest] },
  base: NONE,
};

const byMethod: Record<string, ScopeRule> = {
  // Opening any spreadsheet other than the bound one needs the full scope.
  'SpreadsheetApp.openById': { anyOf: [SCOPE.spreadsheets] },
  'SpreadsheetApp.openByUrl': { anyOf: [SCOPE.spreadsheets] },
  'SpreadsheetApp.create': { anyOf: [SCOPE.spreadsheets] },
  // An add-on's onOpen in AuthMode.NONE may build its menu and nothing else.
  'SpreadsheetApp.getUi': { ...SHEETS, allowedWithoutAuth: true },
  'Ui.createAddonMenu': MENU,
  'Ui.createMenu': MENU,
  'Menu.addItem': MENU,
  'Menu.addSeparator': MENU,
  'Menu.addSubMenu': MENU,
  'Menu.addToUi': MENU,
  // Triggers and authorization.
  'ScriptApp.newTrigger': { anyOf: [SCOPE.scriptApp] },
  'ScriptApp.getProjectTriggers': { anyOf: [SCOPE.scriptApp] },
  'ScriptApp.getUserTriggers': { anyOf: [SCOPE.scriptApp] },
  'ScriptApp.deleteTrigger': { anyOf: [SCOPE.scriptApp] },
  'TriggerBuilder.create': { anyOf: [SCOPE.scriptApp] },
  'ClockTriggerBuilder.create': { anyOf: [SCOPE.scriptApp] },
  'SpreadsheetTriggerBuilder.create': { anyOf: [SCOPE.scriptApp] },
  'ScriptApp.getAuthorizationInfo': NONE,
  'ScriptApp.getService': { anyOf: [SCOPE.scriptApp] },
  // Identity: the e-mail needs userinfo.email; the locale and time zone need nothing.
  'Session.getActiveUser': NONE,
  'Session.getEffectiveUser': NONE,
  // In NONE/LIMITED the add-on may read the locale only: the e-mail reads as '' there (services/session.ts)
  // rather than throwing, so onOpen code that logs the user does not break the menu.
  'User.getEmail': { anyOf: [SCOPE.userEmail], allowedWithoutAuth: true },
  // PropertiesService, CacheService and LockService need no scope, so no row here can stop them in
  // AuthMode.NONE (a rule without scopes is never checked): their services refuse NONE themselves
  // (`denyWithoutAuthorization` in services/session.ts). Triggers are refused by the script.scriptapp rows above.
  'Session.getActiveUserLocale': { anyOf: [], allowedWithoutAuth: true },
  'Session.getScriptTimeZone': { anyOf: [], allowedWithoutAuth: true },
  // DriveApp's creating and listing methods need the full Drive scope (drive.file is not enough).
  'DriveApp.createFolder': { anyOf: [SCOPE.drive] },
  'DriveApp.createFile': { anyOf: [SCOPE.drive] },
  'DriveApp.getFolderById': { anyOf: [SCOPE.drive, SCOPE.driveFile] },
  'DriveApp.getFileById': { anyOf: [SCOPE.drive, SCOPE.driveFile] },
  'DriveApp.getRootFolder': { anyOf: [SCOPE.drive] },
  'DriveApp.getFiles': { anyOf: [SCOPE.drive] },
  'DriveApp.getFolders': { anyOf: [SCOPE.drive] },
  'DriveApp.getFilesByName': { anyOf: [SCOPE.drive] },
  'DriveApp.getFoldersByName': { anyOf: [SCOPE.drive] },
  // Creating inside a folder or copying through DriveApp needs the full scope too (Folder/File reference).
  'Folder.createFolder': { anyOf: [SCOPE.drive] },
  'Folder.createFile': { anyOf: [SCOPE.drive] },
  'File.makeCopy': { anyOf: [SCOPE.drive] },
  'DocumentApp.create': { anyOf: [SCOPE.documents] },
  'DocumentApp.openByUrl': { anyOf: [SCOPE.documents] },
  'DocumentApp.openById': { anyOf: [SCOPE.documents] },
  'GmailApp.sendEmail': { anyOf: [SCOPE.gmail] },
};

export function scopeRuleFor(service: ServiceName, qualified: string): ScopeRule {
  return byMethod[qualified] ?? byService[service];
}
