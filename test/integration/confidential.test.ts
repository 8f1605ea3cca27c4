/**
 * Confidential means confidential everywhere, on the built bundle: a parent's card, delegation, the
 * answers to ids the caller may not see, and a task made confidential after its folder was shared.
 */
import type { Emulator } from '../../emulator';
import { columnLetter } from '../../emulator/spreadsheet/a1';
import { byHand, sheetValues } from './helpers';
import {
  ADMIN,
  FOCAL,
  FOLLOWER,
  LEADER,
  OFFICIAL,
  OTHER,
  accessOf,
  artefact,
  assign,
  call,
  ok,
  workspaceRegister,
  type Reply,
  type View,
  type WorkspaceView,
} from './workspace-helpers';

const SECRET_TITLE = 'Xác minh đơn tố cáo ông Nguyễn Văn A';
const SECRET_SOURCE = 'Công văn mật 07/UBND';

interface CardView extends View {
  source: string;
  children: { id: string; title: string }[];
  workspace: WorkspaceView;
}

/** A person ticking or typing a task's cell in the register by hand. */
function typeInto(emu: Emulator, id: string, header: string, value: boolean | string): void {
  const values = sheetValues(emu, 'Nhiệm vụ');
  const r = values.findIndex((v) => v[values[0].indexOf('Mã nhiệm vụ')] === id) + 1;
  const a1 = `${columnLetter(values[0].indexOf(header) + 1)}${r}`;
  byHand(emu, ADMIN, (ui) => ui.setValue('Nhiệm vụ', a1, value));
}

/** Every task the person can list, as the sidebar's list shows them. */
function cards(emu: Emulator, as: string): CardView[] {
  return ok(call<{ tasks: CardView[] }>(emu, as, 'listTasks', {})).tasks;
}

/** The refusal as the caller gets it, the id taken out: what an id that does not exist gets too. */
function answer(reply: Reply<unknown>, id: string): { error: string; code: string | undefined } {
  if (reply.ok) throw new Error('expected a refusal');
  return { error: reply.error.split(id).join('<id>'), code: reply.code };
}

describe('a confidential sub-task', () => {
  it('is not shown in its parent’s card to someone who may see the parent but not it', () => {
    const emu = workspaceRegister();
    const { task: parent } = assign(emu);
    // The official delegates a confidential part to themselves (their unit is Văn phòng).
    const child = ok(
      call<{ task: CardView }>(emu, OFFICIAL, 'delegateTask', parent.id, {
        title: SECRET_TITLE,
        assignees: [OFFICIAL],
        confidential: true,
        deadline: { mode: 'date', date: '2026-03-10' },
      }),
    ).task;
    expect(
      cards(emu, OFFICIAL)
        .find((c) => c.id === parent.id)!
        .children.map((c) => c.id),
    ).toEqual([child.id]);
    // A member of the lead unit sees the parent, not the sub-task, nor anything of it.
    const seen = cards(emu, OTHER);
    expect(seen.map((c) => c.id)).toEqual([parent.id]);
    expect(seen[0].children).toEqual([]);
    expect(JSON.stringify(seen)).not.toContain(SECRET_TITLE);
    expect(JSON.stringify(call(emu, OTHER, 'getSidebarState'))).not.toContain(SECRET_TITLE);
  });
});

