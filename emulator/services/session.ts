/**
 * `Session`: who is running the script, in which locale and time zone.
 *
 * The active user's e-mail may be '' (simple triggers, AuthMode.NONE/LIMITED, some consumer-account
 * cases): the Emulator passes '' as `exec.activeUser` then. In AuthMode.NONE the add-on may read the
 * locale only ("Access user data: locale only" in Google's authorization-mode table), so every User's
 * e-mail reads as '' there instead of throwing.
 */
import type { Models } from '../models';
import { createHash } from 'node:crypto';
import { appsScriptError, markEmulated, tagEmulated, type Execution } from '../runtime';
import type { ServiceContext, WorldState } from '../world';

/**
 * Properties, cache, locks and triggers are "services that require authorization" for an add-on's
 * onOpen in AuthMode.NONE (the `AuthMode` reference's own example: "doesn't work in AuthMode.NONE").
 * They need no OAuth scope, and a scope-table row with no scope is never checked, so the services
 * call this themselves, with the message `authorize()` uses.
 */
export function denyWithoutAuthorization(exec: Execution, qualified: string): void {
  if (exec.authMode === 'NONE' || exec.authMode === 'CUSTOM_FUNCTION') {
    throw appsScriptError(exec, `You do not have permission to call ${qualified}`);
  }
}

export class User implements Models<GoogleAppsScript.Base.User, 'getEmail'> {
  constructor(
    private readonly exec: Execution,
    private readonly email: string,
  ) {}
  getEmail(): string {
    return this.exec.authMode === 'NONE' ? '' : this.email;
  }
}
markEmulated(User, 'User', 'session');

const DEFAULT_LOCALE = 'vi';

export function localeOf(world: WorldState, email: string): string {
  return world.users[email.toLowerCase()]?.locale ?? DEFAULT_LOCALE;
}

export function createSession(ctx: ServiceContext) {
  const { exec, world } = ctx;
  // The person at the keyboard: known to Google even when their e-mail is withheld from the script.
  const person = exec.activeUser || exec.effectiveUser;
  const session = {
    getActiveUser(): User {
      return new User(exec, exec.activeUser);
    },
    getEffectiveUser(): User {
      return new User(exec, exec.effectiveUser);
    },
    getActiveUserLocale(): string {
      return localeOf(world, person);
    },
    getScriptTimeZone(): string {
      return exec.scriptTimeZone;
    },
    /** Stable per user and script, and opaque: identifies a user whose e-mail is withheld. */
    getTemporaryActiveUserKey(): string {
      return createHash('sha256')
        .update(`temporary-active-user-key\0${person.toLowerCase()}`)
        .digest('base64');
    },
  };
  return tagEmulated(
    session satisfies Models<
      GoogleAppsScript.Base.Session,
      | 'getActiveUser'
      | 'getActiveUserLocale'
      | 'getEffectiveUser'
      | 'getScriptTimeZone'
      | 'getTemporaryActiveUserKey'
    >,
    'Session',
    'session',
  );
}
