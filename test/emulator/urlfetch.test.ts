// scopes.ts first: runtime.ts and scopes.ts import each other (see service-context.ts).
import '../../emulator/scopes';
import { readFileSync } from 'node:fs';
import { Clock, instrument, newExecution, SCOPE, type Manifest } from '../../emulator/runtime';
import type { ServiceContext, WorldState } from '../../emulator/world';
import {
  createUrlFetchApp,
  createUrlFetchState,
  fetchLog,
  registerUrlFetchResponse,
} from '../../emulator/services/urlfetch';
import { blobFromBytes } from '../../emulator/services/utilities';

const MANIFEST = JSON.parse(readFileSync('appsscript.json', 'utf8')) as Manifest;
const WITH_FETCH = [...MANIFEST.oauthScopes!, SCOPE.externalRequest];
const USER = 'vanphong@ubnd-nhs.gov.vn';
const ZALO = 'https://bot-api.zaloplatforms.com/bot123:abc/sendMessage';

/* eslint-disable @typescript-eslint/no-explicit-any -- scripts see untyped API objects */
type Api = any;

function makeWorld(manifest: Manifest = MANIFEST): WorldState {
  return { manifest, users: {}, urlFetch: createUrlFetchState() } as unknown as WorldState;
}

function run(world: WorldState, clock: Clock, scopes: string[] = WITH_FETCH, as = USER) {
  const exec = newExecution({
    clock,
    activeUser: as,
    effectiveUser: as,
    authMode: 'FULL',
    scopes: new Set(scopes),
    advancedServices: new Set(),
    scriptTimeZone: 'Asia/Ho_Chi_Minh',
  });
  const ctx: ServiceContext = { exec, world, project: { html: {} } };
  return { exec, UrlFetchApp: instrument(exec, createUrlFetchApp(ctx)) as Api };
}

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}

