/**
 * What may cross `google.script.run`, in both directions. Shared by the browser shim (web/gas-client.ts)
 * and the server (server.ts), so no DOM and no Node here.
 *
 * Google's reference for `google.script.run.myFunction(...)` ("HTML Service: Communicate with Server
 * Functions", developers.google.com/apps-script/guides/html/reference/run): "Legal parameters are
 * JavaScript primitives like a Number, Boolean, String, or null, as well as JavaScript objects and arrays
 * that are composed of primitives, objects and arrays. A form element within the page is also legal as a
 * parameter, but it must be the function's only parameter. Requests fail if you attempt to pass a Date,
 * Function, DOM element besides a form, or other prohibited type, including prohibited types inside
 * objects or arrays." Return values "are subject to the same restrictions".
 *
 * How the failure shows, from field reports (public repositories quoting the console):
 * - arguments: the client serializer throws at once, synchronously, before any request is sent, and the
 *   failure handler is never called: `TypeError: Failed due to illegal value in property: 0` (the index
 *   of a top-level argument, or the key of the nested property holding the illegal value);
 *   `Failed due to circular reference.` for cycles. (Google's client library carries both strings.)
 * - return values: a result containing a Date anywhere reaches the success handler as `null`.
 * - `undefined` inside arrays arrives as `null`; undefined object properties are dropped (JSON).
 */

export const ILLEGAL_VALUE = 'Failed due to illegal value in property: ';
export const CIRCULAR = 'Failed due to circular reference.';

function isPlainObject(v: object): boolean {
  if (Object.prototype.toString.call(v) !== '[object Object]') return false;
  const proto = Object.getPrototypeOf(v);
  // Cross-realm: a plain object's prototype is some realm's Object.prototype, whose prototype is null.
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** Why `value` may not cross: `{ key }` names the property holding the illegal value, or a cycle. */
export type Illegal = { kind: 'illegal'; key: string } | { kind: 'circular' };

export function findIllegal(value: unknown, key: string, seen: object[] = []): Illegal | null {
  if (value === null || value === undefined) return null;
  const t = typeof value;
  if (t === 'string' || t === 'number' || t === 'boolean') return null;
  if (t !== 'object') return { kind: 'illegal', key }; // functions, symbols, bigints
  const obj = value as object;
  if (seen.includes(obj)) return { kind: 'circular' };
  if (Array.isArray(obj)) {
    seen.push(obj);
    for (let i = 0; i < obj.length; i++) {
      const bad = findIllegal(obj[i], String(i), seen);
      if (bad) return bad;
    }
    seen.pop();
    return null;
  }
  if (!isPlainObject(obj)) return { kind: 'illegal', key }; // Date, Map, RegExp, DOM nodes, class instances
  seen.push(obj);
  for (const k of Object.keys(obj)) {
    const bad = findIllegal((obj as Record<string, unknown>)[k], k, seen);
    if (bad) return bad;
  }
  seen.pop();
  return null;
}

/** The message the client library throws for the arguments of one call, or null when they may cross. */
export function argumentsProblem(args: readonly unknown[]): string | null {
  for (let i = 0; i < args.length; i++) {
    const bad = findIllegal(args[i], String(i));
    if (bad) return bad.kind === 'circular' ? CIRCULAR : ILLEGAL_VALUE + bad.key;
  }
  return null;
}

/** A value as the other side receives it: JSON (undefined in arrays → null, in objects → dropped). */
export function overTheWire(value: unknown): unknown {
  if (value === undefined) return null;
  // JSON itself turns undefined array items into null and drops undefined properties.
  return JSON.parse(JSON.stringify(value) ?? 'null');
}

/** A server function's result as the success handler receives it: null when it holds a prohibited value. */
export function resultForClient(value: unknown): unknown {
  if (findIllegal(value, '') !== null) return null;
  return overTheWire(value);
}

/**
 * Names a page may call: Google's client only defines methods for the project's top-level functions, and
 * never for private ones (ending in `_`) — "Functions whose names end with an underscore cannot be called
 * from the client" — so anything else is simply "not a function" in the browser.
 */
export function callableFromClient(name: string, topLevel: readonly string[]): boolean {
  return !name.endsWith('_') && topLevel.includes(name);
}

/** How a server-side exception reaches the failure handler: `Error` whose message keeps the type prefix. */
export function clientErrorMessage(e: unknown): string {
  if (e && typeof e === 'object' && 'message' in e) {
    const err = e as { name?: string; message: string };
    return `${err.name || 'Error'}: ${err.message}`;
  }
  return `Error: ${String(e)}`;
}
