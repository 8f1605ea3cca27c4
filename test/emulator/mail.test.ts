// scopes.ts first: runtime.ts and scopes.ts import each other (see service-context.ts).
import '../../emulator/scopes';
import { readFileSync } from 'node:fs';
import { Clock, instrument, newExecution, SCOPE, type Manifest } from '../../emulator/runtime';
import type { ServiceContext, WorldState } from '../../emulator/world';
import { createMailApp, createMailState, outbox } from '../../emulator/services/mail';
import { blobFromBytes } from '../../emulator/services/utilities';

const MANIFEST = JSON.parse(readFileSync('appsscript.json', 'utf8')) as Manifest;
const HOUR = 60 * 60 * 1000;
const CONSUMER = 'vanphong.ubnd@gmail.com';
const WORKSPACE = 'vanphong@ubnd-nhs.gov.vn';

/* eslint-disable @typescript-eslint/no-explicit-any -- scripts see untyped API objects */
type Api = any;

function makeWorld(): WorldState {
  return { manifest: MANIFEST, users: {}, mail: createMailState() } as unknown as WorldState;
}

function run(
  world: WorldState,
  clock: Clock,
  opts: { as: string; effectiveUser?: string; scopes?: string[] },
) {
  const exec = newExecution({
    clock,
    activeUser: opts.as,
    effectiveUser: opts.effectiveUser ?? opts.as,
    authMode: 'FULL',
    scopes: new Set(opts.scopes ?? MANIFEST.oauthScopes),
    advancedServices: new Set(),
    scriptTimeZone: 'Asia/Ho_Chi_Minh',
  });
  const ctx: ServiceContext = { exec, world, project: { html: {} } };
  return { exec, MailApp: instrument(exec, createMailApp(ctx)) as Api };
}

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}

const addresses = (n: number, domain = 'ubnd.vn') =>
  Array.from({ length: n }, (_, i) => `cb${i + 1}@${domain}`);

