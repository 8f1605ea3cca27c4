import { begin, makeWorld } from './service-context'; // first: loads the emulator modules in a working order
import { Clock } from '../../emulator/runtime';

const KB = 1024;

describe('PropertiesService', () => {
  it('keeps properties between executions (a new set of API objects over the same world)', () => {
    const world = makeWorld();
    const clock = new Clock();
    begin(world, clock, { as: 'a@ubnd.vn' })
      .PropertiesService.getScriptProperties()
      .setProperty('version', '3');
    const props = begin(world, clock, { as: 'b@ubnd.vn' }).PropertiesService.getScriptProperties();
    expect(props.getProperty('version')).toBe('3');
    expect(props.getProperty('missing')).toBeNull();
  });

  it('stores values as strings and chains setters', () => {
    const t = begin(makeWorld(), new Clock(), { as: 'a@ubnd.vn' });
    const props = t.PropertiesService.getScriptProperties();
    expect(props.setProperty('n', 42 as unknown as string).setProperty('b', true as unknown as string)).toBe(
      props,
    );
    expect(props.getProperty('n')).toBe('42');
    expect(props.getProperties()).toEqual({ n: '42', b: 'true' });
  });

  it('keeps user properties per (effective) user and document properties per document', () => {
    const world = makeWorld();
    const clock = new Clock();
    begin(world, clock, { as: 'a@ubnd.vn' }).PropertiesService.getUserProperties().setProperty('k', 'A');
    begin(world, clock, { as: 'b@ubnd.vn' }).PropertiesService.getUserProperties().setProperty('k', 'B');
    // A trigger installed by a@ runs with a@'s user properties, whoever is active.
    const trig = begin(world, clock, { as: '', effectiveUser: 'a@ubnd.vn' });
    expect(trig.PropertiesService.getUserProperties().getProperty('k')).toBe('A');

    begin(world, clock, { as: 'a@ubnd.vn' }).PropertiesService.getDocumentProperties().setProperty('d', '1');
    world.activeSpreadsheetId = 'ss-2';
    expect(
      begin(world, clock, { as: 'a@ubnd.vn' }).PropertiesService.getDocumentProperties().getProperty('d'),
    ).toBeNull();
  });

  it('has no document properties outside a document', () => {
    const t = begin(makeWorld({ activeSpreadsheetId: '' }), new Clock(), { as: 'a@ubnd.vn' });
    expect(t.PropertiesService.getDocumentProperties()).toBeNull();
  });

  it('setProperties merges, or replaces everything with deleteAllOthers', () => {
    const props = begin(makeWorld(), new Clock(), {
      as: 'a@ubnd.vn',
    }).PropertiesService.getScriptProperties();
    props.setProperties({ a: '1', b: '2' });
    props.setProperties({ c: '3' });
    expect(props.getKeys().sort()).toEqual(['a', 'b', 'c']);
    props.setProperties({ d: '4' }, true);
    expect(props.getProperties()).toEqual({ d: '4' });
    props.deleteProperty('d').setProperty('e', '5');
    expect(props.getKeys()).toEqual(['e']);
    props.deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  it('refuses a value over 9 KB (counted in UTF-8 bytes) and keeps the old value', () => {
    const props = begin(makeWorld(), new Clock(), {
      as: 'a@ubnd.vn',
    }).PropertiesService.getScriptProperties();
    props.setProperty('k', 'old');
    expect(() => props.setProperty('k', 'x'.repeat(9 * KB))).not.toThrow();
    props.setProperty('k', 'old');
    // 'ệ' is 3 bytes in UTF-8: 3,100 of them are 9,300 bytes, over 9,216.
    expect(() => props.setProperty('k', 'ệ'.repeat(3100))).toThrow('Argument too large: value');
    expect(props.getProperty('k')).toBe('old');
  });

  it('refuses to grow a store past 500 KB, all or nothing', () => {
    const props = begin(makeWorld(), new Clock(), {
      as: 'a@ubnd.vn',
    }).PropertiesService.getScriptProperties();
    const eightKb = 'x'.repeat(8 * KB);
    for (let i = 0; i < 62; i++) props.setProperty(`key${i}`, eightKb); // ~496 KB
    expect(() => props.setProperties({ extra1: eightKb, extra2: eightKb })).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(props.getProperty('extra1')).toBeNull();
    // Other stores have their own 500 KB.
    expect(() =>
      begin(makeWorld(), new Clock(), { as: 'a@ubnd.vn' })
        .PropertiesService.getUserProperties()
        .setProperty('k', eightKb),
    ).not.toThrow();
  });

  it('cannot be used in AuthMode.NONE (an add-on onOpen before the add-on is used in the file)', () => {
    const t = begin(makeWorld(), new Clock(), { as: 'a@ubnd.vn', authMode: 'NONE' });
    expect(() => t.PropertiesService.getDocumentProperties()).toThrow(
      'You do not have permission to call PropertiesService.getDocumentProperties',
    );
    expect(() => t.PropertiesService.getScriptProperties()).toThrow(/do not have permission/);
    expect(() => t.PropertiesService.getUserProperties()).toThrow(/do not have permission/);
    // LIMITED (a bound script's simple trigger) may read them.
    const limited = begin(makeWorld(), new Clock(), { as: 'a@ubnd.vn', authMode: 'LIMITED' });
    expect(limited.PropertiesService.getDocumentProperties().getKeys()).toEqual([]);
  });

  it('counts the calls the script makes', () => {
    const t = begin(makeWorld(), new Clock(), { as: 'a@ubnd.vn' });
    const props = t.PropertiesService.getScriptProperties();
    props.getProperty('a');
    props.getProperty('b');
    expect(t.exec.calls.count('Properties.getProperty')).toBe(2);
    expect(t.exec.calls.total('properties')).toBe(3);
  });
});
