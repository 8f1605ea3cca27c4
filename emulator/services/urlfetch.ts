/**
 * UrlFetchApp without a network: every request is recorded in the state and answered from responses a
 * test registered (`registerUrlFetchResponse`), longest matching URL prefix first; anything else gets a
 * 404. As in Apps Script, a code ≥ 400 throws unless `muteHttpExceptions`, the manifest's
 * `urlFetchWhitelist` (when present) must allow the URL, and calls count against a daily quota.
 */
import type { Models } from '../models';
import { appsScriptError, markEmulated, unwrap } from '../runtime';
import type { ServiceContext } from '../world';
import { blobFromBytes, type Blob } from './utilities';
import { accountTypeOf } from './mail';

export interface CannedResponse {
  urlPrefix: string;
  /** Only answer this method (lower case); any method when absent. */
  method?: string;
  code: number;
  bodyBase64: string;
  headers: Record<string, string>;
}

export interface RecordedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  contentType?: string;
  /** Text payloads as sent (form-encoded objects included). */
  payload?: string;
  /** Binary payloads (byte arrays, blobs), base64. */
  payloadBase64?: string;
  /** Who fetched (the effective user) and when. */
  user: string;
  at: number;
  /** The status code the emulator answered with. */
  code: number;
}

export interface UrlFetchState {
  requests: RecordedRequest[];
  responses: CannedResponse[];
  /** Calls today per lower-case effective user; resets 24 h after the window's first call. */
  quota: Record<string, { start: number; used: number }>;
}

export function createUrlFetchState(): UrlFetchState {
  return { requests: [], responses: [], quota: {} };
}

/** Answers requests whose URL starts with `urlPrefix` (a later registration for the same prefix replaces it). */
export function registerUrlFetchResponse(
  state: UrlFetchState,
  urlPrefix: string,
  response: {
    code?: number;
    body?: string;
    bytes?: Uint8Array;
    headers?: Record<string, string>;
    method?: string;
  },
): void {
  const method = response.method?.toLowerCase();
  state.responses = state.responses.filter((r) => !(r.urlPrefix === urlPrefix && r.method === method));
  const bytes = response.bytes ?? Buffer.from(response.body ?? '', 'utf8');
  state.responses.push({
    urlPrefix,
    ...(method ? { method } : {}),
    code: response.code ?? 200,
    bodyBase64: Buffer.from(bytes).toString('base64'),
    headers: { 'Content-Type': 'text/plain; charset=utf-8', ...(response.headers ?? {}) },
  });
}

/** Every request made so far, oldest first. */
export function fetchLog(state: UrlFetchState): RecordedRequest[] {
  return state.requests;
}

/** UrlFetch calls per day: 20,000 for gmail.com accounts, 100,000 for Workspace. */
export const DAILY_FETCHES = { consumer: 20000, workspace: 100000 } as const;
const DAY_MS = 24 * 60 * 60 * 1000;
const TRUNCATE_AT = 150;
const NOT_FOUND_BODY =
  '<!DOCTYPE html><html lang=en><title>Error 404 (Not Found)</title><p>The requested URL was not found on this server.</p></html>';

type Params = {
  method?: string;
  headers?: Record<string, unknown>;
  payload?: unknown;
  contentType?: string;
  muteHttpExceptions?: boolean;
  followRedirects?: boolean;
  validateHttpsCertificates?: boolean;
  useIntranet?: boolean;
  escaping?: boolean;
};

interface BlobLike {
  getBytes(): number[];
  getContentType(): string | null;
  getName(): string | null;
}
function asBlob(v: unknown): BlobLike | undefined {
  const raw = unwrap(v) as Partial<BlobLike> | null;
  return raw &&
    typeof raw === 'object' &&
    typeof raw.getBytes === 'function' &&
    typeof raw.getContentType === 'function'
    ? (raw as BlobLike)
    : undefined;
}
const unsigned = (bytes: ArrayLike<number>) => Uint8Array.from(bytes, (b) => Number(b) & 0xff);

export class HTTPResponse implements Models<
  GoogleAppsScript.URL_Fetch.HTTPResponse,
  'getAllHeaders' | 'getAs' | 'getBlob' | 'getContent' | 'getContentText' | 'getHeaders' | 'getResponseCode'
