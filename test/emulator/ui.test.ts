import { begin, makeWorld } from './service-context'; // first: loads the emulator modules in a working order
import { Clock } from '../../emulator/runtime';

describe('Ui menus', () => {
  it('records a menu as plain data, with separators and sub-menus', () => {
    const world = makeWorld();
    const { Ui } = begin(world, new Clock(), { as: 'a@ubnd.vn' });
    const sub = Ui.createMenu('Báo cáo').addItem('Theo đơn vị', 'reportByUnit');
    Ui.createMenu('Nhắc Việc').addItem('Mở sổ', 'openSidebar').addSeparator().addSubMenu(sub).addToUi();
    expect(world.ui.menus).toEqual([
      {
        title: 'Nhắc Việc',
        isAddonMenu: false,
        items: [
          { caption: 'Mở sổ', functionName: 'openSidebar' },
          { separator: true },
          {
            submenu: {
              title: 'Báo cáo',
              isAddonMenu: false,
              items: [{ caption: 'Theo đơn vị', functionName: 'reportByUnit' }],
            },
          },
        ],
      },
    ]);
    expect(JSON.parse(JSON.stringify(world.ui))).toEqual(world.ui); // JSON-safe
  });

  it("titles the add-on menu with the project's name and replaces it when onOpen runs again", () => {
    const world = makeWorld();
    world.project = { name: 'Nhắc Việc', scriptId: 'x' };
    const clock = new Clock();
    begin(world, clock, { as: 'a@ubnd.vn' }).Ui.createAddonMenu().addItem('Bắt đầu', 'start').addToUi();
    begin(world, clock, { as: 'a@ubnd.vn' })
      .Ui.createAddonMenu()
      .addItem('Mở sổ', 'open')
      .addItem('Cài đặt', 'settings')
      .addToUi();
    expect(world.ui.menus).toHaveLength(1);
    expect(world.ui.menus[0]).toMatchObject({ title: 'Nhắc Việc', isAddonMenu: true });
    expect(world.ui.menus[0].items).toHaveLength(2);
  });

  it('can be built in AuthMode.NONE, where nothing else of the Ui may run', () => {
    const world = makeWorld();
    const t = begin(world, new Clock(), { as: 'a@ubnd.vn', authMode: 'NONE' });
    t.Ui.createAddonMenu().addItem('Bắt đầu', 'start').addToUi();
    expect(world.ui.menus[0].title).toBe('Untitled project'); // the host named no project
    expect(world.ui.menus[0].items).toEqual([{ caption: 'Bắt đầu', functionName: 'start' }]);
    const html = t.HtmlService.createHtmlOutput('<p>x</p>');
    expect(() => t.Ui.showSidebar(html)).toThrow('You do not have permission to call Ui.showSidebar');
    expect(() => t.Ui.alert('x')).toThrow('You do not have permission to call Ui.alert');
    expect(t.exec.calls.count('Menu.addItem')).toBe(1);
  });
});

describe('Ui sidebar and dialogs', () => {
  it('shows a sidebar 300 px wide whatever width the output asks for', () => {
    const world = makeWorld();
    const t = begin(world, new Clock(), { as: 'a@ubnd.vn' });
    t.Ui.showSidebar(
      t.HtmlService.createHtmlOutput('<p>Sổ nhiệm vụ</p>').setTitle('Nhắc Việc').setWidth(600),
    );
    expect(world.ui.sidebar).toMatchObject({
      kind: 'sidebar',
      html: '<p>Sổ nhiệm vụ</p>',
      title: 'Nhắc Việc',
      width: 300,
      user: 'a@ubnd.vn',
    });
    t.Ui.showSidebar(t.HtmlService.createHtmlOutput('<p>khác</p>'));
    expect(world.ui.sidebar!.html).toBe('<p>khác</p>'); // one sidebar at a time
  });

  it('records modal and modeless dialogs with their title and size', () => {
    const world = makeWorld();
    const t = begin(world, new Clock(), { as: 'a@ubnd.vn' });
    t.Ui.showModalDialog(t.HtmlService.createHtmlOutput('<p>QR</p>').setWidth(420).setHeight(500), 'Mã QR');
    t.Ui.showModelessDialog(t.HtmlService.createHtmlOutput('<p>b</p>'), 'Thông tin');
    expect(world.ui.dialogs.map((d) => [d.kind, d.title, d.width, d.height])).toEqual([
      ['modal', 'Mã QR', 420, 500],
      ['modeless', 'Thông tin', undefined, undefined],
    ]);
  });
});

describe('Ui alerts and prompts', () => {
  it("answers with the button set's default, or the queued response, and records both", () => {
    const world = makeWorld();
    const { Ui } = begin(world, new Clock(), { as: 'a@ubnd.vn' });
    expect(Ui.alert('Đã lưu')).toBe(Ui.Button.OK);
    expect(Ui.alert('Xoá?', 'Xoá nhiệm vụ này?', Ui.ButtonSet.YES_NO)).toBe(Ui.Button.YES);
    world.ui.pendingResponses.push({ button: 'NO' });
    expect(Ui.alert('Xoá nhiệm vụ này?', Ui.ButtonSet.YES_NO)).toBe(Ui.Button.NO);
    expect(world.ui.alerts.map((a) => [a.title, a.prompt, a.buttons, a.button])).toEqual([
      ['', 'Đã lưu', 'OK', 'OK'],
      ['Xoá?', 'Xoá nhiệm vụ này?', 'YES_NO', 'YES'],
      ['', 'Xoá nhiệm vụ này?', 'YES_NO', 'NO'],
    ]);
    expect(world.ui.pendingResponses).toEqual([]);
  });

  it('returns a PromptResponse with the queued text and button', () => {
    const world = makeWorld();
    const { Ui } = begin(world, new Clock(), { as: 'a@ubnd.vn' });
    world.ui.pendingResponses.push({ text: 'Quá tải công việc', button: 'OK' });
    const r = Ui.prompt('Gia hạn', 'Lý do gia hạn?', Ui.ButtonSet.OK_CANCEL);
    expect([r.getResponseText(), r.getSelectedButton()]).toEqual(['Quá tải công việc', Ui.Button.OK]);
    const empty = Ui.prompt('Tên?');
    expect([empty.getResponseText(), empty.getSelectedButton()]).toEqual(['', 'OK']);
    expect(world.ui.alerts[0]).toMatchObject({ kind: 'prompt', title: 'Gia hạn', text: 'Quá tải công việc' });
  });

  it('rejects an unknown button set', () => {
    const { Ui } = begin(makeWorld(), new Clock(), { as: 'a@ubnd.vn' });
    expect(() => Ui.alert('t', 'p', 'MAYBE' as unknown as GoogleAppsScript.Base.ButtonSet)).toThrow(
      /Invalid argument/,
    );
  });
});