describe('MailApp', () => {
  let world: WorldState;
  let clock: Clock;
  beforeEach(() => {
    world = makeWorld();
    clock = new Clock(Date.UTC(2026, 0, 5, 1, 0, 0));
  });

  it('keeps the message in the outbox, sent from the effective user (the trigger’s installer)', () => {
    const logo = blobFromBytes(new Uint8Array([137, 80, 78, 71, 255]), 'image/png', 'logo.png');
    const { MailApp } = run(world, clock, { as: '', effectiveUser: CONSUMER });
    MailApp.sendEmail({
      to: 'a@ubnd.vn, Nguyễn Văn B <b@ubnd.vn>',
      cc: 'c@ubnd.vn',
      bcc: 'd@ubnd.vn',
      subject: 'Nhắc việc: NV-001 sắp đến hạn',
      body: 'Kính gửi đồng chí',
      htmlBody: '<p>Kính gửi đồng chí</p><img src="cid:qr">',
      name: 'Nhắc Việc',
      replyTo: 'lanhdao@ubnd.vn',
      inlineImages: { qr: logo },
    });
    expect(outbox(world.mail)).toEqual([
      {
        from: CONSUMER,
        name: 'Nhắc Việc',
        replyTo: 'lanhdao@ubnd.vn',
        to: ['a@ubnd.vn', 'b@ubnd.vn'],
        cc: ['c@ubnd.vn'],
        bcc: ['d@ubnd.vn'],
        subject: 'Nhắc việc: NV-001 sắp đến hạn',
        body: 'Kính gửi đồng chí',
        htmlBody: '<p>Kính gửi đồng chí</p><img src="cid:qr">',
        attachments: [],
        inlineImages: {
          qr: {
            name: 'logo.png',
            contentType: 'image/png',
            base64: Buffer.from([137, 80, 78, 71, 255]).toString('base64'),
            size: 5,
          },
        },
        at: Date.UTC(2026, 0, 5, 1, 0, 0),
      },
    ]);
    expect(JSON.parse(JSON.stringify(world.mail))).toEqual(world.mail);
  });

  it('accepts the other overloads: (to, subject, body), (to, subject, body, options), (to, replyTo, subject, body)', () => {
    const { MailApp } = run(world, clock, { as: WORKSPACE });
    MailApp.sendEmail('a@ubnd.vn', 'Chủ đề 1', 'Nội dung 1');
    const pdf = blobFromBytes(new Uint8Array(Buffer.from('%PDF')), 'application/pdf', 'bao-cao.pdf');
    MailApp.sendEmail('b@ubnd.vn', 'Chủ đề 2', 'Nội dung 2', { cc: 'c@ubnd.vn', attachments: [pdf] });
    MailApp.sendEmail('d@ubnd.vn', 'reply@ubnd.vn', 'Chủ đề 3', 'Nội dung 3');
    const sent = outbox(world.mail);
    expect(sent.map((m) => [m.to, m.cc, m.subject, m.body, m.replyTo])).toEqual([
      [['a@ubnd.vn'], [], 'Chủ đề 1', 'Nội dung 1', undefined],
      [['b@ubnd.vn'], ['c@ubnd.vn'], 'Chủ đề 2', 'Nội dung 2', undefined],
      [['d@ubnd.vn'], [], 'Chủ đề 3', 'Nội dung 3', 'reply@ubnd.vn'],
    ]);
    expect(thrown(() => MailApp.sendEmail('a@ubnd.vn', 'chỉ có chủ đề')).message).toBe(
      "The parameters (String,String) don't match the method signature for MailApp.sendEmail.",
    );
    expect(sent[1].attachments).toEqual([
      {
        name: 'bao-cao.pdf',
        contentType: 'application/pdf',
        base64: Buffer.from('%PDF').toString('base64'),
        size: 4,
      },
    ]);
  });

  it('counts the daily quota per recipient (to + cc + bcc, duplicates included): 100 for gmail.com', () => {
    const { MailApp } = run(world, clock, { as: CONSUMER });
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
    MailApp.sendEmail({
      to: 'a@ubnd.vn,b@ubnd.vn,a@ubnd.vn',
      cc: 'c@ubnd.vn,d@ubnd.vn',
      bcc: 'e@ubnd.vn',
      subject: 's',
      body: 'b',
    });
    expect(MailApp.getRemainingDailyQuota()).toBe(94);
  });

  it('allows 1,500 recipients a day for a Workspace account', () => {
    const { MailApp } = run(world, clock, { as: WORKSPACE });
    expect(MailApp.getRemainingDailyQuota()).toBe(1500);
    world.users['lanhdao@gmail.com'] = { email: 'lanhdao@gmail.com', accountType: 'workspace' };
    expect(run(world, clock, { as: 'lanhdao@gmail.com' }).MailApp.getRemainingDailyQuota()).toBe(1500);
  });

  it('refuses a message with more recipients than are left, sends nothing and spends nothing', () => {
    const { MailApp } = run(world, clock, { as: CONSUMER });
    for (let i = 0; i < 2; i++) MailApp.sendEmail({ to: addresses(49).join(','), subject: 's', body: 'b' });
    expect(MailApp.getRemainingDailyQuota()).toBe(2);
    const e = thrown(() => MailApp.sendEmail({ to: addresses(3).join(','), subject: 's', body: 'b' }));
    expect(e.message).toBe('Service invoked too many times for one day: email.');
    expect(outbox(world.mail)).toHaveLength(2);
    expect(MailApp.getRemainingDailyQuota()).toBe(2);
    MailApp.sendEmail('x@ubnd.vn', 's', 'b', { bcc: 'y@ubnd.vn' });
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    expect(thrown(() => MailApp.sendEmail('z@ubnd.vn', 's', 'b')).message).toBe(
      'Service invoked too many times for one day: email.',
    );
  });

  it('keeps a separate quota for each effective user', () => {
    run(world, clock, { as: 'x@gmail.com', effectiveUser: CONSUMER }).MailApp.sendEmail({
      to: addresses(10).join(','),
      subject: 's',
      body: 'b',
    });
    expect(run(world, clock, { as: CONSUMER }).MailApp.getRemainingDailyQuota()).toBe(90);
    expect(run(world, clock, { as: 'other@gmail.com' }).MailApp.getRemainingDailyQuota()).toBe(100);
  });

  it('resets 24 hours after the first send of the window, on the emulated clock', () => {
    const { MailApp } = run(world, clock, { as: CONSUMER });
    const start = clock.now(); // each call moves the clock by its modelled cost: times are taken here
    MailApp.sendEmail({ to: addresses(50).join(','), subject: 's', body: 'b' });
    clock.advance(5 * HOUR);
    MailApp.sendEmail({ to: addresses(50).join(','), subject: 's', body: 'b' });
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    clock.set(start + 24 * HOUR - 1);
    expect(run(world, clock, { as: CONSUMER }).MailApp.getRemainingDailyQuota()).toBe(0);
    clock.set(start + 24 * HOUR);
    const later = run(world, clock, { as: CONSUMER }).MailApp;
    expect(later.getRemainingDailyQuota()).toBe(100);
    const sentAt = clock.now();
    later.sendEmail('a@ubnd.vn', 's', 'b');
    expect(later.getRemainingDailyQuota()).toBe(99);
    expect(world.mail.quota[CONSUMER]).toEqual({ start: sentAt, used: 1 });
  });

  it('allows at most 50 recipients in one message', () => {
    const { MailApp } = run(world, clock, { as: WORKSPACE });
    MailApp.sendEmail({
      to: addresses(30).join(','),
      cc: addresses(10, 'x.vn').join(','),
      bcc: addresses(10, 'y.vn').join(','),
      subject: 's',
      body: 'b',
    });
    const e = thrown(() =>
      MailApp.sendEmail({
        to: addresses(30).join(','),
        cc: addresses(10, 'x.vn').join(','),
        bcc: addresses(11, 'y.vn').join(','),
        subject: 's',
        body: 'b',
      }),
    );
    expect(e.message).toBe('Limit Exceeded: Email Recipients Per Message.');
    expect(outbox(world.mail)).toHaveLength(1);
    expect(MailApp.getRemainingDailyQuota()).toBe(1450);
  });

  it('rejects invalid addresses, missing recipients and over-long subjects or bodies', () => {
    const { MailApp } = run(world, clock, { as: CONSUMER });
    expect(thrown(() => MailApp.sendEmail('khong-phai-email', 's', 'b')).message).toBe(
      'Invalid email: khong-phai-email',
    );
    expect(
      thrown(() => MailApp.sendEmail({ to: 'a@ubnd.vn', cc: 'a@@b', subject: 's', body: 'b' })).message,
    ).toBe('Invalid email: a@@b');
    expect(thrown(() => MailApp.sendEmail({ to: '', subject: 's', body: 'b' })).message).toBe(
      'Failed to send email: no recipient',
    );
    expect(thrown(() => MailApp.sendEmail({ to: ' , ', subject: 's', body: 'b' })).message).toBe(
      'Failed to send email: no recipient',
    );
    MailApp.sendEmail({ to: '', bcc: 'an@ubnd.vn', subject: 'chỉ bcc', body: 'b' });
    expect(thrown(() => MailApp.sendEmail('a@ubnd.vn', 'x'.repeat(251), 'b')).message).toBe(
      'Argument too large: subject',
    );
    MailApp.sendEmail('a@ubnd.vn', 'ý'.repeat(250), 'b');
    expect(
      thrown(() => MailApp.sendEmail({ to: 'a@ubnd.vn', subject: 's', htmlBody: 'x'.repeat(200 * 1024 + 1) }))
        .message,
    ).toBe('Limit Exceeded: Email Body Size.');
    expect(outbox(world.mail).map((m) => m.subject)).toEqual(['chỉ bcc', 'ý'.repeat(250)]);
    expect(MailApp.getRemainingDailyQuota()).toBe(98);
  });

  it('honours noReply only for Workspace accounts', () => {
    run(world, clock, { as: WORKSPACE }).MailApp.sendEmail({
      to: 'a@ubnd.vn',
      subject: 's',
      body: 'b',
      noReply: true,
    });
    run(world, clock, { as: CONSUMER }).MailApp.sendEmail({
      to: 'a@ubnd.vn',
      subject: 's',
      body: 'b',
      noReply: true,
    });
    expect(outbox(world.mail).map((m) => m.from)).toEqual(['noreply@ubnd-nhs.gov.vn', CONSUMER]);
  });

  it('needs the send_mail scope (our manifest has it) and counts calls under mail', () => {
    const denied = run(world, clock, { as: CONSUMER, scopes: [SCOPE.spreadsheetsCurrentOnly] }).MailApp;
    expect(thrown(() => denied.sendEmail('a@ubnd.vn', 's', 'b')).message).toBe(
      `Specified permissions are not sufficient to call MailApp.sendEmail. Required permissions: ${SCOPE.sendMail} || ${SCOPE.gmail}`,
    );
    expect(MANIFEST.oauthScopes).toContain(SCOPE.sendMail);
    const { MailApp, exec } = run(world, clock, { as: CONSUMER });
    MailApp.getRemainingDailyQuota();
    MailApp.sendEmail('a@ubnd.vn', 's', 'b');
    expect(exec.calls.count('MailApp.sendEmail')).toBe(1);
    expect(exec.calls.total('mail')).toBe(2);
  });
});