> {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly code: number,
    private readonly bytes: Uint8Array,
    private readonly headers: Record<string, string>,
  ) {}
  getResponseCode(): number {
    return this.code;
  }
  getContentText(charset?: string): string {
    const enc = (charset ?? '').toLowerCase().replace(/[-_]/g, '');
    return Buffer.from(this.bytes).toString(enc === 'usascii' || enc === 'iso88591' ? 'latin1' : 'utf8');
  }
  getContent(): number[] {
    return this.ctx.exec.realm.Array.from(this.bytes, (b) => (b > 127 ? b - 256 : b));
  }
  getHeaders(): Record<string, string> {
    return { ...this.headers };
  }
  getAllHeaders(): Record<string, string> {
    return { ...this.headers };
  }
  getBlob(): Blob {
    const type = Object.entries(this.headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? null;
    return blobFromBytes(this.bytes, type, null, this.ctx.exec.realm);
  }
  getAs(contentType: string): Blob {
    return this.getBlob().getAs(contentType);
  }
}

class UrlFetchAppService implements Models<
  GoogleAppsScript.URL_Fetch.UrlFetchApp,
  'fetch' | 'fetchAll' | 'getRequest'
> {
  constructor(private readonly ctx: ServiceContext) {}

  fetch(url: string, params?: Params): HTTPResponse {
    return this._fetch(url, params ?? {});
  }

  fetchAll(requests: unknown[]): HTTPResponse[] {
    if (!Array.isArray(requests)) throw appsScriptError(this.ctx.exec, 'Invalid argument: requests');
    const responses = requests.map((r) => {
      if (typeof r === 'string') return this._fetch(r, {});
      const { url, ...params } = (r ?? {}) as Params & { url?: string };
      return this._fetch(String(url ?? ''), params);
    });
    return this.ctx.exec.realm.Array.from(responses);
  }

  /** The request `fetch` would make, without making it. */
  getRequest(url: string, params?: Params): Record<string, unknown> {
    const req = this._request(String(url), params ?? {});
    return {
      url: req.url,
      method: req.method,
      headers: req.headers,
      payload: req.payload ?? (req.payloadBase64 !== undefined ? req.payloadBase64 : ''),
      contentType: req.contentType ?? null,
      followRedirects: params?.followRedirects ?? true,
      validateHttpsCertificates: params?.validateHttpsCertificates ?? true,
      useIntranet: params?.useIntranet ?? false,
      muteHttpExceptions: params?.muteHttpExceptions ?? false,
    };
  }

  private _fetch(url: string, params: Params): HTTPResponse {
    const { exec, world } = this.ctx;
    const req = this._request(url, params);
    this._checkAllowlist(req.url);
    this._spendQuota();
    const canned = this._match(req.url, req.method);
    const code = canned?.code ?? 404;
    const bytes = canned
      ? new Uint8Array(Buffer.from(canned.bodyBase64, 'base64'))
      : new Uint8Array(Buffer.from(NOT_FOUND_BODY));
    const headers = canned?.headers ?? { 'Content-Type': 'text/html; charset=UTF-8' };
    world.urlFetch.requests.push({ ...req, user: exec.effectiveUser, at: exec.clock.now(), code });
    if (code >= 400 && params.muteHttpExceptions !== true) {
      const text = Buffer.from(bytes).toString('utf8');
      const shown = text.length > TRUNCATE_AT ? `${text.slice(0, TRUNCATE_AT)}...` : text;
      throw appsScriptError(
        exec,
        `Request failed for ${new URL(req.url).origin} returned code ${code}. Truncated server response: ${shown} (use muteHttpExceptions option to examine full response)`,
      );
    }
    return new HTTPResponse(this.ctx, code, bytes, headers);
  }

  /** Validates the URL and serialises the payload as Apps Script does. */
  private _request(url: string, params: Params): Omit<RecordedRequest, 'user' | 'at' | 'code'> {
    let parsed: URL | undefined;
    try {
      parsed = /^https?:\/\/[^\s{}|\\^`<>"]+$/i.test(url) ? new URL(url) : undefined;
    } catch {
      parsed = undefined;
    }
    if (!parsed) throw appsScriptError(this.ctx.exec, `Invalid argument: ${url}`);
    const method = String(params.method ?? 'get').toLowerCase();
    if (!['get', 'delete', 'patch', 'post', 'put'].includes(method))
      throw appsScriptError(this.ctx.exec, `Invalid argument: method`);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(params.headers ?? {})) headers[k] = String(v);
    const req: Omit<RecordedRequest, 'user' | 'at' | 'code'> = { url, method, headers };
    const payload = params.payload;
    if (payload === undefined || payload === null) return req;
    const blob = asBlob(payload);
    if (typeof payload === 'string') {
      req.payload = payload;
      req.contentType = params.contentType ?? 'application/x-www-form-urlencoded';
    } else if (blob) {
      req.payloadBase64 = Buffer.from(unsigned(blob.getBytes())).toString('base64');
      req.contentType = params.contentType ?? blob.getContentType() ?? 'application/octet-stream';
    } else if (Array.isArray(payload)) {
      req.payloadBase64 = Buffer.from(unsigned(payload as number[])).toString('base64');
      req.contentType = params.contentType ?? 'application/x-www-form-urlencoded';
    } else if (typeof payload === 'object') {
      const entries = Object.entries(payload as Record<string, unknown>);
      if (entries.some(([, v]) => asBlob(v))) {
        // Apps Script sends multipart/form-data when a value is a Blob; the emulator records the parts' names.
        req.contentType = 'multipart/form-data';
        req.payload = entries
          .map(([k, v]) => `${k}=${asBlob(v) ? `<blob ${asBlob(v)!.getName() ?? ''}>` : String(v)}`)
          .join('&');
      } else {
        req.payload = entries
          .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
          .join('&');
        req.contentType = params.contentType ?? 'application/x-www-form-urlencoded';
      }
    } else {
      req.payload = String(payload);
      req.contentType = params.contentType ?? 'application/x-www-form-urlencoded';
    }
    return req;
  }

  /** `urlFetchWhitelist` prefixes; a leading `*.` in the host matches any subdomain. */
  private _checkAllowlist(url: string): void {
    const list = this.ctx.world.manifest.urlFetchWhitelist;
    if (!list) return;
    const allowed = list.some((prefix) => {
      const wild = /^(https?:\/\/)\*\.([^/]+)(\/.*)$/.exec(prefix);
      if (!wild) return url.startsWith(prefix);
      const u = new URL(url);
      const [, scheme, host, path] = wild;
      return (
        url.startsWith(scheme) &&
        (u.host === host || u.host.endsWith(`.${host}`)) &&
        (u.pathname + u.search).startsWith(path)
      );
    });
    if (!allowed) {
      throw appsScriptError(
        this.ctx.exec,
        `Request to ${url} failed because the URL has not been whitelisted in the script manifest.`,
      );
    }
  }

  private _spendQuota(): void {
    const { exec, world } = this.ctx;
    const me = exec.effectiveUser.toLowerCase();
    const now = exec.clock.now();
    let w = world.urlFetch.quota[me];
    if (!w || now - w.start >= DAY_MS) w = { start: now, used: 0 };
    const limit = DAILY_FETCHES[accountTypeOf(world, exec.effectiveUser)];
    if (w.used >= limit) throw appsScriptError(exec, 'Service invoked too many times for one day: urlfetch.');
    w.used += 1;
    world.urlFetch.quota[me] = w;
  }

  private _match(url: string, method: string): CannedResponse | undefined {
    let best: CannedResponse | undefined;
    for (const r of this.ctx.world.urlFetch.responses) {
      if (!url.startsWith(r.urlPrefix) || (r.method && r.method !== method)) continue;
      if (
        !best ||
        r.urlPrefix.length > best.urlPrefix.length ||
        (r.urlPrefix.length === best.urlPrefix.length && r.method)
      )
        best = r;
    }
    return best;
  }
}

markEmulated(UrlFetchAppService, 'UrlFetchApp', 'urlfetch');
markEmulated(HTTPResponse, 'HTTPResponse', 'urlfetch');

export function createUrlFetchApp(ctx: ServiceContext): object {
  return new UrlFetchAppService(ctx);
}