describe('UrlFetchApp', () => {
  let world: WorldState;
  let clock: Clock;
  beforeEach(() => {
    world = makeWorld();
    clock = new Clock(Date.UTC(2026, 0, 5, 1, 0, 0));
  });

  it('cannot be called with the add-on’s manifest, which lacks script.external_request', () => {
    expect(MANIFEST.oauthScopes).not.toContain(SCOPE.externalRequest);
    const { UrlFetchApp } = run(world, clock, MANIFEST.oauthScopes);
    expect(thrown(() => UrlFetchApp.fetch('https://example.com/')).message).toBe(
      'Specified permissions are not sufficient to call UrlFetchApp.fetch. Required permissions: https://www.googleapis.com/auth/script.external_request',
    );
    expect(fetchLog(world.urlFetch)).toEqual([]);
  });

  it('answers from registered responses, never the network, and records the request', () => {
    registerUrlFetchResponse(world.urlFetch, 'https://bot-api.zaloplatforms.com/', {
      code: 200,
      body: '{"ok":true,"result":{"text":"Đã nhận"}}',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    });
    const { UrlFetchApp, exec } = run(world, clock);
    const res = UrlFetchApp.fetch(ZALO, {
      method: 'post',
      contentType: 'application/json',
      payload: JSON.stringify({ chat_id: '42', text: 'Nhắc việc NV-001' }),
      headers: { 'X-Trace': 7 },
    });
    expect(res.getResponseCode()).toBe(200);
    expect(JSON.parse(res.getContentText())).toEqual({ ok: true, result: { text: 'Đã nhận' } });
    expect(res.getHeaders()).toEqual({ 'Content-Type': 'application/json; charset=utf-8' });
    expect(res.getAllHeaders()).toEqual({ 'Content-Type': 'application/json; charset=utf-8' });
    const blob = res.getBlob();
    expect(blob.getContentType()).toBe('application/json; charset=utf-8');
    expect(blob.getDataAsString()).toContain('Đã nhận');
    expect(res.getContent().some((b: number) => b < 0)).toBe(true); // signed Java bytes for the UTF-8 of "Đ"
    expect(fetchLog(world.urlFetch)).toEqual([
      {
        url: ZALO,
        method: 'post',
        headers: { 'X-Trace': '7' },
        contentType: 'application/json',
        payload: '{"chat_id":"42","text":"Nhắc việc NV-001"}',
        user: USER,
        at: Date.UTC(2026, 0, 5, 1, 0, 0),
        code: 200,
      },
    ]);
    expect(exec.calls.count('UrlFetchApp.fetch')).toBe(1);
    expect(exec.calls.count('HTTPResponse.getContentText')).toBe(1);
    // fetch + six HTTPResponse methods; the Blob's own methods count under its service.
    expect(exec.calls.total('urlfetch')).toBe(7);
  });

  it('form-encodes object payloads and keeps binary payloads as base64', () => {
    registerUrlFetchResponse(world.urlFetch, 'https://api.example.com/', { body: 'ok' });
    const { UrlFetchApp } = run(world, clock);
    UrlFetchApp.fetch('https://api.example.com/form', {
      method: 'POST',
      payload: { ten: 'Nguyễn Văn A', so: 3 },
    });
    UrlFetchApp.fetch('https://api.example.com/upload', {
      method: 'put',
      payload: blobFromBytes(new Uint8Array([1, 2, 255]), 'image/png', 'qr.png'),
    });
    const [form, upload] = fetchLog(world.urlFetch);
    expect(form).toMatchObject({
      method: 'post',
      contentType: 'application/x-www-form-urlencoded',
      payload: 'ten=Nguy%E1%BB%85n%20V%C4%83n%20A&so=3',
    });
    expect(upload).toMatchObject({
      method: 'put',
      contentType: 'image/png',
      payloadBase64: Buffer.from([1, 2, 255]).toString('base64'),
    });
  });

  it('throws on an unregistered URL (404) unless muteHttpExceptions, which returns the response', () => {
    const { UrlFetchApp } = run(world, clock);
    const e = thrown(() => UrlFetchApp.fetch('https://chat.googleapis.com/v1/spaces/AAA/messages?key=k'));
    expect(e.name).toBe('Exception');
    expect(e.message).toMatch(
      /^Request failed for https:\/\/chat\.googleapis\.com returned code 404\. Truncated server response: <!DOCTYPE html>.*<\/html> \(use muteHttpExceptions option to examine full response\)$/,
    );
    const res = UrlFetchApp.fetch('https://chat.googleapis.com/v1/spaces/AAA/messages', {
      muteHttpExceptions: true,
    });
    expect(res.getResponseCode()).toBe(404);
    expect(fetchLog(world.urlFetch).map((r) => r.code)).toEqual([404, 404]);
  });

  it('throws on registered error codes with the server’s (truncated) response', () => {
    registerUrlFetchResponse(world.urlFetch, 'https://bot-api.zaloplatforms.com/', {
      code: 401,
      body: '{"ok":false,"error_code":401,"description":"Unauthorized"}',
    });
    const { UrlFetchApp } = run(world, clock);
    expect(thrown(() => UrlFetchApp.fetch(ZALO, { method: 'post', payload: '{}' })).message).toBe(
      'Request failed for https://bot-api.zaloplatforms.com returned code 401. Truncated server response: {"ok":false,"error_code":401,"description":"Unauthorized"} (use muteHttpExceptions option to examine full response)',
    );
    const long = 'Lỗi máy chủ. '.repeat(40);
    registerUrlFetchResponse(world.urlFetch, 'https://api.example.com/', { code: 500, body: long });
    expect(thrown(() => UrlFetchApp.fetch('https://api.example.com/x')).message).toBe(
      `Request failed for https://api.example.com returned code 500. Truncated server response: ${long.slice(0, 150)}... (use muteHttpExceptions option to examine full response)`,
    );
  });

  it('picks the longest matching prefix, and method-specific responses over general ones', () => {
    registerUrlFetchResponse(world.urlFetch, 'https://api.example.com/', { body: 'general' });
    registerUrlFetchResponse(world.urlFetch, 'https://api.example.com/v2/', { body: 'v2' });
    registerUrlFetchResponse(world.urlFetch, 'https://api.example.com/v2/', {
      body: 'v2 post',
      method: 'POST',
    });
    registerUrlFetchResponse(world.urlFetch, 'https://api.example.com/', { body: 'general again' });
    const { UrlFetchApp } = run(world, clock);
    expect(UrlFetchApp.fetch('https://api.example.com/v1/x').getContentText()).toBe('general again');
    expect(UrlFetchApp.fetch('https://api.example.com/v2/x').getContentText()).toBe('v2');
    expect(UrlFetchApp.fetch('https://api.example.com/v2/x', { method: 'post' }).getContentText()).toBe(
      'v2 post',
    );
  });

  it('enforces urlFetchWhitelist when the manifest has one (a leading *. matches subdomains)', () => {
    world = makeWorld({
      ...MANIFEST,
      urlFetchWhitelist: ['https://bot-api.zaloplatforms.com/', 'https://*.googleapis.com/v1/'],
    });
    registerUrlFetchResponse(world.urlFetch, 'https://', { body: 'ok' });
    const { UrlFetchApp } = run(world, clock);
    expect(UrlFetchApp.fetch(ZALO).getContentText()).toBe('ok');
    expect(UrlFetchApp.fetch('https://chat.googleapis.com/v1/spaces/A/messages').getContentText()).toBe('ok');
    expect(thrown(() => UrlFetchApp.fetch('https://evil.example.com/steal')).message).toBe(
      'Request to https://evil.example.com/steal failed because the URL has not been whitelisted in the script manifest.',
    );
    expect(thrown(() => UrlFetchApp.fetch('https://chat.googleapis.com/v2/x')).message).toContain(
      'has not been whitelisted',
    );
    expect(fetchLog(world.urlFetch)).toHaveLength(2);
  });

  it('fetchAll returns every response and fails if one fails', () => {
    registerUrlFetchResponse(world.urlFetch, 'https://a.example.com/', { body: 'A' });
    registerUrlFetchResponse(world.urlFetch, 'https://b.example.com/', { body: 'B', code: 201 });
    const { UrlFetchApp } = run(world, clock);
    const out = UrlFetchApp.fetchAll([
      'https://a.example.com/1',
      { url: 'https://b.example.com/2', method: 'post', payload: 'x' },
    ]);
    expect(Array.isArray(out)).toBe(true);
    expect(out.map((r: Api) => `${r.getResponseCode()} ${r.getContentText()}`)).toEqual(['200 A', '201 B']);
    expect(
      thrown(() => UrlFetchApp.fetchAll(['https://a.example.com/1', 'https://c.example.com/'])).message,
    ).toContain('Request failed for https://c.example.com returned code 404.');
    expect(fetchLog(world.urlFetch).map((r) => `${r.method} ${r.url} ${r.code}`)).toEqual([
      'get https://a.example.com/1 200',
      'post https://b.example.com/2 201',
      'get https://a.example.com/1 200',
      'get https://c.example.com/ 404',
    ]);
  });

  it('rejects malformed URLs and describes requests with getRequest without sending them', () => {
    const { UrlFetchApp } = run(world, clock);
    expect(thrown(() => UrlFetchApp.fetch('https://example.com/a b')).message).toBe(
      'Invalid argument: https://example.com/a b',
    );
    expect(thrown(() => UrlFetchApp.fetch('example.com')).message).toBe('Invalid argument: example.com');
    const req = UrlFetchApp.getRequest('https://example.com/x', { method: 'post', payload: 'a=1' });
    expect(req).toMatchObject({
      url: 'https://example.com/x',
      method: 'post',
      payload: 'a=1',
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(fetchLog(world.urlFetch)).toEqual([]);
  });

  it('has a daily quota per user (20,000 for gmail.com) that resets after 24 hours', () => {
    registerUrlFetchResponse(world.urlFetch, 'https://a.example.com/', { body: 'A' });
    const consumer = 'vp@gmail.com';
    world.urlFetch.quota[consumer] = { start: clock.now(), used: 19999 };
    const { UrlFetchApp } = run(world, clock, WITH_FETCH, consumer);
    UrlFetchApp.fetch('https://a.example.com/');
    expect(thrown(() => UrlFetchApp.fetch('https://a.example.com/')).message).toBe(
      'Service invoked too many times for one day: urlfetch.',
    );
    expect(run(world, clock).UrlFetchApp.fetch('https://a.example.com/').getContentText()).toBe('A'); // another user
    clock.advance(24 * 60 * 60 * 1000);
    expect(
      run(world, clock, WITH_FETCH, consumer).UrlFetchApp.fetch('https://a.example.com/').getResponseCode(),
    ).toBe(200);
  });
});
