/**
 * How an emulated class says which part of Apps Script it models, checked against
 * `@types/google-apps-script`:
 *
 *     class Range implements Models<GoogleAppsScript.Spreadsheet.Range, 'getValues' | 'setValues' | …>
 *
 * `Models<T, K>` is `Pick<T, K>` with one relaxation: where Apps Script's signature names another Apps
 * Script object, the emulator's model of it is accepted. An emulated `Range.getSheet()` returns the
 * emulated `Sheet`, which cannot be a whole `GoogleAppsScript.Spreadsheet.Sheet` (it models part of
 * it), so results and parameters are compared with `Model<…>` of Apps Script's type: every member
 * optional, recursively, and each member the emulator has must match Apps Script's. Everything else is
 * checked as `Pick` would: every listed method must exist, accept each of Apps Script's overloads (with
 * parameters compared both ways, as TypeScript compares methods), and return what Apps Script returns.
 *
 * Enums are objects in Apps Script (`toString()` gives the member's name) but numeric enums in the
 * typings; `Model` takes an enum member to be an object with `toString()`.
 */

type IsAny<T> = 0 extends 1 & T ? true : false;
/** `T` is exactly `U` (a numeric enum and `number` are assignable both ways, but not identical). */
type Is<T, U> = (<G>() => G extends T ? 1 : 2) extends <G>() => G extends U ? 1 : 2 ? true : false;

/** An Apps Script enum member as a script sees it. */
export interface EnumMember {
  toString(): string;
}

/**
 * Apps Script's type `T` as the emulator models it: its objects partly (every member optional), the
 * rest exactly. A method of a nested object may also return null: each emulated class is checked
 * strictly by its own `implements Models<…>`; here it only stands in for Apps Script's type.
 */
export type Model<T> =
  IsAny<T> extends true
    ? T
    : T extends string | boolean | bigint | symbol | null | undefined | void
      ? T
      : T extends number
        ? Is<T, number> extends true
          ? T
          : EnumMember
        : T extends Date
          ? T
          : T extends readonly (infer E)[]
            ? Model<E>[]
            : T extends (...args: never[]) => unknown
              ? ModelMethod<T, null>
              : T extends object
                ? { [P in keyof T]?: Model<T[P]> }
                : T;

/** Up to ten overloads of a method, as [parameters, result] pairs. */
type Overloads<F> = F extends {
  (...a: infer A1): infer R1;
  (...a: infer A2): infer R2;
  (...a: infer A3): infer R3;
  (...a: infer A4): infer R4;
  (...a: infer A5): infer R5;
  (...a: infer A6): infer R6;
  (...a: infer A7): infer R7;
  (...a: infer A8): infer R8;
  (...a: infer A9): infer R9;
  (...a: infer A10): infer R10;
}
  ? | [A1, R1]
    | [A2, R2]
    | [A3, R3]
    | [A4, R4]
    | [A5, R5]
    | [A6, R6]
    | [A7, R7]
    | [A8, R8]
    | [A9, R9]
    | [A10, R10]
  : never;

/**
 * One overload, declared as a method so that its parameters are compared both ways (as TypeScript
 * compares a class's methods with an interface's).
 */
type Signature<O, OrElse> = O extends [infer A extends unknown[], infer R]
  ? {
      method(...args: { [I in keyof A]: Model<A[I]> }): [R] extends [void] ? void : Model<R> | OrElse;
    }['method']
  : never;

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never;

/** Every overload of Apps Script's method, with `Model`s of its parameters and results (or `OrElse`). */
export type ModelMethod<F, OrElse = never> = UnionToIntersection<Signature<Overloads<F>, OrElse>>;

/**
 * The members `K` of Apps Script's interface `T`, which an emulated class must have. `OrNull` names the
 * methods that return null where Apps Script does though the typings say they never do (each one is
 * documented where it is implemented).
 */
export type Models<T, K extends keyof T, OrNull extends K = never> = {
  [P in K]-?: T[P] extends (...args: never[]) => unknown
    ? ModelMethod<T[P], P extends OrNull ? null : never>
    : Model<T[P]>;
};
