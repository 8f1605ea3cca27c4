/** `User` as spreadsheet methods return it (protection editors, spreadsheet owner and editors). */
import type { Models } from '../models';
import { markEmulated } from '../runtime';

export class User implements Models<GoogleAppsScript.Base.User, 'getEmail'> {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
  toString(): string {
    return this.email;
  }
}
markEmulated(User, 'User', 'spreadsheet');
