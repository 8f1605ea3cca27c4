import './service-context'; // loads the emulator modules in a working order
import { Clock } from '../../emulator/runtime';
import { begin, makeWorld } from './service-context';

describe('Session', () => {
  it('gives the active and the effective user, which differ for an installable trigger', () => {
    const world = makeWorld();
    const t = begin(world, new Clock(), { as: 'chuyenvien@ubnd.vn', effectiveUser: 'lanhdao@ubnd.vn' });
    expect(t.Session.getActiveUser().getEmail()).toBe('chuyenvien@ubnd.vn');
    expect(t.Session.getEffectiveUser().getEmail()).toBe('lanhdao@ubnd.vn');
    expect(t.exec.calls.count('User.getEmail')).toBe(2);
  });

  it('may give an empty active e-mail (withheld), while the effective user is known', () => {
    const t = begin(makeWorld(), new Clock(), { as: '', effectiveUser: 'lanhdao@ubnd.vn' });
    expect(t.Session.getActiveUser().getEmail()).toBe('');
    expect(t.Session.getEffectiveUser().getEmail()).toBe('lanhdao@ubnd.vn');
  });

  it("reads the user's locale from the world, 'vi' by default", () => {
    const world = makeWorld();
    world.users['expat@gmail.com'] = { email: 'expat@gmail.com', accountType: 'consumer', locale: 'en' };
    expect(begin(world, new Clock(), { as: 'Expat@gmail.com' }).Session.getActiveUserLocale()).toBe('en');
    expect(begin(world, new Clock(), { as: 'canbo@gmail.com' }).Session.getActiveUserLocale()).toBe('vi');
  });

  it("gives the script's time zone from the manifest", () => {
    expect(begin(makeWorld(), new Clock(), { as: 'a@b.vn' }).Session.getScriptTimeZone()).toBe(
      'Asia/Ho_Chi_Minh',
    );
  });

  it('gives a temporary key that is stable per user and differs between users', () => {
    const world = makeWorld();
    const k1 = begin(world, new Clock(), { as: 'a@ubnd.vn' }).Session.getTemporaryActiveUserKey();
    const k2 = begin(world, new Clock(), { as: 'a@ubnd.vn' }).Session.getTemporaryActiveUserKey();
    const k3 = begin(world, new Clock(), { as: 'b@ubnd.vn' }).Session.getTemporaryActiveUserKey();
    expect(k1).toBe(k2);
    expect(k1).not.toBe(k3);
    expect(k1).not.toContain('a@ubnd.vn');
  });

  it('in AuthMode.NONE gives empty e-mails instead of throwing, and still the locale', () => {
    const world = makeWorld();
    world.users['a@ubnd.vn'] = { email: 'a@ubnd.vn', accountType: 'workspace', locale: 'en' };
    const t = begin(world, new Clock(), { as: 'a@ubnd.vn', authMode: 'NONE' });
    expect(t.Session.getActiveUser().getEmail()).toBe('');
    expect(t.Session.getEffectiveUser().getEmail()).toBe('');
    expect(t.Session.getActiveUserLocale()).toBe('en');
    // The key still identifies the person whose e-mail is withheld.
    expect(t.Session.getTemporaryActiveUserKey()).toBe(
      begin(world, new Clock(), { as: 'a@ubnd.vn' }).Session.getTemporaryActiveUserKey(),
    );
  });

  it('needs the userinfo.email scope for the e-mail in a FULL execution', () => {
    const world = makeWorld();
    world.manifest = {
      ...world.manifest,
      oauthScopes: (world.manifest.oauthScopes ?? []).filter((s) => !s.endsWith('userinfo.email')),
    };
    const t = begin(world, new Clock(), { as: 'a@ubnd.vn' });
    const user = t.Session.getActiveUser(); // getting the User needs nothing
    expect(() => user.getEmail()).toThrow(/Specified permissions are not sufficient to call User.getEmail/);
  });
});
