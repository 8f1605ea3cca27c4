/**
 * Who is who: staff and units, as read from the `Cán bộ` and `Đơn vị` sheets. Units form a tree
 * (a ward's sections under the ward); a unit is named in tasks by its name, in staff rows by its code.
 */
import type { Role } from './schema';

export interface Person {
  email: string;
  name: string;
  /** Unit code. */
  unit: string;
  role: Role;
  active: boolean;
  /** 1-based row in the staff sheet. */
  row: number;
}

export interface Unit {
  code: string;
  name: string;
  /** Code of the parent unit, '' at the top. */
  parent: string;
  leader: string;
  follower: string;
  focal: string;
}

export class Directory {
  private readonly byEmail = new Map<string, Person>();
  private readonly unitByKey = new Map<string, Unit>();

  constructor(
    readonly people: readonly Person[],
    readonly units: readonly Unit[],
  ) {
    for (const p of people) if (p.active && !this.byEmail.has(p.email)) this.byEmail.set(p.email, p);
    for (const u of units) {
      for (const key of [u.code, u.name]) {
        const k = key.trim().toLowerCase();
        if (k && !this.unitByKey.has(k)) this.unitByKey.set(k, u);
      }
    }
  }

  /** An active person by e-mail (case-insensitive). */
  person(email: string): Person | undefined {
    return this.byEmail.get(email.trim().toLowerCase());
  }

  /** A unit by code or name (case-insensitive). */
  unit(codeOrName: string): Unit | undefined {
    return this.unitByKey.get(codeOrName.trim().toLowerCase());
  }

  /** The unit and all units below it. */
  subtree(codeOrName: string): Unit[] {
    const root = this.unit(codeOrName);
    if (!root) return [];
    const out: Unit[] = [root];
    for (let i = 0; i < out.length; i++) {
      for (const u of this.units) if (u.parent && u.parent === out[i].code && !out.includes(u)) out.push(u);
    }
    return out;
  }

  /** Units whose leader, follower or focal point is this person (with the units below them). */
  unitsInChargeOf(email: string, as: 'leader' | 'follower' | 'focal'): Unit[] {
    const e = email.trim().toLowerCase();
    const direct = this.units.filter((u) => u[as].trim().toLowerCase() === e);
    const seen = new Set<Unit>();
    for (const u of direct) for (const s of this.subtree(u.code)) seen.add(s);
    return [...seen];
  }

  /**
   * Whom a task may be given to in the pickers: active people (of a unit, when named), without the
   * office's accounts (role "Quản trị (văn phòng)": the office mailbox that keeps the register).
   */
  assignable(unit?: string): Person[] {
    const people = unit === undefined ? this.people.filter((p) => p.active) : this.membersOf(unit);
    return people.filter((p) => p.role !== 'admin');
  }

  /** Active people of a unit (by code or name). */
  membersOf(codeOrName: string): Person[] {
    const u = this.unit(codeOrName);
    if (!u) return [];
    return this.people.filter((p) => p.active && (p.unit === u.code || p.unit === u.name));
  }
}
