/**
 * The slip PDF follows the task, on the built bundle: an extension approved by the folder's creator
 * makes it again at once (same file, same sharing); a change the creator's account cannot apply (an
 * official acting after the title was edited) is said in the reply, and the creator's next action makes
 * the slip again. drive.file access is per account: only the folder's creator can replace the file.
 */
import {
  LEADER,
  OFFICIAL,
  TITLE,
  artefact,
  assign,
  call,
  ok,
  readSlip,
  row,
  setCell,
  workspaceRegister,
} from './workspace-helpers';

interface ActionReply {
  message: string;
  task: { id: string };
}

describe('the slip PDF follows the task', () => {
  const emu = workspaceRegister();
  const id = assign(emu).task.id;
  const first = artefact(emu, id, 'slip');
  const slipId = first.id;

  it("an extension approved by the folder's creator: the PDF shows the new deadline, same file", () => {
    expect(readSlip(first).text).toContain('Hạn xử lý 10/03/2026');
    ok(call(emu, OFFICIAL, 'requestExtension', id, { newDeadline: '2026-03-20', reason: 'Chờ số liệu' }));
    const reply = ok(call<ActionReply>(emu, LEADER, 'decideExtension', id, { approve: true }));
    expect(reply.message).toContain(`Đã làm lại phiếu giao việc (PDF) của nhiệm vụ ${id}`);
    const slip = artefact(emu, id, 'slip');
    expect(slip.id).toBe(slipId); // replaced in place: the same link, the folder's sharing
    const read = readSlip(slip);
    expect(read.numPages).toBe(1);
    expect(read.text).toContain('Hạn xử lý 20/03/2026');
    expect(read.text).not.toContain('10/03/2026');
    expect(read.qr).toEqual([String(row(emu, id).driveLink)]);
  });

  it('nothing changed: the PDF is left alone', () => {
    const before = artefact(emu, id, 'slip').modifiedTime;
    emu.clock.advance(60_000);
    const reply = ok(call<ActionReply>(emu, OFFICIAL, 'updateProgress', id, { progress: 30 }));
    expect(reply.message).not.toContain('phiếu giao việc');
    expect(artefact(emu, id, 'slip').modifiedTime).toBe(before);
  });

  it("the title edited, then an official acts: told that only the creator can remake it; the creator's next action does", () => {
    setCell(emu, id, 'Tên nhiệm vụ', `${TITLE} (bổ sung)`);
    const theirs = ok(call<ActionReply>(emu, OFFICIAL, 'updateProgress', id, { progress: 40 }));
    expect(theirs.message).toContain('vẫn ghi thông tin cũ');
    expect(theirs.message).toContain('Trần Văn Lãnh');
    expect(readSlip(artefact(emu, id, 'slip')).text).not.toContain('(bổ sung)');
    // The creator's "Thử lại" (or any action of theirs on the task) makes it again.
    const mine = ok(call<{ message: string }>(emu, LEADER, 'createTaskWorkspace', id));
    expect(mine.message).toContain('Đã làm lại phiếu giao việc');
    const read = readSlip(artefact(emu, id, 'slip'));
    expect(read.text).toContain(`${TITLE} (bổ sung)`);
    expect(read.text).toContain('Hạn xử lý 20/03/2026');
    expect(artefact(emu, id, 'slip').id).toBe(slipId);
  });
});