describe('a task the caller may not see is answered as a task that does not exist', () => {
  function secretTask(emu: Emulator): string {
    return assign(emu, { confidential: true, title: SECRET_TITLE, source: SECRET_SOURCE }).task.id;
  }

  it('delegating from it needs to see it, and returns nothing of it', () => {
    const emu = workspaceRegister();
    const id = secretTask(emu);
    // The lead unit's focal point carries out the unit's tasks, but may not see a confidential one.
    const reply = call<{ task: CardView }>(emu, FOCAL, 'delegateTask', id, {
      title: 'Phần việc',
      assignees: [FOCAL],
    });
    expect(JSON.stringify(reply)).not.toContain(SECRET_SOURCE);
    expect(answer(reply, id)).toEqual(
      answer(
        call(emu, FOCAL, 'delegateTask', 'NV-2026-0999', { title: 'x', assignees: [FOCAL] }),
        'NV-2026-0999',
      ),
    );
    expect(answer(reply, id)).toEqual({
      error: 'Không tìm thấy nhiệm vụ <id> trong những nhiệm vụ bạn được xem.',
      code: 'action.noTask',
    });
    expect(sheetValues(emu, 'Nhiệm vụ')).toHaveLength(2);
  });

  it('whatever its state and whatever was sent: "already reported" and bad forms tell nothing', () => {
    const emu = workspaceRegister();
    const id = secretTask(emu);
    ok(call(emu, OFFICIAL, 'reportResult', id, { result: 'Đã xác minh xong' }));
    const missing = 'NV-2026-0999';
    const probes: [string, unknown[]][] = [
      ['delegateTask', [{ title: 'x', assignees: [OTHER] }]],
      ['updateProgress', [{ progress: 50 }]],
      ['updateProgress', [null]],
      ['reportResult', [{ result: 'x' }]],
      ['requestExtension', [{ newDeadline: '2026-03-20', reason: 'x' }]],
      ['decideExtension', [{ approve: true }]],
      ['confirmTask', []],
      ['sendBackTask', [{ reason: 'x' }]],
      ['archiveTask', [{ reason: 'x' }]],
      ['getTaskHistory', []],
      ['createTaskWorkspace', []],
      ['syncTaskSharing', []],
    ];
    for (const who of [OTHER, FOCAL]) {
      for (const [fn, args] of probes) {
        const hidden = answer(call(emu, who, fn, id, ...args), id);
        expect({ fn, who, ...hidden }).toEqual({
          fn,
          who,
          ...answer(call(emu, who, fn, missing, ...args), missing),
        });
        expect(hidden.code).toBe('action.noTask');
      }
    }
  });
});

describe('a task made confidential after its folder was shared', () => {
  it('the card tells its creator and the others; the creator’s next action removes the sharing', () => {
    const emu = workspaceRegister();
    const { task } = assign(emu);
    const doc = artefact(emu, task.id, 'doc');
    expect(accessOf(emu, doc, [OFFICIAL, FOLLOWER])).toEqual({
      [OFFICIAL]: 'writer',
      [FOLLOWER]: 'commenter',
    });
    typeInto(emu, task.id, 'Mật', true);

    // The creator (the leader who assigned it) is told what is still shared, and offered the sync.
    const mine = cards(emu, LEADER).find((c) => c.id === task.id)!.workspace;
    expect(mine).toMatchObject({ state: 'confidential', canSync: true, docLink: '', folderLink: '' });
    expect(mine.blocked).toMatch(new RegExp(`^Nhiệm vụ mật ${task.id} vẫn chia sẻ với: .*${OFFICIAL}`));
    // Another manager is told who must act, and what to remove by hand.
    const theirs = cards(emu, ADMIN).find((c) => c.id === task.id)!.workspace;
    expect(theirs).toMatchObject({ state: 'confidential', canSync: false });
    expect(theirs.blocked).toMatch(
      /Trần Văn Lãnh cần bấm "Cập nhật người được xem tài liệu" hoặc bỏ chia sẻ trong Drive/,
    );

    // Someone else's action leaves it (only the creator's account can change the sharing) …
    ok(call(emu, OFFICIAL, 'reportResult', task.id, { result: 'Xong' }));
    expect(accessOf(emu, doc, [OFFICIAL])).toEqual({ [OFFICIAL]: 'writer' });
    // … the creator's next action removes it, and says so.
    const reply = ok(call<{ message: string; task: CardView }>(emu, LEADER, 'confirmTask', task.id));
    expect(reply.message).toBe(`Đã xác nhận hoàn thành ${task.id}. Đã bỏ chia sẻ nhiệm vụ mật ${task.id}.`);
    expect(accessOf(emu, doc, [OFFICIAL, FOLLOWER, FOCAL])).toEqual({
      [OFFICIAL]: null,
      [FOLLOWER]: null,
      [FOCAL]: null,
    });
    expect(reply.task.workspace).toMatchObject({ state: 'confidential', blocked: '', canSync: false });
  });
});
